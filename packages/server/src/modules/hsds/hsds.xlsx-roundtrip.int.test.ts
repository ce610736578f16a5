import { gzipSync } from 'node:zlib';
import type { GraphDataSet } from '@schutznetz/domain';
import { readGraphDataSet } from '../../analysis-graph/snapshot.repository';
import { toXlsx, type XlsxSheet } from '../../exports/xlsx';
import { Neo4jExecutor } from '../../neo4j/executor';
import { startTestApi, type TestApi } from '../../test/graphql';
import { testConfig } from '../../test/neo4j';
import { directoryContent } from './hsds.directory-diff';

const COORDINATOR = 'xlsx-coordinator-token-0123456789ab';
const AS_COORDINATOR = { authorization: `Bearer ${COORDINATOR}` };
const ENV = {
  AUTH_TOKENS: `${COORDINATOR}:coordinator:Koordination Netzwerk`,
  ANONYMOUS_ROLE: 'public',
  NEO4J_TX_TIMEOUT_MS: '120000',
};

type Cells = Record<string, string>;

function sheet(name: string, rows: Cells[]): XlsxSheet<Cells> {
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    name,
    columns: headers.map((header) => ({ header, value: (row) => row[header] })),
    rows,
  };
}

/** A coordinator's partner list as Excel keeps it: German headers, labels instead of codes. */
async function partnerList() {
  const bytes = await toXlsx([
    sheet('Einrichtungen', [
      {
        'Externe ID': 'P-1',
        Name: 'Familienzentrum Raguhn',
        Art: 'Familienzentrum',
        Gemeinde: 'Raguhn-Jeßnitz',
        Träger: 'AWO Kreisverband',
        Straße: 'Markt 3',
        PLZ: '06779',
        Telefon: '034906 1234',
        'E-Mail': 'info@fz-raguhn.example',
        Sprachen: 'Deutsch, Arabisch',
      },
      {
        'Externe ID': 'P-2',
        Name: 'Frauenhaus Muldeaue',
        Art: 'Frauenhaus',
        Gemeinde: 'Bitterfeld-Wolfen',
        Straße: 'Geheimweg 1',
        PLZ: '06749',
        Telefon: '03493 5555',
      },
      {
        'Externe ID': 'P-3',
        Name: 'Erziehungsberatung Zerbst',
        Art: 'Erziehungsberatungsstelle',
        Gemeinde: 'Zerbst',
        Webseite: 'https://eb-zerbst.example',
      },
    ]),
    sheet('Angebote', [
      { Einrichtung: 'P-1', Angebot: 'Elterncafé', Themen: 'Frühe Hilfen', Zielgruppen: 'Eltern' },
      {
        Einrichtung: 'P-2',
        Angebot: 'Schutzunterkunft',
        Themen: 'Häusliche Gewalt / Partnerschaftsgewalt',
        Zielgruppen: 'Frauen',
      },
      {
        Einrichtung: 'P-3',
        Angebot: 'Erziehungsberatung',
        Beschreibung: 'Beratung für Eltern und Jugendliche',
        Themen: 'Frühe Hilfen',
        Sprachen: 'Deutsch, Russisch',
      },
    ]),
    sheet('Personen', [
      {
        Vorname: 'Mara',
        Nachname: 'Beispiel',
        Funktion: 'Leitung',
        Einrichtung: 'P-1',
        'E-Mail': 'leitung@fz-raguhn.example',
        Telefon: '034906 1235',
      },
      { Funktion: 'Team Frauenhaus', Einrichtung: 'P-2', Telefon: '03493 5556' },
    ]),
    sheet('Mitgliedschaften', [
      {
        Netzwerk: 'Netzwerk Muldeaue',
        Einrichtung: 'P-1',
        Rolle: 'Koordination',
        Seit: '01.02.2024',
      },
      { Netzwerk: 'Netzwerk Muldeaue', Einrichtung: 'P-2', Rolle: 'Mitglied' },
      { Netzwerk: 'Netzwerk Muldeaue', Person: 'Mara Beispiel', Rolle: 'Gast' },
    ]),
  ]);
  return { fileName: 'Partnerliste.xlsx', contentBase64: bytes.toString('base64') };
}

async function readDirectory(api: TestApi): Promise<GraphDataSet> {
  return new Neo4jExecutor(api.driver, testConfig().neo4j.database).readTransaction(
    readGraphDataSet,
  );
}

interface Plan {
  token: string;
  counts: Record<string, number>;
  rows: { kind: string; action: string; label: string; problems: unknown[] }[];
}

/** Dry run and commit of `input` through one of the two imports; answers the dry run. */
async function importAll(
  api: TestApi,
  dryRun: string,
  commit: string,
  input: object,
): Promise<Plan> {
  const planned = await api.query<Record<string, Plan>>(
    `query ($input: ${dryRun.split(':')[1]}!) { ${dryRun.split(':')[0]}(input: $input) { token counts { create update unchanged refused } rows { kind action label problems { field code value } } } }`,
    { input },
    AS_COORDINATOR,
  );
  expect(planned.errors).toBeUndefined();
  const plan = Object.values(planned.data ?? {})[0]!;
  expect(plan.rows.filter((row) => row.action === 'refused')).toEqual([]);
  const [name, type] = commit.split(':');
  const result = await api.query(
    `mutation ($input: ${type}!) { ${name}(input: $input) { counts { create } } }`,
    { input: { ...input, token: plan.token } },
    AS_COORDINATOR,
  );
  expect(result.errors).toBeUndefined();
  return plan;
}

describe('round trip from Excel: XLSX → Schutznetz → HSDS → a fresh Schutznetz (real Neo4j)', () => {
  let api: TestApi | undefined;
  afterAll(async () => {
    await api?.close();
  });

  it('gives the same directory, and importing the HSDS twice creates no duplicates', async () => {
    api = await startTestApi(undefined, ENV);
    const network = await api.query(
      `mutation { createNetwork(input: { name: "Netzwerk Muldeaue", kind: ANTI_VIOLENCE_WORKING_GROUP }) { id } }`,
      {},
      AS_COORDINATOR,
    );
    expect(network.errors).toBeUndefined();
    await importAll(
      api,
      'importDryRun:ImportFileInput',
      'commitImport:CommitImportInput',
      await partnerList(),
    );
    const before = await readDirectory(api);
    expect(before.institutions.find((i) => i.name === 'Frauenhaus Muldeaue')).toMatchObject({
      street: null,
      postalCode: null,
    });
    expect(before.memberships).toHaveLength(3);
    const exported = await api.download('/export/hsds.json', AS_COORDINATOR);
    expect(exported.status).toBe(200);
    await api.close();

    api = await startTestApi(undefined, ENV);
    const input = { documentGzipBase64: gzipSync(exported.body).toString('base64') };
    const hsds = [
      'hsdsImportDryRun:HsdsImportInput',
      'commitHsdsImport:CommitHsdsImportInput',
    ] as const;
    await importAll(api, ...hsds, input);
    const after = await readDirectory(api);
    expect(directoryContent(after)).toEqual(directoryContent(before));

    const second = await importAll(api, ...hsds, input);
    expect(second.counts).toMatchObject({ create: 0, update: 0, refused: 0 });
    const again = await readDirectory(api);
    expect(again.institutions).toHaveLength(3);
    expect(again.people).toHaveLength(2);
    expect(directoryContent(again)).toEqual(directoryContent(before));
  }, 240_000);
});
