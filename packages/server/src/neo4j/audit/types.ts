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
export type Properties = Record<string, unknown>;

export interface RelationshipSnapshot {
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
