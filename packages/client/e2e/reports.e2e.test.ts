import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { COORDINATOR_TOKEN, MEMBER_TOKEN, appForSuite } from './harness';

/** Signs the page's tab in with `token` through the header control. */
async function signIn(page: Page, token: string): Promise<void> {
  await page.getByRole('button', { name: /^Anmelden Rolle: / }).click();
  await page.getByLabel('Zugangsschlüssel').fill(token);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByLabel('Zugangsschlüssel').waitFor({ state: 'hidden' });
}

/** Clicks `button` and returns the file the browser saves. */
async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

const TITLE = 'Kapazitätsbericht Gewalthilfegesetz – Landkreis Anhalt-Bitterfeld';

describe('the capacity report download in Chromium (real server, demo data)', () => {
  const started = appForSuite();

  it('downloads the county’s capacity report as XLSX in one click, with its title and date', async () => {
    const { page, problems } = await started().openPage('/reports');
    await signIn(page, COORDINATOR_TOKEN);
    await page
      .getByRole('heading', { name: 'Kapazitätsbericht nach dem Gewalthilfegesetz' })
      .waitFor();
    const xlsx = await download(page, 'Kapazitätsbericht als Excel (XLSX)');
    const today = new Date().toISOString().slice(0, 10);
    expect(xlsx.name).toBe(`kapazitaetsbericht-gewalthilfegesetz-${today}.xlsx`);
    // An XLSX file is a ZIP archive.
    expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const { default: read } = await import('read-excel-file/node');
    const sheets = await read(xlsx.body);
    expect(sheets.map((s) => s.sheet)).toEqual(['Angebote', 'Frauenhausplätze', 'Angebotsliste']);
    expect(sheets[0]?.data[0]?.[0]).toBe(
      `${TITLE}: Angebote je Gemeinde, Gewaltform und Zielgruppe`,
    );
    expect(String(sheets[0]?.data[1]?.[0])).toMatch(/^Stand: \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/);
    await started().screenshot(page, 'reports-capacity');
    expect(problems).toEqual([]);
  });

  it('reproduces the report as it stood on a day: the PDF of the latest snapshot before it', async () => {
    const { page, problems } = await started().openPage('/reports');
    await signIn(page, COORDINATOR_TOKEN);
    await page
      .getByRole('heading', { name: 'Kapazitätsbericht nach dem Gewalthilfegesetz' })
      .waitFor();
    // The choice lives in the URL: the radio shows it once the router has navigated.
    await page.getByRole('radio', { name: /^Stand an einem Tag/ }).click();
    await page.getByLabel('Tag', { exact: true }).fill('2025-01-10');
    await page.waitForURL(/\/reports\?date=2025-01-10$/);
    const pdf = await download(page, 'Kapazitätsbericht als PDF');
    expect(pdf.name).toBe('kapazitaetsbericht-gewalthilfegesetz-2024-12-04.pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(problems).toEqual([]);
  });

  it('tells a member that reports are for analysts and coordinators', async () => {
    const { page, problems } = await started().openPage('/reports');
    await signIn(page, MEMBER_TOKEN);
    await page.getByText('Berichte sind für Analyse und Koordination; Ihre Rolle reicht').waitFor();
    expect(await page.getByRole('button', { name: /Kapazitätsbericht/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
