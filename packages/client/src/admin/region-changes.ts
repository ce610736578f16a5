/**
 * The dry run's changes in words: which region is added, changed (and in which of the file's
 * fields) or removed, named by the file for what it adds and by the loaded region otherwise.
 */
import type { RegionCatalog } from '@schutznetz/domain';
import type { Translate } from './region-file';

/** One change as `loadRegion` lists it. */
export interface RegionChangeLike {
  readonly code: string;
  readonly change: 'ADDED' | 'CHANGED' | 'REMOVED';
  readonly fields: readonly string[];
}

/** A change worded: what happens, to which region, and for a change the fields in words. */
export interface ChangeLine {
  readonly code: string;
  readonly change: RegionChangeLike['change'];
  readonly text: string;
}

/** What a region is, from the file (for what it adds) or the loaded region: county, municipality, external. */
function kindIn(file: unknown, code: string, region: RegionCatalog): string | undefined {
  const inFile = fileEntries(file).find((entry) => entry.code === code);
  return inFile?.kind ?? region.get(code)?.kind;
}

interface FileEntry {
  readonly code: string;
  readonly kind: 'county' | 'municipality' | 'external';
  readonly name: Readonly<Record<string, unknown>> | undefined;
}

/** The regions a (possibly malformed) file lists, as far as it can be read. */
function fileEntries(file: unknown): FileEntry[] {
  if (typeof file !== 'object' || file === null) return [];
  const record = file as Record<string, unknown>;
  const entry = (value: unknown, kind: FileEntry['kind']): FileEntry[] => {
    if (typeof value !== 'object' || value === null) return [];
    const { code, name } = value as Record<string, unknown>;
    return typeof code === 'string'
      ? [
          {
            code,
            kind,
            name:
              typeof name === 'object' && name !== null
                ? (name as Record<string, unknown>)
                : undefined,
          },
        ]
      : [];
  };
  const list = (value: unknown, kind: FileEntry['kind']) =>
    Array.isArray(value) ? value.flatMap((item) => entry(item, kind)) : [];
  return [
    ...entry(record['county'], 'county'),
    ...list(record['municipalities'], 'municipality'),
    ...list(record['externals'], 'external'),
  ];
}

/** A region's name: the file's for a region it adds or renames, else the loaded region's. */
function nameIn(file: unknown, code: string, region: RegionCatalog, locale: 'de' | 'en'): string {
  const name = fileEntries(file).find((entry) => entry.code === code)?.name?.[locale];
  return typeof name === 'string' && name.trim() !== '' ? name : region.label(code, locale);
}

/** The changes of a dry run as sentences in the user's language, in the server's order. */
export function describeChanges(
  changes: readonly RegionChangeLike[],
  file: unknown,
  region: RegionCatalog,
  t: Translate,
  locale: 'de' | 'en',
): ChangeLine[] {
  return changes.map((change) => {
    const kind = kindIn(file, change.code, region);
    const what = t(`changes.kinds.${kind ?? 'unknown'}`);
    const name = nameIn(file, change.code, region, locale);
    const fields = change.fields
      .map((field) => t(`place.fields.${field}`, { defaultValue: field }))
      .join(', ');
    return {
      code: change.code,
      change: change.change,
      text: t(`changes.${change.change}`, { what, name, fields }),
    };
  });
}
