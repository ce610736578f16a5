import { startE2eApp, type E2eApp } from './harness';

describe('app shell in Chromium (real server, embedded Neo4j, demo data)', () => {
  let app: E2eApp | undefined;

  beforeAll(async () => {
    app = await startE2eApp();
  });

  const started = (): E2eApp => {
    if (!app) throw new Error('the app did not start');
    return app;
  };

  afterAll(async () => {
    await app?.close();
  });

  it('opens in German, shows the server and database versions and navigates by the menu', async () => {
    const { page, problems } = await started().openPage('/');
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await page.getByText(/Server \S+ · Neo4j 5\.26\.\d+/).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Hilfewege' }).click();
    await page.waitForURL('**/routes');
    expect(await nav.getByRole('link', { name: 'Hilfewege' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await started().screenshot(page, 'home');
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

  it('answers an unknown address with the not-found view, not a server error', async () => {
    const { page } = await started().openPage('/gibt-es-nicht');
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
  });
});
