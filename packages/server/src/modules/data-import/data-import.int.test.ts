import { DEMO_DATA } from '@schutznetz/demo-data';
import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';
import { loadDemoRegion } from './data-import.test-files';

const DRY_RUN = `
query DryRun($input: ImportFileInput!) {
  importDryRun(input: $input) {
    token
    counts { create update unchanged refused }
    rows {
      kind sheet line action label entityId version
      changes { field before after }
      problems { field code value suggestion }
      warnings { field code }
    }
  }
}`;

const COMMIT = `
mutation Commit($input: CommitImportInput!) {
  commitImport(input: $input) { counts { create update unchanged refused } created { line id } }
}`;

interface Row {
  kind: string;
  line: number;
  action: string;
  label: string;
  entityId: string | null;
  version: number | null;
  changes: { field: string; before: string | null; after: string | null }[];
  problems: { field: string; code: string; value: string | null; suggestion: string | null }[];
  warnings: { field: string; code: string }[];
}

interface DryRun {
  importDryRun: {
    token: string;
    counts: Record<'create' | 'update' | 'unchanged' | 'refused', number>;
    rows: Row[];
  };
}

/** A CSV file of institutions as German Excel writes it: `;`, one header row. */
function csv(...lines: string[]): { fileName: string; contentBase64: string } {
  return {
    fileName: 'Einrichtungen.csv',
    contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64'),
  };
}

const HEADER = 'Externe ID;Name;Art;Gemeinde;Straße;PLZ;Telefon;E-Mail';

describe('spreadsheet import over GraphQL (real Neo4j, demo data)', () => {
  const api = useTestApi(async () => {
    const started = await startTestApi(DEMO_DATA);
    await loadDemoRegion(started.driver);
    return started;
  });

  async function dryRun(file: object): Promise<DryRun['importDryRun']> {
    const result = await api.query<DryRun>(DRY_RUN, { input: file });
    expect(result.errors).toBeUndefined();
    return result.data!.importDryRun;
  }

  async function commit(file: object, token: string) {
    return api.query<{
      commitImport: { counts: Record<string, number>; created: { line: number; id: string }[] };
    }>(COMMIT, { input: { ...file, token } });
  }

  async function institutionsNamed(name: string) {
    return api.cypher<{
      id: string;
      version: number;
      street: string | null;
      externalId: string | null;
    }>(
      'MATCH (n:Institution {name: $name}) RETURN n.id AS id, n.version AS version, n.street AS street, n.externalId AS externalId',
      { name },
    );
  }

  const FILE = csv(
    HEADER,
    'EB-1;Erziehungsberatung Aken;Erziehungsberatungsstelle;Aken (Elbe);Markt 1;6385;034909 123;info@eb-aken.example',
    'EB-2;Frauenhaus Sandersdorf;Frauenhaus;Sandersdorf-Brehna;Geheime Str. 5;06792;03493 111;',
  );

  it('lists per row what would be created, with a shelter address dropped as a warning', async () => {
    const plan = await dryRun(FILE);
    expect(plan.counts).toEqual({ create: 2, update: 0, unchanged: 0, refused: 0 });
    const [school, shelter] = plan.rows;
    expect(school).toMatchObject({ action: 'create', line: 2, label: 'Erziehungsberatung Aken' });
    expect(school?.changes).toEqual(
      expect.arrayContaining([
        { field: 'municipality', before: null, after: 'aken' },
        { field: 'postalCode', before: null, after: '06385' },
      ]),
    );
    expect(shelter?.warnings.map((w) => [w.field, w.code])).toEqual([
      ['street', 'protected_address_dropped'],
      ['postalCode', 'protected_address_dropped'],
    ]);
    expect(shelter?.changes.map((c) => c.field)).not.toContain('street');
    expect(JSON.stringify(plan)).not.toMatch(/Geheime/);
    expect(await institutionsNamed('Erziehungsberatung Aken')).toEqual([]);
  });

  it('creates on commit, stores no street for the shelter, and records who imported', async () => {
    const plan = await dryRun(FILE);
    const result = await commit(FILE, plan.token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.commitImport.counts).toMatchObject({ create: 2 });
    const [shelter] = await institutionsNamed('Frauenhaus Sandersdorf');
    expect(shelter).toMatchObject({ street: null, externalId: 'EB-2', version: 1 });
    const [{ postal } = { postal: 'missing' }] = await api.cypher<{ postal: string | null }>(
      'MATCH (n:Institution {id: $id}) RETURN n.postalCode AS postal',
      { id: shelter?.id },
    );
    expect(postal).toBeNull();
    const trail = await api.cypher<{ action: string; changes: string }>(
      'MATCH (e:AuditEntry {entryId: $id}) RETURN e.action AS action, e.changes AS changes',
      { id: shelter?.id },
    );
    expect(trail).toHaveLength(1);
    expect(trail[0]?.action).toBe('create');
    expect(trail[0]?.changes).not.toMatch(/Geheime/);
  });

  it('changes nothing when the same file is imported again (all rows unchanged, no version bump)', async () => {
    const plan = await dryRun(FILE);
    expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: 2, refused: 0 });
    const result = await commit(FILE, plan.token);
    expect(result.errors).toBeUndefined();
    const [aken] = await institutionsNamed('Erziehungsberatung Aken');
    expect(aken?.version).toBe(1);
  });

  it('refuses the commit with CONFLICT and writes nothing when an entry was edited after the dry run', async () => {
    const changed = csv(
      HEADER,
      'EB-1;Erziehungsberatung Aken;Erziehungsberatungsstelle;Aken (Elbe);Markt 2;;;',
    );
    const plan = await dryRun(changed);
    expect(plan.rows[0]?.changes).toEqual([
      { field: 'street', before: 'Markt 1', after: 'Markt 2' },
    ]);
    const [aken] = await institutionsNamed('Erziehungsberatung Aken');
    const edit = await api.query(
      `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { version } }`,
      { input: { id: aken?.id, version: aken?.version, phone: '034909 999' } },
    );
    expect(edit.errors).toBeUndefined();
    const result = await commit(changed, plan.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      entries: [
        expect.objectContaining({ id: aken?.id, name: 'Erziehungsberatung Aken', line: 2 }),
      ],
    });
    const [after] = await api.cypher<{ street: string; version: number }>(
      'MATCH (n:Institution {id: $id}) RETURN n.street AS street, n.version AS version',
      { id: aken?.id },
    );
    expect(after).toEqual({ street: 'Markt 1', version: 2 });
  });

  it('refuses a row with an unknown municipality (suggesting the nearest) and then writes nothing', async () => {
    const file = csv(
      HEADER,
      'EB-3;Beratung Neu;Erziehungsberatungsstelle;Aken (Elbe);;;;',
      'EB-4;Beratung Köthen;Erziehungsberatungsstelle;Köthn;;;;kein-mail',
    );
    const plan = await dryRun(file);
    expect(plan.counts).toMatchObject({ create: 1, refused: 1 });
    expect(plan.rows[1]?.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'municipality',
          code: 'unknown_municipality',
          value: 'Köthn',
          suggestion: 'Köthen (Anhalt)',
        }),
        expect.objectContaining({ field: 'email', code: 'invalid' }),
      ]),
    );
    const result = await commit(file, plan.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rows.Einrichtungen.csv.3.municipality',
    });
    expect(await institutionsNamed('Beratung Neu')).toEqual([]);
  });

  it('matches an existing demo institution by name and municipality (case and accents aside)', async () => {
    const file = csv(
      'Name;Art;Ort;Telefon',
      'allgemeiner sozialer dienst (asd), regionalteam kothen;Allgemeiner Sozialer Dienst;Köthen;03496 60-1234',
    );
    const plan = await dryRun(file);
    const [row] = plan.rows;
    const demo = DEMO_DATA.institutions.find(
      (i) => i.name === 'Allgemeiner Sozialer Dienst (ASD), Regionalteam Köthen',
    );
    expect(row).toMatchObject({ action: 'update', entityId: demo?.id });
    expect(row?.changes.map((c) => c.field)).toEqual(['phone']);
  });

  it('removes the stored address, also from the history, of an entry the file makes a shelter', async () => {
    const file = csv(HEADER, 'EB-1;Erziehungsberatung Aken;Frauenhaus;Aken (Elbe);;;;');
    const plan = await dryRun(file);
    expect(plan.rows[0]?.warnings.map((w) => w.code)).toEqual(['protected_address_removed']);
    expect(JSON.stringify(plan)).not.toMatch(/Markt 1/);
    expect((await commit(file, plan.token)).errors).toBeUndefined();
    const [aken] = await institutionsNamed('Erziehungsberatung Aken');
    expect(aken?.street).toBeNull();
    const trail = await api.cypher<{ changes: string }>(
      'MATCH (e:AuditEntry {entryId: $id}) RETURN e.changes AS changes',
      { id: aken?.id },
    );
    expect(trail.map((entry) => entry.changes).join()).not.toMatch(/Markt 1|06385/);
  });

  it('refuses a file that is not a workbook with BAD_USER_INPUT at the file, without a stack trace', async () => {
    const result = await api.query(DRY_RUN, {
      input: {
        fileName: 'Liste.xlsx',
        contentBase64: Buffer.from('kein Excel').toString('base64'),
      },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contentBase64',
    });
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
