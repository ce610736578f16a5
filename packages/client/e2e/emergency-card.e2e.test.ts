import type { Page } from 'playwright-core';
import { appForSuite } from './harness';

/** Page sizes in PDF points (1/72 inch): A4 210×297 mm, A6 105×148 mm. */
const A4 = { width: 595.3, height: 841.9 } as const;
const A6 = { width: 297.6, height: 419.5 } as const;

/** The size of each page of a PDF Chromium printed, from its MediaBox entries. */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    (match) => ({ width: Number(match[1]), height: Number(match[2]) }),
  );
}

/** Whether a PDF page has the paper size, within a point of rounding. */
function hasSize(
  size: { width: number; height: number } | undefined,
  paper: typeof A4 | typeof A6,
) {
  return (
    size !== undefined &&
    Math.abs(size.width - paper.width) < 1 &&
    Math.abs(size.height - paper.height) < 1
  );
}

/** The page's text as printed: print styles applied, hidden parts left out. */
async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.evaluate(() => document.body.innerText);
  await page.emulateMedia({ media: 'screen' });
  return text;
}

interface InstitutionData {
  institutions: { nodes: { name: string; phone: string | null; street: string | null }[] };
}

describe('Notfallkarte in Chromium: print of a municipality and of a route (public)', () => {
  const started = appForSuite();

  async function institutionsOfKind(kind: string) {
    const result = await started().api.query<InstitutionData>(
      `{ institutions(filter: { kinds: [${kind}] }, first: 50) { nodes { name phone street } } }`,
    );
    return result.data?.institutions.nodes ?? [];
  }

  it('prints the municipality card on A4 with its police, shelter and youth-office phones and the national numbers, never a shelter address', async () => {
    const { page, problems } = await started().openPage('/notfallkarte/zerbst');
    await page.getByRole('heading', { level: 1, name: 'Notfallkarte Zerbst/Anhalt' }).waitFor();
    const shelters = await institutionsOfKind('WOMENS_SHELTER');
    const [police] = (await institutionsOfKind('POLICE_STATION')).filter((i) =>
      i.name.includes('Zerbst'),
    );
    const [youthOffice] = await institutionsOfKind('YOUTH_WELFARE_OFFICE');
    expect(youthOffice?.street).toBeTruthy();
    await page.getByText(police?.name ?? '-', { exact: true }).waitFor();

    const text = await printedText(page);
    for (const number of ['110', '112', '116 016', '0800 22 55 530', '116 111', '0800 111 0 550']) {
      expect(text).toContain(number);
    }
    // Each line says when it answers: not every helpline is there around the clock.
    expect(text).toContain(
      '116 111 Nummer gegen Kummer (Kinder und Jugendliche) · Mo–Sa 14–20 Uhr',
    );
    expect(text).toContain('116 016 Hilfetelefon Gewalt gegen Frauen · rund um die Uhr');
    expect(text).not.toContain('kostenlos, rund um die Uhr');
    expect(text).toContain(police?.phone ?? '-');
    // Addresses are printed where they may be: the youth office's street is on the card.
    expect(text).toContain(youthOffice?.street ?? '-');
    expect(text).toContain(youthOffice?.phone ?? '-');
    expect(text).toMatch(/Allgemeiner Sozialer Dienst \(ASD\), Regionalteam Zerbst/);
    expect(text).toContain('Rufbereitschaft Inobhutnahme (§ 42 SGB VIII): rund um die Uhr');
    // Each women's shelter serving Zerbst: its phone, and instead of an address the notice.
    const shelterItems = page.locator('.card-contact', {
      has: page.locator('.card-contact-protected'),
    });
    expect(await shelterItems.count()).toBeGreaterThan(0);
    for (const shelter of shelters.filter((s) => text.includes(s.name))) {
      const item = page.locator('.card-contact', { hasText: shelter.name });
      const itemText = await item.innerText();
      expect(itemText).toContain(shelter.phone ?? '-');
      expect(itemText).toContain('Adresse geschützt – Kontakt über Telefon');
      expect(itemText).not.toMatch(/Adresse:|\b0\d{4}\b/);
    }
    // The screen's controls, the banner and the navigation stay off the paper.
    expect(text).not.toContain('Papierformat');
    expect(text).not.toContain('Seite schnell verlassen');
    expect(text).not.toContain('Hauptnavigation');

    const pdf = await page.pdf({ preferCSSPageSize: true });
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((size) => !hasSize(size, A4))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('switches the card to A6 and prints it on A6 pages', async () => {
    const { page } = await started().openPage('/notfallkarte/koethen');
    await page.getByRole('heading', { level: 1, name: 'Notfallkarte Köthen (Anhalt)' }).waitFor();
    await page.getByLabel('Papierformat').selectOption('a6');
    await page.waitForURL(/size=a6/);
    await page.locator('.card-contact').first().waitFor();
    // The A6 page rule replaces A4's after React has drawn the switch; print only once it has.
    await page.waitForFunction(() =>
      document.adoptedStyleSheets.some((sheet) =>
        Array.from(sheet.cssRules).some((rule: CSSRule) => rule.cssText.includes('105mm 148mm')),
      ),
    );
    const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((size) => !hasSize(size, A6))).toEqual([]);
    const text = await printedText(page);
    expect(text).toContain('116 016');
  });

  it('prints the card of a route search with the need in words, each step phone and the national numbers', async () => {
    const { page, problems } = await started().openPage(
      '/routes?start=kind%3APOLICE_STATION%40zerbst&topic=domestic_violence&in=zerbst&group=women&at=2026-03-14T23%3A00',
    );
    const firstRoute = page.locator('li.route').first();
    await firstRoute.getByRole('heading', { level: 3, name: /^Weg 1:/ }).waitFor();
    const phone =
      (await firstRoute.locator('.route-first-step a[href^="tel:"]').textContent()) ?? '';
    expect(phone).toMatch(/\d/);
    await firstRoute.getByRole('link', { name: 'Notfallkarte zum Ausdrucken' }).click();
    await page.waitForURL(/\/notfallkarte\/route\?.*rank=1/);
    await page.getByRole('heading', { level: 1, name: 'Notfallkarte: Hilfeweg' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Weg 1:/ }).waitFor();

    const text = await printedText(page);
    expect(text).toContain('Anliegen: Häusliche Gewalt');
    expect(text).toContain('Wohnort Zerbst/Anhalt');
    expect(text).toContain('Schritt 1:');
    expect(text).toContain(phone);
    for (const number of ['110', '112', '116 016']) expect(text).toContain(number);
    expect(text).not.toContain('Weg 2:');
    expect(problems).toEqual([]);
  });

  it('prints a step’s week of opening hours on the route card, not only the search’s Saturday night', async () => {
    // Police in Zerbst, Saturday 23:00, Russian: a route ends at the Interventionsstelle, whose
    // counselling keeps office hours on weekdays only.
    const { page, problems } = await started().openPage(
      '/notfallkarte/route?start=kind%3APOLICE_STATION%40zerbst&topic=domestic_violence&in=zerbst&group=women&age=34&lang=RU&at=2026-03-14T23%3A00&k=5',
    );
    await page.getByRole('heading', { level: 1, name: 'Notfallkarte: Hilfeweg' }).waitFor();
    const step = page
      .locator('.card-contact', { hasText: 'Interventionsstelle Häusliche Gewalt und Stalking' })
      .first();
    await step.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await step.innerText()).toMatch(
      /Zeiten: Mo–Fr 08:00–16:00 · geschlossen – öffnet Mo\.?, 16\.03\., 08:00 Uhr/,
    );
    // The federal hotline is there around the clock: no week to list, the state says it.
    const hotline = page.locator('.card-contact', { hasText: 'Hilfetelefon' }).first();
    expect(await hotline.innerText()).toMatch(/Zeiten: rund um die Uhr erreichbar$/);
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
  });

  it('prints every route of the result without a shelter street, each shelter with its phone', async () => {
    // A woman in Köthen on a Saturday night, full shelters included: routes end at shelters.
    const result = await started().api.query<{
      referralRoutes: {
        routes: { rank: number; endInstitution: { kind: string; name: string } }[];
      };
    }>(
      `{ referralRoutes(start: { self: true }, k: 5, need: { topic: "domestic_violence",
          municipality: "koethen", targetGroup: "women", at: "2026-03-14T23:00:00+01:00",
          ignoreFullCapacity: true }) { routes { rank endInstitution { kind name } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const routes = result.data?.referralRoutes.routes ?? [];
    const shelterNames = routes
      .filter((route) => route.endInstitution.kind === 'WOMENS_SHELTER')
      .map((route) => route.endInstitution.name);
    expect(routes.map((route) => route.endInstitution.kind)).toContain('WOMENS_SHELTER');

    const { page, problems } = await started().openPage(
      '/notfallkarte/route?start=self&topic=domestic_violence&in=koethen&group=women&at=2026-03-14T23%3A00&full=yes&k=5&size=a6',
    );
    await page
      .getByRole('heading', { level: 2, name: `Weg ${routes.length}:`, exact: false })
      .waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /^Weg \d+:/ }).count()).toBe(
      routes.length,
    );
    const shelters = await institutionsOfKind('WOMENS_SHELTER');
    const text = await printedText(page);
    for (const name of shelterNames) {
      const shelter = shelters.find((candidate) => candidate.name === name);
      const items = page.locator('.card-contact', { hasText: name });
      expect(await items.count()).toBeGreaterThan(0);
      for (const itemText of await items.allInnerTexts()) {
        expect(itemText).toContain(shelter?.phone ?? '-');
        expect(itemText).toContain('Adresse geschützt – Kontakt über Telefon');
        expect(itemText).not.toMatch(/Adresse:|\b0\d{4}\b/);
      }
    }
    expect(text).toContain('Anliegen: Häusliche Gewalt');
    const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
    expect(sizes.length).toBeGreaterThan(0);
    expect(hasSize(sizes[0], A6)).toBe(true);
    expect(problems).toEqual([]);
  });
});
