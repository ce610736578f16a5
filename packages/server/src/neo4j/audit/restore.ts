import neo4j from 'neo4j-driver';
import { ConflictError, NotFoundError } from '../../errors';
import type { TxRunner } from '../executor';
import { record } from './record';
import { snapshotNodes, snapshotRelationship } from './snapshot';
import { AUDIT_LABEL, type AuditStamp, type EntrySnapshot, type Properties } from './types';

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
