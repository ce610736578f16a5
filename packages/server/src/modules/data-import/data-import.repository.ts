import { Label, Rel } from '@schutznetz/domain';
import type { Neo4jExecutor, TxRunner } from '../../neo4j/executor';
import type { AuditStamp } from '../../neo4j/audit';
import { record } from '../../neo4j/audit/record';
import { snapshotNodes } from '../../neo4j/audit/snapshot';
import { NodeStore, type NodeStoreSpec } from '../../neo4j/node-store';
import { lockNodes } from '../../neo4j/writes';
import type { NodeRecord } from '../../records';

/*
 * Every read and write of an import: what rows may match (whole kinds at once, one statement
 * each), the writes of a commit in bulk (UNWIND), recorded in the audit trail like form edits,
 * and the saved column mappings.
 */

const { Institution, Service, Person, Network, Region, Topic, TargetGroup } = Label;
const { LOCATED_IN, OFFERS, ADDRESSES_TOPIC, SERVES_GROUP, WORKS_AT, MEMBER_OF } = Rel;

const BOOKKEEPING = `n.id AS id, n.version AS version, n.updatedAt AS updatedAt,
  n.updatedBy AS updatedBy, n.externalId AS externalId`;

const LOAD_INSTITUTIONS = `
MATCH (n:${Institution})
RETURN ${BOOKKEEPING},
  n {.externalId, .name, .kind, .operator, .street, .postalCode, .phone, .email, .website, .languages,
     municipality: head([(n)-[:${LOCATED_IN}]->(m:${Region}) | m.id])} AS fields`;

const LOAD_SERVICES = `
MATCH (i:${Institution})-[:${OFFERS}]->(n:${Service})
RETURN ${BOOKKEEPING},
  n {.externalId, .name, .description, .languages, institution: i.id,
     topics: [(n)-[:${ADDRESSES_TOPIC}]->(t:${Topic}) | t.id],
     targetGroups: [(n)-[:${SERVES_GROUP}]->(g:${TargetGroup}) | g.id]} AS fields`;

const LOAD_PEOPLE = `
MATCH (n:${Person})
RETURN ${BOOKKEEPING},
  n {.externalId, .givenName, .familyName, .functionTitle, .email, .phone, .languages, .listingBasis,
     institutions: [(n)-[:${WORKS_AT}]->(i:${Institution}) | i.id]} AS fields`;

const LOAD_NETWORKS = `
MATCH (n:${Network})
RETURN ${BOOKKEEPING},
  n {.externalId, .name, members: [(m)-[r:${MEMBER_OF}]->(n) WHERE m.id IS NOT NULL |
     {member: m.id, role: r.role, since: r.since}]} AS fields`;

const CREATE_INSTITUTIONS = `
UNWIND $rows AS row
MATCH (m:${Region} {id: row.municipality})
CREATE (n:${Institution})
SET n = row.props
CREATE (n)-[:${LOCATED_IN}]->(m)
RETURN count(n) AS written`;

const UPDATE_NODES = (label: string) => `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
SET n += row.props, n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $actor`;

const MOVE_INSTITUTIONS = `
UNWIND $rows AS row
MATCH (n:${Institution} {id: row.id}), (m:${Region} {id: row.municipality})
OPTIONAL MATCH (n)-[old:${LOCATED_IN}]->()
DELETE old
WITH DISTINCT n, m
CREATE (n)-[:${LOCATED_IN}]->(m)`;

/** Replaces the `rel` links of `n` with the `label` nodes `row[param]` lists, unless it is null. */
const relink = (param: string, rel: string, label: string) => `
CALL (n, row) {
  WITH n, row WHERE row.${param} IS NOT NULL
  OPTIONAL MATCH (n)-[old:${rel}]->()
  DELETE old
  WITH DISTINCT n, row
  UNWIND row.${param} AS code
  MATCH (linked:${label} {id: code})
  MERGE (n)-[:${rel}]->(linked)
}`;

const SERVICE_LINKS = `WITH n, row
${relink('topics', ADDRESSES_TOPIC, Topic)}
${relink('targetGroups', SERVES_GROUP, TargetGroup)}`;

const CREATE_SERVICES = `
UNWIND $rows AS row
MATCH (i:${Institution} {id: row.institution})
CREATE (i)-[:${OFFERS}]->(n:${Service})
SET n = row.props
${SERVICE_LINKS}
RETURN count(n) AS written`;

const UPDATE_SERVICES = `${UPDATE_NODES(Service)}
${SERVICE_LINKS}`;

const EMPLOY = `WITH n, row
CALL (n, row) {
  WITH n, row WHERE row.institution IS NOT NULL
  MATCH (i:${Institution} {id: row.institution})
  MERGE (n)-[w:${WORKS_AT}]->(i)
  ON CREATE SET w.role = row.role, w.since = null
}`;

const CREATE_PEOPLE = `
UNWIND $rows AS row
CREATE (n:${Person})
SET n = row.props
${EMPLOY}`;

const UPDATE_PEOPLE = `${UPDATE_NODES(Person)}
${EMPLOY}`;

const SET_MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (n:${Network} {id: row.network})
CALL (row) {
  MATCH (m:${Institution} {id: row.member}) RETURN m
  UNION
  MATCH (m:${Person} {id: row.member}) RETURN m
}
MERGE (m)-[r:${MEMBER_OF}]->(n)
SET r.role = row.role, r.since = row.since`;

const TOUCH_NETWORKS = `
UNWIND $ids AS id
MATCH (n:${Network} {id: id})
SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $actor`;

const VERSIONS = (label: string) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN n.id AS id, n.version AS version`;

/** A stored entry as a load returns it. */
export interface LoadedRow {
  readonly id: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly externalId: string | null;
  readonly fields: Record<string, unknown>;
}

/** A saved column mapping. */
export interface ImportMappingRecord extends NodeRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** The file's headers and, at the same index, the field each fills ('' for none). */
  readonly headers: readonly string[];
  readonly fields: readonly string[];
  /** The headers folded and sorted: a later file with the same headers finds the mapping. */
  readonly headerKey: string;
  /** Who saved it first. */
  readonly createdBy: string;
}

const IMPORT_MAPPINGS: NodeStoreSpec = {
  label: Label.ImportMapping,
  entity: 'ImportMapping',
  links: [],
  conditions: { kind: 'n.kind = $kind', headerKey: 'n.headerKey = $headerKey' },
};

/** One kind's rows to write, each with its properties and links. */
export type WriteRows = readonly Readonly<Record<string, unknown>>[];

/**
 * An import's dry run and commit may take longer than a request's transaction (NEO4J_TX_TIMEOUT_MS):
 * 10,000 rows are one transaction (docs/benchmarks.md, issue 14 – import).
 */
export const IMPORT_TX_TIMEOUT_MS = 300_000;

export class DataImportRepository {
  readonly mappings: NodeStore<ImportMappingRecord>;

  constructor(private readonly executor: Neo4jExecutor) {
    this.mappings = new NodeStore(executor, IMPORT_MAPPINGS);
  }

  /** Runs a dry run's reads in one read transaction (a consistent picture). */
  read<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    return this.executor.withLongerTimeout(IMPORT_TX_TIMEOUT_MS).readTransaction(work);
  }

  /** Runs a commit in one write transaction: all of it is written, or nothing. */
  write<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    return this.executor.withLongerTimeout(IMPORT_TX_TIMEOUT_MS).writeTransaction(work);
  }
}

export const loadInstitutions = (tx: TxRunner) => tx.run<LoadedRow>(LOAD_INSTITUTIONS);
export const loadServices = (tx: TxRunner) => tx.run<LoadedRow>(LOAD_SERVICES);
export const loadPeople = (tx: TxRunner) => tx.run<LoadedRow>(LOAD_PEOPLE);
export const loadNetworks = (tx: TxRunner) => tx.run<LoadedRow>(LOAD_NETWORKS);

/**
 * Takes the write lock of every entry of `label` a plan matched, in id order, then reads their
 * versions (after the lock: the latest committed).
 */
export async function lockedVersions(
  tx: TxRunner,
  label: string,
  ids: readonly string[],
): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  await lockNodes(tx, label, ids);
  const rows = await tx.run<{ id: string; version: number }>(VERSIONS(label), { ids });
  return new Map(rows.map((row) => [row.id, row.version]));
}

/** Runs `work` (writing the `ids` of `label`) and records it in the audit trail, as a form does. */
async function auditedBulk(
  tx: TxRunner,
  stamp: AuditStamp,
  action: 'create' | 'update',
  target: { label: string; entity: string },
  ids: readonly string[],
  work: () => Promise<unknown>,
): Promise<void> {
  if (!ids.length) return;
  const before =
    action === 'update' ? await snapshotNodes(tx, target.label, target.entity, ids) : [];
  await work();
  const after = await snapshotNodes(tx, target.label, target.entity, ids);
  await record(tx, stamp, action, before, after);
}

/** Runs a bulk create; fails (and so rolls the whole import back) unless every row was written. */
async function writeAll(
  tx: TxRunner,
  cypher: string,
  rows: WriteRows,
  what: string,
): Promise<void> {
  const [result] = await tx.run<{ written: number }>(cypher, { rows });
  if (result?.written !== rows.length) {
    throw new Error(`Import wrote ${result?.written ?? 0} of ${rows.length} ${what}`);
  }
}

const stampParams = (stamp: AuditStamp) => ({ now: stamp.now, actor: stamp.actor });
const idsOf = (rows: WriteRows) => rows.map((row) => row['id'] as string);

const INSTITUTION = { label: Institution, entity: 'Institution' };
const SERVICE = { label: Service, entity: 'Service' };
const PERSON = { label: Person, entity: 'Person' };
const NETWORK = { label: Network, entity: 'Network' };

/** Rows: `{id, municipality, props}` (props with every bookkeeping property). */
export function createInstitutions(tx: TxRunner, stamp: AuditStamp, rows: WriteRows) {
  return auditedBulk(tx, stamp, 'create', INSTITUTION, idsOf(rows), () =>
    writeAll(tx, CREATE_INSTITUTIONS, rows, 'institutions (a municipality is missing)'),
  );
}

/** Rows: `{id, props, municipality}` (municipality null when it stays). */
export function updateInstitutions(tx: TxRunner, stamp: AuditStamp, rows: WriteRows) {
  return auditedBulk(tx, stamp, 'update', INSTITUTION, idsOf(rows), async () => {
    await tx.run(UPDATE_NODES(Institution), { rows, ...stampParams(stamp) });
    const moved = rows.filter((row) => row['municipality'] != null);
    if (moved.length) await tx.run(MOVE_INSTITUTIONS, { rows: moved });
  });
}

/** Rows: `{id, institution, props, topics, targetGroups}`. */
export function createServices(tx: TxRunner, stamp: AuditStamp, rows: WriteRows) {
  return auditedBulk(tx, stamp, 'create', SERVICE, idsOf(rows), () =>
    writeAll(tx, CREATE_SERVICES, rows, 'services (an institution is missing)'),
  );
}

/** Rows: `{id, props, topics, targetGroups}` (a null list stays as it is). */
export function updateServices(tx: TxRunner, stamp: AuditStamp, rows: WriteRows) {
  return auditedBulk(tx, stamp, 'update', SERVICE, idsOf(rows), () =>
    tx.run(UPDATE_SERVICES, { rows, ...stampParams(stamp) }),
  );
}

/** Rows: `{id, props, institution, role}` (institution null: no employment). */
export function createPeople(tx: TxRunner, stamp: AuditStamp, rows: WriteRows) {
  return auditedBulk(tx, stamp, 'create', PERSON, idsOf(rows), () =>
    tx.run(CREATE_PEOPLE, { rows }),
  );
}

export function updatePeople(tx: TxRunner, stamp: AuditStamp, rows: WriteRows) {
  return auditedBulk(tx, stamp, 'update', PERSON, idsOf(rows), () =>
    tx.run(UPDATE_PEOPLE, { rows, ...stampParams(stamp) }),
  );
}

/** Rows: `{network, member, role, since}`; each network changed is one update in the trail. */
export function setMemberships(tx: TxRunner, stamp: AuditStamp, rows: WriteRows) {
  const networks = [...new Set(rows.map((row) => row['network'] as string))];
  return auditedBulk(tx, stamp, 'update', NETWORK, networks, async () => {
    await tx.run(SET_MEMBERSHIPS, { rows });
    await tx.run(TOUCH_NETWORKS, { ids: networks, ...stampParams(stamp) });
  });
}
