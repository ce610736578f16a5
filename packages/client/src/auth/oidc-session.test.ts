import { safeReturnPath, userManagerSettings } from './oidc-session';

/** An in-memory Web Storage for oidc-client-ts's stores. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => {
      data.clear();
    },
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => {
      data.delete(key);
    },
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

describe('userManagerSettings', () => {
  it('signs in with the authorization code flow back to this origin, with the announced client', () => {
    const settings = userManagerSettings(
      {
        issuer: 'https://login.example.org/realms/schutznetz',
        clientId: 'schutznetz-web',
        scope: 'openid profile',
      },
      'http://localhost:4000',
      memoryStorage(),
    );
    expect(settings).toMatchObject({
      authority: 'https://login.example.org/realms/schutznetz',
      client_id: 'schutznetz-web',
      scope: 'openid profile',
      response_type: 'code',
      redirect_uri: 'http://localhost:4000/auth/callback',
      post_logout_redirect_uri: 'http://localhost:4000/',
    });
  });
});

describe('safeReturnPath', () => {
  it('returns to a path of this app', () => {
    expect(safeReturnPath('/edit/institution/org:1?tab=people')).toBe(
      '/edit/institution/org:1?tab=people',
    );
  });

  it('never leaves the app or loops back to the callback', () => {
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/auth/callback?code=x')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });
});
