/**
 * Spreadsheet import of a large county list: `npm run bench:import [-- --institutions N --seed N]`.
 *
 * Starts its own embedded Neo4j with the demo county, writes a list of `--institutions`
 * institutions (default 10,000) with one service for every tenth and one person for every
 * tenth, as one XLSX workbook (three sheets) and as three CSV files (;, Windows-1252 as German
 * Excel saves them), and for each format on a fresh copy of the demo data measures: reading the
 * file(s) into records, the dry run, the commit (one write transaction, with the production
 * transaction timeout), and a second dry run of the same file (every row unchanged); with the
 * file's size and its size in base64 (what a GraphQL request carries), and the process's heap
 * and RSS growth. It reports, it is not a test: it exits 0 whatever the figures, 1 on errors.
 */
import 'reflect-metadata';
import os from 'node:os';
import { DEMO_DATA, DEMO_REGION } from '@schutznetz/demo-data';
import { Neo4jExecutor } from '@schutznetz/server/dist/neo4j/executor';
import { toXlsx, type XlsxSheet } from '@schutznetz/server/dist/exports/xlsx';
import { toCsv } from '@schutznetz/server/dist/exports/csv';
import { createServices } from '@schutznetz/server/dist/services';
import type { ImportFile } from '@schutznetz/server/dist/modules/data-import/data-import.service';
import type { ImportRecord } from '@schutznetz/server/dist/modules/data-import';
import { replaceDataSet, withBenchDatabase } from './bench-database';
import { ms, table, wholeNumberOptions } from './measures';

const options = wholeNumberOptions({
  institutions: { default: 10_000, min: 10 },
  formats: { default: 2, min: 1 },
  seed: { default: 20261206, min: 0 },
});

type Cells = Record<string, string>;

const KINDS = [
  'Familienzentrum',
  'Kita',
  'Schule',
  'Erziehungsberatung',
  'Jugendclub',
  'Frauenhaus',
];
const TOPICS = ['Frühe Hilfen', 'Häusliche Gewalt', 'Stalking'];

/** The county list: institutions, a service and a person for every tenth. */
function countyList(
  municipalities: readonly string[],
): Record<'institutions' | 'services' | 'people', Cells[]> {
  const institutions: Cells[] = [];
  const services: Cells[] = [];
  const people: Cells[] = [];
  for (let i = 0; i < options.institutions; i += 1) {
    const id = `LK-${String(i + (options.seed % 7)).padStart(5, '0')}`;
    const name = `Einrichtung ${String(i).padStart(5, '0')} für Familien`;
    institutions.push({
      'Externe ID': id,
      Name: name,
      Art: KINDS[i % KINDS.length] ?? 'Kita',
      Gemeinde: municipalities[i % municipalities.length] ?? '',
      Träger: 'Landkreis (Beispiel)',
      Straße: `Hauptstraße ${(i % 120) + 1}`,
      PLZ: '06366',
      Telefon: `03496 ${String(100000 + i)}`,
      'E-Mail': `info${i}@einrichtung.example`,
      Sprachen: i % 3 === 0 ? 'Deutsch, Arabisch' : 'Deutsch',
    });
    if (i % 10 === 0) {
      services.push({
        'Externe ID': `A-${id}`,
        Einrichtung: id,
        Angebot: `Beratung ${i}`,
        Themen: TOPICS[i % TOPICS.length] ?? '',
        Zielgruppen: 'Eltern und Familien',
      });
      people.push({
        'Externe ID': `P-${id}`,
        Vorname: 'Kim',
        Nachname: `Beispiel${i}`,
        Funktion: 'Leitung',
        Einrichtung: id,
        'E-Mail': `leitung${i}@einrichtung.example`,
      });
    }
  }
  return { institutions, services, people };
}

function sheetOf(name: string, rows: Cells[]): XlsxSheet<Cells> {
  const headers = Object.keys(rows[0] ?? {});
  return {
    name,
    columns: headers.map((header) => ({ header, value: (row) => row[header] })),
    rows,
  };
}

/** As German Excel saves „CSV (Trennzeichen-getrennt)“: `;` and Windows-1252 (no BOM). */
function windows1252(text: string): Buffer {
  return Buffer.from(text.replace(/^\uFEFF/, '').replace(/€/g, 'EUR'), 'latin1');
}

interface Phase {
  readonly ms: number;
  readonly heapMb: number;
  readonly rssMb: number;
}

async function phase<T>(work: () => Promise<T>): Promise<[T, Phase]> {
  global.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const result = await work();
  const elapsed = performance.now() - started;
  const after = process.memoryUsage();
  return [
    result,
    {
      ms: elapsed,
      heapMb: (after.heapUsed - before.heapUsed) / 1e6,
      rssMb: (after.rss - before.rss) / 1e6,
    },
  ];
}

interface Measured {
  readonly bytes: number;
  readonly base64: number;
  readonly rows: number;
  readonly phases: readonly [read: Phase, dryRun: Phase, commit: Phase, again: Phase];
  readonly counts: string;
}

async function main(): Promise<void> {
  await withBenchDatabase('import', {}, async ({ config, driver: connected }) => {
    const database = config.neo4j.database;
    const services = () =>
      createServices(
        new Neo4jExecutor(connected, database, undefined, {
          txTimeoutMs: config.neo4j.txTimeoutMs,
        }),
      );
    /** The demo data with its region (a replaced data set keeps no region of its own). */
    const freshCounty = async () => {
      await replaceDataSet(connected, database, DEMO_DATA);
      const stamp = { actor: 'bench', now: new Date().toISOString() };
      await services().region.load(DEMO_REGION, {}, stamp);
    };
    await freshCounty();
    const region = await services().region.catalog();
    const list = countyList(region.municipalities.map((m) => m.name.de));
    const sheets = [
      sheetOf('Einrichtungen', list.institutions),
      sheetOf('Angebote', list.services),
      sheetOf('Personen', list.people),
    ];
    const xlsx = await toXlsx(sheets);
    const csvFiles = sheets.map((sheet) => ({
      fileName: `${sheet.name}.csv`,
      bytes: windows1252(toCsv(sheet.columns, sheet.rows)),
    }));
    const formats: { name: string; files: { fileName: string; bytes: Buffer }[] }[] = [
      { name: 'XLSX', files: [{ fileName: 'Liste.xlsx', bytes: xlsx }] },
      { name: 'CSV', files: csvFiles },
    ];
    const measured: Measured[] = [];
    for (const format of formats.slice(0, options.formats)) {
      console.error(`… ${format.name}: fresh demo data, then read, dry run, commit, dry run again`);
      await freshCounty();
      const importer = services().dataImport;
      const files: ImportFile[] = format.files.map((file) => ({
        fileName: file.fileName,
        contentBase64: file.bytes.toString('base64'),
      }));
      const [records, read] = await phase(async () => {
        const all: ImportRecord[] = [];
        for (const file of files) all.push(...(await importer.records(file)));
        return all;
      });
      const [plan, dry] = await phase(() => importer.engine.dryRun(records));
      const [, commit] = await phase(() => importer.engine.commit(records, plan.token, 'bench'));
      const [again, second] = await phase(() => services().dataImport.engine.dryRun(records));
      measured.push({
        bytes: format.files.reduce((sum, file) => sum + file.bytes.length, 0),
        base64: files.reduce((sum, file) => sum + file.contentBase64.length, 0),
        rows: records.length,
        phases: [read, dry, commit, second],
        counts: `${plan.counts.create} created, ${plan.counts.refused} refused; again: ${again.counts.unchanged} unchanged`,
      });
    }
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
    const mem = (p: Phase) =>
      `${ms(p.ms)} (heap ${p.heapMb >= 0 ? '+' : ''}${p.heapMb.toFixed(0)} MB)`;
    console.log(
      `\nSpreadsheet import, ${options.institutions} institutions + ${list.services.length} services + ${list.people.length} people — ` +
        `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.version}, peak RSS ${mb(process.resourceUsage().maxRSS * 1000)}\n`,
    );
    console.log(
      table(
        ['', ...formats.map((f) => f.name)],
        [
          ['file size', ...measured.map((m) => mb(m.bytes))],
          ['in base64 (request)', ...measured.map((m) => mb(m.base64))],
          ['rows', ...measured.map((m) => String(m.rows))],
          ['read into records', ...measured.map((m) => mem(m.phases[0]))],
          ['dry run', ...measured.map((m) => mem(m.phases[1]))],
          ['commit (one transaction)', ...measured.map((m) => mem(m.phases[2]))],
          ['dry run again (unchanged)', ...measured.map((m) => mem(m.phases[3]))],
          ['outcome', ...measured.map((m) => m.counts)],
        ],
      ),
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
