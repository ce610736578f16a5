/**
 * The server's error vocabulary as the client words it: every `extensions.code` the server sends
 * (packages/server/src/errors.ts, the analysis and page limits, Apollo's own), plus a network
 * failure and a fallback for any code the client does not know. Views show the German (or English)
 * text for the code, never the server's English `message`.
 */
import { CombinedGraphQLErrors } from '@apollo/client';

export const SERVER_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'DATABASE_UNAVAILABLE',
  'DATABASE_TIMEOUT',
  'SERVER_BUSY',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'INTERNAL_SERVER_ERROR',
] as const;

/** A code the client has a text for; `NETWORK` when no answer came, `UNKNOWN` for any other code. */
export type ErrorCode = (typeof SERVER_ERROR_CODES)[number] | 'NETWORK' | 'UNKNOWN';

/** The part of a GraphQL error this mapping reads. */
export interface CodedError {
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** The known code of one GraphQL error (`UNKNOWN` when it names none the client knows). */
export function codeOf(error: CodedError): ErrorCode {
  const code = error.extensions?.['code'];
  return (SERVER_ERROR_CODES as readonly unknown[]).includes(code)
    ? (code as ErrorCode)
    : 'UNKNOWN';
}

/** The first known code among GraphQL errors, else `UNKNOWN`. */
export function codeOfErrors(errors: readonly CodedError[]): ErrorCode {
  return errors.map(codeOf).find((code) => code !== 'UNKNOWN') ?? 'UNKNOWN';
}

/** The code of whatever a query or mutation threw: GraphQL errors, or a failed request. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (CombinedGraphQLErrors.is(error)) return codeOfErrors(error.errors);
  return 'NETWORK';
}
