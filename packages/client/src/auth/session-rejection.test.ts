import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { parse } from 'graphql';
import { Observable, of } from 'rxjs';
import { isSessionRejected, sessionRejectionLink, tokenOfRequest } from './session-rejection';
import { createTokenStore } from './token-store';

/** What the server answers to a refused token (packages/server/src/graphql/authentication.ts). */
const UNAUTHENTICATED = {
  errors: [
    {
      message: 'The access token has expired. Sign in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
};

function serverError(status: number): ServerError {
  return new ServerError(`Response not successful: Received status code ${status}`, {
    response: new Response(JSON.stringify(UNAUTHENTICATED), { status }),
    bodyText: JSON.stringify(UNAUTHENTICATED),
  });
}

describe('isSessionRejected', () => {
  it('recognises a 401 answer, as JSON or as GraphQL errors', () => {
    expect(isSessionRejected(serverError(401))).toBe(true);
    expect(isSessionRejected(new CombinedGraphQLErrors(UNAUTHENTICATED))).toBe(true);
  });

  it('does not take a missing role, a server failure or a network error for an expired session', () => {
    expect(
      isSessionRejected(
        new CombinedGraphQLErrors({
          errors: [
            { message: 'Your role does not allow this.', extensions: { code: 'FORBIDDEN' } },
          ],
        }),
      ),
    ).toBe(false);
    expect(isSessionRejected(serverError(503))).toBe(false);
    expect(isSessionRejected(new TypeError('Failed to fetch'))).toBe(false);
  });
});

describe('tokenOfRequest', () => {
  it('reads the bearer token a request was sent with', () => {
    expect(tokenOfRequest({ authorization: 'Bearer abc.def.ghi' })).toBe('abc.def.ghi');
    expect(tokenOfRequest({})).toBeNull();
    expect(tokenOfRequest(undefined)).toBeNull();
  });
});

describe('sessionRejectionLink', () => {
  // parse, not gql: a test's document stays out of the generated operation types.
  const QUERY = parse(`
    query SessionProbe {
      viewer {
        name
      }
    }
  `);

  /** A link chain that sends `token` and gets `answer` back from the "server". */
  function run(
    tokens: ReturnType<typeof createTokenStore>,
    token: string,
    answer: () => Observable<ApolloLink.Result>,
  ): Promise<unknown> {
    const withHeaders = new ApolloLink((operation, forward) => {
      operation.setContext({ headers: { authorization: `Bearer ${token}` } });
      return forward(operation);
    });
    const server = new ApolloLink(answer);
    const link = ApolloLink.from([sessionRejectionLink(tokens), withHeaders, server]);
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    return client.query({ query: QUERY }).catch((error: unknown) => error);
  }

  it('expires the token the refused request carried, so the tab reads on as anonymous', async () => {
    const tokens = createTokenStore();
    tokens.set('expired-token');
    await run(tokens, 'expired-token', () =>
      of({ errors: UNAUTHENTICATED.errors } as ApolloLink.Result),
    );
    expect(tokens.get()).toBeNull();
    expect(tokens.notice()).toBe('expired');
  });

  it('keeps the token on other errors', async () => {
    const tokens = createTokenStore();
    tokens.set('good-token');
    await run(
      tokens,
      'good-token',
      () =>
        new Observable((observer) => {
          observer.error(serverError(503));
        }),
    );
    expect(tokens.get()).toBe('good-token');
    expect(tokens.notice()).toBeNull();
  });
});
