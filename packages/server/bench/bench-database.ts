/** The benches' data: a data set loaded into the bench's own database, or put in place of another. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDataSet } from '@schutznetz/domain';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '@schutznetz/neo4j-embedded';
import { loadConfig, type Config } from '@schutznetz/server/dist/config';
import { prepareDatabase } from '@schutznetz/server/dist/database';
import { createDriver } from '@schutznetz/server/dist/neo4j/driver';
import type { Driver } from 'neo4j-driver';

/** Migrates the empty database and loads `data` into it. */
export async function loadDataSet(
  driver: Driver,
  database: string,
  data: GraphDataSet,
): Promise<void> {
  const prepared = await prepareDatabase(driver, database, data);
  if (!prepared.seeded) throw new Error('The bench database was not empty before seeding');
  // Plans made for the previous data set would otherwise linger until Neo4j replans.
  await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
}

/** Deletes everything in the database, then loads `data` (see {@link loadDataSet}). */
export async function replaceDataSet(
  driver: Driver,
  database: string,
  data: GraphDataSet,
): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence a session.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await loadDataSet(driver, database, data);
}

/** What a bench gets from {@link withBenchDatabase}. */
export interface BenchDatabase {
  readonly config: Config;
  readonly driver: Driver;
  readonly embedded: EmbeddedNeo4j;
}

/**
 * Runs a bench against its own embedded Neo4j in a temporary folder, sized so that 10,000
 * institutions seed in one transaction (more than the default 256 MiB), with the server's
 * configuration for it (`env` adds to the test defaults); stops and removes it all afterwards.
 */
export async function withBenchDatabase<T>(
  name: string,
  env: NodeJS.ProcessEnv,
  run: (bench: BenchDatabase) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `schutznetz-${name}-bench-`));
  let embedded: EmbeddedNeo4j | undefined;
  let driver: Driver | undefined;
  try {
    console.error('… starting the embedded Neo4j');
    embedded = await startEmbeddedNeo4j({
      dataDir,
      heapMb: 3072,
      pageCacheMb: 512,
      txMemoryMb: 2048,
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      NEO4J_URI: embedded.boltUri,
      ...env,
    });
    driver = createDriver(config.neo4j, embedded.boltUri);
    return await run({ config, driver, embedded });
  } finally {
    await driver?.close();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
