import { createHash } from 'node:crypto';
import { InvalidInputError, NotFoundError } from '../../errors';
import { withCommitHook } from '../../neo4j/commit-hooks';
import type { IdempotencyKeyStore, IdempotencyRecord } from '../../neo4j/idempotency-keys';

/** How long a key answers a retry: long enough for a client to come back after an outage. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** One create made idempotent by a key of the client's choosing. */
export interface IdempotentCreate<T> {
  /** The client's key (`clientMutationId`). */
  readonly key: string;
  /** Who is creating: keys of different viewers never meet. */
  readonly viewer: string;
  /** Entity name of the create, e.g. "Institution". */
  readonly entity: string;
  /** The create's input without the key: a retry must send the same. */
  readonly input: object;
  /** Creates the entry (one write transaction, which the key joins). */
  readonly create: () => Promise<T>;
  /**
   * The id of the created entry in what the create's transaction answered; default: its `id`.
   * Undefined: the transaction created nothing, so no key is stored.
   */
  readonly idOf?: (answer: unknown) => string | undefined;
  /** Keep the transaction's answer with the key, for {@link find} (small summaries only). */
  readonly keepAnswer?: boolean;
  /**
   * The answer to a retry: the entry the key stands for (and the kept answer of the first
   * transaction, with `keepAnswer`), or null when it is gone.
   */
  readonly find: (id: string, answer: unknown) => Promise<T | null>;
}

const idProperty = (answer: unknown): string | undefined => {
  const id = (answer as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
};

/** JSON with object keys sorted, so that the same input always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** Raised inside the create's transaction when another create holds the key: rolls it back. */
class KeyTakenError extends Error {
  constructor(readonly record: IdempotencyRecord) {
    super('idempotency key taken by a concurrent create');
  }
}

/**
 * Idempotent creates (`clientMutationId`): the first create with a key stores the key in its own
 * transaction, so the key exists exactly when the entry does; a retry with the same key (same
 * viewer, within {@link IDEMPOTENCY_KEY_TTL_MS}) answers the entry created first; concurrent
 * creates with one key give one entry (the uniqueness constraint on the key decides, the loser's
 * transaction rolls back). The same key with another entity or input is refused.
 */
export class IdempotencyService {
  constructor(
    private readonly keys: IdempotencyKeyStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create<T>(request: IdempotentCreate<T>): Promise<T> {
    const scope = { viewer: request.viewer, key: request.key };
    const fingerprint = createHash('sha256')
      .update(`${request.entity}\n${canonical(request.input)}`)
      .digest('base64url');
    const now = this.now();
    const notBefore = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS).toISOString();

    const earlier = await this.keys.find(scope, notBefore);
    if (earlier) return this.replay(request, earlier, fingerprint);

    let created: T;
    try {
      created = await withCommitHook(async (tx, result) => {
        // No id: the transaction created nothing (the service then reports why), so no key.
        const id = (request.idOf ?? idProperty)(result);
        if (id === undefined) return;
        const answer = request.keepAnswer ? JSON.stringify(result) : null;
        const record = { entity: request.entity, fingerprint, id, answer };
        const stored = await this.keys.claim(tx, scope, record, now.toISOString(), notBefore);
        if (stored.id !== id) throw new KeyTakenError(stored);
      }, request.create);
    } catch (error) {
      if (error instanceof KeyTakenError) return this.replay(request, error.record, fingerprint);
      throw error;
    }
    // Housekeeping only: a lookup ignores expired keys, so a failure here loses nothing.
    await this.keys.expire(notBefore).catch(() => undefined);
    return created;
  }

  private async replay<T>(
    request: IdempotentCreate<T>,
    earlier: IdempotencyRecord,
    fingerprint: string,
  ): Promise<T> {
    if (earlier.entity !== request.entity || earlier.fingerprint !== fingerprint) {
      throw InvalidInputError.forField(
        'clientMutationId',
        'was used for another create within the last 24 hours; send a new key for a new entry',
      );
    }
    const entry = await request.find(
      earlier.id,
      earlier.answer === null ? undefined : (JSON.parse(earlier.answer) as unknown),
    );
    if (!entry) throw new NotFoundError(request.entity, earlier.id, 'clientMutationId');
    return entry;
  }
}
