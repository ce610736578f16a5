import { Neo4jError } from 'neo4j-driver';
import {
  ConflictError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  isAppError,
  ServerBusyError,
} from '../errors';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);

/** A transaction terminated for running longer than its timeout (the name differs by version). */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * The one boundary where Neo4j errors become the server's error vocabulary. Errors it does not
 * know pass through unchanged (and are later masked as internal errors).
 */
export function translateNeo4jError(error: unknown): unknown {
  if (isAppError(error)) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) return new DatabaseUnavailableError();
    if (TIMEOUT_CODES.has(error.code)) return new DatabaseTimeoutError();
    // Deadlocks and lock timeouts the driver's retries did not get past (heavy concurrent writes):
    // nothing was written, and sending the request again is safe.
    if (error.code.startsWith('Neo.TransientError.')) {
      return new ServerBusyError(
        'The database is busy with other changes at the moment. Please try again in a moment.',
      );
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError('An entry with the same unique key already exists.', {
        reason: 'UNIQUE_CONSTRAINT',
      });
    }
  }
  return error;
}
