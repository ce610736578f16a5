import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { sessionRejectionLink } from './auth/session-rejection';
import { authorizationHeaders, type TokenStore } from './auth/token-store';

/** The GraphQL endpoint: the server serves the client and the API from the same origin. */
export const GRAPHQL_PATH = '/graphql';

export interface ApolloClientOptions {
  readonly uri?: string;
  /** Where the access token comes from; each request reads it afresh. A 401 expires it. */
  readonly tokens?: Pick<TokenStore, 'get' | 'expire'>;
}

/**
 * Creates the one Apollo Client of the app. Each request carries `Authorization: Bearer …` while
 * a token is set; the server derives the role from it (no token: its anonymous role). When the
 * server refuses the token (401), the token is dropped and the tab told its session expired.
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
    link: ApolloLink.from([
      ...(tokens ? [sessionRejectionLink(tokens)] : []),
      auth,
      new HttpLink({ uri }),
    ]),
    cache: new InMemoryCache({
      // One region per instance: the app's and the admin page's queries read and refresh the same entry.
      typePolicies: { RegionSetup: { keyFields: [] } },
    }),
  });
}
