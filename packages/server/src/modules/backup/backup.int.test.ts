import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DEMO_DATA } from '@schutznetz/demo-data';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '@schutznetz/neo4j-embedded';
import { isInt, type Driver } from 'neo4j-driver';
import { startApp, type RunningApp } from '../../app';
import { createAnalysisCache } from '../../analysis-graph/cache.factory';
import { prepareDatabase } from '../../database';
import { createLogger } from '../../logger';
import { createDriver } from '../../neo4j/driver';
import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';
import { testConfig } from '../../test/neo4j';
import { BackupRepository, openBackupDriver } from './backup.repository';
import { BackupError, restoreBackup, takeBackup } from './backup.service';

/**
 * Backups that restore (issue 14 §5, decision 034), on real Neo4j: the demo data with edits made
 * through the API (history, a deleted entry, a snapshot, a saved view, an idempotency key) is backed
 * up, restored into a second, fresh database, and both are compared node by node, relationship by
 * relationship and property by property, types included.
 */

const COORDINATOR = 'coordinator-token-0123456789abc';
const AS_COORDINATOR = { authorization: `Bearer ${COORDINATOR}` };

/** A node with every kind of value Neo4j stores, beyond what the API writes. */
const PROBE = `
CREATE (:BackupProbe:Second {
  big: 9007199254740993, negative: -42, whole: 400.0, third: 1.0 / 3.0,
  text: 'Köthen (Anhalt) – „Schutz“', yes: true, strings: ['de', 'ar'], ints: [1, 2, 3],
  floats: [1.5, 2.0], empty: [], bytes: $bytes,
  day: date('2025-03-19'), at: datetime('2025-03-19T19:00:00.000000005[Europe/Berlin]'),
  offset: datetime('2025-03-19T19:00:00+01:00'), local: localdatetime('2025-03-19T19:00'),
  time: time('19:00:00-02:00'), localTime: localtime('07:30'), span: duration('P1M2DT3.000000004S'),
  where: point({longitude: 12.1, latitude: 51.7}), cartesian: point({x: 1.0, y: 2.0, z: 3.0})
})`;

/** One value as text with its Neo4j type as the database names it, for comparing databases. */
function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value instanceof Int8Array) return Buffer.from(value).toString('base64');
  if (isInt(value)) return value.toString();
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  // Temporal and spatial values: their driver class and ISO text (zone and nanoseconds included).
  if (typeof value === 'object' && value !== null) {
    return `${value.constructor.name} ${(value as { toString(): string }).toString()}`;
  }
  return value;
}

const PROPERTIES = `[k IN keys(x) | [k, valueType(x[k]), x[k]]]`;

interface CanonicalGraph {
  nodes: string[];
  relationships: string[];
}

/**
 * The whole graph independent of element ids: each node as its labels and typed properties,
 * each relationship as (start node, type, end node, properties); both sorted.
 */
async function canonicalDump(driver: Driver): Promise<CanonicalGraph> {
  const props = (rows: unknown) =>
    (rows as [string, string, unknown][])
      .map(([key, type, value]) => [key, type, canonicalValue(value)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const nodeKeys = new Map<string, string>();
  const { records: nodes } = await driver.executeQuery(
    `MATCH (x) RETURN elementId(x) AS id, labels(x) AS labels, ${PROPERTIES} AS props`,
  );
  for (const record of nodes) {
    const labels = (record.get('labels') as string[]).sort();
    nodeKeys.set(record.get('id') as string, JSON.stringify([labels, props(record.get('props'))]));
  }
  const { records: relationships } = await driver.executeQuery(
    `MATCH (a)-[x]->(b) RETURN elementId(a) AS a, type(x) AS type, elementId(b) AS b, ${PROPERTIES} AS props`,
  );
  return {
    nodes: [...nodeKeys.values()].sort(),
    relationships: relationships
      .map((record) =>
        JSON.stringify([
          nodeKeys.get(record.get('a') as string),
          record.get('type'),
          nodeKeys.get(record.get('b') as string),
          props(record.get('props')),
        ]),
      )
      .sort(),
  };
}

async function schemaOf(driver: Driver): Promise<string[]> {
  const { records: constraints } = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD createStatement RETURN createStatement',
  );
  const { records: indexes } = await driver.executeQuery(
    'SHOW INDEXES YIELD type, entityType, owningConstraint, createStatement RETURN *',
  );
  return [
    ...constraints.map((r) => String(r.get('createStatement'))),
    // Token lookup indexes get generated names; what counts is which exist.
    ...indexes.map((r) =>
      r.get('type') === 'LOOKUP'
        ? `LOOKUP ${String(r.get('entityType'))}`
        : `${String(r.get('createStatement'))} ${String(r.get('owningConstraint'))}`,
    ),
  ].sort();
}

/** The backup's lines, its header without the time it was taken. */
function linesOf(file: string): string[] {
  const [header = '{}', ...rest] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  const kept = JSON.parse(header) as Record<string, unknown>;
  delete kept['takenAt'];
  return [JSON.stringify(kept), ...rest];
}

describe('backup and restore (real Neo4j, demo data with edits)', () => {
  jest.setTimeout(300_000);
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${COORDINATOR}:coordinator:Netzwerkkoordination`,
      // Two databases and a full suite share the machine: a snapshot may take longer than 10 s.
      NEO4J_TX_TIMEOUT_MS: '120000',
    }),
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schutznetz-backup-test-'));
  const file = path.join(dir, 'schutznetz.jsonl.gz');
  let second: EmbeddedNeo4j | undefined;
  let sourceDriver: Driver;
  let targetDriver: Driver;

  beforeAll(async () => {
    second = await startEmbeddedNeo4j({
      dataDir: path.join(dir, 'second-neo4j'),
      heapMb: 384,
      pageCacheMb: 32,
    });
    const config = testConfig();
    sourceDriver = openBackupDriver(config.neo4j, config.neo4j.uri ?? '');
    targetDriver = openBackupDriver(config.neo4j, second.boltUri);
  }, 180_000);

  afterAll(async () => {
    await sourceDriver.close();
    await targetDriver.close();
    await second?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function editThroughTheApi(): Promise<void> {
    const call = async (query: string, variables: Record<string, unknown>) => {
      const result = await api.query<Record<string, { id: string; version: number }>>(
        query,
        variables,
        AS_COORDINATOR,
      );
      expect(result.errors).toBeUndefined();
      return Object.values(result.data ?? {})[0];
    };
    const created = await call(
      'mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id version } }',
      {
        input: {
          name: 'Beratungsstelle Probe',
          kind: 'FAMILY_COUNSELLING_CENTRE',
          municipality: 'koethen',
          clientMutationId: 'backup-test-create',
        },
      },
    );
    const updated = await call(
      'mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id version } }',
      { input: { id: created?.id, version: created?.version, phone: '+49 3496 000000' } },
    );
    await call(
      'mutation($id: ID!, $version: Int!) { deleteInstitution(id: $id, version: $version) }',
      {
        id: updated?.id,
        version: updated?.version,
      },
    );
    await call('mutation($label: String!) { takeSnapshot(label: $label) { id } }', {
      label: 'Vor der Sicherung',
    });
    await call(
      'mutation($input: CreateSavedViewInput!) { createSavedView(input: $input) { id version } }',
      {
        input: {
          name: 'AK gegen Gewalt',
          state: 'network=net:ak_gegen_gewalt',
          positions: [{ nodeId: 'org:frauenhaus_koethen', x: 400, y: -0.1 }],
        },
      },
    );
    await api.cypher(PROBE, { bytes: new Int8Array([31, -117, 8, 0, 127, -128]) });
  }

  it('restores into a fresh database a graph identical in every node, relationship, property, type and index', async () => {
    await editThroughTheApi();
    const source = await canonicalDump(sourceDriver);
    // What the edits left: history, a deleted entry, snapshots, a saved view, a create's key.
    for (const label of ['AuditEntry', 'Snapshot', 'SavedView', 'IdempotencyKey', 'BackupProbe']) {
      expect(source.nodes.some((node) => node.includes(`"${label}"`))).toBe(true);
    }
    const deleted = '["action","STRING NOT NULL","delete"]';
    expect(source.nodes.some((node) => node.includes(deleted))).toBe(true);

    const taken = await takeBackup(new BackupRepository(sourceDriver, 'neo4j'), 'neo4j', file);
    expect(taken.counts).toEqual({
      nodes: source.nodes.length,
      relationships: source.relationships.length,
    });
    const restored = await restoreBackup(new BackupRepository(targetDriver, 'neo4j'), file);
    expect(restored.counts).toEqual(taken.counts);

    const target = await canonicalDump(targetDriver);
    expect(target.nodes).toHaveLength(source.nodes.length);
    expect(target.nodes).toEqual(source.nodes);
    expect(target.relationships).toEqual(source.relationships);
    // Spot checks of the types, as the database itself names them.
    const probe = target.nodes.find((node) => node.includes('"BackupProbe"')) ?? '';
    for (const expected of [
      '["big","INTEGER NOT NULL","9007199254740993"]',
      '["whole","FLOAT NOT NULL","400"]',
      // valueType() names a byte array a list of integers; the driver reads it as bytes (base64 here).
      '["bytes","LIST<INTEGER NOT NULL> NOT NULL","H4sIAH+A"]',
      '["at","ZONED DATETIME NOT NULL","DateTime 2025-03-19T19:00:00.000000005+01:00[Europe/Berlin]"]',
      '["empty","LIST<NOTHING> NOT NULL",[]]',
    ]) {
      expect(probe).toContain(expected);
    }
    expect(await schemaOf(targetDriver)).toEqual(await schemaOf(sourceDriver));
  });

  it('backs the restored database up into the same file, but for the time it was taken', async () => {
    const again = path.join(dir, 'again.jsonl.gz');
    await takeBackup(new BackupRepository(targetDriver, 'neo4j'), 'neo4j', again);
    expect(linesOf(again)).toEqual(linesOf(file));
  });

  it('starts the server on the restored database, which answers as the original did', async () => {
    const config = testConfig({
      NEO4J_URI: second?.boltUri,
      AUTH_TOKENS: `${COORDINATOR}:coordinator:Netzwerkkoordination`,
    });
    const driver = createDriver(config.neo4j, config.neo4j.uri ?? '');
    const logger = createLogger(config);
    let app: RunningApp | undefined;
    try {
      expect((await prepareDatabase(driver, 'neo4j')).seeded).toBe(false);
      const analysisCache = createAnalysisCache(driver, 'neo4j', logger);
      app = await startApp({ config, driver, logger, analysisCache });
      const query = `{ institutions { totalCount } deletedEntries(first: 5) { nodes { name } }
        savedViews { nodes { name positions { x y } } } }`;
      const ask = async (url: string) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...AS_COORDINATOR },
          body: JSON.stringify({ query }),
        });
        return ((await response.json()) as { data: unknown }).data;
      };
      const answer = await ask(app.url);
      expect(answer).toEqual(await ask(api.app.url));
      expect(JSON.stringify(answer)).toContain('Beratungsstelle Probe');
    } finally {
      await app?.stop();
      await driver.close();
    }
  });

  it('refuses a database that is not empty, a file cut off before its end, and files that are no backup', async () => {
    const target = new BackupRepository(targetDriver, 'neo4j');
    await expect(restoreBackup(target, file)).rejects.toThrow(
      /not empty \(\d+ nodes, \d+ constraints and indexes\).*--force/,
    );
    const cut = path.join(dir, 'cut.jsonl.gz');
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    writeFileSync(cut, gzipSync(lines.slice(0, -2).join('\n')));
    await expect(restoreBackup(target, cut, { force: true })).rejects.toThrow(BackupError);
    await expect(restoreBackup(target, cut, { force: true })).rejects.toThrow('cut off');
    const notGzip = path.join(dir, 'not-a-backup.txt');
    writeFileSync(notGzip, 'Adressliste\n');
    await expect(restoreBackup(target, notGzip)).rejects.toThrow(/Cannot read the backup .*header/);
    await expect(restoreBackup(target, path.join(dir, 'missing.jsonl.gz'))).rejects.toThrow(
      /Cannot read the backup .*ENOENT/,
    );
  });
});
