import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ACCESS_TOKEN_STORAGE_KEY } from '../src/auth/token-store';
import { COORDINATOR_TOKEN, MEMBER_TOKEN, appForSuite } from './harness';

/** An admin's access token; the harness names only a coordinator and a member. */
const ADMIN_TOKEN = 'e2e-admin-token-0123456789';

/** Opens `target` signed in with `token` (the token in the tab's session, as after sign-in). */
async function openAs(page: Page, token: string, target: string): Promise<void> {
  await page.evaluate(
    ([key, value]) => {
      sessionStorage.setItem(key, value);
    },
    [ACCESS_TOKEN_STORAGE_KEY, token] as const,
  );
  await page.goto(target, { waitUntil: 'networkidle' });
}

/** The main navigation's link texts. */
async function navTexts(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link', { name: 'Lücken' }).waitFor();
  return nav.getByRole('link').evaluateAll((links) => links.map((l) => l.textContent.trim()));
}

/** The cells of a municipality's row in the admin table, by its code. */
async function municipalityRow(page: Page, code: string): Promise<string[]> {
  return page
    .locator(`table.region-municipalities tr[data-code="${code}"]`)
    .locator('th, td')
    .allInnerTexts();
}

/** Chooses a region file with this content in the page's file field. */
async function chooseFile(page: Page, name: string, content: unknown): Promise<void> {
  const file = path.join(os.tmpdir(), `${process.pid}-${name}`);
  writeFileSync(file, JSON.stringify(content, null, 2));
  await page.getByLabel('Regionsdatei (JSON)').setInputFiles(file);
}

interface RegionFile {
  municipalities: { code: string; population: { count: number }; neighbours: string[] }[];
}

/** The region as the page offers it for download, read back. */
async function downloadRegion(page: Page): Promise<{ name: string; file: RegionFile }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Region als Datei herunterladen (JSON)' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as RegionFile;
  return { name: download.suggestedFilename(), file };
}

/** A municipality of the file, by code. */
function municipality(file: RegionFile, code: string): RegionFile['municipalities'][number] {
  const found = file.municipalities.find((m) => m.code === code);
  if (!found) throw new Error(`the region file has no ${code}`);
  return found;
}

/** The dry run's lines, once it has answered. */
async function dryRunLines(page: Page): Promise<string[]> {
  const changes = page.locator('.region-changes li');
  await changes.first().waitFor();
  return changes.allInnerTexts();
}

describe('the region’s admin page in Chromium (real server, demo region)', () => {
  const started = appForSuite({
    env: {
      AUTH_TOKENS: [
        `${ADMIN_TOKEN}:admin:E2E Administration`,
        `${COORDINATOR_TOKEN}:coordinator:E2E Koordination`,
        `${MEMBER_TOKEN}:member:E2E Fachkraft`,
      ].join(','),
    },
  });

  it('lets an admin download the region, load it back with a changed population after a dry run naming it, and shows the new figure', async () => {
    const { page, problems } = await started().openPage('/');
    await openAs(page, ADMIN_TOKEN, '/');
    expect(await navTexts(page)).toContain('Verwaltung');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Verwaltung' })
      .click();
    await page.waitForURL('**/admin/region');
    await page.getByRole('heading', { level: 1, name: 'Region' }).waitFor();
    const before = await municipalityRow(page, 'koethen');
    expect(before.slice(0, 2)).toEqual(['Köthen (Anhalt)', '15082180']);

    // The download is the loaded region in the file format.
    const { name, file } = await downloadRegion(page);
    expect(name).toMatch(/^region-anhalt_bitterfeld-v\d+\.json$/);
    const koethen = municipality(file, 'koethen');

    // A broken neighbour is refused at its place, in German.
    const broken = structuredClone(file);
    const index = broken.municipalities.findIndex((m) => m.code === 'koethen');
    broken.municipalities[index]!.neighbours = ['seehausen'];
    await chooseFile(page, 'broken.json', broken);
    const problemList = page.locator('.region-problems li');
    await problemList.first().waitFor();
    expect(await problemList.allInnerTexts()).toContain(
      `Gemeinde ${index + 1} (Köthen (Anhalt)) › Nachbargemeinden › Eintrag 1: Eine Gemeinde „seehausen“ gibt es in der Datei nicht.`,
    );
    expect(await page.getByLabel('Regionsdatei (JSON)').getAttribute('aria-invalid')).toBe('true');

    // The same file with one population changed: the dry run names the municipality and the field.
    koethen.population.count = 26_543;
    await chooseFile(page, 'changed.json', file);
    expect(await dryRunLines(page)).toEqual(['Geändert: Gemeinde Köthen (Anhalt) – Einwohnerzahl']);
    expect(await municipalityRow(page, 'koethen')).toEqual(before);

    await page.getByRole('button', { name: 'Änderungen übernehmen' }).click();
    await page.getByText(/^Übernommen: Die Region hat jetzt Version \d+\.$/).waitFor();
    const after = await municipalityRow(page, 'koethen');
    expect(after[2]).toMatch(/^(ca\. )?26\.543$/);
    expect(await page.locator('.region-meta').innerText()).toContain('von E2E Administration');
    await started().screenshot(page, 'region-admin');
    expect(problems).toEqual([]);
  });

  it('refuses to apply a file over a region another admin changed since the dry run, and checks it again', async () => {
    const { page, problems } = await started().openPage('/');
    await openAs(page, ADMIN_TOKEN, '/admin/region');
    const { file } = await downloadRegion(page);
    const mine = structuredClone(file);
    municipality(mine, 'zerbst').population.count += 1;
    await chooseFile(page, 'zerbst.json', mine);
    expect(await dryRunLines(page)).toEqual(['Geändert: Gemeinde Zerbst/Anhalt – Einwohnerzahl']);

    // Meanwhile another admin loads a file of their own.
    const theirs = structuredClone(file);
    municipality(theirs, 'aken').population.count += 5;
    const loaded = await started().api.query<{ loadRegion: { applied: boolean } }>(
      'mutation ($input: LoadRegionInput!) { loadRegion(input: $input) { applied } }',
      { input: { definition: theirs } },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(loaded.data?.loadRegion.applied).toBe(true);

    await page.getByRole('button', { name: 'Änderungen übernehmen' }).click();
    await page
      .getByText(
        /^Die Region wurde inzwischen geändert \(jetzt Version \d+\)\. Bitte prüfen Sie die Datei erneut/,
      )
      .waitFor();
    await page.getByRole('button', { name: 'Erneut prüfen' }).click();
    // Checked again, the file would also put Aken's figure back: the admin sees both.
    expect(await dryRunLines(page)).toEqual([
      'Geändert: Gemeinde Zerbst/Anhalt – Einwohnerzahl',
      'Geändert: Gemeinde Aken (Elbe) – Einwohnerzahl',
    ]);
    expect(problems).toEqual([]);
  });

  it('offers a member no administration, and tells them the page is for admins', async () => {
    const { page } = await started().openPage('/');
    await openAs(page, MEMBER_TOKEN, '/');
    expect(await navTexts(page)).not.toContain('Verwaltung');
    await page.goto('/admin/region', { waitUntil: 'networkidle' });
    await page
      .getByText(
        'Diese Seite ist der Administration vorbehalten. Bitte melden Sie sich mit der Rolle Administration an.',
      )
      .waitFor();
    expect(await page.locator('table.region-municipalities').count()).toBe(0);
  });

  it('offers a coordinator no administration either', async () => {
    const { page } = await started().openPage('/');
    await openAs(page, COORDINATOR_TOKEN, '/');
    expect(await navTexts(page)).not.toContain('Verwaltung');
  });
});
