import { randomUUID } from 'node:crypto';
import { hasProtectedAddress, isInstitutionKindCode, Label } from '@schutznetz/domain';
import neo4j from 'neo4j-driver';
import { ConflictError, NotFoundError } from '../errors';
import type { TxRunner } from './executor';

/**
 * The audit trail (issue 10 §6): every write through the API records, in its own transaction, who
 * changed which entry when, and each changed field's value before and after. A delete keeps the
 * whole entry (its properties and relationships) so that a coordinator can restore it. A write that
 * is refused rolls back, and its entry with it. Shelter addresses are never recorded.
 */
export const AUDIT_LABEL = 'AuditEntry';

/** Who acts, and when: what every audited write carries. */
export interface AuditStamp {
  readonly actor: string;
  readonly now: string;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'restore';

/** An entry a write touches: a node by label and id, or a referral path (a relationship). */
export interface AuditTarget {
  /** Schema name, e.g. `Institution`, `ReferralPath`. */
  readonly entity: string;
  readonly id: string;
  /** Node label; for a relationship entry its type. */
  readonly label: string;
  readonly relationship?: boolean;
  /** Nodes deleted along with this one (an institution's services): audited and restored with it. */
  readonly cascade?: { readonly rel: string; readonly label: string; readonly entity: string };
}

/** A property value as stored; integers are marked so a restore writes them as integers again. */
type Properties = Record<string, unknown>;

interface RelationshipSnapshot {
  readonly type: string;
  readonly direction: 'out' | 'in';
  readonly other: string;
  readonly otherLabel: string;
  readonly properties: Properties;
  readonly integers: string[];
}

/** An entry as it stood: what a delete keeps and a restore writes back. */
export interface EntrySnapshot {
  readonly entity: string;
  readonly id: string;
  readonly labels: string[];
  readonly properties: Properties;
  readonly integers: string[];
  /** A node's relationships to other identified nodes, each with its own properties. */
  readonly relationships: RelationshipSnapshot[];
  /** For a relationship entry: its ends. */
  readonly from?: { readonly id: string; readonly label: string };
  readonly to?: { readonly id: string; readonly label: string };
  /** Set on a node deleted along with another (an institution's services): that one's id. */
  readonly cascadeOf?: string;
}

/** One changed field: its value before and after, as JSON (null when absent). */
export interface FieldChange {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** Bookkeeping every write changes: not a change of the entry's content. */
const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt', 'updatedBy', 'sortKey']);

/** Fields never recorded for an institution whose kind protects its address (domain.md §6). */
const PROTECTED_ADDRESS_FIELDS = ['street', 'postalCode'] as const;

/** `[[key, value, type], …]` of a node's or relationship's properties. */
const typedProperties = (variable: string) =>
  `[k IN keys(${variable}) | [k, ${variable}[k], valueType(${variable}[k])]]`;

const relationships = (direction: 'out' | 'in') => `
[(n)${direction === 'out' ? '-[r]->' : '<-[r]-'}(m) WHERE m.id IS NOT NULL AND NOT m:${AUDIT_LABEL} |
  {type: type(r), direction: '${direction}', other: m.id, otherLabel: head(labels(m)),
   properties: ${typedProperties('r')}}]`;

const NODE_SNAPSHOT = (label: string) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN n.id AS id, labels(n) AS labels, ${typedProperties('n')} AS properties,
  ${relationships('out')} + ${relationships('in')} AS relationships`;

const CASCADE_IDS = (target: AuditTarget, cascade: NonNullable<AuditTarget['cascade']>) => `
MATCH (:${target.label} {id: $id})-[:${cascade.rel}]->(c:${cascade.label})
RETURN collect(c.id) AS ids`;

const RELATIONSHIP_SNAPSHOT = (type: string) => `
MATCH (a)-[r:${type} {id: $id}]->(b)
RETURN a.id AS fromId, head(labels(a)) AS fromLabel, b.id AS toId, head(labels(b)) AS toLabel,
  ${typedProperties('r')} AS properties`;

const RECORD = `
UNWIND $entries AS entry
CREATE (e:${AUDIT_LABEL})
SET e = entry`;

const ENTRIES_OF = `
MATCH (e:${AUDIT_LABEL} {entryId: $entryId})
RETURN e.id AS id, e.changes AS changes, e.snapshot AS snapshot`;

const SCRUB = `
UNWIND $rows AS row
MATCH (e:${AUDIT_LABEL} {id: row.id})
SET e.changes = row.changes, e.snapshot = row.snapshot`;

type TypedProperty = [string, unknown, string];

function untype(typed: readonly TypedProperty[]): { properties: Properties; integers: string[] } {
  const properties: Properties = {};
  const integers: string[] = [];
  for (const [key, value, type] of typed) {
    if (key === '__lock') continue;
    properties[key] = value;
    if (/^(LIST<)?INTEGER/.test(type)) integers.push(key);
  }
  return { properties, integers };
}

async function snapshotNodes(
  tx: TxRunner,
  label: string,
  entity: string,
  ids: readonly string[],
): Promise<EntrySnapshot[]> {
  if (!ids.length) return [];
  const rows = await tx.run<{
    id: string;
    labels: string[];
    properties: TypedProperty[];
    relationships: {
      type: string;
      direction: 'out' | 'in';
      other: string;
      otherLabel: string;
      properties: TypedProperty[];
    }[];
  }>(NODE_SNAPSHOT(label), { ids });
  return rows.map((row) => ({
    entity,
    id: row.id,
    labels: row.labels,
    ...untype(row.properties),
    relationships: row.relationships.map((rel) => ({ ...rel, ...untype(rel.properties) })),
  }));
}

async function snapshotRelationship(
  tx: TxRunner,
  target: AuditTarget,
): Promise<EntrySnapshot | null> {
  const [row] = await tx.run<{
    fromId: string;
    fromLabel: string;
    toId: string;
    toLabel: string;
    properties: TypedProperty[];
  }>(RELATIONSHIP_SNAPSHOT(target.label), { id: target.id });
  if (!row) return null;
  return {
    entity: target.entity,
    id: target.id,
    labels: [target.label],
    ...untype(row.properties),
    relationships: [],
    from: { id: row.fromId, label: row.fromLabel },
    to: { id: row.toId, label: row.toLabel },
  };
}

/** The targets as they stand now, with the nodes a delete of them would take along. */
async function snapshotTargets(
  tx: TxRunner,
  targets: readonly AuditTarget[],
  withCascade: boolean,
): Promise<EntrySnapshot[]> {
  const snapshots: EntrySnapshot[] = [];
  for (const target of targets) {
    if (target.relationship) {
      const snapshot = await snapshotRelationship(tx, target);
      if (snapshot) snapshots.push(snapshot);
      continue;
    }
    snapshots.push(...(await snapshotNodes(tx, target.label, target.entity, [target.id])));
    if (withCascade && target.cascade) {
      const [row] = await tx.run<{ ids: string[] }>(CASCADE_IDS(target, target.cascade), {
        id: target.id,
      });
      const taken = await snapshotNodes(
        tx,
        target.cascade.label,
        target.cascade.entity,
        row?.ids ?? [],
      );
      snapshots.push(...taken.map((snapshot) => ({ ...snapshot, cascadeOf: target.id })));
    }
  }
  return snapshots;
}

function isProtected(snapshot: EntrySnapshot | undefined): boolean {
  const kind = snapshot?.properties['kind'];
  return (
    !!snapshot?.labels.includes(Label.Institution) &&
    typeof kind === 'string' &&
    isInstitutionKindCode(kind) &&
    hasProtectedAddress(kind)
  );
}

/** The fields of an entry as the history shows them: properties, and relationships by type. */
function fieldsOf(snapshot: EntrySnapshot | undefined, redact: boolean): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  if (!snapshot) return fields;
  for (const [key, value] of Object.entries(snapshot.properties)) {
    if (BOOKKEEPING.has(key) || value === null) continue;
    if (redact && (PROTECTED_ADDRESS_FIELDS as readonly string[]).includes(key)) continue;
    fields.set(key, value);
  }
  const grouped = new Map<string, unknown[]>();
  for (const rel of snapshot.relationships) {
    const key = rel.direction === 'out' ? `→${rel.type}` : `←${rel.type}`;
    // `id` names the entry at the other end; a relationship with an id of its own (a referral
    // path) keeps that as `relationshipId`.
    const { id: relationshipId, ...rest } = rel.properties;
    const content = Object.entries(rest).filter(([k]) => !BOOKKEEPING.has(k));
    if (relationshipId !== undefined) content.unshift(['relationshipId', relationshipId]);
    const item = content.length ? { id: rel.other, ...Object.fromEntries(content) } : rel.other;
    grouped.set(key, [...(grouped.get(key) ?? []), item]);
  }
  for (const [key, items] of grouped) {
    fields.set(
      key,
      items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  }
  if (snapshot.from) fields.set('from', snapshot.from.id);
  if (snapshot.to) fields.set('to', snapshot.to.id);
  return fields;
}

/** The fields that differ between two states of an entry. */
export function diffEntry(
  before: EntrySnapshot | undefined,
  after: EntrySnapshot | undefined,
): FieldChange[] {
  const redact = isProtected(before) || isProtected(after);
  const old = fieldsOf(before, redact);
  const now = fieldsOf(after, redact);
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
  return keys.flatMap((field) => {
    const was = old.has(field) ? JSON.stringify(old.get(field)) : null;
    const is = now.has(field) ? JSON.stringify(now.get(field)) : null;
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}

function withoutAddress(properties: Properties): Properties {
  const address: readonly string[] = PROTECTED_ADDRESS_FIELDS;
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !address.includes(key)));
}

/** A snapshot without the address of a protected institution. */
function withoutProtectedAddress(snapshot: EntrySnapshot): EntrySnapshot {
  return isProtected(snapshot)
    ? { ...snapshot, properties: withoutAddress(snapshot.properties) }
    : snapshot;
}

function nameOf(snapshot: EntrySnapshot | undefined): string | null {
  const properties = snapshot?.properties ?? {};
  const fullName = [properties['givenName'], properties['familyName']]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ');
  if (fullName) return fullName;
  for (const key of ['name', 'title', 'displayName', 'functionTitle']) {
    const value = properties[key];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}

/** Newest first in (sortKey, id) order: the time, counted down. */
function descendingKey(now: string): string {
  return String(9_999_999_999_999 - Date.parse(now)).padStart(13, '0');
}

/**
 * Removes an institution's address from everything recorded about it: once it is a shelter, the
 * address it had before would point to the shelter.
 */
async function scrubProtectedAddress(tx: TxRunner, entryId: string): Promise<void> {
  const rows = await tx.run<{ id: string; changes: string; snapshot: string | null }>(ENTRIES_OF, {
    entryId,
  });
  const address = PROTECTED_ADDRESS_FIELDS as readonly string[];
  const scrubbed = rows.map((row) => {
    const changes = (JSON.parse(row.changes) as FieldChange[]).filter(
      (change) => !address.includes(change.field),
    );
    let snapshot = row.snapshot;
    if (snapshot) {
      const parsed = JSON.parse(snapshot) as EntrySnapshot;
      snapshot = JSON.stringify({ ...parsed, properties: withoutAddress(parsed.properties) });
    }
    return { id: row.id, changes: JSON.stringify(changes), snapshot };
  });
  if (scrubbed.length) await tx.run(SCRUB, { rows: scrubbed });
}

async function record(
  tx: TxRunner,
  stamp: AuditStamp,
  action: AuditAction,
  before: readonly EntrySnapshot[],
  after: readonly EntrySnapshot[],
): Promise<void> {
  const changeId = `chg:${randomUUID()}`;
  const ids = [...new Set([...before, ...after].map((snapshot) => snapshot.id))];
  const entries = [];
  for (const id of ids) {
    const was = before.find((snapshot) => snapshot.id === id);
    const is = after.find((snapshot) => snapshot.id === id);
    const changes = diffEntry(was, is);
    if (action === 'update' && !changes.length) continue;
    if (isProtected(is) && !isProtected(was) && was) await scrubProtectedAddress(tx, id);
    const kept = action === 'delete' && was ? withoutProtectedAddress(was) : null;
    entries.push({
      id: `audit:${randomUUID()}`,
      changeId,
      at: stamp.now,
      sortKey: descendingKey(stamp.now),
      actor: stamp.actor,
      action,
      entity: (is ?? was)?.entity ?? '',
      entryId: id,
      name: nameOf(is ?? was),
      cascadeOf: was?.cascadeOf ?? null,
      changes: JSON.stringify(changes),
      snapshot: kept && JSON.stringify(kept),
    });
  }
  if (entries.length) await tx.run(RECORD, { entries });
}

/**
 * Runs `work` (the write of `targets`) and records what it changed, in the same transaction: the
 * targets are read before (unless created) and after (unless deleted). Call it after the lock.
 */
export async function audited<T>(
  tx: TxRunner,
  stamp: AuditStamp,
  action: Exclude<AuditAction, 'restore'>,
  targets: AuditTarget | readonly AuditTarget[],
  work: () => Promise<T>,
): Promise<T> {
  const list = Array.isArray(targets) ? targets : [targets as AuditTarget];
  const before = action === 'create' ? [] : await snapshotTargets(tx, list, action === 'delete');
  const result = await work();
  const after = action === 'delete' ? [] : await snapshotTargets(tx, list, false);
  await record(tx, stamp, action, before, after);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Restore

const LATEST_OF = `
MATCH (e:${AUDIT_LABEL} {entryId: $entryId})
WITH e ORDER BY e.at DESC, e.sortKey LIMIT 1
RETURN e.action AS action, e.changeId AS changeId, e.entity AS entity`;

const DELETED_WITH = `
MATCH (e:${AUDIT_LABEL} {changeId: $changeId, action: 'delete'})
RETURN e.snapshot AS snapshot`;

const EXISTS = `
UNWIND $ids AS id
OPTIONAL MATCH (n {id: id}) WHERE NOT n:${AUDIT_LABEL}
OPTIONAL MATCH ()-[r {id: id}]->()
RETURN id, n IS NOT NULL OR r IS NOT NULL AS present`;

const CREATE_NODE = (labels: readonly string[]) => `
CREATE (n:${labels.join(':')})
SET n = $props`;

const CREATE_RELATIONSHIP = (type: string, fromLabel: string, toLabel: string) => `
MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
CREATE (a)-[r:${type}]->(b)
SET r = $props
RETURN count(r) AS created`;

/** Labels and types come from snapshots this server wrote; still, only names reach Cypher. */
function checkName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Unexpected name '${name}'`);
  return name;
}

function typed(properties: Properties, integers: readonly string[]): Properties {
  const result: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (!integers.includes(key)) result[key] = value;
    else if (Array.isArray(value)) result[key] = value.map((item) => neo4j.int(item as number));
    else result[key] = neo4j.int(value as number);
  }
  return result;
}

/** What a restore gave back. */
export interface RestoreResult {
  readonly entity: string;
  readonly id: string;
  /** Every entry brought back (the entry and what was deleted with it). */
  readonly restored: readonly string[];
  readonly relationships: number;
  /** Ends of relationships that no longer exist: those relationships stay gone. */
  readonly missingEnds: readonly string[];
}

/**
 * Brings back an entry deleted through the API, with everything deleted along with it, its
 * properties and its relationships to entries that still exist, as a new version. Refused when the
 * entry exists or its latest change is not a delete.
 */
export async function restoreDeleted(
  tx: TxRunner,
  stamp: AuditStamp,
  entryId: string,
): Promise<RestoreResult> {
  const [latest] = await tx.run<{ action: string; changeId: string; entity: string }>(LATEST_OF, {
    entryId,
  });
  if (!latest) throw new NotFoundError('Entry', entryId, 'id');
  if (latest.action !== 'delete') {
    throw new ConflictError(`'${entryId}' is not deleted: there is nothing to restore.`, {
      field: 'id',
    });
  }
  const rows = await tx.run<{ snapshot: string | null }>(DELETED_WITH, {
    changeId: latest.changeId,
  });
  const snapshots = rows.flatMap((row) =>
    row.snapshot ? [JSON.parse(row.snapshot) as EntrySnapshot] : [],
  );
  const presence = await tx.run<{ id: string; present: boolean }>(EXISTS, {
    ids: snapshots.map((snapshot) => snapshot.id),
  });
  const taken = presence.find((row) => row.present);
  if (taken) {
    throw new ConflictError(`'${taken.id}' exists again: restore refused.`, { field: 'id' });
  }
  const stampProps = (snapshot: EntrySnapshot) => ({
    ...typed(snapshot.properties, snapshot.integers),
    version: neo4j.int(Number(snapshot.properties['version'] ?? 0) + 1),
    updatedAt: stamp.now,
    updatedBy: stamp.actor,
  });
  const nodes = snapshots.filter((snapshot) => !snapshot.from);
  for (const snapshot of nodes) {
    await tx.run(CREATE_NODE(snapshot.labels.map(checkName)), { props: stampProps(snapshot) });
  }
  // A relationship between two restored nodes is in both snapshots: create it once.
  const wanted = new Map<
    string,
    {
      type: string;
      from: string;
      fromLabel: string;
      to: string;
      toLabel: string;
      props: Properties;
    }
  >();
  for (const snapshot of snapshots) {
    if (snapshot.from && snapshot.to) {
      wanted.set(snapshot.id, {
        type: snapshot.labels[0] ?? '',
        from: snapshot.from.id,
        fromLabel: snapshot.from.label,
        to: snapshot.to.id,
        toLabel: snapshot.to.label,
        props: stampProps(snapshot),
      });
      continue;
    }
    const own = snapshot.labels[0] ?? '';
    for (const rel of snapshot.relationships) {
      const [from, fromLabel, to, toLabel] =
        rel.direction === 'out'
          ? [snapshot.id, own, rel.other, rel.otherLabel]
          : [rel.other, rel.otherLabel, snapshot.id, own];
      const props = typed(rel.properties, rel.integers);
      const key = `${from}|${rel.type}|${to}|${JSON.stringify(rel.properties)}`;
      wanted.set(key, { type: rel.type, from, fromLabel, to, toLabel, props });
    }
  }
  let relationships = 0;
  const missingEnds = new Set<string>();
  for (const rel of wanted.values()) {
    const [row] = await tx.run<{ created: number }>(
      CREATE_RELATIONSHIP(checkName(rel.type), checkName(rel.fromLabel), checkName(rel.toLabel)),
      { from: rel.from, to: rel.to, props: rel.props },
    );
    if (row?.created) relationships += 1;
    else {
      const ends = await tx.run<{ id: string; present: boolean }>(EXISTS, {
        ids: [rel.from, rel.to],
      });
      for (const end of ends) if (!end.present) missingEnds.add(end.id);
    }
  }
  const after: EntrySnapshot[] = [];
  for (const snapshot of snapshots) {
    const now = snapshot.from
      ? await snapshotRelationship(tx, {
          entity: snapshot.entity,
          id: snapshot.id,
          label: snapshot.labels[0] ?? '',
          relationship: true,
        })
      : (await snapshotNodes(tx, snapshot.labels[0] ?? '', snapshot.entity, [snapshot.id]))[0];
    if (now) after.push(now);
  }
  const lost = snapshots.find((snapshot) => !after.some((restored) => restored.id === snapshot.id));
  if (lost) {
    // A referral path whose end is gone cannot come back; nothing is written.
    throw new ConflictError(
      `'${lost.id}' cannot be restored: ${[...missingEnds].join(', ')} no longer exists.`,
      { field: 'id', missing: [...missingEnds] },
    );
  }
  await record(tx, stamp, 'restore', [], after);
  return {
    entity: latest.entity,
    id: entryId,
    restored: after.map((snapshot) => snapshot.id),
    relationships,
    missingEnds: [...missingEnds].sort(),
  };
}
