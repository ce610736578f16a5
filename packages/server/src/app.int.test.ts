import type { Driver } from 'neo4j-driver';
import { startApp, type RunningApp } from './app';
import { createLogger } from './logger';
import { createDriver } from './neo4j/driver';
import { runMigrations } from './neo4j/migrations';
import { testConfig } from './test/neo4j';

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

async function postQuery(app: RunningApp, query: string): Promise<GraphQLResponse> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as GraphQLResponse;
}

describe('HTTP app against the real Neo4j', () => {
  let driver: Driver;
  let app: RunningApp;
  let tracedApp: RunningApp;

  beforeAll(async () => {
    const config = testConfig();
    driver = createDriver(config.neo4j, config.neo4j.uri ?? '');
    await runMigrations(driver, config.neo4j.database);
    const logger = createLogger(config);
    app = await startApp({ config, driver, logger });
    const traced = testConfig({ NEO4J_TRACE: 'true' });
    tracedApp = await startApp({ config: traced, driver, logger });
  });

  afterAll(async () => {
    await app.stop();
    await tracedApp.stop();
    await driver.close();
  });

  it('answers a query with the version of the database it talks to', async () => {
    const body = await postQuery(app, '{ systemStatus { version database { version edition } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      systemStatus: {
        version: expect.stringMatching(/^\d+\.\d+\.\d+$/) as unknown,
        database: { version: expect.stringMatching(/^5\.26\./) as unknown, edition: 'community' },
      },
    });
    expect(body.extensions).toBeUndefined();
  });

  it('reports round trips and database time when NEO4J_TRACE is on', async () => {
    const body = await postQuery(tracedApp, '{ systemStatus { database { edition } } }');
    expect(body.extensions?.['neo4j']).toEqual({
      roundTrips: 1,
      dbMs: expect.any(Number) as unknown,
    });
  });

  it('is live and ready while the database is up', async () => {
    const live = await fetch(`${app.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: true });
  });

  it('rejects an invalid query with a validation error and no stack trace', async () => {
    const body = await postQuery(app, '{ systemStatus { nonsense } }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/i);
  });

  it('refuses a query nested deeper than the limit before touching the database', async () => {
    const deep = `{ topics { ${'children { '.repeat(12)}id${' }'.repeat(12)} } }`;
    const body = await postQuery(app, deep);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('blocks a simple GET that could be a cross-site request (CSRF prevention)', async () => {
    const query = encodeURIComponent('{ systemStatus { version } }');
    const response = await fetch(`${app.url}/graphql?query=${query}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});
