import type { Page } from 'playwright-core';
import { appForSuite, type E2eApp } from './harness';

const PHONE = { width: 390, height: 844 } as const;

/** Police in Zerbst, domestic violence, Saturday 23:00: the search of the field task, as a URL. */
const POLICE_ZERBST =
  '/routes?start=kind%3APOLICE_STATION%40zerbst&topic=domestic_violence&in=zerbst&at=2026-03-14T23%3A00';

async function openOnPhone(started: () => E2eApp, path: string) {
  const opened = await started().openPage(path);
  await opened.page.setViewportSize(PHONE);
  return opened;
}

/** What has focus: its tag and text. */
async function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => ({
    tag: document.activeElement?.tagName ?? '',
    text: document.activeElement?.textContent ?? '',
  }));
}

/** Whether the element lies wholly on the first screen of the phone as it is scrolled now. */
async function isOnScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(
    ([css, height]) => {
      const box = document.querySelector(css)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= height;
    },
    [selector, PHONE.height] as const,
  );
}

describe('route finder on a phone and by keyboard (390×844, public)', () => {
  const started = appForSuite();

  it('moves focus and scroll to the results after a search, and shows each route as a card that fits the screen', async () => {
    const { page, problems } = await openOnPhone(started, '/routes');
    const form = page.locator('form.route-form');
    await form.getByLabel('Art der Einrichtung').selectOption('POLICE_STATION');
    await form.getByLabel('Gemeinde der Einrichtung').selectOption('zerbst');
    await form.getByLabel('Thema').selectOption('domestic_violence');
    await form.getByLabel('Wohnort der Person').selectOption('zerbst');
    await form.getByLabel('Zeitpunkt (Ortszeit)').fill('2026-03-14T23:00');
    await form.getByRole('button', { name: 'Hilfewege suchen' }).click();

    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    expect((await focused(page)).text).toMatch(/^\d+ Hilfewege?$/);
    expect(await isOnScreen(page, '.routes-results h2')).toBe(true);

    const card = page.locator('li.route').first();
    await card.getByRole('heading', { level: 3, name: /^Weg 1:/ }).waitFor();
    const box = await card.boundingBox();
    expect(box?.height ?? Infinity).toBeLessThanOrEqual(PHONE.height);
    // The first step's phone is on the card itself, ready to tap; the rest waits in the details.
    const call = card.locator('.route-first-step a[href^="tel:"]');
    expect(await call.isVisible()).toBe(true);
    expect(await call.getAttribute('href')).toMatch(/^tel:\+?\d{3,}$/);
    await card
      .locator('.route-first-step')
      .getByText(/rund um die Uhr|geöffnet|geschlossen/)
      .waitFor();
    const details = card.locator('details.route-details');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await card.getByText('Warum dieser Rang', { exact: false }).isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await card.getByText('Warum dieser Rang', { exact: false }).isVisible()).toBe(true);
    await started().screenshot(page, 'routes-phone');
    expect(problems).toEqual([]);
  });

  it('folds the advanced conditions on load and opens them when the address sets one', async () => {
    const { page } = await openOnPhone(started, '/routes');
    const fold = page.locator('details.advanced-conditions');
    expect(await fold.getAttribute('open')).toBeNull();
    expect(await page.getByLabel('Alter (Jahre)').isVisible()).toBe(false);
    expect(await page.getByLabel('Zielgruppe').isVisible()).toBe(false);
    expect(await page.getByLabel('Thema').isVisible()).toBe(true);
    // The form's start fits the phone: the submit button is reachable within two screens.
    const submit = await page.getByRole('button', { name: 'Hilfewege suchen' }).boundingBox();
    expect(submit?.y ?? Infinity).toBeLessThan(2 * PHONE.height);

    const shared = await openOnPhone(started, `${POLICE_ZERBST}&age=34`);
    expect(await shared.page.locator('details.advanced-conditions').getAttribute('open')).toBe('');
    expect(await shared.page.getByLabel('Alter (Jahre)').inputValue()).toBe('34');
  });

  it('ends a keyboard-only search (Tab to the button, Enter) with focus on the results', async () => {
    const { page } = await openOnPhone(started, POLICE_ZERBST);
    await page.getByRole('heading', { level: 3, name: /^Weg 1:/ }).waitFor();
    // Opened from a shared address, the results do not take focus.
    expect((await focused(page)).tag).not.toBe('H2');
    let reached = false;
    for (let press = 0; press < 80 && !reached; press += 1) {
      await page.keyboard.press('Tab');
      reached = (await focused(page)).text === 'Hilfewege suchen';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    expect((await focused(page)).text).toMatch(/^\d+ Hilfewege?$/);
    expect(await isOnScreen(page, '.routes-results h2')).toBe(true);
  });

  it('moves focus to the explanation when no route is found', async () => {
    const { page } = await openOnPhone(
      started,
      '/routes?start=self&topic=child_sexual_abuse&in=aken&age=12&lang=VI',
    );
    await page.getByRole('heading', { name: 'Kein Hilfeweg gefunden' }).waitFor();
    await page.getByRole('button', { name: 'Hilfewege suchen' }).click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('no-route-target'));
    expect((await focused(page)).text).toContain('Kein Hilfeweg gefunden');
    expect(
      await page.evaluate(() => {
        const box = document.activeElement?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.top < 844;
      }),
    ).toBe(true);
  });
});
