import {
  ACCESS_TOKEN_STORAGE_KEY,
  authorizationHeaders,
  createTokenStore,
  normaliseToken,
  type TokenStorage,
} from './token-store';

function fakeStorage(
  initial: Record<string, string> = {},
): TokenStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => data.set(key, value),
    removeItem: (key) => data.delete(key),
  };
}

describe('normaliseToken', () => {
  it('drops surrounding white space and a pasted "Bearer " prefix', () => {
    expect(normaliseToken('  Bearer abcdefghijklmnop \n')).toBe('abcdefghijklmnop');
  });

  it('rejects an empty token and one with white space inside', () => {
    expect(normaliseToken('   ')).toBeNull();
    expect(normaliseToken('abc def')).toBeNull();
  });
});

describe('authorizationHeaders', () => {
  it('sends the token as a bearer token', () => {
    expect(authorizationHeaders('t0k3n')).toEqual({ authorization: 'Bearer t0k3n' });
  });

  it('sends no header without a token', () => {
    expect(authorizationHeaders(null)).toEqual({});
  });
});

describe('createTokenStore', () => {
  it('starts from the token kept in the session', () => {
    const store = createTokenStore(fakeStorage({ [ACCESS_TOKEN_STORAGE_KEY]: 'kept' }));
    expect(store.get()).toBe('kept');
  });

  it('keeps a new token in the session, removes it on sign-out and tells listeners', () => {
    const storage = fakeStorage();
    const store = createTokenStore(storage);
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    store.set('secret-token');
    expect(storage.data.get(ACCESS_TOKEN_STORAGE_KEY)).toBe('secret-token');
    store.set(null);
    expect(storage.data.has(ACCESS_TOKEN_STORAGE_KEY)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.set('again');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('works in memory when storage throws', () => {
    const broken: TokenStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    };
    const store = createTokenStore(broken);
    expect(store.get()).toBeNull();
    store.set('x');
    expect(store.get()).toBe('x');
  });
});

describe('session notices', () => {
  it('drops a token the server refused and says the session expired', () => {
    const storage = fakeStorage({ [ACCESS_TOKEN_STORAGE_KEY]: 'old' });
    const store = createTokenStore(storage);
    const listener = jest.fn();
    store.subscribe(listener);
    store.expire('old');
    expect(store.get()).toBeNull();
    expect(store.notice()).toBe('expired');
    expect(storage.data.has(ACCESS_TOKEN_STORAGE_KEY)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores a late refusal of a token already replaced by a new sign-in', () => {
    const store = createTokenStore(fakeStorage());
    store.set('old');
    store.set('new');
    store.expire('old');
    expect(store.get()).toBe('new');
    expect(store.notice()).toBeNull();
  });

  it('clears the notice on the next sign-in, and on dismissal', () => {
    const store = createTokenStore(fakeStorage());
    store.set('a');
    store.expire('a');
    store.set('b');
    expect(store.notice()).toBeNull();
    store.failSignIn();
    expect(store.notice()).toBe('signInFailed');
    expect(store.get()).toBe('b');
    store.dismissNotice();
    expect(store.notice()).toBeNull();
  });
});
