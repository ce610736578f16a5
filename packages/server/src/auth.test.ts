import { hasRole, maySeeContacts, viewerFromHeader } from './auth';
import { loadConfig } from './config';

describe('viewerFromHeader', () => {
  const auth = loadConfig({
    AUTH_TOKENS: 'aaaaaaaaaaaaaaaa:member:Schule Aken,bbbbbbbbbbbbbbbb:admin:Admin',
    ANONYMOUS_ROLE: 'public',
  }).auth;

  it('maps a known bearer token to its name and role', () => {
    expect(viewerFromHeader(auth, 'Bearer aaaaaaaaaaaaaaaa')).toEqual({
      name: 'Schule Aken',
      role: 'member',
    });
  });

  it('falls back to the anonymous role without or with an unknown token', () => {
    expect(viewerFromHeader(auth, undefined)).toEqual({ name: 'anonymous', role: 'public' });
    expect(viewerFromHeader(auth, 'Bearer nope')).toEqual({ name: 'anonymous', role: 'public' });
    expect(viewerFromHeader(auth, 'Basic aaaaaaaaaaaaaaaa')).toEqual({
      name: 'anonymous',
      role: 'public',
    });
  });

  it('is public by default in production and coordinator in development', () => {
    expect(
      loadConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://db:7687' }).auth.anonymousRole,
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

describe('roles', () => {
  it('orders roles and keeps contacts from the public', () => {
    expect(hasRole({ name: 'a', role: 'admin' }, 'coordinator')).toBe(true);
    expect(hasRole({ name: 'a', role: 'member' }, 'coordinator')).toBe(false);
    expect(maySeeContacts({ name: 'a', role: 'public' })).toBe(false);
    expect(maySeeContacts({ name: 'a', role: 'member' })).toBe(true);
  });
});
