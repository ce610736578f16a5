/**
 * The region file on the admin page, without a browser: reading a chosen file, naming a place in
 * it (the server reports problems by their path, e.g. `municipalities[3].neighbours[1]`) and the
 * server's reasons in the user's language, and writing the loaded region back as a file.
 */
import type { RegionDefinition } from '@schutznetz/domain';

/** A chosen file's text as JSON, or why it cannot be read. */
export type ReadFile =
  | { readonly ok: true; readonly definition: unknown }
  | { readonly ok: false; readonly reason: 'notJson' | 'notObject' };

export function readRegionFile(text: string): ReadFile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { ok: true, definition: value }
    : { ok: false, reason: 'notObject' };
}

/** The loaded region as the text of a region file: what the admin downloads, edits and loads again. */
export function regionFileText(definition: RegionDefinition): string {
  return `${JSON.stringify(definition, null, 2)}\n`;
}

/** The download's file name, e.g. `region-kreis_seeland-v3.json`. */
export function regionFileName(definition: RegionDefinition, version: number): string {
  return `region-${definition.county.code}-v${version}.json`;
}

/** One step of a path in the file: a property or a list position. */
type Step = string | number;

/** `municipalities[3].neighbours[1]` → `['municipalities', 3, 'neighbours', 1]`. */
export function pathSteps(path: string): Step[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] ?? '') : Number(match[2]),
  );
}

/** A translate function for keys assembled at run time. */
export type Translate = (key: string, options?: Readonly<Record<string, unknown>>) => string;

/** The value at `steps` in `file`, if the file has one there. */
function at(file: unknown, steps: readonly Step[]): unknown {
  let value = file;
  for (const step of steps) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** The German (or English) name of a region entry of the file, if it has one. */
function entryName(file: unknown, steps: readonly Step[], locale: 'de' | 'en'): string | undefined {
  const name = at(file, [...steps, 'name', locale]) ?? at(file, [...steps, 'code']);
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

/**
 * A place in the file in words: `municipalities[3].neighbours[1]` →
 * „Gemeinde 4 (Heidekamp) › Nachbargemeinden › Eintrag 2“. `(file)` is the file as a whole.
 */
export function describePlace(
  path: string,
  file: unknown,
  t: Translate,
  locale: 'de' | 'en',
): string {
  if (path === '' || path === '(file)') return t('place.file');
  const steps = pathSteps(path);
  const parts: string[] = [];
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (typeof step === 'number') {
      if (previous === 'municipalities' || previous === 'externals') {
        const name = entryName(file, steps.slice(0, index + 1), locale);
        const entry = t(`place.${previous}`, { number: step + 1 });
        parts[parts.length - 1] = name === undefined ? entry : `${entry} (${name})`;
      } else parts.push(t('place.item', { number: step + 1 }));
      return;
    }
    const list = steps[index + 1];
    if (typeof list === 'number' && (step === 'municipalities' || step === 'externals')) {
      parts.push(step); // replaced by the entry's words at its index
      return;
    }
    parts.push(t(`place.fields.${step}`, { defaultValue: step }));
  });
  return parts.join(' › ');
}

/** The server's reasons (English, fixed wording in region.file.ts) as keys of the user's language. */
const REASONS: readonly (readonly [RegExp, string])[] = [
  [/^unknown municipality "([^"]*)"$/, 'unknownMunicipality'],
  [/^"([^"]*)" does not list "([^"]*)" as its neighbour/, 'notMutual'],
  [/^"([^"]*)" is listed twice$/, 'listedTwice'],
  [/^a municipality is not its own neighbour$/, 'ownNeighbour'],
  [/^code "([^"]*)" is used twice/, 'codeTwice'],
  [/^must start with the county's AGS "([^"]*)"$/, 'agsPrefix'],
  [/^is also municipalities\[(\d+)\]'s AGS$/, 'agsTwice'],
  [/^must be the 8 digits of the Gemeindeschlüssel$/, 'ags8'],
  [/^must be the 5 digits of the Kreisschlüssel$/, 'ags5'],
  [/^must be 2, 5 or 8 digits$/, 'agsExternal'],
  [/^must not be empty$/, 'empty'],
  [/^must be a whole number$/, 'wholeNumber'],
  [/^must be lower-case letters/, 'codeFormat'],
  [/^"([^"]*)" cannot be removed: (\d+) /, 'inUse'],
  [/^must be "([^"]*)"$/, 'format'],
  [/^Unrecognized keys?: "([^"]*)"/, 'unknownField'],
];

/** Why the server refused a place, in the user's language; a general request to check it otherwise. */
export function describeReason(message: string, t: Translate): string {
  for (const [pattern, key] of REASONS) {
    const match = pattern.exec(message);
    if (match) {
      const [, first = '', second = ''] = match;
      const number = /^\d+$/.test(first) ? Number(first) + 1 : undefined;
      return t(`reasons.${key}`, { first, second, number, count: Number(second) || 0 });
    }
  }
  return t('reasons.other');
}

/** One place the server refused, by its path in the file, with its reason as the server gave it. */
export interface FileProblem {
  readonly field: string;
  readonly message: string;
}

/** Why a check or a load of a region file failed. */
export type LoadFailure =
  | { readonly kind: 'invalid'; readonly problems: readonly FileProblem[] }
  | { readonly kind: 'conflict'; readonly currentVersion: number | null }
  | { readonly kind: 'failed'; readonly error: unknown };

/** The part of a GraphQL error this reads. */
interface ErrorLike {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Reads the server's refusal: BAD_USER_INPUT with its problems by path, CONFLICT with the version. */
export function classifyLoadErrors(errors: readonly ErrorLike[], error: unknown): LoadFailure {
  const conflict = errors.find((e) => e.extensions?.['code'] === 'CONFLICT');
  if (conflict) {
    const version = conflict.extensions?.['currentVersion'];
    return { kind: 'conflict', currentVersion: typeof version === 'number' ? version : null };
  }
  const invalid = errors.filter((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');
  if (invalid.length === 0) return { kind: 'failed', error };
  const problems = invalid.flatMap((e): FileProblem[] => {
    const listed = e.extensions?.['problems'];
    if (Array.isArray(listed)) {
      return listed.flatMap((item: unknown) => {
        const { field, message } = (item ?? {}) as Record<string, unknown>;
        return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
      });
    }
    const field = e.extensions?.['field'];
    return [{ field: typeof field === 'string' ? field : '', message: e.message }];
  });
  // The file is the input's `definition`: its problems' paths start inside it.
  return {
    kind: 'invalid',
    problems: problems.map((p) => ({
      ...p,
      field: p.field.replace(/^(input\.)?definition\.?/, ''),
    })),
  };
}
