import { ConflictError, NotFoundError } from '../errors';
import type { TxRunner } from './executor';

/**
 * Takes the write lock on a node and checks the version the client read. Setting a property to
 * itself locks the node, so the version read afterwards is the latest committed one and no other
 * transaction can change it until this one ends.
 */
export async function lockVersion(
  tx: TxRunner,
  label: string,
  entity: string,
  id: string,
  expectedVersion: number | null,
): Promise<number> {
  const rows = await tx.run<{ version: number }>(
    `MATCH (n:${label} {id: $id}) SET n.version = n.version RETURN n.version AS version`,
    { id },
  );
  const current = rows[0]?.version;
  if (current === undefined) throw new NotFoundError(entity, id, 'id');
  if (expectedVersion !== null && current !== expectedVersion) {
    throw new ConflictError(
      `${entity} '${id}' was changed by someone else (version ${current}, you sent ${expectedVersion}). Reload it and apply your change again.`,
      { field: 'version', currentVersion: current },
    );
  }
  return current;
}

/** Properties every node carries, for a create. */
export function creationMeta(now: string, actor: string): Record<string, unknown> {
  return { createdAt: now, updatedAt: now, version: 1, updatedBy: actor };
}
