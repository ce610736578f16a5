import type { Page } from 'playwright-core';
import { ACCESS_TOKEN_STORAGE_KEY } from '../src/auth/token-store';
import { MEMBER_TOKEN, appForSuite, type E2eApp } from './harness';

/** The quick exit's neutral site; answered here, so nothing reaches the internet. */
const EXIT_SITE = 'https://www.google.de/';

/** Answers the exit site here, so the quick exit never reaches the internet. */
async function answerExitSite(page: Page): Promise<void> {
  await page.route(`${EXIT_SITE}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>exit</title>exit' }),
  );
}

/** Opens `path` as the public on a phone (390×844), the exit site answered locally. */
async function openOnPhone(
  started: () => E2eApp,
  path = '/',
): Promise<{ page: Page; problems: string[] }> {
  const opened = await started().openPage(path);
  await opened.page.setViewportSize({ width: 390, height: 844 });
  await answerExitSite(opened.page);
  return opened;
}

/** Waits until the page shows the exit site, then goes back and says where Back led (if anywhere). */
async function urlAfterBack(page: Page): Promise<string> {
  await page.waitForURL(`${EXIT_SITE}**`);
  await page.goBack({ waitUntil: 'load' }).catch(() => null);
  return page.url();
}

describe('emergency banner and quick exit in Chromium (public, phone)', () => {
  const started = appForSuite();

  it('shows 110 and 112 in one compact row, and 116 016 as a tap-to-call link in the opened list', async () => {
    const { page, problems } = await openOnPhone(started);
    const banner = page.getByRole('region', { name: 'Notruf und Hilfetelefone' });
    await banner.waitFor();
    expect(
      await banner.getByRole('link', { name: '110 Polizei' }).first().getAttribute('href'),
    ).toBe('tel:110');
    // Closed, the banner is one row (the quick exit beside the toggle) and leaves the page's
    // heading on the first screen.
    const toggle = banner.getByRole('button', { name: 'Alle Hilfetelefone' });
    const exit = banner.getByRole('button', { name: 'Seite schnell verlassen' });
    await started().screenshot(page, 'emergency-banner-phone-closed');
    expect((await exit.boundingBox())?.y).toBe((await toggle.boundingBox())?.y);
    expect((await banner.boundingBox())?.height ?? Infinity).toBeLessThan(60);
    const heading = await page.getByRole('heading', { level: 1, name: 'Übersicht' }).boundingBox();
    expect((heading?.y ?? Infinity) + (heading?.height ?? 0)).toBeLessThan(844);

    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const helpline = banner.getByRole('link', { name: '116 016 Hilfetelefon Gewalt gegen Frauen' });
    expect(await helpline.isVisible()).toBe(true);
    expect(await helpline.getAttribute('href')).toBe('tel:116016');
    await started().screenshot(page, 'emergency-banner-phone');
    expect(problems).toEqual([]);
  });

  it('leaves for a neutral site by the quick-exit button, and Back does not return to Schutznetz', async () => {
    const { page, problems } = await openOnPhone(started, '/directory');
    const exit = page.getByRole('button', { name: 'Seite schnell verlassen' });
    expect(await exit.isVisible()).toBe(true);
    await exit.click();
    expect(await urlAfterBack(page)).not.toContain(started().baseUrl);
    expect(problems).toEqual([]);
  });

  it('leaves the same way when Escape is pressed twice, but not on a single press', async () => {
    const { page, problems } = await openOnPhone(started, '/directory');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1200);
    expect(page.url()).toContain(started().baseUrl);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await urlAfterBack(page)).not.toContain(started().baseUrl);
    expect(problems).toEqual([]);
  });

  it('stays present but compact for a signed-in member, and Escape in a field does not leave', async () => {
    const { page, problems } = await started().openPage('/');
    await answerExitSite(page);
    await page.evaluate(
      ([key, token]) => {
        sessionStorage.setItem(key, token);
      },
      [ACCESS_TOKEN_STORAGE_KEY, MEMBER_TOKEN] as const,
    );
    await page.reload({ waitUntil: 'networkidle' });
    await page
      .getByRole('button', { name: 'E2E Fachkraft Rolle: Mitglied', exact: true })
      .waitFor();
    const banner = page.getByRole('region', { name: 'Notruf und Hilfetelefone' });
    expect(await banner.getAttribute('data-prominent')).toBeNull();
    // Only 110 and 112 in view until the list is opened, even on a wide screen.
    expect(await banner.getByRole('link').count()).toBe(2);
    expect((await banner.boundingBox())?.height ?? Infinity).toBeLessThan(60);
    await banner.getByRole('button', { name: 'Alle Hilfetelefone' }).click();
    expect(await banner.getByRole('link', { name: /^116 016 / }).getAttribute('href')).toBe(
      'tel:116016',
    );

    await page.getByLabel('Sprache').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url()).toContain(started().baseUrl);
    expect(problems).toEqual([]);
  });
});
