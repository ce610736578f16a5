import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../packages/neo4j-embedded/src';

declare global {
  var __SCHUTZNETZ_TEST_DATABASES__: { databases: EmbeddedNeo4j[]; dirs: string[] } | undefined;
}

/**
 * Starts one embedded Neo4j per Jest worker, each on a fresh temporary data directory, so that
 * integration tests in different workers never see each other's data. Their Bolt URIs reach the
 * workers through SCHUTZNETZ_TEST_NEO4J_URIS. With NEO4J_URI set, that database is used instead
 * (and the run must be --runInBand, since tests reset the database they use).
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  if (process.env['NEO4J_URI']) {
    if (globalConfig.maxWorkers > 1) {
      throw new Error(
        'With NEO4J_URI set, run the tests with --runInBand: they reset the database.',
      );
    }
    process.env['SCHUTZNETZ_TEST_NEO4J_URIS'] = JSON.stringify([process.env['NEO4J_URI']]);
    return;
  }
  const count = Math.max(1, globalConfig.maxWorkers);
  const dirs = Array.from({ length: count }, (_, i) =>
    mkdtempSync(path.join(os.tmpdir(), `schutznetz-test-neo4j-${i + 1}-`)),
  );
  const started = Date.now();
  // Starting them one after the other builds the launcher once and spares the two cores.
  const databases: EmbeddedNeo4j[] = [];
  for (const dir of dirs) {
    databases.push(
      await startEmbeddedNeo4j({ dataDir: dir, boltPort: 0, heapMb: 512, pageCacheMb: 64 }),
    );
  }
  globalThis.__SCHUTZNETZ_TEST_DATABASES__ = { databases, dirs };
  process.env['SCHUTZNETZ_TEST_NEO4J_URIS'] = JSON.stringify(databases.map((db) => db.boltUri));
  console.log(`\nStarted ${count} embedded Neo4j in ${Date.now() - started} ms`);
}
