import pino from 'pino';
import { startApp, type RunningApp } from './app';
import { startTestApi, type GraphQLResult, type TestApi } from './test/graphql';
import { testConfig } from './test/neo4j';

/**
 * An unexpected error (here: data the schema cannot represent, written past the API) reaches a
 * client as a generic message and code, in production as in development: no stack trace, no
 * internal message, no hint of the cause. The detail goes to the server's log only.
 */

/** Settings a production server must have (config.ts); the identity provider is never asked. */
const PRODUCTION = {
  NODE_ENV: 'production',
  NEO4J_TRACE: 'false',
  OIDC_ISSUER: 'http://127.0.0.1:9/realms/test',
  OIDC_AUDIENCE: 'schutznetz',
  OIDC_CLIENT_ID: 'schutznetz-web',
  ANONYMOUS_ROLE: 'public',
};
const DEVELOPMENT = { NODE_ENV: 'development', ANONYMOUS_ROLE: 'public' };

/** Institutions whose stored data the schema cannot represent. */
const BROKEN = [
  {
    id: 'org:unknown_kind',
    query: '{ institution(id: "org:unknown_kind") { name kind } }',
    field: 'kind',
    internal: /no_such_kind/,
  },
  {
    id: 'org:no_name',
    query: '{ institution(id: "org:no_name") { name kind } }',
    field: 'name',
    internal: /Cannot return null for non-nullable field/,
  },
];

describe.each([
  ['production', PRODUCTION],
  ['development', DEVELOPMENT],
])('an unexpected error while resolving, in %s', (_mode, env) => {
  let api: TestApi;
  let app: RunningApp;
  const logged: Record<string, unknown>[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(
      `MATCH (m:Region {id: 'koethen'})
       CREATE (:Institution {id: 'org:unknown_kind', name: 'Unbekannte Art', kind: 'no_such_kind', version: 1})-[:LOCATED_IN]->(m),
              (:Institution {id: 'org:no_name', kind: 'school', version: 1})-[:LOCATED_IN]->(m)`,
    );
    const config = testConfig({ ...env, ANALYSIS_WORKERS: '0' });
    const logger = pino(
      { level: 'error' },
      { write: (line: string) => void logged.push(JSON.parse(line) as Record<string, unknown>) },
    );
    app = await startApp({ config, driver: api.driver, logger });
  }, 120_000);

  afterAll(async () => {
    await app.stop();
    await api.close();
  });

  async function post(query: string): Promise<GraphQLResult> {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as GraphQLResult;
  }

  it.each(BROKEN)(
    'answers $id with "Internal server error" and INTERNAL_SERVER_ERROR, nothing more',
    async ({ query, field, internal }) => {
      logged.length = 0;
      const body = await post(query);
      expect(body.errors).toEqual([
        {
          message: 'Internal server error',
          locations: [expect.any(Object)],
          path: ['institution', field],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      const text = JSON.stringify(body);
      expect(text).not.toMatch(internal);
      expect(text).not.toMatch(/stacktrace|exception|\bat .+:\d+:\d+|node_modules|\.ts\b|\.js\b/i);
      // The cause is not lost: the server logs it, with its stack.
      const entry = logged.find((line) => line['msg'] === 'unexpected error while resolving');
      const err = entry?.['err'] as { message?: string; stack?: string } | undefined;
      expect(err?.message).toMatch(internal);
      expect(err?.stack).toMatch(/\n\s+at /);
    },
  );
});
