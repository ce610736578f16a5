import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, ROLES, loadConfig } from './config';

interface ComposeService {
  image?: string;
  command?: string[];
  volumes?: string[];
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: unknown };
}

const ROOT = path.resolve(__dirname, '..', '..', '..');
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};
const neo4j = compose.services['neo4j'];
const server = compose.services['server'];
const keycloak = compose.services['keycloak'];

interface RealmExport {
  realm: string;
  roles: { realm: { name: string }[] };
  clients: {
    clientId: string;
    publicClient?: boolean;
    standardFlowEnabled?: boolean;
    implicitFlowEnabled?: boolean;
    directAccessGrantsEnabled?: boolean;
    redirectUris?: string[];
    webOrigins?: string[];
    attributes?: Record<string, string>;
    protocolMappers?: { protocolMapper: string; config: Record<string, string> }[];
  }[];
  users?: { credentials?: unknown[] }[];
}
const realm = JSON.parse(
  readFileSync(path.join(ROOT, 'deploy', 'keycloak', 'schutznetz-realm.json'), 'utf8'),
) as RealmExport;

/** Compose's `${NAME:?message}` and `${NAME:-default}` as a test environment would expand them. */
function expand(value: string): string {
  return value.replace(
    /\$\{(\w+)(?::[?-]([^}]*))?\}/g,
    (_match, name: string, fallback?: string) =>
      name === 'NEO4J_PASSWORD' ? 'secret' : (fallback ?? ''),
  );
}

describe('docker-compose.yml', () => {
  it('runs a pinned Neo4j 5.26 Community image with a healthcheck and a password from the environment', () => {
    expect(neo4j?.image).toMatch(/^neo4j:5\.26\.\d+-community$/);
    expect(neo4j?.environment?.['NEO4J_AUTH']).toBe('neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD}');
    expect(neo4j?.healthcheck?.test).toBeDefined();
    expect(neo4j?.environment?.['NEO4J_server_memory_heap_max__size']).toMatch(/^\d+[GM]$/);
    expect(neo4j?.environment?.['NEO4J_server_memory_pagecache_size']).toMatch(/^\d+[GM]$/);
  });

  it('builds the server, which waits for a healthy database', () => {
    expect(server?.build).toBeDefined();
    expect(server?.depends_on?.['neo4j']).toEqual({ condition: 'service_healthy' });
  });

  it('runs a pinned Keycloak in production mode that imports the realm from deploy/keycloak', () => {
    expect(keycloak?.image).toMatch(/^quay\.io\/keycloak\/keycloak:\d+\.\d+\.\d+$/);
    expect(keycloak?.command).toEqual(['start', '--import-realm']);
    expect(keycloak?.volumes).toContain('./deploy/keycloak:/opt/keycloak/data/import:ro');
    expect(keycloak?.environment?.['KC_BOOTSTRAP_ADMIN_PASSWORD']).toBe(
      '${KEYCLOAK_ADMIN_PASSWORD:?set KEYCLOAK_ADMIN_PASSWORD}',
    );
    expect(keycloak?.healthcheck?.test).toBeDefined();
    expect(server?.depends_on?.['keycloak']).toEqual({ condition: 'service_healthy' });
  });

  it("signs the server's users in through the realm, whose roles are exactly Schutznetz's", () => {
    const config = loadConfig(
      Object.fromEntries(Object.entries(server?.environment ?? {}).map(([k, v]) => [k, expand(v)])),
    );
    const oidc = config.auth.oidc;
    expect(oidc?.issuer).toMatch(new RegExp(`/realms/${realm.realm}$`));
    expect(oidc?.discoveryUrl).toBe(
      `http://keycloak:8080/realms/${realm.realm}/.well-known/openid-configuration`,
    );
    expect(oidc?.rolesClaim).toBe('realm_access.roles');
    expect(oidc?.rolePrefix).toBe('');
    expect(config.auth.tokens.size).toBe(0);
    expect(realm.roles.realm.map((role) => role.name)).toEqual([...ROLES]);

    const web = realm.clients.find((client) => client.clientId === oidc?.clientId);
    expect(web).toMatchObject({
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      redirectUris: ['http://localhost:4000/auth/callback'],
      webOrigins: ['http://localhost:4000'],
    });
    expect(web?.attributes?.['pkce.code.challenge.method']).toBe('S256');
    const audience = web?.protocolMappers?.find((m) => m.protocolMapper === 'oidc-audience-mapper');
    expect(audience?.config['included.custom.audience']).toBe(oidc?.audience);
    expect(audience?.config['access.token.claim']).toBe('true');
    // No users, and so no passwords, in the repository.
    expect(realm.users ?? []).toEqual([]);
  });

  it('gives the server only variables its config reads, and a config that parses', () => {
    const environment = server?.environment ?? {};
    for (const name of Object.keys(environment)) {
      expect(CONFIG_VARIABLES).toContain(name);
    }
    const config = loadConfig(
      Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, expand(v)])),
    );
    expect(config.env).toBe('production');
    expect(config.host).toBe('0.0.0.0');
    expect(config.neo4j.password).toBe('secret');
    expect(config.neo4j.trace).toBe(false);
    expect(config.seedDemoData).toBe(false);
  });

  it('points the server at the Bolt port of the neo4j service and publishes the port it listens on', () => {
    const config = loadConfig(
      Object.fromEntries(Object.entries(server?.environment ?? {}).map(([k, v]) => [k, expand(v)])),
    );
    const uri = new URL(config.neo4j.uri ?? '');
    expect(uri.hostname).toBe('neo4j');
    expect(neo4j?.expose).toContain(uri.port);
    const published = (server?.ports ?? []).map((mapping) => expand(mapping).split(':').at(-1));
    expect(published).toContain(String(config.port));
  });
});

describe('Dockerfile', () => {
  it('copies every workspace package manifest before npm ci, so the lockfile matches', () => {
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    const rootManifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      workspaces: string[];
    };
    const beforeInstall = dockerfile.slice(0, dockerfile.indexOf('RUN npm ci'));
    for (const workspace of rootManifest.workspaces) {
      expect(beforeInstall).toContain(`COPY ${workspace}/package.json ${workspace}/`);
    }
  });

  it('puts the built output of every workspace package the server imports into the runtime image', () => {
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    const manifest = (dir: string) =>
      JSON.parse(readFileSync(path.join(ROOT, 'packages', dir, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
    // The server's workspace dependencies, and theirs (analysis needs domain, …).
    const needed = new Set<string>();
    const visit = (dir: string): void => {
      for (const name of Object.keys(manifest(dir).dependencies ?? {})) {
        const workspace = /^@schutznetz\/(.+)$/.exec(name)?.[1];
        if (workspace && !needed.has(workspace)) {
          needed.add(workspace);
          visit(workspace);
        }
      }
    };
    visit('server');
    expect(needed).toContain('analysis');
    for (const workspace of needed) {
      expect(runtime).toContain(`/app/packages/${workspace}/dist packages/${workspace}/dist`);
    }
  });
});
