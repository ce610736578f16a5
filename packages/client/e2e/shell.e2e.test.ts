import { appForSuite } from './harness';

describe('app shell in Chromium (real server, embedded Neo4j, demo data)', () => {
  const started = appForSuite();

  it('opens in German, says that server and database answer (no versions for the public) and navigates by the menu', async () => {
    const { page, problems } = await started().openPage('/');
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await page.getByText('Server und Datenbank sind erreichbar.').waitFor();
    expect(await page.getByText(/Neo4j|Server \d/).count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Hilfewege' }).click();
    await page.waitForURL('**/routes');
    // The view loads lazily: the link is marked once the new view has rendered.
    await nav.locator('a[aria-current="page"]', { hasText: 'Hilfewege' }).waitFor();
    await started().screenshot(page, 'home');
    expect(problems).toEqual([]);
  });

  it('opens the sign-in panel from the keyboard and closes it with Escape', async () => {
    const { page, problems } = await started().openPage('/');
    const toggle = page.getByRole('button', {
      name: 'Anmelden Rolle: Öffentlichkeit',
      exact: true,
    });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Focus lands in the token field, ready to type.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe(
      'password',
    );
    await page.getByText('Ohne Anmeldung (Öffentlichkeit)').waitFor();
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Zugangsschlüssel').isVisible()).toBe(false);
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    // A click elsewhere closes it too.
    await toggle.click();
    await page.getByRole('heading', { level: 1 }).click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
  });

  it('switches to English and keeps the choice after a reload', async () => {
    const { page } = await started().openPage('/');
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  });

  it('keeps the navigation usable when a view cannot be loaded, and offers a reload', async () => {
    const { page } = await started().openPage('/');
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    // As after a deployment that replaced the view's chunk: its request fails.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Verzeichnis' })
      .click();
    const alert = page.getByRole('alert');
    await alert
      .getByRole('heading', { name: 'Diese Ansicht konnte nicht geladen werden' })
      .waitFor();
    await page.unroute('**/assets/*.js');
    await alert.getByRole('button', { name: 'Seite neu laden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzeichnis' }).waitFor();
  });

  it('answers an unknown address with the not-found view, not a server error', async () => {
    const { page } = await started().openPage('/gibt-es-nicht');
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
  });
});
