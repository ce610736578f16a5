import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../config';

/**
 * The Bolt URI of this Jest worker's own database (see jest/global-setup.ts). Each worker has a
 * database of its own, so a test file may reset it freely.
 */
export function testNeo4jUri(): string {
  const raw = process.env['SCHUTZNETZ_TEST_NEO4J_URIS'];
  if (!raw) throw new Error('No test database: run integration tests through the root jest config');
  const uris = JSON.parse(raw) as string[];
  const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
  const uri = uris[(worker - 1) % uris.length];
  if (!uri) throw new Error(`No test database for worker ${worker}`);
  return uri;
}

/** A configuration for tests: the worker's database, quiet logs, any port. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    // TEST_LOG_LEVEL=error shows the server's own logs while debugging a test.
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    NEO4J_URI: testNeo4jUri(),
    ...overrides,
  });
}

export function openTestDriver(uri = testNeo4jUri()): Driver {
  return neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
}

/** Deletes every node, constraint and index, leaving an empty database. */
export async function resetDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, not executeQuery's managed one.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  const { records: constraints } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name');
  for (const record of constraints) {
    await driver.executeQuery(`DROP CONSTRAINT \`${String(record.get('name'))}\``);
  }
  const { records: indexes } = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
  );
  for (const record of indexes) {
    await driver.executeQuery(`DROP INDEX \`${String(record.get('name'))}\``);
  }
}
