import { randomUUID } from 'node:crypto';
import { hasProtectedAddress, isInstitutionKindCode, Label } from '@schutznetz/domain';
import type { TxRunner } from '../executor';
import { snapshotTargets } from './snapshot';
import {
  AUDIT_LABEL,
  type AuditAction,
  type AuditStamp,
  type AuditTarget,
  type EntrySnapshot,
  type FieldChange,
  type Properties,
} from './types';

/** Bookkeeping every write changes: not a change of the entry's content. */
const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt', 'updatedBy', 'sortKey']);

/** Fields never recorded for an institution whose kind protects its address (domain.md §6). */
const PROTECTED_ADDRESS_FIELDS = ['street', 'postalCode'] as const;

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

export async function record(
  tx: TxRunner,
  stamp: AuditStamp,
  action: AuditAction,
  before: readonly EntrySnapshot[],
  after: readonly EntrySnapshot[],
): Promise<void> {
  const changeId = `chg:${randomUUID()}`;
  const ids = [...new Set([...before, ...after].map((snapshot) => snapshot.id))];
  // By id: an import records thousands of entries in one change (decision 031).
  const wasById = new Map(before.map((snapshot) => [snapshot.id, snapshot]));
  const isById = new Map(after.map((snapshot) => [snapshot.id, snapshot]));
  const entries = [];
  for (const id of ids) {
    const was = wasById.get(id);
    const is = isById.get(id);
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
