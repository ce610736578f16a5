import type { Page } from 'playwright-core';
import { COORDINATOR_TOKEN, appForSuite } from './harness';

/** Signs the page's tab in as a coordinator through the header control. */
async function signInAsCoordinator(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Anmelden Rolle: / }).click();
  await page.getByLabel('Zugangsschlüssel').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByLabel('Zugangsschlüssel').waitFor({ state: 'hidden' });
}

const TITLE = 'Wochenendübergabe Polizei → Interventionsstelle';

describe('case reviews and meetings in Chromium (real server, demo data)', () => {
  const started = appForSuite();
  const reviewCount = async () =>
    (await started().api.cypher<{ n: number }>('MATCH (r:CaseReview) RETURN count(r) AS n'))[0]?.n;

  it('refuses personal data at the field, then saves the anonymised review and lists it', async () => {
    const before = await reviewCount();
    const { page, problems } = await started().openPage('/reviews');
    await signInAsCoordinator(page);
    await page.getByRole('heading', { name: 'Neue Fallbesprechung' }).waitFor();

    await page.getByLabel('Kurztitel').fill(TITLE);
    const lessons = page.getByLabel('Was wir gelernt haben');
    await lessons.fill('Frau Müller, geb. 12.03.1985, wurde erst nach drei Tagen erreicht.');
    await page.getByRole('button', { name: 'Fallbesprechung speichern' }).click();

    // The message stands at the lessons field, linked to it, and names what looked personal.
    expect(await lessons.getAttribute('aria-invalid')).toBe('true');
    const errorId = await lessons.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toBe(
      'Sieht nach personenbezogenen Daten aus: Name einer Person „Frau Müller“, Geburtsdatum „geb. 12.03.1985“. Bitte anonymisieren (z. B. „die Mutter“, „im Juni 2024“).',
    );
    await started().screenshot(page, 'case-review-refused');
    expect(await reviewCount()).toBe(before);

    await lessons.fill(
      'Am Wochenende fehlt ein Übergabeverfahren; die Mutter wurde erst nach drei Tagen erreicht.',
    );
    await page.getByLabel('Hilfeweg-Vorlage').selectOption('R01');
    await page
      .getByLabel('Vereinbarte Maßnahmen (eine je Zeile)')
      .fill('Wochenendverfahren mit der Interventionsstelle vereinbaren');
    await page.getByLabel('Übergabe Polizei → Interventionsstelle am Wochenende verzögert').check();
    await page.getByRole('button', { name: 'Fallbesprechung speichern' }).click();

    await page.getByRole('status').getByText(`Gespeichert: „${TITLE}“.`).waitFor();
    expect(await lessons.getAttribute('aria-invalid')).toBe('false');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: TITLE }) });
    await card.getByText('R01 (Polizei → Interventionsstelle)').waitFor();
    await card.getByText('Wochenendverfahren mit der Interventionsstelle vereinbaren').waitFor();
    expect(await reviewCount()).toBe((before ?? 0) + 1);
    await started().screenshot(page, 'case-review-saved');
    expect(problems).toEqual([]);
  });

  it('shows what changed since the last meeting: the new AK member and the gaps closed', async () => {
    const { page, problems } = await started().openPage('/meetings');
    await signInAsCoordinator(page);
    await page.getByText('9 Sitzungen und Fachtage, die neuesten zuerst').waitFor();
    await page.getByRole('link', { name: 'Seit der letzten Sitzung' }).click();
    await page.getByRole('heading', { name: 'Neue Mitglieder (1)' }).waitFor();
    await page
      .getByText(
        'Daniel Richter – Arbeitskreis gegen Gewalt des Landkreises Anhalt-Bitterfeld (Mitglied)',
      )
      .waitFor();
    await page.getByRole('heading', { name: 'Geschlossene Versorgungslücken (2)' }).waitFor();
    await started().screenshot(page, 'since-last-meeting');
    expect(problems).toEqual([]);
  });
});
