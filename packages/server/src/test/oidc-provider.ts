import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** The API's audience in tests: access tokens carry it in `aud`. */
export const TEST_AUDIENCE = 'https://api.schutznetz.test';

/** A machine client of the test provider whose access tokens carry `roles` and `name`. */
export interface TestOidcClient {
  readonly clientId: string;
  readonly roles: readonly string[];
  readonly name: string;
  /** Lifetime of its access tokens in seconds (default 600). */
  readonly accessTokenTtl?: number;
}

/** A user of the browser sign-in (the provider's development login form accepts any password). */
export interface TestOidcAccount {
  readonly sub: string;
  readonly name: string;
  readonly roles: readonly string[];
}

export interface TestOidcProviderOptions {
  readonly clients: readonly TestOidcClient[];
  /** Dotted path of the roles claim, as OIDC_ROLES_CLAIM (default Keycloak's `realm_access.roles`). */
  readonly rolesClaim?: string;
  readonly audience?: string;
  /** Claim to be this issuer (with keys of its own): a forger's provider. */
  readonly issuer?: string;
  /** A public client for the browser (authorization code + PKCE) and the users who may sign in. */
  readonly browserClient?: {
    readonly clientId: string;
    readonly redirectUris: readonly string[];
    readonly postLogoutRedirectUris: readonly string[];
  };
  readonly accounts?: readonly TestOidcAccount[];
}

/** A real OpenID Provider (oidc-provider) on 127.0.0.1, in a child process of the test. */
export interface TestOidcProvider {
  readonly issuer: string;
  /** Where it listens (the issuer, unless it claims another's). */
  readonly url: string;
  /** Environment for the server: OIDC_ISSUER, OIDC_AUDIENCE, OIDC_CLIENT_ID, … */
  readonly serverEnv: Record<string, string>;
  /** A signed JWT access token of `clientId` through a real client_credentials grant. */
  accessToken(clientId: string, options?: { resource?: string }): Promise<string>;
  close(): Promise<void>;
}

const SCRIPT = path.join(__dirname, 'oidc-provider-process.mjs');

/** Each test client's secret: derived, never shown; the provider only runs on loopback. */
const secretOf = (clientId: string) => `${clientId}-secret-for-tests-only`;

/**
 * Starts a real OpenID Provider (panva's certified oidc-provider) on a random loopback port and
 * waits until it listens. Call `close()` in `afterAll`.
 */
export async function startTestOidcProvider(
  options: TestOidcProviderOptions,
): Promise<TestOidcProvider> {
  const audience = options.audience ?? TEST_AUDIENCE;
  const rolesClaim = options.rolesClaim ?? 'realm_access.roles';
  const settings = {
    audience,
    rolesClaim,
    issuer: options.issuer,
    clients: options.clients.map((client) => ({
      ...client,
      clientSecret: secretOf(client.clientId),
    })),
    browserClient: options.browserClient,
    accounts: options.accounts,
  };
  const child = spawn(process.execPath, [SCRIPT, JSON.stringify(settings)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const { issuer, url } = await new Promise<{ issuer: string; url: string }>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      resolve(JSON.parse(line) as { issuer: string; url: string });
    });
    child.once('exit', (code) => {
      reject(new Error(`the test OpenID provider exited (${code}):\n${stderr}`));
    });
  });

  return {
    issuer,
    url,
    serverEnv: {
      OIDC_ISSUER: issuer,
      OIDC_AUDIENCE: audience,
      OIDC_ROLES_CLAIM: rolesClaim,
      OIDC_CLIENT_ID: options.browserClient?.clientId ?? 'schutznetz-web',
      OIDC_CLOCK_TOLERANCE_SECONDS: '0',
    },
    async accessToken(clientId, tokenOptions = {}) {
      const response = await fetch(`${url}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: secretOf(clientId),
          resource: tokenOptions.resource ?? audience,
          scope: 'api',
        }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string };
      if (!response.ok || !body.access_token) {
        throw new Error(`token request failed (${response.status}): ${JSON.stringify(body)}`);
      }
      return body.access_token;
    },
    close() {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.stdin.end();
      });
    },
  };
}
