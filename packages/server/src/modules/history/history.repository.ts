import { AUDIT_LABEL, restoreDeleted, type RestoreResult } from '../../neo4j/audit';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { pageCypher, readPage } from '../../neo4j/paging';
import type { Page, PageRequest } from '../../pagination';

/** An audit entry as stored; `changes` is JSON. */
export interface ChangeRecord {
  readonly id: string;
  readonly sortKey: string;
  readonly at: string;
  readonly actor: string;
  readonly action: 'create' | 'update' | 'delete' | 'restore';
  readonly entity: string;
  readonly entryId: string;
  readonly name: string | null;
  readonly cascadeOf: string | null;
  readonly changes: { field: string; before: string | null; after: string | null }[];
}

type ChangeRow = Omit<ChangeRecord, 'changes' | 'name' | 'cascadeOf'> & {
  changes: string;
  name?: string | null;
  cascadeOf?: string | null;
};

const PROJECTION =
  'n {.id, .sortKey, .at, .actor, .action, .entity, .entryId, .name, .cascadeOf, .changes}';

/** Changes of one entry, newest first. */
const HISTORY = pageCypher(`MATCH (n:${AUDIT_LABEL} {entryId: $entryId})`, [], PROJECTION, true);

/**
 * Deletes whose entry is still gone (no later change), newest first; not the entries deleted
 * along with another, which come back with it.
 */
const DELETED = pageCypher(
  `MATCH (n:${AUDIT_LABEL} {action: 'delete'})`,
  [
    'n.cascadeOf IS NULL',
    `NOT EXISTS { MATCH (later:${AUDIT_LABEL} {entryId: n.entryId}) WHERE later.at > n.at }`,
  ],
  PROJECTION,
);

function toChange(row: ChangeRow): ChangeRecord {
  return {
    ...row,
    name: row.name ?? null,
    cascadeOf: row.cascadeOf ?? null,
    changes: JSON.parse(row.changes) as ChangeRecord['changes'],
  };
}

/** Reads the audit trail, and restores deleted entries from it. */
export class HistoryRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  findHistory(entryId: string, page: PageRequest): Promise<Page<ChangeRecord>> {
    return readPage(this.executor, HISTORY, { entryId }, page, toChange);
  }

  findDeleted(page: PageRequest): Promise<Page<ChangeRecord>> {
    return readPage(this.executor, DELETED, {}, page, toChange);
  }

  restore(entryId: string, now: string, actor: string): Promise<RestoreResult> {
    return this.executor.writeTransaction((tx) => restoreDeleted(tx, { now, actor }, entryId));
  }
}
