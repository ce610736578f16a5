import { DEMO_DATA } from '@schutznetz/demo-data';
import { toXlsx, type XlsxSheet } from '../../exports/xlsx';
import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';

type Cells = Record<string, string>;

/** A sheet whose columns are the keys of its first row. */
function sheet(name: string, rows: Cells[]): XlsxSheet<Cells> {
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    name,
    columns: headers.map((header) => ({ header, value: (row) => row[header] })),
    rows,
  };
}

async function workbook(...sheets: XlsxSheet<Cells>[]) {
  const bytes = await toXlsx(sheets);
  return { fileName: 'Liste.xlsx', contentBase64: bytes.toString('base64') };
}

const DRY_RUN = `
query KindsDryRun($input: ImportFileInput!) {
  importDryRun(input: $input) {
    token
    counts { create update unchanged refused }
    rows { kind sheet line action label changes { field before after } problems { field code value } warnings { code } }
  }
}`;

const COMMIT = `
mutation KindsCommit($input: CommitImportInput!) {
  commitImport(input: $input) { counts { create update unchanged refused } }
}`;

const TOKENS =
  'kinds-coordinator-token-0123456789:coordinator:Koordination Test,kinds-member-token-0123456789:member:Mitglied Test';
const COORDINATOR = { authorization: 'Bearer kinds-coordinator-token-0123456789' };
const MEMBER = { authorization: 'Bearer kinds-member-token-0123456789' };

interface Plan {
  token: string;
  counts: Record<string, number>;
  rows: {
    kind: string;
    line: number;
    action: string;
    label: string;
    changes: { field: string; before: string | null; after: string | null }[];
    problems: { field: string; code: string }[];
  }[];
}

describe('importing a workbook of institutions, services, people and memberships (real Neo4j)', () => {
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, { ANONYMOUS_ROLE: 'public', AUTH_TOKENS: TOKENS }),
  );

  async function dryRun(file: object): Promise<Plan> {
    const result = await api.query<{ importDryRun: Plan }>(DRY_RUN, { input: file }, COORDINATOR);
    expect(result.errors).toBeUndefined();
    return result.data!.importDryRun;
  }

  const FILE = () =>
    workbook(
      sheet('Einrichtungen', [
        {
          'Externe ID': 'LK-100',
          Name: 'Familienzentrum Raguhn',
          Art: 'Familienzentrum',
          Gemeinde: 'Raguhn-Jeßnitz',
          Sprachen: 'Deutsch, Arabisch',
        },
      ]),
      sheet('Angebote', [
        {
          Einrichtung: 'LK-100',
          Angebot: 'Elterncafé',
          Themen: 'Frühe Hilfen',
          Zielgruppen: 'Eltern',
        },
      ]),
      sheet('Personen', [
        {
          Vorname: 'Mara',
          Nachname: 'Beispiel',
          Funktion: 'Leitung',
          Einrichtung: 'Familienzentrum Raguhn',
          'E-Mail': 'leitung@fz-raguhn.example',
        },
      ]),
      sheet('Mitgliedschaften', [
        {
          Netzwerk: 'Netzwerk Frühe Hilfen Anhalt-Bitterfeld',
          Einrichtung: 'LK-100',
          Rolle: 'Mitglied',
        },
        {
          Netzwerk: 'Netzwerk Frühe Hilfen Anhalt-Bitterfeld',
          Person: 'Mara Beispiel',
          Rolle: 'Gast',
        },
      ]),
    );

  it('plans every sheet, later rows referring to entries created by earlier ones', async () => {
    const plan = await dryRun(await FILE());
    expect(plan.rows.map((row) => [row.kind, row.action, row.problems])).toEqual([
      ['institution', 'create', []],
      ['service', 'create', []],
      ['person', 'create', []],
      ['membership', 'create', []],
      ['membership', 'create', []],
    ]);
    // Where a service is offered and a person works is named, not given as an id.
    const [, service, person] = plan.rows;
    expect(service?.changes).toContainEqual({
      field: 'institution',
      before: null,
      after: 'Familienzentrum Raguhn',
    });
    expect(person?.changes).toContainEqual({
      field: 'institutions',
      before: null,
      after: 'Familienzentrum Raguhn',
    });
  });

  it('writes them all in one commit, linked as the rows say, and a second import changes nothing', async () => {
    const file = await FILE();
    const plan = await dryRun(file);
    const result = await api.query(COMMIT, { input: { ...file, token: plan.token } }, COORDINATOR);
    expect(result.errors).toBeUndefined();
    const [linked] = await api.cypher<{
      service: string;
      person: string;
      networks: number;
      languages: string[];
    }>(
      `MATCH (i:Institution {externalId: 'LK-100'})-[:OFFERS]->(s:Service)-[:ADDRESSES_TOPIC]->(:Topic)
       MATCH (p:Person)-[:WORKS_AT]->(i)
       RETURN s.name AS service, p.familyName AS person, i.languages AS languages,
         COUNT { (i)-[:MEMBER_OF]->(:Network) } + COUNT { (p)-[:MEMBER_OF]->(:Network) } AS networks`,
    );
    expect(linked).toEqual({
      service: 'Elterncafé',
      person: 'Beispiel',
      networks: 2,
      languages: ['de', 'ar'],
    });
    const again = await dryRun(await FILE());
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 5, refused: 0 });
  });

  it('refuses rows that refer to nothing, naming the value', async () => {
    const plan = await dryRun(
      await workbook(
        sheet('Angebote', [{ Einrichtung: 'Gibt es nicht', Angebot: 'Kurs', Themen: 'Stalking' }]),
      ),
    );
    expect(plan.rows[0]?.problems).toEqual([
      { field: 'institution', code: 'unknown_reference', value: 'Gibt es nicht' },
    ]);
  });

  it('saves a mapping under a name and proposes it for the next file with the same headers', async () => {
    const file = {
      fileName: 'Liste Jugendamt.csv',
      contentBase64: Buffer.from('Bezeichnung der Stelle;Kommune\nA;Aken\n').toString('base64'),
    };
    const mapping = [
      { header: 'Bezeichnung der Stelle', field: 'name' },
      { header: 'Kommune', field: 'municipality' },
    ];
    const saved = await api.query<{ saveImportMapping: { id: string; version: number } }>(
      `mutation($input: SaveImportMappingInput!) { saveImportMapping(input: $input) { id version } }`,
      { input: { name: 'Liste Jugendamt', kind: 'institution', mapping } },
      COORDINATOR,
    );
    expect(saved.errors).toBeUndefined();
    const inspected = await api.query<{
      inspectImportFile: { kind: string; mapping: unknown[]; savedMapping: { name: string } }[];
    }>(
      `query($input: ImportFileInput!) { inspectImportFile(input: $input) { kind mapping { header field } savedMapping { name } } }`,
      { input: file },
      COORDINATOR,
    );
    expect(inspected.data?.inspectImportFile).toEqual([
      { kind: 'institution', mapping, savedMapping: { name: 'Liste Jugendamt' } },
    ]);
    const stale = await api.query(
      `mutation($input: SaveImportMappingInput!) { saveImportMapping(input: $input) { version } }`,
      {
        input: {
          id: saved.data?.saveImportMapping.id,
          version: 7,
          name: 'Liste Jugendamt 2',
          kind: 'institution',
          mapping,
        },
      },
      COORDINATOR,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('leaves imports to coordinators: a member is refused', async () => {
    const result = await api.query(DRY_RUN, { input: await FILE() }, MEMBER);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('offers coordinators a template with the German headers on one sheet per kind', async () => {
    const file = await api.download('/export/import-template.xlsx', COORDINATOR);
    expect(file.status).toBe(200);
    const { default: read } = await import('read-excel-file/node');
    const sheets = await read(file.body);
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Einrichtungen',
      'Angebote',
      'Personen',
      'Mitgliedschaften',
      'Hinweise',
    ]);
    expect(sheets[0]?.data[0]).toEqual([
      'Externe ID',
      'Name',
      'Art',
      'Gemeinde',
      'Träger',
      'Straße',
      'PLZ',
      'Telefon',
      'E-Mail',
      'Webseite',
      'Sprachen',
    ]);
    expect((await api.download('/export/import-template.xlsx', MEMBER)).status).toBe(403);
  });
});
