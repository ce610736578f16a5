/**
 * The server's error vocabulary. Services and repositories throw these; the GraphQL layer turns
 * them into errors with a stable `extensions.code` (and `extensions.field` where one is at fault).
 * Anything else is an internal error: logged, and masked in responses.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_TIMEOUT'
  | 'SERVER_BUSY';

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra, safe-to-show details for `extensions`. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.details = details;
  }
}

/** One invalid input field: its path in the input (e.g. `input.email`) and what is wrong. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export class InvalidInputError extends AppError {
  override readonly name = 'InvalidInputError';
  readonly code = 'BAD_USER_INPUT';
  readonly problems: readonly FieldProblem[];

  constructor(problems: readonly FieldProblem[]) {
    const first = problems[0];
    super(
      first
        ? `${first.field}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`
        : 'Invalid input',
      { field: first?.field, problems },
    );
    this.problems = problems;
  }

  static forField(field: string, message: string): InvalidInputError {
    return new InvalidInputError([{ field, message }]);
  }
}

export class NotFoundError extends AppError {
  override readonly name = 'NotFoundError';
  readonly code = 'NOT_FOUND';

  constructor(entity: string, id: string, field?: string) {
    super(`${entity} '${id}' does not exist`, { entity, id, ...(field ? { field } : {}) });
  }
}

export class ConflictError extends AppError {
  override readonly name = 'ConflictError';
  readonly code = 'CONFLICT';
}

export class ForbiddenError extends AppError {
  override readonly name = 'ForbiddenError';
  readonly code = 'FORBIDDEN';
}

export class DatabaseUnavailableError extends AppError {
  override readonly name = 'DatabaseUnavailableError';
  readonly code = 'DATABASE_UNAVAILABLE';

  constructor() {
    super('The database is not reachable at the moment. Please try again shortly.');
  }
}

/** Why an access token was refused; the client may word its own message from it. */
export type TokenProblem =
  | 'expired'
  | 'not_yet_valid'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'bad_signature'
  | 'malformed'
  | 'unknown_token';

/**
 * A request carried an access token that is wrong, malformed, expired or unknown. It is refused
 * (HTTP 401), never treated as anonymous: a client must learn that its sign-in no longer holds.
 */
export class UnauthenticatedError extends AppError {
  override readonly name = 'UnauthenticatedError';
  readonly code = 'UNAUTHENTICATED';

  constructor(
    readonly reason: TokenProblem,
    message: string,
  ) {
    super(message, { reason });
  }
}

/** A database transaction ran longer than NEO4J_TX_TIMEOUT_MS and was terminated. */
export class DatabaseTimeoutError extends AppError {
  override readonly name = 'DatabaseTimeoutError';
  readonly code = 'DATABASE_TIMEOUT';

  constructor() {
    super('The database took too long to answer this request. Please narrow it down or try again.');
  }
}

/**
 * Too many analyses are waiting already, or concurrent writes kept colliding after every retry:
 * the request is refused instead of queued, and the client may simply send it again.
 */
export class ServerBusyError extends AppError {
  override readonly name = 'ServerBusyError';
  readonly code = 'SERVER_BUSY';

  constructor(message = 'The server is busy with other analyses. Please try again in a moment.') {
    super(message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
