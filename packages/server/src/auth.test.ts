import { createAuthenticator, hasRole, maySeeContacts, signInSettings } from './auth';
import { loadConfig } from './config';
import { UnauthenticatedError } from './errors';
import { claimAt, displayNameFromClaims, roleFromClaims } from './oidc';

describe('createAuthenticator with static tokens', () => {
  const auth = loadConfig({
    AUTH_TOKENS: 'aaaaaaaaaaaaaaaa:member:Schule Aken,bbbbbbbbbbbbbbbb:admin:Admin',
    ANONYMOUS_ROLE: 'public',
  }).auth;
  const authenticator = createAuthenticator(auth);

  it('maps a known bearer token to its name, role and a subject a person can be linked to', async () => {
    await expect(authenticator.authenticate('Bearer aaaaaaaaaaaaaaaa')).resolves.toEqual({
      name: 'Schule Aken',
      role: 'member',
      subject: 'static:Schule Aken',
    });
  });

  it('gives the anonymous role without a token (or with an empty header)', async () => {
    await expect(authenticator.authenticate(undefined)).resolves.toEqual({
      name: 'anonymous',
      role: 'public',
    });
    await expect(authenticator.authenticate('')).resolves.toEqual({
      name: 'anonymous',
      role: 'public',
    });
  });

  it('refuses an unknown token and another scheme instead of downgrading them to anonymous', async () => {
    await expect(authenticator.authenticate('Bearer nope')).rejects.toEqual(
      new UnauthenticatedError('unknown_token', 'Unknown access token.'),
    );
    await expect(authenticator.authenticate('Basic aaaaaaaaaaaaaaaa')).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });

  it('is public by default in production and coordinator in development', () => {
    expect(
      loadConfig({
        NODE_ENV: 'production',
        NEO4J_URI: 'bolt://db:7687',
        OIDC_ISSUER: 'https://login.example.org/realms/schutznetz',
        OIDC_AUDIENCE: 'schutznetz-api',
        OIDC_CLIENT_ID: 'schutznetz-web',
      }).auth.anonymousRole,
    ).toBe('public');
    expect(loadConfig({}).auth.anonymousRole).toBe('coordinator');
  });

  it('rejects short tokens and unknown roles, naming the variable', () => {
    expect(() => loadConfig({ AUTH_TOKENS: 'short:admin:X' })).toThrow(/AUTH_TOKENS must be/);
    expect(() => loadConfig({ AUTH_TOKENS: 'aaaaaaaaaaaaaaaa:root:X' })).toThrow(
      /AUTH_TOKENS must be/,
    );
  });
});

describe('sign-in configuration', () => {
  const production = {
    NODE_ENV: 'production',
    NEO4J_URI: 'bolt://db:7687',
    OIDC_ISSUER: 'https://login.example.org/realms/schutznetz',
    OIDC_AUDIENCE: 'schutznetz-api',
    OIDC_CLIENT_ID: 'schutznetz-web',
  };

  it('requires an OpenID Connect issuer in production', () => {
    expect(() => loadConfig({ ...production, OIDC_ISSUER: undefined })).toThrow(
      /OIDC_ISSUER is required in production/,
    );
  });

  it('refuses static tokens in production', () => {
    expect(() =>
      loadConfig({ ...production, AUTH_TOKENS: 'aaaaaaaaaaaaaaaa:admin:Admin' }),
    ).toThrow(/AUTH_TOKENS must not be set in production/);
  });

  it('needs the audience and the web client id with an issuer', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example.org/realms/x' })).toThrow(
      /OIDC_AUDIENCE is required with OIDC_ISSUER[\s\S]*OIDC_CLIENT_ID is required with OIDC_ISSUER/,
    );
  });

  it("finds the provider's metadata under the issuer unless told otherwise", () => {
    expect(loadConfig(production).auth.oidc).toEqual({
      issuer: 'https://login.example.org/realms/schutznetz',
      audience: 'schutznetz-api',
      discoveryUrl: 'https://login.example.org/realms/schutznetz/.well-known/openid-configuration',
      rolesClaim: 'realm_access.roles',
      rolePrefix: '',
      clientId: 'schutznetz-web',
      clockToleranceSeconds: 30,
    });
    expect(
      loadConfig({
        ...production,
        OIDC_DISCOVERY_URL:
          'http://keycloak:8080/realms/schutznetz/.well-known/openid-configuration',
      }).auth.oidc?.discoveryUrl,
    ).toBe('http://keycloak:8080/realms/schutznetz/.well-known/openid-configuration');
  });

  it('announces issuer and client id to the web client, and the token panel only without a provider', () => {
    expect(signInSettings(loadConfig(production).auth)).toEqual({
      oidc: {
        issuer: 'https://login.example.org/realms/schutznetz',
        clientId: 'schutznetz-web',
        scope: 'openid profile',
      },
      staticTokens: false,
    });
    expect(signInSettings(loadConfig({}).auth)).toEqual({ oidc: null, staticTokens: true });
  });
});

describe('roles and names from token claims', () => {
  it('reads a dotted path, or a top-level claim whose name has dots', () => {
    const claims = {
      realm_access: { roles: ['member'] },
      'https://example.org/roles': ['admin'],
    };
    expect(claimAt(claims, 'realm_access.roles')).toEqual(['member']);
    expect(claimAt(claims, 'https://example.org/roles')).toEqual(['admin']);
    expect(claimAt(claims, 'resource_access.schutznetz.roles')).toBeUndefined();
  });

  it('takes the highest Schutznetz role and ignores the provider’s other roles', () => {
    const claims = {
      realm_access: { roles: ['offline_access', 'member', 'coordinator', 'uma_authorization'] },
    };
    expect(roleFromClaims(claims, 'realm_access.roles')).toBe('coordinator');
  });

  it('honours a role prefix and ignores unprefixed names then', () => {
    const claims = { groups: ['admin', 'schutznetz-analyst', 'schutznetz-member'] };
    expect(roleFromClaims(claims, 'groups', 'schutznetz-')).toBe('analyst');
  });

  it('reads a space-separated string claim', () => {
    expect(roleFromClaims({ roles: 'member admin' }, 'roles')).toBe('admin');
  });

  it('gives a token without any Schutznetz role the public role', () => {
    expect(
      roleFromClaims({ realm_access: { roles: ['offline_access'] } }, 'realm_access.roles'),
    ).toBe('public');
    expect(roleFromClaims({}, 'realm_access.roles')).toBe('public');
    expect(roleFromClaims({ realm_access: { roles: 'x'.repeat(5) } }, 'realm_access.roles')).toBe(
      'public',
    );
  });

  it('names the user by name, else preferred_username, else subject', () => {
    expect(displayNameFromClaims({ name: 'Anna Beispiel', preferred_username: 'abeispiel' })).toBe(
      'Anna Beispiel',
    );
    expect(displayNameFromClaims({ preferred_username: 'abeispiel', sub: 'f00' })).toBe(
      'abeispiel',
    );
    expect(displayNameFromClaims({ sub: 'f00' })).toBe('f00');
  });
});

describe('roles', () => {
  it('orders roles and keeps contacts from the public', () => {
    expect(hasRole({ name: 'a', role: 'admin' }, 'coordinator')).toBe(true);
    expect(hasRole({ name: 'a', role: 'member' }, 'coordinator')).toBe(false);
    expect(maySeeContacts({ name: 'a', role: 'public' })).toBe(false);
    expect(maySeeContacts({ name: 'a', role: 'member' })).toBe(true);
  });
});
