import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { MEMBER_TOKEN, appForSuite } from './harness';

/** Signs the page's tab in with `token` through the header control. */
async function signIn(page: Page, token: string): Promise<void> {
  await page.getByRole('button', { name: /^Anmelden Rolle: / }).click();
  await page.getByLabel('Zugangsschlüssel').fill(token);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByLabel('Zugangsschlüssel').waitFor({ state: 'hidden' });
}

describe('the downloads page in Chromium (real server, demo data)', () => {
  const started = appForSuite();

  it('lists a member’s files under „Daten“ and downloads the network graph as GraphML for yEd', async () => {
    const { page, problems } = await started().openPage('/');
    await signIn(page, MEMBER_TOKEN);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Daten' })
      .click();
    await page.getByRole('heading', { name: 'Daten', level: 1 }).waitFor();
    const graph = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Netzwerkgraph' }),
    });
    await graph.waitFor();
    // A member's list holds the member exports, not the analysts' capacity report.
    await page.getByRole('heading', { name: 'Fortbildungsplan' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Kapazitätsbericht' }).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      graph.getByRole('button', { name: 'GraphML (yEd)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^schutznetz-netzwerk-\d{4}-\d{2}-\d{2}\.graphml$/,
    );
    const xml = readFileSync(await download.path(), 'utf8');
    expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(xml).toContain('attr.name="betweenness"');
    expect(xml).toContain('<node id="org:asd_koethen">');
    // People are in a member's graph.
    expect(xml).toMatch(/<node id="person:/);
    await started().screenshot(page, 'exports-page');
    expect(problems).toEqual([]);
  });
});
