import {
  FALLBACK_SIGN_IN_SETTINGS,
  fetchSignInSettings,
  parseSignInSettings,
} from './sign-in-settings';

describe('parseSignInSettings', () => {
  it('takes the provider the server announces', () => {
    expect(
      parseSignInSettings({
        oidc: {
          issuer: 'https://login.example.org/realms/schutznetz',
          clientId: 'schutznetz-web',
          scope: 'openid profile',
        },
        staticTokens: false,
      }),
    ).toEqual({
      oidc: {
        issuer: 'https://login.example.org/realms/schutznetz',
        clientId: 'schutznetz-web',
        scope: 'openid profile',
      },
      staticTokens: false,
    });
  });

  it('offers the token panel when the server names no provider', () => {
    expect(parseSignInSettings({ oidc: null, staticTokens: true })).toEqual({
      oidc: null,
      staticTokens: true,
    });
  });

  it('ignores a provider that is not an http(s) URL or lacks a client id', () => {
    expect(
      parseSignInSettings({ oidc: { issuer: 'javascript:alert(1)', clientId: 'x' } }).oidc,
    ).toBeNull();
    expect(parseSignInSettings({ oidc: { issuer: 'https://login.example.org' } }).oidc).toBeNull();
    expect(parseSignInSettings('nonsense')).toEqual(FALLBACK_SIGN_IN_SETTINGS);
  });
});

describe('fetchSignInSettings', () => {
  it('falls back to the token panel when the server cannot be asked', async () => {
    const failing = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(fetchSignInSettings(failing)).resolves.toEqual(FALLBACK_SIGN_IN_SETTINGS);
    const notFound = () => Promise.resolve(new Response('', { status: 404 }));
    await expect(fetchSignInSettings(notFound)).resolves.toEqual(FALLBACK_SIGN_IN_SETTINGS);
  });
});
