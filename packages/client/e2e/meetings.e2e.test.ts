import type { Page } from 'playwright-core';
import { COORDINATOR_TOKEN, appForSuite } from './harness';

/** Signs the page's tab in as a coordinator through the header control. */
async function signInAsCoordinator(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Anmelden Rolle: / }).click();
  await page.getByLabel('Zugangsschlüssel').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByLabel('Zugangsschlüssel').waitFor({ state: 'hidden' });
}

const MEETING = 'Arbeitskreis gegen Gewalt: Gefährdungsanalyse und Fallkonferenzen';
const POLICE = 'Polizeirevier Anhalt-Bitterfeld';
const SHELTER = 'Frauen- und Kinderschutzhaus Köthen';

describe('a meeting page in Chromium (real server, demo data)', () => {
  const started = appForSuite();

  it('records the agenda with its presenter, an excused member and an action item, and marks it done', async () => {
    const { page, problems } = await started().openPage('/meetings');
    await signInAsCoordinator(page);
    await page.getByRole('link', { name: MEETING }).click();
    await page.getByText('Noch keine Tagesordnung erfasst.').waitFor();

    await page.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    await page.getByLabel('Punkt 1').fill('Proaktive Beratung nach Polizeieinsätzen');
    await page.getByLabel('Art', { exact: true }).selectOption('OFFER');
    await page.getByLabel('Stellt vor').selectOption({ label: POLICE });
    await page.getByRole('button', { name: 'Tagesordnung speichern' }).click();
    const agenda = page.locator('ol.agenda > li');
    await agenda.getByText(`stellt vor: ${POLICE}`).waitFor();
    expect(await agenda.innerText()).toBe(
      `Proaktive Beratung nach Polizeieinsätzen Angebot – stellt vor: ${POLICE}`,
    );

    await page.getByText('Anwesenheit bearbeiten').click();
    await page.getByLabel(`${SHELTER}: entschuldigt`, { exact: true }).check();
    await page.getByRole('button', { name: 'Anwesenheit speichern' }).click();
    await page.getByText('Entschuldigt (1)').waitFor();
    expect(await page.locator('.attendance dd').nth(1).innerText()).toBe(SHELTER);

    const text = page.getByLabel('Maßnahme', { exact: true });
    await text.fill('Rückruf bei Frau Meier');
    await page.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
    await page
      .getByText(
        'Sieht nach personenbezogenen Daten aus: Name einer Person „Frau Meier“. Bitte anonymisieren (z. B. „die Mutter“, „im Juni 2024“).',
      )
      .waitFor();
    expect(await text.getAttribute('aria-invalid')).toBe('true');

    await text.fill('Wochenendverfahren mit der Interventionsstelle abstimmen');
    await page.getByLabel('Verantwortlich').selectOption({ label: POLICE });
    await page.getByLabel('Fällig am').fill('2025-06-30');
    await page.getByLabel('Übergabe Polizei → Interventionsstelle am Wochenende verzögert').check();
    await page.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
    const row = page.locator('table.action-items tbody tr');
    await row.getByText('Wochenendverfahren mit der Interventionsstelle abstimmen').waitFor();
    expect(await row.locator('td').nth(1).innerText()).toBe(POLICE);
    expect(await row.locator('td').nth(2).innerText()).toBe('30.06.2025');
    await row.getByRole('button', { name: 'Als erledigt markieren' }).click();
    await row.getByText('erledigt', { exact: false }).waitFor();
    await row.getByRole('button', { name: 'Wieder öffnen' }).waitFor();
    await started().screenshot(page, 'meeting-agenda-attendance-actions');

    const stored = await started().api.cypher<{ status: string; gaps: number }>(
      'MATCH (a:ActionItem)-[:AGREED_AT]->(:Meeting {id: "mtg:ak_2025_03_19"}) RETURN a.status AS status, COUNT { (a)-[:CONCERNS]->(:Gap) } AS gaps',
    );
    expect(stored).toEqual([{ status: 'done', gaps: 1 }]);
    expect(problems).toEqual([]);
  });
});
