/**
 * A stale-version conflict, resolved by the user and never by overwriting: after reloading the
 * latest version, the form shows it and lists the user's unsaved changes, which they may apply
 * again on top of it (a three-way comparison of what they read, what they typed, what is stored).
 */
import { sameValue } from './form-input';
import type { FieldSpec, FieldValue, FormValues } from './form-model';

/** True when the version stored is newer than the one the form was filled from. */
export function isStale(readVersion: number, latestVersion: number): boolean {
  return latestVersion > readVersion;
}

export interface DraftChange {
  readonly field: string;
  /** What the user typed. */
  readonly mine: FieldValue | undefined;
  /** What is stored now. */
  readonly latest: FieldValue | undefined;
  /** Someone else changed this field too, to something else. */
  readonly clash: boolean;
}

/**
 * The user's changes (draft against what they read), each with the value stored now and whether
 * the other change touched the same field. Fields already equal to the latest value are left out.
 */
export function draftChanges(
  specs: readonly FieldSpec[],
  base: FormValues,
  draft: FormValues,
  latest: FormValues,
): DraftChange[] {
  return specs
    .filter((spec) => !spec.readOnly)
    .filter((spec) => !sameValue(spec, base[spec.name], draft[spec.name]))
    .filter((spec) => !sameValue(spec, draft[spec.name], latest[spec.name]))
    .map((spec) => ({
      field: spec.name,
      mine: draft[spec.name],
      latest: latest[spec.name],
      clash: !sameValue(spec, base[spec.name], latest[spec.name]),
    }));
}

/** The latest values with the user's changes put back on top, for them to review and save. */
export function reapplyDraft(latest: FormValues, changes: readonly DraftChange[]): FormValues {
  const values: Record<string, FieldValue> = { ...latest };
  for (const change of changes) {
    if (change.mine !== undefined) values[change.field] = change.mine;
  }
  return values;
}
