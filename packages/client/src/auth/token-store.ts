/** sessionStorage key of the access token: it lives as long as the browser tab. */
export const ACCESS_TOKEN_STORAGE_KEY = 'schutznetz.accessToken';

/** The part of the Web Storage API the token store needs (sessionStorage, or a fake in tests). */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Why the tab is no longer signed in, to tell the user: the server refused the token (401), or
 * the identity provider's sign-in did not complete. */
export type SessionNotice = 'expired' | 'signInFailed';

/**
 * Holds the access token of this tab: read by the Apollo link on every request, watched by the
 * auth context (`useSyncExternalStore`), kept in sessionStorage so a reload stays signed in.
 */
export interface TokenStore {
  readonly get: () => string | null;
  /** Replaces the token (null: signed out) and clears any notice. */
  readonly set: (token: string | null) => void;
  /**
   * The server refused `refused` (HTTP 401): drop it and note that the session expired. A refusal
   * of a token that was replaced meanwhile (a new sign-in) changes nothing.
   */
  readonly expire: (refused: string) => void;
  /** Notes that a sign-in through the identity provider failed; the tab stays as it was. */
  readonly failSignIn: () => void;
  /** What to tell the user about the session, if anything. */
  readonly notice: () => SessionNotice | null;
  readonly dismissNotice: () => void;
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
  let notice: SessionNotice | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const replace = (token: string | null, nextNotice: SessionNotice | null) => {
    if (token === current && nextNotice === notice) return;
    current = token;
    notice = nextNotice;
    try {
      if (token) storage?.setItem(ACCESS_TOKEN_STORAGE_KEY, token);
      else storage?.removeItem(ACCESS_TOKEN_STORAGE_KEY);
    } catch {
      // Kept in memory; it is lost on reload, which is the safe side.
    }
    notify();
  };
  return {
    get: () => current,
    set: (token) => {
      replace(token, null);
    },
    expire: (refused) => {
      if (refused === current) replace(null, 'expired');
    },
    failSignIn: () => {
      replace(current, 'signInFailed');
    },
    notice: () => notice,
    dismissNotice: () => {
      replace(current, null);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
