import type { TxRunner } from '../executor';
import { AUDIT_LABEL, type AuditTarget, type EntrySnapshot, type Properties } from './types';

/* Reads entries as they stand: what the trail records before and after a write. */

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

export async function snapshotNodes(
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

export async function snapshotRelationship(
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
export async function snapshotTargets(
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
