import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { ViewerQuery } from '../gql/graphql';
import type { TokenStore } from './token-store';
import { VIEWER_QUERY } from './viewer.query';

/** Who the server takes this tab for. */
export type Viewer = ViewerQuery['viewer'];

/** The name the server gives a request without a (known) token. */
export const ANONYMOUS_VIEWER_NAME = 'anonymous';

export interface Auth {
  /** The viewer, once the server has answered; null while loading or when it is unreachable. */
  readonly viewer: Viewer | null;
  readonly loading: boolean;
  /** True while this tab holds an access token. */
  readonly hasToken: boolean;
  /** A token is held but the server does not know it (it then treats the tab as anonymous). */
  readonly tokenRejected: boolean;
  /** True when the viewer may create, change and delete data. */
  readonly canEdit: boolean;
  readonly signIn: (token: string) => Promise<void>;
  readonly signOut: () => Promise<void>;
}

/** Tells apart a token the server knows from one it ignored (it answers "anonymous" then). */
export function isTokenRejected(hasToken: boolean, viewer: Pick<Viewer, 'name'> | null): boolean {
  return hasToken && viewer?.name === ANONYMOUS_VIEWER_NAME;
}

const AuthContext = createContext<Auth | null>(null);

/**
 * Provides the viewer to the app. Signing in or out replaces the token and resets the Apollo
 * cache, so nothing read under the old role stays on screen and every active query runs again.
 */
export function AuthProvider({
  tokens,
  children,
}: {
  readonly tokens: TokenStore;
  readonly children: ReactNode;
}) {
  const client = useApolloClient();
  const token = useSyncExternalStore(tokens.subscribe, tokens.get, tokens.get);
  const { data, loading } = useQuery(VIEWER_QUERY, { fetchPolicy: 'cache-and-network' });
  const viewer = data?.viewer ?? null;

  const replaceToken = useCallback(
    async (next: string | null) => {
      tokens.set(next);
      await client.resetStore();
    },
    [client, tokens],
  );
  const signIn = useCallback((next: string) => replaceToken(next), [replaceToken]);
  const signOut = useCallback(() => replaceToken(null), [replaceToken]);

  const value = useMemo<Auth>(
    () => ({
      viewer,
      loading,
      hasToken: token !== null,
      tokenRejected: isTokenRejected(token !== null, viewer),
      canEdit: viewer?.canEdit ?? false,
      signIn,
      signOut,
    }),
    [viewer, loading, token, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The viewer and the sign-in actions; only inside {@link AuthProvider}. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an <AuthProvider> above it');
  return auth;
}
