import { Label, Rel, type InstitutionKindCode, type ReferralPathData } from '@schutznetz/domain';
import type { Neo4jExecutor, TxRunner } from '../../neo4j/executor';
import type { PageStatement } from '../../neo4j/paging';
import { audited, type AuditTarget } from '../../neo4j/audit';
import { creationMeta, missingEntry, staleVersion, type LockedChange } from '../../neo4j/writes';
import { RecordReads } from '../../record-reads';
import { pathRecord, toPath, type PathRow, type ReferralPathRecord } from './referral.mapping';

export type { ReferralPathRecord } from './referral.mapping';

/** Filters of the referral path list; every list is optional and matches any of its values. */
export interface ReferralPathFilter {
  readonly from?: readonly string[];
  readonly to?: readonly string[];
  readonly routeTemplates?: readonly string[];
  /** Topic codes, already expanded to their descendants. */
  readonly topics?: readonly string[];
  readonly urgency?: readonly string[];
  readonly municipalities?: readonly string[];
}

/** Stored properties of a referral path, without its ends. */
export type ReferralPathProperties = Omit<ReferralPathData, 'id' | 'fromId' | 'toId'>;

/** An end of a prospective path: what the rules need to know about it. */
export interface InstitutionEnd {
  readonly id: string;
  readonly name: string;
  readonly kind: InstitutionKindCode;
}

const { Institution, Region } = Label;
const { REFERS_TO, LOCATED_IN } = Rel;

const MATCH_PATH = `MATCH (a:${Institution})-[r:${REFERS_TO}]->(b:${Institution})`;
const MATCH_BY_ID = `MATCH (a:${Institution})-[r:${REFERS_TO} {id: $id}]->(b:${Institution})`;

const PATH_PROJECTION = pathRecord({ a: 'a', r: 'r', b: 'b' });

const CONDITIONS = {
  from: 'a.id IN $from',
  to: 'b.id IN $to',
  routeTemplates: 'r.routeTemplate IN $routeTemplates',
  topics: 'any(topic IN r.topics WHERE topic IN $topics)',
  urgency: 'r.urgency IN $urgency',
  municipalities:
    `(EXISTS { (a)-[:${LOCATED_IN}]->(m:${Region}) WHERE m.id IN $municipalities }` +
    ` OR EXISTS { (b)-[:${LOCATED_IN}]->(m:${Region}) WHERE m.id IN $municipalities })`,
} as const;

/**
 * One page of paths ordered by id, plus the total, in one round trip: the keyset idea of
 * `pageCypher`, with the relationship's id as its sort key.
 */
function pageCypher(conditions: readonly string[], projection = PATH_PROJECTION): string {
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  return `
CALL () { ${MATCH_PATH} ${where} RETURN count(r) AS totalCount }
CALL () {
  ${MATCH_PATH} ${where ? `${where} AND` : 'WHERE'} ($afterId IS NULL OR r.id > $afterId)
  WITH a, r, b ORDER BY r.id LIMIT toInteger($limit)
  RETURN collect(${projection}) AS items
}
RETURN totalCount, items`;
}

/** The page statement of a filter, with its parameters (see {@link pageCypher}). */
function pageStatement(filter: ReferralPathFilter, projection?: string): PageStatement {
  const conditions = (Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[])
    .filter((key) => filter[key]?.length)
    .map((key) => CONDITIONS[key]);
  return { cypher: pageCypher(conditions, projection), params: { ...filter } };
}

const FIND_BY_IDS = `
UNWIND $ids AS id
MATCH (a:${Institution})-[r:${REFERS_TO} {id: id}]->(b:${Institution})
RETURN ${PATH_PROJECTION} AS path`;

const OUTGOING = `
UNWIND $ids AS key
CALL (key) {
  MATCH (a:${Institution} {id: key})-[r:${REFERS_TO}]->(b:${Institution})
  WITH a, r, b ORDER BY r.id
  RETURN collect(${PATH_PROJECTION}) AS paths
}
RETURN key, paths`;

const INCOMING = `
UNWIND $ids AS key
CALL (key) {
  MATCH (a:${Institution})-[r:${REFERS_TO}]->(b:${Institution} {id: key})
  WITH a, r, b ORDER BY r.id
  RETURN collect(${PATH_PROJECTION}) AS paths
}
RETURN key, paths`;

const FIND_ENDS = `
OPTIONAL MATCH (a:${Institution} {id: $fromId})
OPTIONAL MATCH (b:${Institution} {id: $toId})
RETURN a {.id, .name, .kind} AS from, b {.id, .name, .kind} AS to`;

const CREATE = `
MATCH (a:${Institution} {id: $fromId}), (b:${Institution} {id: $toId})
CREATE (a)-[r:${REFERS_TO}]->(b)
SET r = $props
RETURN ${PATH_PROJECTION} AS path`;

/** Takes the write lock on the relationship, as `lockVersion` does for nodes: a write of nothing. */
const LOCK = `
${MATCH_BY_ID}
SET r.__lock = true
REMOVE r.__lock
RETURN count(r) AS locked`;

/** The version, read after the lock in a statement of its own. */
const VERSION = `
${MATCH_BY_ID}
RETURN coalesce(r.version, 1) AS version`;

const UPDATE = `
${MATCH_BY_ID}
SET r += $props, r.version = coalesce(r.version, 1) + 1
RETURN ${PATH_PROJECTION} AS path`;

const DELETE = `
${MATCH_BY_ID}
DELETE r`;

/**
 * Locks a referral path and checks the version the client read: the relationship counterpart of
 * `lockVersion` in src/neo4j/writes.ts.
 */
async function lockPathVersion(tx: TxRunner, id: string, expectedVersion: number): Promise<void> {
  const [lock] = await tx.run<{ locked: number }>(LOCK, { id });
  if (!lock?.locked) throw await missingEntry(tx, 'ReferralPath', id, 'id');
  const [row] = await tx.run<{ version: number }>(VERSION, { id });
  const current = row?.version ?? null;
  if (current !== expectedVersion) {
    throw staleVersion('ReferralPath', id, current, expectedVersion);
  }
}

function byKey(
  ids: readonly string[],
  rows: readonly { key: string; paths: PathRow[] }[],
): ReferralPathRecord[][] {
  const found = new Map(rows.map((row) => [row.key, row.paths.map(toPath)]));
  return ids.map((id) => found.get(id) ?? []);
}

/** A referral path in the audit trail: a relationship with an id of its own. */
const audit = (id: string): AuditTarget => ({
  entity: 'ReferralPath',
  label: REFERS_TO,
  id,
  relationship: true,
});

/** Reads and writes `REFERS_TO` relationships; every method is one round trip or one transaction. */
export class ReferralRepository extends RecordReads<
  ReferralPathFilter,
  PathRow,
  ReferralPathRecord
> {
  /** Compiled reads bind the path and its ends to `a`, `r`, `b`. */
  constructor(executor: Neo4jExecutor) {
    super(executor, {
      pageStatement,
      projection: PATH_PROJECTION,
      matchById: MATCH_BY_ID,
      findByIds: FIND_BY_IDS,
      column: 'path',
      toRecord: toPath,
    });
  }

  /** The paths starting at each institution, by id; one list per id, in id order. */
  async findOutgoing(ids: readonly string[]): Promise<ReferralPathRecord[][]> {
    return byKey(
      ids,
      await this.executor.read<{ key: string; paths: PathRow[] }>(OUTGOING, { ids }),
    );
  }

  /** The paths leading to each institution, by id; one list per id, in id order. */
  async findIncoming(ids: readonly string[]): Promise<ReferralPathRecord[][]> {
    return byKey(
      ids,
      await this.executor.read<{ key: string; paths: PathRow[] }>(INCOMING, { ids }),
    );
  }

  /** The two institutions a new path would connect; null for one that does not exist. */
  async findEnds(
    fromId: string,
    toId: string,
  ): Promise<{ from: InstitutionEnd | null; to: InstitutionEnd | null }> {
    const [row] = await this.executor.read<{
      from: InstitutionEnd | null;
      to: InstitutionEnd | null;
    }>(FIND_ENDS, { fromId, toId });
    return { from: row?.from ?? null, to: row?.to ?? null };
  }

  /** Creates the path; undefined when either institution no longer exists. */
  create(
    id: string,
    fromId: string,
    toId: string,
    properties: ReferralPathProperties,
    now: string,
    actor: string,
  ): Promise<ReferralPathRecord | undefined> {
    return this.executor.writeTransaction((tx) =>
      audited(tx, { now, actor }, 'create', audit(id), async () => {
        const [row] = await tx.run<{ path: PathRow }>(CREATE, {
          fromId,
          toId,
          props: { ...properties, id, ...creationMeta(now, actor) },
        });
        return row && toPath(row.path);
      }),
    );
  }

  /** Applies `change`, computed from the path as it stands under its lock. */
  update(
    id: string,
    version: number,
    change: LockedChange<ReferralPathRecord, Partial<ReferralPathProperties>>,
    now: string,
    actor: string,
  ): Promise<ReferralPathRecord> {
    return this.executor.writeTransaction(async (tx) => {
      await lockPathVersion(tx, id, version);
      const [locked] = await tx.run<{ path: PathRow }>(FIND_BY_IDS, { ids: [id] });
      if (!locked) throw new Error(`ReferralPath ${id} vanished under its own lock`);
      const properties = change(toPath(locked.path));
      return audited(tx, { now, actor }, 'update', audit(id), async () => {
        const [row] = await tx.run<{ path: PathRow }>(UPDATE, {
          id,
          props: { ...properties, updatedAt: now, updatedBy: actor },
        });
        if (!row) throw new Error(`ReferralPath ${id} vanished inside its own transaction`);
        return toPath(row.path);
      });
    });
  }

  delete(id: string, version: number, now: string, actor: string): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await lockPathVersion(tx, id, version);
      await audited(tx, { now, actor }, 'delete', audit(id), () => tx.run(DELETE, { id }));
    });
  }
}
