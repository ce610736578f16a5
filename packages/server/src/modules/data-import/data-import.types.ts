/**
 * The import engine's vocabulary (see index.ts): records in, planned rows out, and the state a
 * plan is made against. Kinds of entry plug in as {@link ImportKindHandler}s.
 */
import type { TxRunner } from '../../neo4j/executor';
import type { AuditStamp } from '../../neo4j/audit';
import type { ImportRegion } from './data-import.values';
import { foldText } from './data-import.values';

/** Where a row comes from: the sheet (or file) and its line (1 is the header row). */
export interface RowRef {
  readonly sheet: string;
  readonly line: number;
}

/**
 * One row to import, normalised: its kind, where it comes from, and its values by field name
 * (text as written, or a list; a code is accepted wherever a label is). Absent or empty values
 * leave a stored value as it is.
 */
export interface ImportRecord {
  readonly kind: string;
  readonly ref: RowRef;
  readonly values: Readonly<Record<string, string | readonly string[] | undefined>>;
}

/** What the commit does with a row. */
export type RowAction = 'create' | 'update' | 'unchanged' | 'refused';

/**
 * A reason (a problem refuses the row; a warning does not): a stable `code` the client words in
 * its language, the field, the value at fault, and a suggestion where one is known.
 */
export interface RowNote {
  readonly field: string;
  readonly code: string;
  /** The same in English, for API users and logs. */
  readonly message: string;
  readonly value?: string;
  readonly suggestion?: string;
}

/** A field the row changes: its value before and after, as text (null when empty). */
export interface FieldDiff {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** One row of the plan (the dry run's answer). */
export interface PlannedRow {
  readonly kind: string;
  readonly ref: RowRef;
  readonly action: RowAction;
  /** What the row is about, in words (a name). */
  readonly label: string;
  /** The matched entry (or, for a membership, its network); `new:…` for one the commit creates. */
  readonly entityId: string | null;
  /** The matched entry's version the plan was made against. */
  readonly version: number | null;
  readonly changes: readonly FieldDiff[];
  readonly problems: readonly RowNote[];
  readonly warnings: readonly RowNote[];
  /** What the commit writes for the row, in the kind's own shape. */
  readonly write?: unknown;
}

/** An entry stored already, as a plan compares against it. */
export interface KnownEntity {
  readonly id: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly name: string;
  readonly externalId: string | null;
  /** Stored values by field name (codes, texts, lists). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Entries of one kind by id, external id and a matching key (folded name and place). */
export class EntityIndex {
  readonly byId = new Map<string, KnownEntity>();
  private readonly byExternal = new Map<string, KnownEntity>();
  private readonly byKey = new Map<string, KnownEntity[]>();
  private readonly byName = new Map<string, KnownEntity[]>();

  add(entity: KnownEntity, key: string): void {
    this.byId.set(entity.id, entity);
    if (entity.externalId) this.byExternal.set(entity.externalId, entity);
    // An entry may come under several keys (a person at each workplace), but once per key.
    const add = (map: Map<string, KnownEntity[]>, k: string) => {
      const list = map.get(k) ?? [];
      if (!list.includes(entity)) map.set(k, [...list, entity]);
    };
    add(this.byKey, key);
    add(this.byName, foldText(entity.name));
  }

  byExternalId(externalId: string): KnownEntity | undefined {
    return this.byExternal.get(externalId);
  }

  withKey(key: string): readonly KnownEntity[] {
    return this.byKey.get(key) ?? [];
  }

  /**
   * The entry a cell refers to: by id, external id, or name (folded) when exactly one has it;
   * 'ambiguous' when several do.
   */
  refer(value: string): KnownEntity | 'ambiguous' | undefined {
    const direct = this.byId.get(value) ?? this.byExternal.get(value);
    if (direct) return direct;
    const named = this.byName.get(foldText(value)) ?? [];
    if (named.length > 1) return 'ambiguous';
    return named[0];
  }
}

/** What a plan is made against: the loaded region and the stored entries of every kind. */
export class ImportState {
  readonly institutions = new EntityIndex();
  readonly services = new EntityIndex();
  readonly people = new EntityIndex();
  readonly networks = new EntityIndex();
  /** Memberships stored: `networkId memberId` → role and since. */
  readonly memberships = new Map<string, { role: string; since: string | null }>();
  private created = 0;
  private readonly lines = new Map<string, number>();

  constructor(readonly region: ImportRegion) {}

  /**
   * Adds an entry the commit will create to `index` under `key`, so that later rows can match or
   * refer to it; answers its placeholder id.
   */
  planCreation(
    kind: string,
    index: EntityIndex,
    entry: { name: string; externalId: string | undefined; fields: Record<string, unknown> },
    key: string,
  ): string {
    const id = this.placeholder(kind);
    const { name, externalId, fields } = entry;
    index.add(
      {
        id,
        version: 0,
        updatedAt: '',
        updatedBy: '',
        name,
        externalId: externalId ?? null,
        fields,
      },
      key,
    );
    return id;
  }

  /** A stored (or planned) entry of any kind by id. */
  find(id: string): KnownEntity | undefined {
    return (
      this.institutions.byId.get(id) ??
      this.services.byId.get(id) ??
      this.people.byId.get(id) ??
      this.networks.byId.get(id)
    );
  }

  /** The line of an earlier row with the same key (qualify keys by kind), else records `line`. */
  earlierLine(key: string, line: number): number | undefined {
    const earlier = this.lines.get(key);
    if (earlier === undefined) this.lines.set(key, line);
    return earlier;
  }

  /** A placeholder id for an entry the commit will create (`new:<kind>:<n>`). */
  placeholder(kind: string): string {
    this.created += 1;
    return `new:${kind}:${this.created}`;
  }
}

/** What a kind's write gets besides its rows. */
export interface WriteContext {
  readonly stamp: AuditStamp;
  /** The id an entry has in the graph: a placeholder's new id, any other id as it is. */
  resolve(id: string): string;
  /** Records the new id of a placeholder (called by the kind that creates the entry). */
  assign(placeholder: string, id: string): void;
}

/** A kind of entry the engine imports: how it loads, plans and writes. */
export interface ImportKindHandler {
  readonly kind: string;
  /** The label of the entries a row matches (locked and version-checked by the commit). */
  readonly label: string;
  /** Reads the stored entries rows may match or refer to into `state`. */
  load(tx: TxRunner, state: ImportState): Promise<void>;
  /** Plans one row; may add a planned creation to `state` so later rows can refer to it. */
  plan(record: ImportRecord, state: ImportState): PlannedRow;
  /** Writes the rows to create or update, in the commit's transaction, audited. */
  write(tx: TxRunner, rows: readonly PlannedRow[], context: WriteContext): Promise<void>;
}
