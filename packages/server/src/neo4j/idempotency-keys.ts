import type { Neo4jExecutor, TxRunner } from './executor';

/**
 * Label of the stored idempotency keys: `(:IdempotencyKey {scope, key, viewer, entity,
 * fingerprint, id, createdAt})`, unique by `scope` (viewer and key), see migrations.ts. Not a
 * domain entity: nothing reads these but the creates that wrote them.
 */
export const IDEMPOTENCY_KEY_LABEL = 'IdempotencyKey';

/** A create that a key stands for. */
export interface IdempotencyRecord {
  /** Entity name of the create, e.g. "Institution". */
  readonly entity: string;
  /** Hash of the create's input: the same key with other input is a mistake. */
  readonly fingerprint: string;
  /** Id of the created entry. */
  readonly id: string;
  /**
   * What the create's transaction answered, as JSON, for creates whose answer is more than the
   * entry (a summary of what changed); null for the others, so no copy of an entry's data stays.
   */
  readonly answer: string | null;
}

const FIND = `
MATCH (k:${IDEMPOTENCY_KEY_LABEL} {scope: $scope}) WHERE k.createdAt >= $notBefore
RETURN k.entity AS entity, k.fingerprint AS fingerprint, k.id AS id, k.answer AS answer`;

/** An expired key of the same scope gives way; a live one (another create's) is kept. */
const CLAIM = `
OPTIONAL MATCH (old:${IDEMPOTENCY_KEY_LABEL} {scope: $scope}) WHERE old.createdAt < $notBefore
DELETE old
WITH count(*) AS cleared
MERGE (k:${IDEMPOTENCY_KEY_LABEL} {scope: $scope})
ON CREATE SET k.key = $key, k.viewer = $viewer, k.entity = $entity,
  k.fingerprint = $fingerprint, k.id = $id, k.answer = $answer, k.createdAt = $now
RETURN k.entity AS entity, k.fingerprint AS fingerprint, k.id AS id, k.answer AS answer`;

const EXPIRE = `
MATCH (k:${IDEMPOTENCY_KEY_LABEL}) WHERE k.createdAt < $notBefore
WITH k LIMIT 1000
DELETE k`;

/** Where a key lives: one viewer's keys never meet another's. */
export interface KeyScope {
  readonly viewer: string;
  readonly key: string;
}

const scopeOf = ({ viewer, key }: KeyScope): string => JSON.stringify([viewer, key]);

/** Reads and writes idempotency keys; each call is one statement. */
export class IdempotencyKeyStore {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** The create a live key (created at or after `notBefore`) stands for, if any. */
  async find(scope: KeyScope, notBefore: string): Promise<IdempotencyRecord | null> {
    const [row] = await this.executor.read<IdempotencyRecord>(FIND, {
      scope: scopeOf(scope),
      notBefore,
    });
    return row ?? null;
  }

  /**
   * Inside the create's transaction: stores the key for `record`, or, when a concurrent create
   * with the same key committed first (the uniqueness constraint makes this MERGE wait for it),
   * answers the record that key stands for instead.
   */
  async claim(
    tx: TxRunner,
    scope: KeyScope,
    record: IdempotencyRecord,
    now: string,
    notBefore: string,
  ): Promise<IdempotencyRecord> {
    const [row] = await tx.run<IdempotencyRecord>(CLAIM, {
      ...record,
      ...scope,
      scope: scopeOf(scope),
      now,
      notBefore,
    });
    if (!row) throw new Error('storing an idempotency key returned nothing');
    return row;
  }

  /** Deletes up to 1000 expired keys (housekeeping; a lookup ignores them anyway). */
  async expire(notBefore: string): Promise<void> {
    await this.executor.writeTransaction((tx) => tx.run(EXPIRE, { notBefore }));
  }
}
