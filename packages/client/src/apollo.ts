import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { authorizationHeaders, type TokenStore } from './auth/token-store';

/** The GraphQL endpoint: the server serves the client and the API from the same origin. */
export const GRAPHQL_PATH = '/graphql';

export interface ApolloClientOptions {
  readonly uri?: string;
  /** Where the access token comes from; each request reads it afresh. */
  readonly tokens?: Pick<TokenStore, 'get'>;
}

/**
 * Creates the one Apollo Client of the app. Each request carries `Authorization: Bearer …` while
 * a token is set; the server derives the role from it (no token: its anonymous role).
 */
export function createApolloClient({
  uri = GRAPHQL_PATH,
  tokens,
}: ApolloClientOptions = {}): ApolloClient {
  const auth = new SetContextLink((previous) => ({
    headers: {
      ...(previous['headers'] as Record<string, string> | undefined),
      ...authorizationHeaders(tokens?.get() ?? null),
    },
  }));
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
  });
}
