import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import type { TokenStore } from './token-store';

/**
 * True when the server refused the request's access token: HTTP 401, read either as a
 * `ServerError` (an `application/json` answer) or as GraphQL errors with `UNAUTHENTICATED` (an
 * `application/graphql-response+json` answer keeps the body). A role too low for a field is
 * `FORBIDDEN`, not this.
 */
export function isSessionRejected(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((problem) => problem.extensions?.['code'] === 'UNAUTHENTICATED');
  }
  return false;
}

/** The bearer token a request was sent with, from the headers the auth link set. */
export function tokenOfRequest(headers: unknown): string | null {
  if (typeof headers !== 'object' || headers === null) return null;
  const value = (headers as Record<string, unknown>)['authorization'];
  if (typeof value !== 'string') return null;
  return /^Bearer\s+(\S+)$/i.exec(value)?.[1] ?? null;
}

/**
 * Watches every answer: when the server refuses the token a request carried (expired session,
 * revoked or unknown token), the token is dropped and the tab told so; the auth context then
 * reads everything anew as anonymous and offers to sign in again.
 */
export function sessionRejectionLink(tokens: Pick<TokenStore, 'expire'>): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (!isSessionRejected(error)) return;
    const token = tokenOfRequest(operation.getContext()['headers']);
    if (token) tokens.expire(token);
  });
}
