import { appForSuite } from './harness';

/**
 * Issue 12.4 in Chromium on the demo data: a teacher in Aken notices that an 8-year-old is
 * neglected. The first route is the § 4 KKG procedure; its card calls the InsoFa first, and its
 * details name every step, marking the consultation no path records as following the template.
 */
describe('child protection in the route finder (Chromium, demo data)', () => {
  const started = appForSuite();

  it('gives a teacher in Aken the § 4 KKG procedure first, the InsoFa consultation a step with its phone', async () => {
    const { page, problems } = await started().openPage(
      '/routes?start=kind%3ASCHOOL%40aken&topic=child_neglect&in=aken&age=8',
    );
    const first = page.locator('li.route').first();
    await first.getByRole('heading', { level: 3, name: /^Weg 1:/ }).waitFor();
    await first.getByText('gesetzliches Verfahren (§ 4 KKG)', { exact: true }).waitFor();
    // The first place to call is the InsoFa, as a tap-to-call link.
    await first
      .getByText('Zuerst: Kinderschutzfachstelle des Landkreises Anhalt-Bitterfeld')
      .waitFor();
    await first.locator('.route-first-step a[href="tel:+493023125115"]').waitFor();

    await first.getByText(/^Details:/).click();
    for (const step of [
      'Gespräch mit Kind und Eltern',
      'Beratung durch eine insoweit erfahrene Fachkraft (pseudonymisiert)',
      'Mitteilung an das Jugendamt (ASD)',
      'Rückmeldung an die meldende Fachkraft',
    ]) {
      await first.getByText(step, { exact: true }).waitFor();
    }
    await first.getByText('nach Vorlage, nicht vereinbart', { exact: true }).first().waitFor();
    await started().screenshot(page, 'routes-child-protection');
    expect(problems).toEqual([]);
  });
});
