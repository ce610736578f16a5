import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startApp, type RunningApp } from './app';
import type { Config } from './config';
import { GRAPHQL_BODY_LIMIT } from './graphql/http';
import { createLogger } from './logger';
import { createDriver } from './neo4j/driver';
import { runMigrations } from './neo4j/migrations';
import { testConfig } from './test/neo4j';

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
}

/**
 * A request as a careless or hostile client sends it: exact bytes, with or without a length
 * (`chunked: true` streams the body without Content-Length).
 */
function rawRequest(
  url: string,
  options: { method?: string; body?: string; headers?: Record<string, string>; chunked?: boolean },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(options.body ?? '', 'utf8');
    const request = http.request(url, {
      method: options.method ?? 'POST',
      headers: {
        ...(options.body !== undefined && !options.chunked
          ? { 'content-length': body.length }
          : {}),
        ...options.headers,
      },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    if (options.chunked) {
      // Several writes, so the body goes out chunked and past the limit before it ends.
      for (let start = 0; start < body.length; start += 256 * 1024) {
        request.write(body.subarray(start, start + 256 * 1024));
      }
    } else if (body.length) {
      request.write(body);
    }
    request.end();
  });
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** A JSON error body as GraphQL clients read it, and nothing a stack trace would leave. */
function expectJsonError(response: RawResponse, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(response.text) as {
    errors: { message: string; extensions: { code: string } }[];
  };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]?.extensions.code).toBe(code);
  expect(body.errors[0]?.message).toEqual(expect.any(String));
  expect(response.text).not.toMatch(/<html|<pre|\bat .+:\d+:\d+|node_modules|\/work\/|[A-Z]:\\/i);
}

/** A query larger than the body limit: valid JSON, so only its size is wrong. */
const oversized = JSON.stringify({
  query: '{ __typename }',
  variables: { padding: 'x'.repeat(GRAPHQL_BODY_LIMIT + 10) },
});

const TOKENS = {
  member: 'member-token-0123456789',
  coordinator: 'coordinator-token-0123456789',
  admin: 'admin-token-0123456789abc',
};

describe('HTTP hygiene against the real Neo4j', () => {
  let driver: Driver;
  let clientDir: string;
  const apps = new Map<Config['env'], RunningApp>();

  /** The same app in each mode; production as `npm start` runs it behind compose. */
  function configFor(env: Config['env']): Config {
    const base = testConfig({
      CLIENT_DIST_DIR: clientDir,
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: Object.entries(TOKENS)
        .map(([role, token]) => `${token}:${role}:${role} of the test`)
        .join(','),
    });
    // Built from the test configuration, not parsed: production's sign-in settings are not the
    // point here, only the mode the HTTP layer sees.
    return { ...base, env };
  }

  beforeAll(async () => {
    clientDir = await mkdtemp(path.join(os.tmpdir(), 'schutznetz-client-'));
    await writeFile(
      path.join(clientDir, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/app.js"></script></head><body></body></html>',
    );
    await writeFile(path.join(clientDir, 'app.js'), 'document.body.textContent = "ok";');
    const config = configFor('test');
    driver = createDriver(config.neo4j, config.neo4j.uri ?? '');
    await runMigrations(driver, config.neo4j.database);
    for (const env of ['development', 'test', 'production'] as const) {
      const appConfig = configFor(env);
      apps.set(env, await startApp({ config: appConfig, driver, logger: createLogger(appConfig) }));
    }
  });

  afterAll(async () => {
    for (const app of apps.values()) await app.stop();
    await driver.close();
    await rm(clientDir, { recursive: true, force: true });
  });

  const url = (env: Config['env'], pathname: string): string =>
    `${apps.get(env)?.url ?? ''}${pathname}`;

  describe.each(['development', 'test', 'production'] as const)('in %s mode', (env) => {
    it('answers a body over the limit with 413 and a GraphQL-shaped JSON error', async () => {
      const response = await rawRequest(url(env, '/graphql'), {
        body: oversized,
        headers: JSON_HEADERS,
      });
      expectJsonError(response, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('answers a chunked body over the limit with 413 and a JSON error', async () => {
      const response = await rawRequest(url(env, '/graphql'), {
        body: oversized,
        headers: JSON_HEADERS,
        chunked: true,
      });
      expectJsonError(response, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('answers malformed JSON with 400 and a JSON error, on both body paths', async () => {
      const lean = await rawRequest(url(env, '/graphql'), {
        body: '{"query": "{ __typename }"',
        headers: JSON_HEADERS,
      });
      expectJsonError(lean, 400, 'BAD_REQUEST');
      const chunked = await rawRequest(url(env, '/graphql'), {
        body: '{"query": ',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        chunked: true,
      });
      expectJsonError(chunked, 400, 'BAD_REQUEST');
    });

    it('answers a body in a character set it does not read with a JSON error', async () => {
      const response = await rawRequest(url(env, '/graphql'), {
        body: '{"query": "{ __typename }"}',
        headers: { 'content-type': 'application/json; charset=latin1' },
      });
      expectJsonError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });
  });

  describe('security headers', () => {
    it.each([
      ['the client at /', 'GET', '/'],
      ['a client route', 'GET', '/explorer'],
      ['the API at /graphql', 'POST', '/graphql'],
    ])('are set on %s', async (_what, method, pathname) => {
      const response = await rawRequest(url('production', pathname), {
        method,
        ...(method === 'POST' ? { body: '{"query":"{ __typename }"}', headers: JSON_HEADERS } : {}),
        ...(method === 'GET' ? { headers: { accept: 'text/html' } } : {}),
      });
      expect(response.status).toBe(200);
      const csp = String(response.headers['content-security-policy']);
      const directives = new Map(
        csp.split(';').map((directive) => {
          const [name = '', ...values] = directive.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('script-src-attr')).toEqual(["'none'"]);
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-powered-by']).toBeUndefined();
    });

    it('let the client fetch from the identity provider, and from nowhere else', async () => {
      const base = configFor('production');
      const issuer = 'https://id.example.org/realms/schutznetz';
      const config: Config = {
        ...base,
        auth: {
          ...base.auth,
          oidc: {
            issuer,
            audience: 'schutznetz-api',
            discoveryUrl: `${issuer}/.well-known/openid-configuration`,
            rolesClaim: 'realm_access.roles',
            rolePrefix: '',
            clientId: 'schutznetz-web',
            clockToleranceSeconds: 30,
          },
        },
      };
      const app = await startApp({ config, driver, logger: createLogger(config) });
      try {
        const response = await rawRequest(`${app.url}/`, {
          method: 'GET',
          headers: { accept: 'text/html' },
        });
        expect(String(response.headers['content-security-policy'])).toMatch(
          /(^|;)connect-src 'self' https:\/\/id\.example\.org(;|$)/,
        );
      } finally {
        await app.stop();
      }
    });

    it('are set on errors too', async () => {
      const response = await rawRequest(url('production', '/graphql'), {
        body: oversized,
        headers: JSON_HEADERS,
      });
      expect(response.status).toBe(413);
      expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });
  });

  describe('GET /graphql in a browser', () => {
    it('serves a page in production that loads nothing from anywhere else', async () => {
      const response = await rawRequest(url('production', '/graphql'), {
        method: 'GET',
        headers: { accept: 'text/html' },
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toMatch(/Schutznetz GraphQL API/);
      expect(response.text).not.toMatch(/https?:\/\//i);
      expect(response.text).not.toMatch(/<script|<link|<style|<iframe|@import|url\(/i);
      expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    });

    it('keeps Apollo Sandbox in development, with every header but a CSP of ours', async () => {
      const response = await rawRequest(url('development', '/graphql'), {
        method: 'GET',
        headers: { accept: 'text/html' },
      });
      expect(response.status).toBe(200);
      expect(response.text).toMatch(/embeddable-sandbox/);
      expect(response.headers['content-security-policy']).toBeUndefined();
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });
  });

  describe('systemStatus', () => {
    const QUERY = '{ systemStatus { version database { name version edition } } }';

    async function status(token?: string): Promise<unknown> {
      const response = await rawRequest(url('production', '/graphql'), {
        body: JSON.stringify({ query: QUERY }),
        headers: { ...JSON_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      return JSON.parse(response.text) as unknown;
    }

    it('tells anonymous callers and members only that server and database answer', async () => {
      const hidden = {
        data: {
          systemStatus: { version: null, database: { name: null, version: null, edition: null } },
        },
      };
      expect(await status()).toEqual(hidden);
      expect(await status(TOKENS.member)).toEqual(hidden);
    });

    it('shows coordinators and admins the versions', async () => {
      for (const token of [TOKENS.coordinator, TOKENS.admin]) {
        expect(await status(token)).toEqual({
          data: {
            systemStatus: {
              version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
              database: {
                name: expect.any(String) as unknown,
                version: expect.stringMatching(/^5\.\d+/) as unknown,
                edition: 'community',
              },
            },
          },
        });
      }
    });
  });
});
