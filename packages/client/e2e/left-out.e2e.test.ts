import { appForSuite } from './harness';

/**
 * Nothing is excluded silently (issue 12): the police call in Zerbst on a Saturday night for a
 * Russian-speaking woman with two children, typed into the form as a professional would, shows
 * under its routes what was left out and why — the shelter that works in German and English only
 * is named with its reason.
 */
describe('route finder: what was left out (public, German)', () => {
  const started = appForSuite();

  it('names the women’s shelter left out for the language, under „Nicht berücksichtigt“, with the children entered in the form', async () => {
    const { page, problems } = await started().openPage('/routes');
    const form = page.locator('form.route-form');
    await form.getByLabel('Art der Einrichtung').selectOption('POLICE_STATION');
    await form.getByLabel('Gemeinde der Einrichtung').selectOption('zerbst');
    await form.getByLabel('Thema').selectOption('domestic_violence');
    await form.getByLabel('Wohnort der Person').selectOption('zerbst');
    await form.getByLabel('Sprache der Person').selectOption('RU');
    await form.getByLabel('Zeitpunkt (Ortszeit)').fill('2026-03-14T23:00');
    await form.locator('details.advanced-conditions summary').click();
    await form.getByLabel('Kinder (Alter)').fill('6, 9');
    await form.getByRole('button', { name: 'Hilfewege suchen' }).click();

    const leftOut = page.locator('section.left-out');
    await leftOut.getByRole('heading', { name: 'Nicht berücksichtigt' }).waitFor();
    expect(new URL(page.url()).searchParams.get('kids')).toBe('6,9');
    const language = leftOut.locator('details', { hasText: 'Sprache: Russisch' });
    await language.locator('summary').click();
    const shelter = language.locator('li', { hasText: 'Frauenhaus Bitterfeld-Wolfen' });
    expect(await shelter.textContent()).toContain(
      'arbeitet nicht auf Russisch (Sprachen: Deutsch, Englisch), keine Sprachmittlung',
    );
    expect(await leftOut.textContent()).not.toMatch(/LANGUAGE|bitterfeld_wolfen/);
    await started().screenshot(page, 'routes-left-out');
    expect(problems).toEqual([]);
  });
});
