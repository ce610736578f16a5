import type { Page } from 'playwright-core';
import { ACCESS_TOKEN_STORAGE_KEY } from '../src/auth/token-store';
import { MEMBER_TOKEN, appForSuite } from './harness';

/** The main navigation's links as [text, target]. */
async function navLinks(page: Page): Promise<string[][]> {
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link').first().waitFor();
  return nav
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => [link.textContent.trim(), link.getAttribute('href') ?? '']),
    );
}

/** The links of the home page's list of views, as targets. */
async function homeViewLinks(page: Page): Promise<string[]> {
  const list = page.locator('.view-list');
  await list.getByRole('link').first().waitFor();
  return list
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
}

const ANALYSES = ['/gaps', '/trainings', '/reports', '/explorer', '/edit'];

describe('navigation for the public and for members (public role as in production)', () => {
  const started = appForSuite();

  it('offers the public the directory, the routes and the Notfallkarte, and no internal analysis', async () => {
    const { page, problems } = await started().openPage('/');
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    expect(await navLinks(page)).toEqual([
      ['Übersicht', '/'],
      ['Hilfewege', '/routes'],
      ['Verzeichnis', '/directory'],
      ['Notfallkarte', '/notfallkarte'],
    ]);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const analysis of ANALYSES) {
      expect(hrefs.filter((href) => href.startsWith(analysis))).toEqual([]);
    }
    expect(await page.getByText(/Lücken|Fortbildungsplanung|Netzwerk-Explorer/).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('leads the public from the home page only to views that work for them', async () => {
    const { page, problems } = await started().openPage('/');
    const targets = await homeViewLinks(page);
    expect(targets).toEqual(['/routes', '/directory', '/notfallkarte']);
    for (const target of targets) {
      await page.goto(target, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.getByRole('heading', { name: 'Seite nicht gefunden' }).count()).toBe(0);
      // No view the home page offers answers "for members only" (RequireMember's notice).
      expect(await page.locator('.notice[role="alert"]').count()).toBe(0);
    }
    expect(problems).toEqual([]);
  });

  it('reaches a municipality card from the home page', async () => {
    const { page } = await started().openPage('/');
    await page.locator('.view-list').getByRole('link', { name: 'Notfallkarte' }).click();
    await page.getByRole('link', { name: 'Zerbst/Anhalt' }).click();
    await page.waitForURL('**/notfallkarte/zerbst');
    await page.getByRole('heading', { level: 1, name: 'Notfallkarte Zerbst/Anhalt' }).waitFor();
  });

  it('reaches the card of the municipality a directory shows', async () => {
    const { page } = await started().openPage('/directory?municipality=zerbst');
    await page.getByRole('table').waitFor();
    await page.getByRole('link', { name: /^Notfallkarte zum Ausdrucken/ }).click();
    await page.waitForURL('**/notfallkarte/zerbst');
    await page.getByRole('heading', { level: 1, name: 'Notfallkarte Zerbst/Anhalt' }).waitFor();
  });

  it('offers a signed-in member the analyses and the explorer as well', async () => {
    const { page } = await started().openPage('/');
    await page.evaluate(
      ([key, value]) => {
        sessionStorage.setItem(key, value);
      },
      [ACCESS_TOKEN_STORAGE_KEY, MEMBER_TOKEN] as const,
    );
    await page.goto('/', { waitUntil: 'networkidle' });
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Lücken' })
      .waitFor();
    expect((await navLinks(page)).map(([text]) => text)).toEqual([
      'Übersicht',
      'Netzwerk-Explorer',
      'Hilfewege',
      'Lücken',
      'Fortbildungsplanung',
      'Berichte',
      'Sitzungen',
      'Fallbesprechungen',
      'Daten',
      'Verzeichnis',
      'Notfallkarte',
    ]);
    expect(await homeViewLinks(page)).toEqual([
      '/explorer',
      '/routes',
      '/gaps',
      '/trainings',
      '/reports',
      '/meetings',
      '/reviews',
      '/daten',
      '/directory',
      '/notfallkarte',
    ]);
  });
});
