/** sessionStorage key of the access token: it lives as long as the browser tab. */
export const ACCESS_TOKEN_STORAGE_KEY = 'schutznetz.accessToken';

/** The part of the Web Storage API the token store needs (sessionStorage, or a fake in tests). */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Holds the access token of this tab: read by the Apollo link on every request, watched by the
 * auth context (`useSyncExternalStore`), kept in sessionStorage so a reload stays signed in.
 */
export interface TokenStore {
  readonly get: () => string | null;
  readonly set: (token: string | null) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/**
 * The token as a person pastes it: surrounding white space and a leading "Bearer " dropped;
 * null when nothing remains or when it contains white space inside (never a valid token).
 */
export function normaliseToken(input: string): string | null {
  const token = input.trim().replace(/^bearer\s+/i, '');
  return token === '' || /\s/.test(token) ? null : token;
}

/** The Authorization header for a token, or none without one. */
export function authorizationHeaders(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

function readSafely(storage: TokenStorage | undefined): string | null {
  try {
    return storage?.getItem(ACCESS_TOKEN_STORAGE_KEY) ?? null;
  } catch {
    return null; // Storage disabled (private mode, policy): the token lives in memory only.
  }
}

/** A token store over `storage` (sessionStorage in the browser); works in memory without one. */
export function createTokenStore(storage?: TokenStorage): TokenStore {
  let current = readSafely(storage);
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (token) => {
      if (token === current) return;
      current = token;
      try {
        if (token) storage?.setItem(ACCESS_TOKEN_STORAGE_KEY, token);
        else storage?.removeItem(ACCESS_TOKEN_STORAGE_KEY);
      } catch {
        // Kept in memory; it is lost on reload, which is the safe side.
      }
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
