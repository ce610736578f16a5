// A real OpenID Provider (panva's certified oidc-provider) on 127.0.0.1, for the tests: started by
// test/oidc-provider.ts as a child process (oidc-provider ships ES modules only, the tests run as
// CommonJS). It issues signed JWT access tokens for the API's audience through real grants:
// client_credentials for server tests, authorization code + PKCE for the browser. The options
// arrive as JSON in argv[2]; the first line on stdout is { issuer, url } once it listens. It exits
// when its stdin closes, so it never outlives the test process.
import http from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/**
 * @typedef {{ clientId: string, clientSecret: string, roles: string[], name: string, accessTokenTtl?: number }} TestClient
 * @typedef {{ sub: string, name: string, roles: string[] }} TestAccount
 * @typedef {{
 *   audience: string,
 *   rolesClaim: string,
 *   issuer?: string,
 *   clients: TestClient[],
 *   browserClient?: { clientId: string, redirectUris: string[], postLogoutRedirectUris: string[] },
 *   accounts?: TestAccount[],
 * }} Options
 */

/** @type {Options} */
const options = JSON.parse(process.argv[2] ?? '{}');

/** Sets `value` at the dotted `path` of a fresh object: realm_access.roles → { realm_access: { roles } }. */
function claimAtPath(path, value) {
  return path
    .split('.')
    .reverse()
    .reduce((inner, key) => ({ [key]: inner }), value);
}

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = {
  ...(await exportJWK(privateKey)),
  kid: `key-${process.pid}`,
  use: 'sig',
  alg: 'RS256',
};

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}`;
const issuer = options.issuer ?? url;

const clientsById = new Map(options.clients.map((client) => [client.clientId, client]));
const accounts = new Map((options.accounts ?? []).map((account) => [account.sub, account]));

const provider = new Provider(issuer, {
  clients: [
    ...options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    ...(options.browserClient
      ? [
          {
            client_id: options.browserClient.clientId,
            token_endpoint_auth_method: 'none',
            grant_types: ['authorization_code'],
            response_types: ['code'],
            redirect_uris: options.browserClient.redirectUris,
            post_logout_redirect_uris: options.browserClient.postLogoutRedirectUris,
          },
        ]
      : []),
  ],
  jwks: { keys: [signingKey] },
  pkce: { required: () => true },
  cookies: { keys: ['schutznetz-test-only-cookie-key'] },
  scopes: ['openid', 'profile', 'api'],
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
  async findAccount(_ctx, sub) {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      claims: () => ({ sub, name: account.name, preferred_username: sub }),
    };
  },
  features: {
    devInteractions: { enabled: Boolean(options.accounts?.length) },
    clientCredentials: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => options.audience,
      useGrantedResource: () => true,
      getResourceServerInfo(ctx, resource, client) {
        const testClient = clientsById.get(client.clientId);
        return {
          scope: 'api',
          audience: resource,
          accessTokenTTL: testClient?.accessTokenTtl ?? 600,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
  // The roles claim as an identity provider like Keycloak writes it, and the user's name.
  extraTokenClaims(ctx, token) {
    const client = clientsById.get(token.clientId);
    if (client) {
      return { name: client.name, ...claimAtPath(options.rolesClaim, client.roles) };
    }
    const account = token.accountId ? accounts.get(token.accountId) : undefined;
    if (account) {
      return { name: account.name, ...claimAtPath(options.rolesClaim, account.roles) };
    }
    return undefined;
  },
  // Consent is not asked: a test's browser client is first-party.
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    if (!ctx.oidc.session?.accountId) return undefined;
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid profile');
    grant.addResourceScope(options.audience, 'api');
    await grant.save();
    return grant;
  },
});
// http:// on loopback only: the provider would otherwise insist on TLS-only cookies.
provider.proxy = false;

server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer, url })}\n`);

process.stdin.resume();
process.stdin.on('end', () => {
  server.close();
  process.exit(0);
});
