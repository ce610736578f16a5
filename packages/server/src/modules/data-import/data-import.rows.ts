/**
 * Building one planned row: reading a record's values, turning labels into codes, collecting
 * problems, warnings and the fields that change. Shared by every kind's plan.
 */
import type { FieldProblem } from '../../errors';
import type { CodeLookup } from './data-import.values';
import { splitList } from './data-import.values';
import type {
  FieldDiff,
  ImportRecord,
  ImportState,
  KnownEntity,
  PlannedRow,
  RowAction,
  RowNote,
} from './data-import.types';

/** A stored value as text: strings, numbers and booleans as written, anything else empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** A stored or imported value as the dry run shows it. */
export function display(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value))
    return value.length ? value.map((item) => textOf(item)).join(', ') : null;
  return textOf(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const left = [...((a as unknown[] | null) ?? [])].map(String).sort();
    const right = [...((b as unknown[] | null) ?? [])].map(String).sort();
    return left.length === right.length && left.every((item, i) => item === right[i]);
  }
  return (a ?? null) === (b ?? null);
}

/** Collects what is known about one row while its kind plans it. */
export class RowBuilder {
  readonly problems: RowNote[] = [];
  readonly warnings: RowNote[] = [];
  readonly changes: FieldDiff[] = [];

  constructor(readonly record: ImportRecord) {}

  refuse(field: string, code: string, message: string, extra: Partial<RowNote> = {}): this {
    this.problems.push({ field, code, message, ...extra });
    return this;
  }

  warn(field: string, code: string, message: string, extra: Partial<RowNote> = {}): this {
    this.warnings.push({ field, code, message, ...extra });
    return this;
  }

  /** Problems a form found, each refusing the row at its field. */
  refuseForm(problems: readonly FieldProblem[]): this {
    for (const problem of problems) {
      this.refuse(problem.field, 'invalid', problem.message, {
        value: this.text(problem.field) ?? undefined,
      });
    }
    return this;
  }

  /** The text of a field (trimmed; undefined when empty or absent). */
  text(field: string): string | undefined {
    const value = this.record.values[field];
    const text = Array.isArray(value) ? value.join(', ') : (value as string | undefined);
    const trimmed = text?.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /** The values of a list field (undefined when empty or absent). */
  list(field: string): string[] | undefined {
    const value = this.record.values[field];
    const items = Array.isArray(value)
      ? (value as readonly string[]).map((item) => item.trim()).filter(Boolean)
      : splitList((value as string | undefined) ?? '');
    return items.length ? items : undefined;
  }

  /** A required text: refuses the row when it is missing. */
  required(field: string): string | undefined {
    const value = this.text(field);
    if (value === undefined) this.refuse(field, 'required', 'must not be empty');
    return value;
  }

  /** The code a coded text stands for; refuses the row when none fits. */
  code(field: string, lookup: CodeLookup, value = this.text(field)): string | undefined {
    if (value === undefined) return undefined;
    const code = lookup.find(value);
    if (code === undefined)
      this.refuse(field, 'unknown_value', `unknown value '${value}'`, { value });
    return code;
  }

  /** The codes of a coded list; refuses the row for each value none fits. */
  codes(field: string, lookup: CodeLookup): string[] | undefined {
    const values = this.list(field);
    if (values === undefined) return undefined;
    const codes = values.map((value) => this.code(field, lookup, value));
    return [...new Set(codes.filter((code): code is string => code !== undefined))];
  }

  /**
   * Compares the imported `values` with the stored entry: each given value that differs is a
   * change; undefined values leave the stored ones alone. Answers the changed values.
   */
  compare(
    values: Readonly<Record<string, unknown>>,
    stored: KnownEntity | undefined,
  ): Record<string, unknown> {
    const changed: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const before = stored?.fields[field];
      if (stored && sameValue(before, value)) continue;
      if (!stored && display(value) === null) continue;
      changed[field] = value;
      this.changes.push({ field, before: display(before), after: display(value) });
    }
    return changed;
  }

  /** Shows the ids a changed `field` holds by the names of their entries (a workplace, not `org:…`). */
  nameIds(field: string, index: { byId: ReadonlyMap<string, KnownEntity> }): this {
    const named = (text: string | null): string | null =>
      text === null
        ? null
        : text
            .split(', ')
            .map((id) => index.byId.get(id)?.name ?? id)
            .join(', ');
    for (const [i, change] of this.changes.entries()) {
      if (change.field !== field) continue;
      this.changes[i] = { field, before: named(change.before), after: named(change.after) };
    }
    return this;
  }

  /** The planned row of a matched entry: an update when a field changes, else unchanged. */
  matched(kind: string, label: string, stored: KnownEntity, write: unknown): PlannedRow {
    return this.finish(kind, label, this.changes.length ? 'update' : 'unchanged', stored, write);
  }

  /** The planned row: refused when a problem was found, else `action`. */
  finish(
    kind: string,
    label: string,
    action: Exclude<RowAction, 'refused'>,
    entity: { id: string | null; version: number | null },
    write?: unknown,
  ): PlannedRow {
    const refused = this.problems.length > 0;
    return {
      kind,
      ref: this.record.ref,
      action: refused ? 'refused' : action,
      label,
      entityId: entity.id,
      version: entity.version,
      changes: refused ? [] : this.changes,
      problems: this.problems,
      warnings: this.warnings,
      write: refused ? undefined : write,
    };
  }
}

/**
 * The stored entry a row matches: by external id first, else by its key (folded name and place)
 * when exactly one entry without another external id has it. Several → refused as ambiguous.
 */
export function matchEntity(
  row: RowBuilder,
  index: {
    byExternalId(id: string): KnownEntity | undefined;
    withKey(key: string): readonly KnownEntity[];
  },
  externalId: string | undefined,
  key: string,
): KnownEntity | undefined {
  if (externalId) {
    const found = index.byExternalId(externalId);
    if (found) return found;
  }
  const candidates = index
    .withKey(key)
    .filter((entity) => !externalId || !entity.externalId || entity.externalId === externalId);
  if (candidates.length > 1) {
    row.refuse('name', 'ambiguous_match', `matches ${candidates.length} stored entries`, {
      value: candidates.map((entity) => entity.name).join(', '),
    });
    return undefined;
  }
  return candidates[0];
}

/** Refuses the row when an earlier row of the file names the same entry (by any of `keys`). */
export function refuseRepeated(
  row: RowBuilder,
  state: ImportState,
  keys: readonly (string | undefined)[],
): void {
  for (const key of keys) {
    if (!key) continue;
    const earlier = state.earlierLine(key, row.record.ref.line);
    if (earlier !== undefined) {
      row.refuse('name', 'duplicate_in_file', `the same entry as line ${earlier}`, {
        value: String(earlier),
      });
      return;
    }
  }
}
