import type { Page } from 'playwright-core';
import { ACCESS_TOKEN_STORAGE_KEY } from '../src/auth/token-store';
import { readDrawnGraph, readStatedCounts } from './drawn-graph';
import { COORDINATOR_TOKEN, appForSuite } from './harness';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens `path` again in the page's tab with a token in sessionStorage, as after a sign-in. */
async function reopenSignedIn(page: Page, token: string, path: string): Promise<void> {
  await page.evaluate(
    ([key, value]) => {
      sessionStorage.setItem(key, value);
    },
    [ACCESS_TOKEN_STORAGE_KEY, token] as const,
  );
  await page.goto(path, { waitUntil: 'networkidle' });
}

describe('explorer and directory for the public role (as in production, no token)', () => {
  const started = appForSuite({ anonymousRole: 'public' });

  it('draws the institutions without people and says why, with details of an institution', async () => {
    const { page, problems } = await started().openPage('/explorer');
    await page.getByRole('heading', { level: 1, name: 'Netzwerk-Explorer' }).waitFor();
    const stated = await readStatedCounts(page);
    expect(stated.nodes).toBeGreaterThan(50);
    // Drawn as stated, and no person among what is drawn.
    const drawn = await readDrawnGraph(page, stated.nodes);
    expect(drawn.nodes.filter((node) => node.kind === 'person')).toEqual([]);
    expect(drawn.nodes.filter((node) => node.kind === 'institution').length).toBeGreaterThan(50);
    await page.getByText(/Fachkräfte sind nur für angemeldete Mitglieder/).waitFor();
    expect(await page.getByText('Das Netzwerk konnte nicht geladen werden.').count()).toBe(0);
    // No layer toggle for people the server would not send.
    await page.getByRole('group', { name: 'Anzeigen' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Fachkräfte' }).count()).toBe(0);

    const search = page.getByRole('combobox', { name: 'Im Netzwerk suchen' });
    await search.fill('Frauenhaus');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await search.press('Enter');
    await page.waitForURL(/selected=/);
    const details = page.getByRole('region', { name: /Frauenhaus/ });
    await details.getByText('Angebote', { exact: true }).waitFor();
    await details.getByText('Treffen und Fachtage').waitFor();
    expect(await details.getByText('Details konnten nicht geladen werden.').count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Bearbeiten/ }).count()).toBe(0);
    await started().screenshot(page, 'explorer-public');
    expect(problems).toEqual([]);
  });

  it('lists the institutions in the directory without a people column', async () => {
    const { page, problems } = await started().openPage('/directory?sort=people');
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(50);
    await page.getByText(/Fachkräfte sind nur für angemeldete Mitglieder/).waitFor();
    expect(await table.getByRole('columnheader', { name: /Fachkräfte/ }).count()).toBe(0);
    // An unavailable sort falls back to the name.
    expect(await table.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(await page.getByRole('link', { name: /^Bearbeiten/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('links coordinators from directory rows and the detail panel to the editing pages', async () => {
    const { page, problems } = await started().openPage('/');
    await reopenSignedIn(page, COORDINATOR_TOKEN, '/directory?municipality=zerbst');
    const table = page.getByRole('table');
    await table.waitFor();
    await table.getByRole('columnheader', { name: /Fachkräfte/ }).waitFor();
    const rowLinks = table.getByRole('link', { name: /^Bearbeiten: / });
    expect(await rowLinks.count()).toBe(await table.locator('tbody tr').count());

    const firstRow = table.locator('tbody tr').first();
    const name = (await firstRow.locator('th').getByRole('link').textContent()) ?? '';
    await firstRow.getByRole('link', { name: `Bearbeiten: ${name}` }).click();
    await page.waitForURL(/\/edit\/institution\/org/);
    // The heading names the institution once the editing page has loaded it.
    await page.getByRole('heading', { level: 1, name: new RegExp(escapeRegExp(name)) }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk-Explorer' }).click();
    const search = page.getByRole('combobox', { name: 'Im Netzwerk suchen' });
    await search.fill('Polizeirevier Zerbst');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await search.press('Enter');
    const details = page.getByRole('region', { name: /Polizeirevier/ });
    await details.getByText('Angebote', { exact: true }).waitFor();
    await details
      .getByRole('link', { name: /^Bearbeiten: .*Polizeirevier/ })
      .first()
      .waitFor();
    expect(await details.getByRole('link', { name: /^Bearbeiten: / }).count()).toBeGreaterThan(1);
    await details
      .getByRole('link', { name: /^Bearbeiten: .*Polizeirevier/ })
      .first()
      .click();
    await page.waitForURL(/\/edit\/institution\//);
    await page.getByRole('heading', { level: 1, name: /Polizeirevier/ }).waitFor();
    expect(problems).toEqual([]);
  });
});
