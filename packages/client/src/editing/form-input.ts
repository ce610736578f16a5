/**
 * Form values ↔ mutation inputs. Updates send only what changed, so an edit never writes back
 * fields the user did not touch; a cleared optional field is sent as null (the API clears it).
 */
import {
  emptyValue,
  isOpeningRows,
  isStringList,
  type FieldSpec,
  type FieldValue,
  type FormValues,
} from './form-model';

export type InputValue = string | number | boolean | null | readonly unknown[];

/** One field's value as the API takes it: '' → null, integers as numbers, lists as they are. */
export function toInputValue(spec: FieldSpec, value: FieldValue | undefined): InputValue {
  if (value === undefined) return spec.kind === 'checkbox' ? false : null;
  if (typeof value === 'boolean') return value;
  if (isOpeningRows(value) && spec.kind === 'openingHours') {
    return value.map((row) => ({ day: row.day, opens: row.opens, closes: row.closes }));
  }
  if (Array.isArray(value)) return value as readonly unknown[];
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return null;
  return spec.kind === 'integer' ? Number(text) : text;
}

/** Canonical form for comparing: lists of codes compared as sets, texts trimmed. */
function canonical(spec: FieldSpec, value: FieldValue | undefined): string {
  const input = toInputValue(spec, value ?? emptyValue(spec.kind));
  if (spec.kind === 'multiselect' && isStringList(value)) return JSON.stringify([...value].sort());
  return JSON.stringify(input);
}

/** True when two values of a field mean the same to the API. */
export function sameValue(spec: FieldSpec, a: FieldValue | undefined, b: FieldValue | undefined) {
  return canonical(spec, a) === canonical(spec, b);
}

/** Names of the editable fields whose value differs between `before` and `after`. */
export function changedFieldNames(
  specs: readonly FieldSpec[],
  before: FormValues,
  after: FormValues,
): string[] {
  return specs
    .filter((spec) => !spec.readOnly && !sameValue(spec, before[spec.name], after[spec.name]))
    .map((spec) => spec.name);
}

/** The create input: every editable field that has a value (absent ones take the defaults). */
export function buildCreateInput(
  specs: readonly FieldSpec[],
  values: FormValues,
): Record<string, InputValue> {
  const input: Record<string, InputValue> = {};
  for (const spec of specs) {
    const value = toInputValue(spec, values[spec.name]);
    if (value !== null) input[spec.name] = value;
  }
  return input;
}

/** The update input: only the fields that changed since `initial`; cleared ones as null. */
export function buildUpdateInput(
  specs: readonly FieldSpec[],
  initial: FormValues,
  values: FormValues,
): Record<string, InputValue> {
  const changed = new Set(changedFieldNames(specs, initial, values));
  const input: Record<string, InputValue> = {};
  for (const spec of specs) {
    if (changed.has(spec.name)) input[spec.name] = toInputValue(spec, values[spec.name]);
  }
  return input;
}

/** Form values from what the API returned: null → '', numbers → text, lists copied. */
export function toFormValues(
  specs: readonly FieldSpec[],
  data: Readonly<Record<string, unknown>>,
): FormValues {
  const values: Record<string, FieldValue> = {};
  for (const spec of specs) {
    const raw = data[spec.name];
    if (spec.kind === 'checkbox') values[spec.name] = raw === true;
    else if (spec.kind === 'multiselect')
      values[spec.name] = Array.isArray(raw) ? raw.map(String) : [];
    else if (spec.kind === 'openingHours')
      values[spec.name] = Array.isArray(raw)
        ? (raw as { day: string; opens: string; closes: string }[]).map(
            ({ day, opens, closes }) => ({
              day,
              opens,
              closes,
            }),
          )
        : [];
    else values[spec.name] = typeof raw === 'number' || typeof raw === 'string' ? String(raw) : '';
  }
  return values;
}
