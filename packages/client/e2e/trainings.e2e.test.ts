import type { Page } from 'playwright-core';
import { COORDINATOR_TOKEN, appForSuite } from './harness';

/** Signs the page's tab in as a coordinator through the header control. */
async function signInAsCoordinator(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Anmelden Rolle: / }).click();
  await page.getByLabel('Zugangsschlüssel').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByLabel('Zugangsschlüssel').waitFor({ state: 'hidden' });
}

describe('the training planner in Chromium (real server, demo data)', () => {
  const started = appForSuite();

  it('shows as many proposals as asked, with the year plan and the effect in words', async () => {
    const { page, problems } = await started().openPage('/trainings');
    await signInAsCoordinator(page);
    await page.getByLabel('Wie viele Fortbildungen im Jahr?').selectOption('8');
    await page.getByRole('heading', { name: '8 vorgeschlagene Fortbildungen' }).waitFor();
    expect(await page.getByTestId('proposal').count()).toBe(8);
    expect(await page.getByTestId('year-plan').locator('tbody tr').count()).toBe(8);
    const summary = await page.getByTestId('plan-summary').innerText();
    expect(summary).toMatch(
      /^Der Plan schließt 5 von 5 Lücken, die eine Fortbildung schließen kann/,
    );
    expect(summary).toContain('Schwere einer Lücke = Einwohner der Gemeinde');
    // Each proposal names when, how and who leads it.
    const first = page.getByTestId('proposal').first();
    await first.getByText(/Q1, \d\d\.\d\d\.2027, (Präsenz|Online|Inhouse-Schulung)/).waitFor();
    await first.getByText(/^Referent:in: /).waitFor();

    await page.getByLabel('Wie viele Fortbildungen im Jahr?').selectOption('20');
    await page.getByRole('heading', { name: '20 vorgeschlagene Fortbildungen' }).waitFor();
    expect(await page.getByTestId('proposal').count()).toBe(20);
    await started().screenshot(page, 'trainings-plan');
    expect(problems).toEqual([]);
  });

  it('records a training nobody proposed, with a participant picked from everyone, and lists it with its effect', async () => {
    const { page, problems } = await started().openPage('/trainings');
    await signInAsCoordinator(page);
    await page.getByTestId('past-trainings').waitFor();
    await page.getByRole('button', { name: 'Durchgeführte Fortbildung erfassen' }).click();
    const form = page.locator('form.record-form');
    await form.getByLabel('Thema').selectOption('emotional_abuse');
    await form.getByLabel('Titel').fill('Psychische Gewalt erkennen (Abendkurs)');
    await form.getByLabel('Durchgeführt von (optional)').fill('Kinderschutzfachstelle');
    await form.getByLabel('Person suchen (Name oder Funktion)').fill('Stefanie Lange');
    await form.getByRole('button', { name: 'Stefanie Lange hinzufügen' }).click();
    await form.getByText('1 Person ausgewählt').waitFor();
    await form.getByRole('button', { name: 'Erfassen und neu messen' }).click();
    await page
      .getByText(/„Psychische Gewalt erkennen \(Abendkurs\)“ erfasst: 1 Person, 1 neuer Eintrag/)
      .waitFor();

    const past = page.getByTestId('past-trainings').locator('li', {
      hasText: 'Psychische Gewalt erkennen (Abendkurs)',
    });
    await past.waitFor();
    await past
      .getByText(
        'Wirkung: schloss 5 Lücken in Köthen (Anhalt), Zerbst/Anhalt, Südliches Anhalt, Osternienburger Land, Aken (Elbe), Schwere −75.400.',
      )
      .waitFor();
    // The demo's own recorded trainings are listed too.
    await page
      .getByTestId('past-trainings')
      .getByRole('heading', { name: 'Auffrischungskurs Kinderschutzfachkraft in der Kita' })
      .waitFor();
    // Measured anew: the plan has no gap left that a training could close.
    await page.getByText(/^Der Plan schließt 0 von 0 Lücken/).waitFor();
    await started().screenshot(page, 'trainings-recorded');
    expect(problems).toEqual([]);
  });
});
