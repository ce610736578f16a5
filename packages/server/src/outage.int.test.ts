import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '@schutznetz/neo4j-embedded';
import type { Driver } from 'neo4j-driver';
import { startApp, type RunningApp } from './app';
import { createLogger } from './logger';
import { createDriver } from './neo4j/driver';
import { testConfig } from './test/neo4j';

const QUERY = '{ systemStatus { database { edition } } }';

async function post(app: RunningApp): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

async function waitUntilReady(app: RunningApp, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(`${app.url}/health/ready`);
    if (response.status === 200) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not become ready again');
}

describe('a database outage while the server runs', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'schutznetz-outage-'));
  let database: EmbeddedNeo4j;
  let driver: Driver;
  let app: RunningApp;

  beforeAll(async () => {
    database = await startEmbeddedNeo4j({ dataDir, boltPort: 0, heapMb: 384, pageCacheMb: 32 });
    const config = testConfig({ NEO4J_URI: database.boltUri });
    driver = createDriver(config.neo4j, database.boltUri);
    app = await startApp({ config, driver, logger: createLogger(config) });
  }, 120_000);

  afterAll(async () => {
    await app.stop();
    await driver.close();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('turns not-ready, answers with a clear error, and recovers without a restart', async () => {
    expect(await post(app)).toEqual({
      data: { systemStatus: { database: { edition: 'community' } } },
    });

    const port = Number(new URL(database.boltUri).port);
    await database.stop();

    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not-ready', database: false });

    const failed = await post(app);
    expect(failed.errors).toEqual([
      expect.objectContaining({
        message: 'The database is not reachable at the moment. Please try again shortly.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      }),
    ]);
    expect(JSON.stringify(failed)).not.toMatch(/stacktrace|Neo4jError|ServiceUnavailable/);

    database = await startEmbeddedNeo4j({ dataDir, boltPort: port, heapMb: 384, pageCacheMb: 32 });
    await waitUntilReady(app, 60_000);
    expect(await post(app)).toEqual({
      data: { systemStatus: { database: { edition: 'community' } } },
    });
  }, 180_000);
});
