import { gzipSync } from 'node:zlib';
import type { Driver } from 'neo4j-driver';
import { startApp, type RunningApp } from '../app';
import { createLogger } from '../logger';
import { createDriver } from '../neo4j/driver';
import { runMigrations } from '../neo4j/migrations';
import { testConfig } from '../test/neo4j';
import { GRAPHQL_BODY_LIMIT } from './http';

/** The lean `POST /graphql` path (graphql/http.ts) and the Express path it hands over to. */
describe('POST /graphql over HTTP', () => {
  let driver: Driver;
  let app: RunningApp;
  const query = JSON.stringify({ query: '{ __typename }' });

  beforeAll(async () => {
    const config = testConfig();
    driver = createDriver(config.neo4j, config.neo4j.uri ?? '');
    await runMigrations(driver, config.neo4j.database);
    app = await startApp({ config, driver, logger: createLogger(config) });
  });

  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  const post = (body: string | Uint8Array, headers: Record<string, string>) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers, body });

  it('answers a plain JSON body with Apollo’s headers, a length and no ETag', async () => {
    const response = await post(query, { 'content-type': 'application/json; charset=utf-8' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('etag')).toBeNull();
    const text = await response.text();
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(JSON.parse(text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a body that is not JSON with 400, as body-parser did', async () => {
    for (const body of ['{ "query": ', '"just a string"']) {
      const response = await post(body, { 'content-type': 'application/json' });
      expect(response.status).toBe(400);
    }
  });

  it('answers an empty JSON object with Apollo’s 400', async () => {
    const response = await post('{}', { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
  });

  it('hands a compressed body to express.json()', async () => {
    const response = await post(gzipSync(query), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify({
      query: '{ __typename }',
      variables: { x: 'x'.repeat(GRAPHQL_BODY_LIMIT + 10) },
    });
    const response = await post(big, { 'content-type': 'application/json' });
    expect(response.status).toBe(413);
  });

  it('still blocks a POST without a JSON content type (CSRF prevention)', async () => {
    const response = await post(query, { 'content-type': 'text/plain' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
