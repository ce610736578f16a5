import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ACCESS_TOKEN_STORAGE_KEY } from '../src/auth/token-store';
import { COORDINATOR_TOKEN, appForSuite } from './harness';

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

const HEADERS = ['Externe ID', 'Name', 'Art', 'Gemeinde', 'Telefon'];

/** A coordinator's Excel list of institutions, written as Excel writes one. */
async function excelList(name: string, rows: string[][]): Promise<string> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const data = [HEADERS, ...rows].map((row) => row.map((value) => ({ value })));
  const file = path.join(os.tmpdir(), `${process.pid}-${name}`);
  writeFileSync(file, await writeXlsxFile(data, { sheet: 'Einrichtungen' }).toBuffer());
  return file;
}

describe('importing a county’s Excel list in Chromium (real server, demo data)', () => {
  const started = appForSuite();

  it('lets a coordinator see the dry run, fix a refused row, import, and find the institution in the directory', async () => {
    const { page, problems } = await started().openPage('/');
    await openAs(page, COORDINATOR_TOKEN, '/');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Import' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await page.getByRole('button', { name: 'Vorlage (Excel) herunterladen' }).waitFor();

    // A list with a misspelt municipality: the dry run refuses that row in German.
    const fileLabel = 'Datei (Excel .xlsx oder CSV)';
    await page.getByLabel(fileLabel).setInputFiles(
      await excelList('mit-fehler.xlsx', [
        ['E2E-1', 'Familientreff Aken (E2E)', 'Familienzentrum', 'Aken (Elbe)', '034909 4711'],
        ['E2E-2', 'Beratung Köthen (E2E)', 'Erziehungsberatung', 'Köthn', ''],
      ]),
    );
    await page.getByText('Blatt „Einrichtungen“ (2 Zeilen)').waitFor();
    expect(await page.getByLabel('Enthält').inputValue()).toBe('institution');
    await page.getByRole('button', { name: 'Probelauf' }).click();
    await page.getByText('1 neu, 0 geändert, 0 unverändert, 1 abgelehnt').waitFor();
    await page.getByText('Unbekannte Gemeinde „Köthn“. Meinten Sie „Köthen (Anhalt)“?').waitFor();
    expect(await page.getByRole('button', { name: 'Importieren' }).isDisabled()).toBe(true);

    // The corrected list imports.
    await page.getByLabel(fileLabel).setInputFiles(
      await excelList('korrigiert.xlsx', [
        ['E2E-1', 'Familientreff Aken (E2E)', 'Familienzentrum', 'Aken (Elbe)', '034909 4711'],
        ['E2E-2', 'Beratung Köthen (E2E)', 'Erziehungsberatung', 'Köthen', ''],
      ]),
    );
    await page.getByRole('button', { name: 'Probelauf' }).click();
    await page.getByText('2 neu, 0 geändert, 0 unverändert, 0 abgelehnt').waitFor();
    await page.getByRole('button', { name: 'Importieren' }).click();
    await page
      .getByText('Import abgeschlossen: 2 neu angelegt, 0 geändert, 0 unverändert.')
      .waitFor();
    await started().screenshot(page, 'import');

    await page.goto('/directory?municipality=aken', { waitUntil: 'networkidle' });
    await page.getByRole('table').getByText('Familientreff Aken (E2E)').waitFor();
    expect(problems).toEqual([]);
  });
});
