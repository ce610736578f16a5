import { AppError, type ErrorCode } from '../errors';

/** An error of the server's vocabulary as it crosses from a worker thread: plain data. */
export interface TransportedError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** What a worker answers for a job: the result, or an error of the server's vocabulary. */
export type AnalysisOutcome<T = unknown> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: TransportedError };

/** An error of the vocabulary raised in a worker, the same for clients as where it was thrown. */
export class WorkerAppError extends AppError {
  override readonly name = 'WorkerAppError';
  readonly code: ErrorCode;

  constructor(error: TransportedError) {
    super(error.message, { ...error.details });
    this.code = error.code;
  }
}

/** Runs a job and turns an error of the vocabulary into data (in a worker thread). */
export function outcomeOf<T>(run: () => T): AnalysisOutcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof AppError) {
      return {
        ok: false,
        error: { code: error.code, message: error.message, details: { ...error.details } },
      };
    }
    throw error;
  }
}
