import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { ViewerQuery } from '../gql/graphql';
import type { OidcSession } from './oidc-session';
import type { SignInSettings } from './sign-in-settings';
import { authorizationHeaders, type SessionNotice, type TokenStore } from './token-store';
import { VIEWER_QUERY } from './viewer.query';

/** Who the server takes this tab for. */
export type Viewer = ViewerQuery['viewer'];

/** How this server signs people in, and the provider session when there is one. */
export interface SignInSetup {
  readonly settings: SignInSettings;
  readonly oidc: OidcSession | null;
}

export interface Auth {
  /** The viewer, once the server has answered; null while loading or when it is unreachable. */
  readonly viewer: Viewer | null;
  readonly loading: boolean;
  /** True while this tab holds an access token. */
  readonly hasToken: boolean;
  /** True when the viewer may create, change and delete data. */
  readonly canEdit: boolean;
  /** How to sign in here; null until the server has said. */
  readonly settings: SignInSettings | null;
  /** What to tell the user about the session (expired, sign-in failed), if anything. */
  readonly notice: SessionNotice | null;
  readonly dismissNotice: () => void;
  /** Signs in with an access token (development and tests). */
  readonly signIn: (token: string) => Promise<void>;
  /** Leaves for the identity provider's sign-in page; null without a provider. */
  readonly signInWithProvider: (() => Promise<void>) | null;
  /** Signs out here and, after a provider sign-in, at the provider too. */
  readonly signOut: () => Promise<void>;
  /** The `Authorization` header of this tab's session, for requests outside GraphQL (downloads). */
  readonly authorization: () => Record<string, string>;
}

const AuthContext = createContext<Auth | null>(null);

/**
 * Provides the viewer to the app. Signing in or out replaces the token and resets the Apollo
 * cache, so nothing read under the old role stays on screen and every active query runs again.
 * When the server refuses the token (the Apollo link expires it), the same happens and the
 * notice tells the user why.
 */
export function AuthProvider({
  tokens,
  signInSetup,
  children,
}: {
  readonly tokens: TokenStore;
  /** The server's sign-in settings and the provider session, once known. */
  readonly signInSetup?: Promise<SignInSetup>;
  readonly children: ReactNode;
}) {
  const client = useApolloClient();
  const token = useSyncExternalStore(tokens.subscribe, tokens.get, tokens.get);
  const notice = useSyncExternalStore(tokens.subscribe, tokens.notice, tokens.notice);
  const { data, loading } = useQuery(VIEWER_QUERY, { fetchPolicy: 'cache-and-network' });
  const viewer = data?.viewer ?? null;
  const [setup, setSetup] = useState<SignInSetup | null>(null);

  useEffect(() => {
    let current = true;
    void signInSetup?.then((loaded) => {
      if (current) setSetup(loaded);
    });
    return () => {
      current = false;
    };
  }, [signInSetup]);

  // A refused token was dropped by the link: read everything again as anonymous.
  useEffect(() => {
    if (notice === 'expired') void client.resetStore().catch(() => undefined);
  }, [notice, client]);

  const replaceToken = useCallback(
    async (next: string | null) => {
      tokens.set(next);
      await client.resetStore();
    },
    [client, tokens],
  );
  const signIn = useCallback((next: string) => replaceToken(next), [replaceToken]);
  const oidc = setup?.oidc ?? null;
  const signInWithProvider = useMemo(
    () => (oidc ? () => oidc.signIn(`${window.location.pathname}${window.location.search}`) : null),
    [oidc],
  );
  // After a provider sign-in the page leaves for the provider's sign-out and comes back fresh;
  // otherwise (a pasted token) the data is read again as anonymous here.
  const signOut = useCallback(async () => {
    await oidc?.signOut();
    await replaceToken(null);
  }, [replaceToken, oidc]);
  const dismissNotice = useCallback(() => {
    tokens.dismissNotice();
  }, [tokens]);

  const authorization = useCallback(() => authorizationHeaders(tokens.get()), [tokens]);

  const value = useMemo<Auth>(
    () => ({
      viewer,
      loading,
      hasToken: token !== null,
      canEdit: viewer?.canEdit ?? false,
      settings: setup?.settings ?? null,
      notice,
      dismissNotice,
      signIn,
      signInWithProvider,
      signOut,
      authorization,
    }),
    [
      viewer,
      loading,
      token,
      setup,
      notice,
      dismissNotice,
      signIn,
      signInWithProvider,
      signOut,
      authorization,
    ],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The viewer and the sign-in actions, or null outside an {@link AuthProvider} (tests of a view alone). */
export function useOptionalAuth(): Auth | null {
  return useContext(AuthContext);
}

/** The viewer and the sign-in actions; only inside {@link AuthProvider}. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an <AuthProvider> above it');
  return auth;
}
