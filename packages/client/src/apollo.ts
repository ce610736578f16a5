import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The GraphQL endpoint: the server serves the client and the API from the same origin. */
export const GRAPHQL_PATH = '/graphql';

/** Creates the one Apollo Client of the app. */
export function createApolloClient(uri: string = GRAPHQL_PATH): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache(),
  });
}
