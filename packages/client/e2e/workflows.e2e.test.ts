import type { Page } from 'playwright-core';
import { COORDINATOR_TOKEN, appForSuite } from './harness';

/** Signs the page's tab in through the header control, as a coordinator would. */
async function signIn(page: Page, token: string): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Anmelden Rolle: / });
  await toggle.click();
  await page.getByLabel('Zugangsschlüssel').fill(token);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  // The button names the person and the role; the panel closes once the data is read anew.
  await page
    .getByRole('button', { name: 'E2E Koordination Rolle: Koordination', exact: true })
    .waitFor();
  await page.getByLabel('Zugangsschlüssel').waitFor({ state: 'hidden' });
}

/**
 * What sticks out of the window to the right (a phone would scroll sideways), as short
 * descriptions of the outermost offending elements; empty when the page fits.
 */
async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollers = (element: Element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const { overflowX } = getComputedStyle(node);
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true;
      }
      return false;
    };
    const offenders = Array.from(document.body.querySelectorAll('*')).filter(
      (element) => element.getBoundingClientRect().right > width + 1 && !scrollers(element),
    );
    return offenders
      .filter((element) => !offenders.includes(element.parentElement as Element))
      .map(
        (element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`,
      );
  });
}

/** Characters that render as emoji or pictographs in the page's visible text. */
async function pictographsOnPage(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return [...new Set(text.match(/\p{Extended_Pictographic}/gu) ?? [])];
}

interface InstitutionsData {
  institutions: { nodes: { id: string; name: string; version: number }[] };
}

describe('workflows in Chromium: routes, gaps, trainings, editing (real server, demo data)', () => {
  const started = appForSuite();

  async function findInstitution(text: string) {
    const result = await started().api.query<InstitutionsData>(
      'query ($text: String!) { institutions(filter: { text: $text }, first: 1) { nodes { id name version } } }',
      { text },
    );
    const institution = result.data?.institutions.nodes[0];
    if (!institution) throw new Error(`no institution matches "${text}"`);
    return institution;
  }

  it('finds a route for a police call-out on domestic violence in Zerbst on a Saturday at 23:00', async () => {
    const { page, problems } = await started().openPage('/routes');
    const form = page.locator('form.route-form');
    await form.getByLabel('Art der Einrichtung').selectOption('POLICE_STATION');
    await form.getByLabel('Gemeinde der Einrichtung').selectOption('zerbst');
    await form.getByLabel('Thema').selectOption('domestic_violence');
    await form.getByLabel('Wohnort der Person').selectOption('zerbst');
    // Target group and age are advanced conditions, folded until opened.
    await form.getByText('Weitere Bedingungen').click();
    await form.getByLabel('Zielgruppe').selectOption('women');
    await form.getByLabel('Alter (Jahre)').fill('34');
    await form.getByLabel('Zeitpunkt (Ortszeit)').fill('2026-03-14T23:00');
    // The browser may show the input in its own language; the hint says it the German way.
    await form.getByText('Samstag, 14.03.2026, 23:00 Uhr').waitFor();
    await form.getByRole('button', { name: 'Hilfewege suchen' }).click();

    // The search lives in the URL, so it can be shared.
    await page.waitForURL(/start=kind%3APOLICE_STATION%40zerbst/);
    expect(page.url()).toContain('at=2026-03-14T23%3A00');
    await page.getByRole('heading', { level: 3, name: /^Weg 1:/ }).waitFor();
    // A route's steps, conditions and cost terms unfold from its compact card.
    await page
      .locator('li.route')
      .first()
      .getByText(/^Details:/)
      .click();
    await page.getByText('Warum dieser Rang', { exact: false }).first().waitFor();
    await page.locator('.route-graph-canvas canvas').first().waitFor();
    await started().screenshot(page, 'routes');

    // Every route's steps can be called at a tap: route 1 ends at the federal helpline, whose
    // function number is a tel: link; no route is without one.
    const helpline = await started().api.query<{ institution: { phone: string } | null }>(
      '{ institution(id: "org:hilfetelefon_116016") { phone } }',
    );
    const phone = helpline.data?.institution?.phone ?? '';
    expect(phone).toMatch(/\d/);
    const firstRoute = page.locator('li.route').first();
    await firstRoute
      .locator(`a[href="tel:${phone.replace(/[^\d+]/g, '')}"]`, { hasText: phone })
      .first()
      .waitFor();
    const routeCount = await page.locator('li.route').count();
    expect(await page.locator('li.route:has(a[href^="tel:"])').count()).toBe(routeCount);
    await firstRoute.getByText('rund um die Uhr erreichbar').first().waitFor();

    // The shared address gives the same answer in a fresh tab.
    const shared = await started().openPage(
      new URL(page.url()).pathname + new URL(page.url()).search,
    );
    await shared.page.getByRole('heading', { level: 3, name: /^Weg 1:/ }).waitFor();
    expect(problems).toEqual([]);
  });

  it('explains a search without a route and offers relaxations as one-click retries', async () => {
    // Sexualised violence against a 15-year-old, Vietnamese-speaking, in Aken: no service fits.
    // (An adolescent may get in touch herself; a child under 14 is never sent alone, decision 022.)
    const { page } = await started().openPage(
      '/routes?start=self&topic=child_sexual_abuse&in=aken&age=15&lang=VI',
    );
    await page.getByRole('heading', { name: 'Kein Hilfeweg gefunden' }).waitFor();
    await page.getByText(/scheitern \d+ an Sprache/).waitFor();
    await page.getByRole('button', { name: 'Erneut suchen ohne: Sprache' }).click();
    await page.waitForURL((url) => !url.searchParams.has('lang'));
    await page.getByRole('heading', { level: 3, name: /^Weg 1:/ }).waitFor();
    await started().screenshot(page, 'routes-relaxed');
  });

  it('opens a heatmap cell with what stands behind it and a link to the graph', async () => {
    const { page, problems } = await started().openPage('/gaps');
    // The network's gaps and weak points are for members: the public view says so.
    await page.getByText('nur für angemeldete Netzwerkmitglieder sichtbar').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await signIn(page, COORDINATOR_TOKEN);
    const table = page.getByRole('table', { name: /Jede Zelle/ });
    await table.waitFor();
    const firstCell = table.locator('td button').first();
    // The cell says its numbers in text, not in colour only.
    expect(await firstCell.textContent()).toMatch(/\d+ A · \d+ F/);
    await firstCell.click();
    const detail = page.locator('.cell-detail');
    await detail.waitFor();
    const link = detail.getByRole('link', { name: 'Im Netzwerk-Explorer hervorheben' });
    expect(await link.getAttribute('href')).toMatch(/^\/explorer\?highlight=/);
    await page.getByRole('heading', { name: 'Lücken nach Schwere' }).waitFor();
    await started().screenshot(page, 'gaps');
    expect(problems).toEqual([]);
  });

  it('shows the training plan and re-measures after a coordinator records a training', async () => {
    const { page } = await started().openPage('/trainings');
    await page.getByText('nur für angemeldete Netzwerkmitglieder sichtbar').waitFor();
    expect(await page.getByRole('button', { name: 'Als durchgeführt erfassen' }).count()).toBe(0);
    await signIn(page, COORDINATOR_TOKEN);
    await page.getByRole('heading', { name: 'Wirkung dieses Plans' }).waitFor();
    await page.getByRole('button', { name: 'Als durchgeführt erfassen' }).first().click();
    await page.getByRole('button', { name: 'Erfassen und neu messen' }).click();
    await page.getByText(/erfasst: \d+ Person(en)?, \d+ neuer? Eintr/).waitFor();
    await page.getByText(/Summe der Schwere/).waitFor();
    // Large figures are grouped the German way.
    expect(await page.locator('.simulation td').allInnerTexts()).toContainEqual(
      expect.stringMatching(/^\d{1,3}(\.\d{3})+$/),
    );
    // Each card's button sits below its attendee list, not on it.
    const gaps = await page.locator('.proposal').evaluateAll((cards) =>
      cards.flatMap((card) => {
        const list = card.querySelector('.attendees')?.getBoundingClientRect();
        const actions = card.querySelector('.proposal-actions')?.getBoundingClientRect();
        return list && actions ? [actions.top - list.bottom] : [];
      }),
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(8);
    await started().screenshot(page, 'trainings');
  });

  it('edits an institution as a coordinator and shows the change after a reload', async () => {
    const institution = await findInstitution('Zerbst');
    const { page, problems } = await started().openPage(
      `/edit/institution/${encodeURIComponent(institution.id)}`,
    );
    await page.getByText('Zum Bearbeiten brauchen Sie die Rolle Koordination').waitFor();
    await signIn(page, COORDINATOR_TOKEN);

    const phone = page.getByLabel('Telefon', { exact: true });
    await phone.fill('not a phone');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('Bitte eine Telefonnummer').waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');

    await phone.fill('03923 123456');
    const operator = page.getByLabel('Träger', { exact: true });
    await operator.fill('Landkreis Anhalt-Bitterfeld (E2E)');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText(/Gespeichert \(Version \d+\)/).waitFor();

    await page.reload({ waitUntil: 'networkidle' });
    await page.getByLabel('Träger', { exact: true }).waitFor();
    expect(await page.getByLabel('Träger', { exact: true }).inputValue()).toBe(
      'Landkreis Anhalt-Bitterfeld (E2E)',
    );
    expect(await page.getByLabel('Telefon', { exact: true }).inputValue()).toBe('03923 123456');
    await started().screenshot(page, 'edit-institution');
    expect(problems).toEqual([]);
  });

  it('explains a stale-version conflict and offers the latest version without overwriting', async () => {
    const institution = await findInstitution('Gleichstellungsbeauftragte');
    const { page } = await started().openPage(
      `/edit/institution/${encodeURIComponent(institution.id)}`,
    );
    await signIn(page, COORDINATOR_TOKEN);
    await page.getByLabel('Träger', { exact: true }).waitFor();

    // Someone else saves first.
    const current = await findInstitution('Gleichstellungsbeauftragte');
    const other = await started().api.query(
      'mutation ($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { version } }',
      {
        input: {
          id: current.id,
          version: current.version,
          website: 'https://www.example.org/andere',
        },
      },
      { authorization: `Bearer ${COORDINATOR_TOKEN}` },
    );
    expect(other.errors).toBeUndefined();

    await page.getByLabel('Träger', { exact: true }).fill('Stadt Zerbst/Anhalt (mein Stand)');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('Jemand anderes hat diesen Eintrag inzwischen geändert.').waitFor();
    await page.getByRole('button', { name: 'Neueste Fassung laden' }).click();
    await page.getByRole('heading', { name: 'Ihre noch nicht gespeicherten Änderungen' }).waitFor();
    expect(await page.getByLabel('Website', { exact: true }).inputValue()).toBe(
      'https://www.example.org/andere',
    );
    await started().screenshot(page, 'edit-conflict');
    await page.getByRole('button', { name: 'Meine Änderungen erneut übernehmen' }).click();
    expect(await page.getByLabel('Träger', { exact: true }).inputValue()).toBe(
      'Stadt Zerbst/Anhalt (mein Stand)',
    );
  });

  it('fits routes, gaps, trainings and an edit form on a 390 px phone, without emoji', async () => {
    const institution = await findInstitution('Zerbst');
    const views = [
      {
        name: 'routes',
        path: '/routes?start=kind%3APOLICE_STATION%40zerbst&topic=domestic_violence&in=zerbst&group=women&age=34&at=2026-03-14T23%3A00',
        ready: (page: Page) => page.getByRole('heading', { level: 3, name: /^Weg 1:/ }).waitFor(),
      },
      {
        name: 'gaps',
        path: '/gaps',
        signIn: true,
        ready: (page: Page) => page.getByRole('heading', { name: 'Lücken nach Schwere' }).waitFor(),
      },
      {
        name: 'trainings',
        path: '/trainings',
        signIn: true,
        ready: async (page: Page) => {
          await page.getByRole('button', { name: 'Als durchgeführt erfassen' }).first().click();
          await page.getByRole('button', { name: 'Erfassen und neu messen' }).waitFor();
        },
      },
      {
        name: 'edit-institution',
        path: `/edit/institution/${encodeURIComponent(institution.id)}`,
        signIn: true,
        ready: (page: Page) => page.getByLabel('Träger', { exact: true }).waitFor(),
      },
    ];
    const found: { view: string; pictographs: string[]; overflowing: string[] }[] = [];
    for (const view of views) {
      const { page } = await started().openPage(view.path);
      if (view.signIn) await signIn(page, COORDINATOR_TOKEN);
      await view.ready(page);
      const pictographs = await pictographsOnPage(page);
      await page.setViewportSize({ width: 390, height: 844 });
      found.push({ view: view.name, pictographs, overflowing: await overflowingElements(page) });
      await started().screenshot(page, `${view.name}-phone`);
    }
    expect(found).toEqual(
      views.map((view) => ({ view: view.name, pictographs: [], overflowing: [] })),
    );
  });

  it('switches the route finder to English', async () => {
    const { page } = await started().openPage('/routes');
    await page.getByRole('heading', { level: 1, name: 'Hilfewege' }).waitFor();
    await page.locator('.language-switch select').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Referral routes' }).waitFor();
    await page.getByLabel('Language of the person').waitFor();
  });
});
