import { gzipSync } from 'node:zlib';
import { DEMO_DATA } from '@schutznetz/demo-data';
import type { GraphDataSet } from '@schutznetz/domain';
import { strFromU8, unzipSync } from 'fflate';
import { readGraphDataSet } from '../../analysis-graph/snapshot.repository';
import { Neo4jExecutor } from '../../neo4j/executor';
import { startTestApi, type TestApi } from '../../test/graphql';
import { testConfig } from '../../test/neo4j';
import { directoryContent } from './hsds.directory-diff';

const COORDINATOR = 'coordinator-token-0123456789abcdef';
const AS_COORDINATOR = { authorization: `Bearer ${COORDINATOR}` };
// One transaction writes the whole directory; the shared test machine may be slow.
const ENV = {
  AUTH_TOKENS: `${COORDINATOR}:coordinator:Koordination Netzwerk`,
  NEO4J_TX_TIMEOUT_MS: '120000',
  ANONYMOUS_ROLE: 'public',
};

const DRY_RUN = `
query HsdsDryRun($input: HsdsImportInput!) {
  hsdsImportDryRun(input: $input) {
    token
    counts { create update unchanged refused }
    rows { kind sheet line action label changes { field before after } problems { field code message value } }
  }
}`;

const COMMIT = `
mutation HsdsCommit($input: CommitHsdsImportInput!) {
  commitHsdsImport(input: $input) { counts { create update unchanged refused } }
}`;

interface Plan {
  token: string;
  counts: Record<'create' | 'update' | 'unchanged' | 'refused', number>;
  rows: {
    kind: string;
    sheet: string;
    line: number;
    action: string;
    label: string;
    changes: { field: string; before: string | null; after: string | null }[];
    problems: { field: string; code: string; message: string; value: string | null }[];
  }[];
}

async function readDirectory(api: TestApi): Promise<GraphDataSet> {
  const executor = new Neo4jExecutor(api.driver, testConfig().neo4j.database);
  return executor.readTransaction(readGraphDataSet);
}

/** The document as the API takes a large one: gzip'd, base64. */
const packed = (document: string) => ({
  documentGzipBase64: gzipSync(document).toString('base64'),
});

async function dryRun(api: TestApi, document: string): Promise<Plan> {
  const input = packed(document);
  const result = await api.query<{ hsdsImportDryRun: Plan }>(DRY_RUN, { input }, AS_COORDINATOR);
  expect(result.errors).toBeUndefined();
  return result.data!.hsdsImportDryRun;
}

async function importDocument(api: TestApi, document: string): Promise<Plan> {
  const plan = await dryRun(api, document);
  const refused = plan.rows.filter((row) => row.action === 'refused');
  expect(
    refused.map((row) => `${row.sheet}[${row.line}] ${row.label}: ${JSON.stringify(row.problems)}`),
  ).toEqual([]);
  const input = { ...packed(document), token: plan.token };
  const result = await api.query(COMMIT, { input }, AS_COORDINATOR);
  expect(result.errors).toBeUndefined();
  return plan;
}

describe('HSDS round trip: Schutznetz → HSDS → a fresh Schutznetz (real Neo4j)', () => {
  let api: TestApi | undefined;
  afterAll(async () => {
    await api?.close();
  });

  it('gives the same directory in a fresh database, and a second import changes nothing', async () => {
    api = await startTestApi(DEMO_DATA, ENV);
    const before = directoryContent(await readDirectory(api));
    const exported = await api.download('/export/hsds.json', AS_COORDINATOR);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain(
      'verzeichnis-hsds-mit-fachkraeften.json',
    );
    const document = exported.body.toString('utf8');

    // The public file: the data package, no professionals in it.
    const tables = await api.download('/export/hsds.zip');
    expect(tables.status).toBe(200);
    expect(tables.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(tables.body);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'datapackage.json',
        'organizations.csv',
        'x_schutznetz_referral_paths.csv',
      ]),
    );
    expect(strFromU8(files['contacts.csv']!).trim()).toBe(
      'id,organization_id,name,title,department,email',
    );
    await api.close();

    // A fresh database: emptied, migrated, the same region loaded, no data.
    api = await startTestApi(undefined, ENV);
    const first = await importDocument(api, document);
    expect(first.counts.create).toBeGreaterThan(0);
    const after = directoryContent(await readDirectory(api));
    const differing = Object.keys(before).filter(
      (part) => JSON.stringify(after[part]) !== JSON.stringify(before[part]),
    );
    for (const part of differing) expect({ [part]: after[part] }).toEqual({ [part]: before[part] });
    expect(differing).toEqual([]);

    const again = await dryRun(api, document);
    const moving = again.rows.filter((row) => row.action !== 'unchanged');
    expect(moving.map((row) => `${row.kind} ${row.label}: ${JSON.stringify(row.changes)}`)).toEqual(
      [],
    );
    await importDocument(api, document);
    expect(directoryContent(await readDirectory(api))).toEqual(after);
  }, 240_000);

  it('refuses a document that is not HSDS as the import reads it, naming the JSON path', async () => {
    const broken = JSON.stringify({
      organizations: [
        { id: 'a', name: 'Beratungsstelle' },
        { id: 'b', description: 'ohne Namen' },
      ],
    });
    const result = await api!.query(DRY_RUN, { input: { document: broken } }, AS_COORDINATOR);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organizations[1].name',
    });
    const notJson = await api!.query(DRY_RUN, { input: { document: '{' } }, AS_COORDINATOR);
    expect(notJson.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'document',
    });
  });
});
