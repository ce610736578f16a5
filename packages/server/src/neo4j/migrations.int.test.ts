import { Label } from '@schutznetz/domain';
import type { Driver } from 'neo4j-driver';
import { ConflictError } from '../errors';
import { openTestDriver, resetDatabase } from '../test/neo4j';
import { Neo4jExecutor } from './executor';
import { MIGRATIONS, runMigrations } from './migrations';
import { FULL_TEXT_INDEX, fullTextQuery } from './paging';

describe('schema migrations (real Neo4j)', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = openTestDriver();
    await resetDatabase(driver);
  });

  afterAll(async () => {
    await driver.close();
  });

  it('creates every constraint and index, online, and can run again without change', async () => {
    await runMigrations(driver, 'neo4j');
    await runMigrations(driver, 'neo4j');
    const { records: constraints } = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN name',
    );
    const { records: indexes } = await driver.executeQuery(
      "SHOW INDEXES YIELD name, state, type, owningConstraint WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name, state",
    );
    const names = [...constraints, ...indexes].map((record) => String(record.get('name')));
    expect(names.sort()).toEqual(
      MIGRATIONS.map((migration) => migration.name)
        .filter((name) => !name.startsWith('drop_'))
        .sort(),
    );
    expect(indexes.map((record) => record.get('state') as string)).not.toContain('POPULATING');
  });

  it('finds nodes by word prefixes, accents folded, through the full-text index', async () => {
    await driver.executeQuery(
      "CREATE (:Institution {id: 'ft-1', name: 'Beratungsstelle Frühe Hilfen', sortKey: 'b'})",
    );
    await driver.executeQuery('CALL db.awaitIndexes(30)');
    const { records } = await driver.executeQuery(
      `CALL db.index.fulltext.queryNodes('${FULL_TEXT_INDEX}', $query) YIELD node RETURN node.id AS id`,
      { query: fullTextQuery('beratungsstell FRÜHE hilf') },
    );
    expect(records.map((record) => record.get('id') as string)).toEqual(['ft-1']);
  });

  it('rejects a second institution with the same id as a conflict and keeps the first', async () => {
    const executor = new Neo4jExecutor(driver, 'neo4j');
    const create = `CREATE (:${Label.Institution} {id: $id, name: $name})`;
    await executor.writeTransaction((tx) => tx.run(create, { id: 'inst-1', name: 'Erste' }));

    await expect(
      executor.writeTransaction((tx) => tx.run(create, { id: 'inst-1', name: 'Zweite' })),
    ).rejects.toBeInstanceOf(ConflictError);

    const rows = await executor.read<{ name: string }>(
      `MATCH (i:${Label.Institution} {id: $id}) RETURN i.name AS name`,
      { id: 'inst-1' },
    );
    expect(rows).toEqual([{ name: 'Erste' }]);
  });

  it('writes nothing when a later statement of a transaction fails', async () => {
    const executor = new Neo4jExecutor(driver, 'neo4j');
    await expect(
      executor.writeTransaction(async (tx) => {
        await tx.run(`CREATE (:${Label.Network} {id: 'net-new', name: 'Neu'})`);
        await tx.run(`CREATE (:${Label.Institution} {id: 'inst-1', name: 'Doppelt'})`);
      }),
    ).rejects.toBeInstanceOf(ConflictError);

    const rows = await executor.read(`MATCH (n:${Label.Network} {id: 'net-new'}) RETURN n`);
    expect(rows).toHaveLength(0);
  });

  it('counts one round trip per statement when tracing', async () => {
    const trace = { roundTrips: 0, dbMs: 0 };
    const executor = new Neo4jExecutor(driver, 'neo4j', trace);
    await executor.read('RETURN 1 AS one');
    await executor.readTransaction(async (tx) => {
      await tx.run('RETURN 1 AS one');
      await tx.run('RETURN 2 AS two');
    });
    expect(trace.roundTrips).toBe(3);
    expect(trace.dbMs).toBeGreaterThanOrEqual(0);
  });
});
