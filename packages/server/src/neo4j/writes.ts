import { ConflictError, NotFoundError } from '../errors';
import { AUDIT_LABEL } from './audit';
import type { TxRunner } from './executor';

/**
 * Takes the node's write lock without writing anything read before it. Neo4j evaluates a
 * statement's reads before its writes wait for a lock, so the statement that takes the lock must
 * not also read what it checks: `SET n.version = n.version` wrote back the version it had read
 * before waiting and let every racer pass (issue 10 §1). A property set and removed again is a
 * write of nothing that still takes the lock, held until the transaction ends.
 */
const lockStatement = (label: string) => `
MATCH (n:${label} {id: $id})
SET n.__lock = true
REMOVE n.__lock
RETURN count(n) AS locked`;

/** Read in a statement of its own, after the lock: the latest committed state. */
const versionStatement = (label: string) => `
MATCH (n:${label} {id: $id})
RETURN n.version AS version`;

const LAST_DELETE = `
MATCH (e:${AUDIT_LABEL} {entryId: $id, action: 'delete'})
RETURN e.actor AS actor, e.at AS at
ORDER BY e.at DESC
LIMIT 1`;

/**
 * The error for an entry that is not there: CONFLICT when the audit trail shows it was deleted (a
 * racer's delete, or one since the client read it), NOT_FOUND when it never existed.
 */
export async function missingEntry(
  tx: TxRunner,
  entity: string,
  id: string,
  field: string,
): Promise<Error> {
  const [deleted] = await tx.run<{ actor: string; at: string }>(LAST_DELETE, { id });
  if (!deleted) return new NotFoundError(entity, id, field);
  return new ConflictError(
    `${entity} '${id}' was deleted by ${deleted.actor} at ${deleted.at}; a coordinator can restore it from its history.`,
    { field: 'version', currentVersion: null, deletedAt: deleted.at },
  );
}

/** The message and details of a change refused because someone else's change came first. */
export function staleVersion(
  entity: string,
  id: string,
  current: number | null,
  sent: number,
): ConflictError {
  return current === null
    ? new ConflictError(
        `${entity} '${id}' was deleted by someone else meanwhile (you sent version ${sent}).`,
        { field: 'version', currentVersion: null },
      )
    : new ConflictError(
        `${entity} '${id}' was changed by someone else (version ${current}, you sent ${sent}). Reload it and apply your change again.`,
        { field: 'version', currentVersion: current },
      );
}

/**
 * Takes the write lock on a node, then reads its version and checks the version the client read.
 * From here until the transaction ends no other transaction can change the node, so whatever the
 * caller reads next in `tx` is what its change applies to. `expectedVersion` null only locks.
 */
export async function lockVersion(
  tx: TxRunner,
  label: string,
  entity: string,
  id: string,
  expectedVersion: number | null,
  field = 'id',
): Promise<number> {
  const [lock] = await tx.run<{ locked: number }>(lockStatement(label), { id });
  if (!lock?.locked) throw await missingEntry(tx, entity, id, field);
  const [row] = await tx.run<{ version: number }>(versionStatement(label), { id });
  // Found before the lock, gone after it: a racer deleted it while this one waited.
  const current = row?.version ?? null;
  if (current === null || (expectedVersion !== null && current !== expectedVersion)) {
    throw staleVersion(entity, id, current, expectedVersion ?? 0);
  }
  return current;
}

/**
 * Locks several nodes, in id order so that two transactions locking overlapping sets cannot
 * deadlock each other. Answers the ids that exist.
 */
export async function lockNodes(
  tx: TxRunner,
  label: string,
  ids: readonly string[],
): Promise<string[]> {
  const rows = await tx.run<{ id: string }>(
    `UNWIND $ids AS id
     MATCH (n:${label} {id: id})
     SET n.__lock = true
     REMOVE n.__lock
     RETURN n.id AS id`,
    { ids: [...new Set(ids)].sort() },
  );
  return rows.map((row) => row.id);
}

/**
 * A change computed from the entry as it stands under its lock: the rules that depend on several
 * fields (a protected address, free places within the places) see the state the write applies to,
 * never one read before a racer's commit. Throws to refuse the change; nothing is written then.
 */
export type LockedChange<Current, Properties> = (current: Current) => Properties;

/** Properties every node carries, for a create. */
export function creationMeta(now: string, actor: string): Record<string, unknown> {
  return { createdAt: now, updatedAt: now, version: 1, updatedBy: actor };
}
