/**
 * A region file as stored rows (one `:Region` node per county, municipality and external
 * region; the file-level fields on the one `:RegionSetup` node) and back, and what differs
 * between two of them. Pure: the repository reads and writes the rows, the service plans.
 */
import { REGION_FORMAT, type RegionBoundary, type RegionDefinition } from '@schutznetz/domain';

/** The properties of a `:Region` node. */
export interface RegionRow {
  readonly id: string;
  readonly kind: 'county' | 'municipality' | 'external';
  /** Place in the file (the county first, then municipalities, then externals): the order lists come in. */
  readonly position: number;
  readonly nameDe: string;
  readonly nameEn: string;
  readonly ags: string | null;
  readonly population: number | null;
  readonly populationYear: number | null;
  readonly approximate: boolean | null;
  readonly isTown: boolean | null;
  readonly courtDistrict: string | null;
  readonly seat: string | null;
  readonly level: string | null;
  readonly hostsDe: string | null;
  readonly hostsEn: string | null;
  readonly neighbours: readonly string[];
  /** GeoJSON geometry as JSON text. */
  readonly boundary: string | null;
}

/** The properties of the `:RegionSetup` node. */
export interface RegionSetupRow {
  readonly format: string;
  readonly source: string | null;
  readonly notes: readonly string[];
  readonly version: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

/** What a load does to one region. */
export interface RegionChange {
  readonly code: string;
  readonly change: 'ADDED' | 'CHANGED' | 'REMOVED';
  /** The file's fields that differ (for ADDED and REMOVED: none). */
  readonly fields: readonly string[];
}

/** Fields of the file each stored property belongs to. */
const FIELD_OF: Readonly<Record<keyof RegionRow, string>> = {
  id: 'code',
  kind: 'kind',
  position: 'order',
  nameDe: 'name',
  nameEn: 'name',
  ags: 'ags',
  population: 'population',
  populationYear: 'population',
  approximate: 'population',
  isTown: 'isTown',
  courtDistrict: 'courtDistrict',
  seat: 'seat',
  level: 'level',
  hostsDe: 'hosts',
  hostsEn: 'hosts',
  neighbours: 'neighbours',
  boundary: 'boundary',
};

const EMPTY = {
  ags: null,
  population: null,
  populationYear: null,
  approximate: null,
  isTown: null,
  courtDistrict: null,
  seat: null,
  level: null,
  hostsDe: null,
  hostsEn: null,
  neighbours: [],
  boundary: null,
} as const;

/** The rows a region file stores, in file order. */
export function rowsOf(definition: RegionDefinition): RegionRow[] {
  const { county } = definition;
  const rows: RegionRow[] = [
    {
      ...EMPTY,
      id: county.code,
      kind: 'county',
      position: 0,
      nameDe: county.name.de,
      nameEn: county.name.en,
      ags: county.ags,
      population: county.population.count,
      populationYear: county.population.year,
      approximate: county.population.approximate ?? false,
      seat: county.seat,
    },
  ];
  for (const m of definition.municipalities) {
    rows.push({
      ...EMPTY,
      id: m.code,
      kind: 'municipality',
      position: rows.length,
      nameDe: m.name.de,
      nameEn: m.name.en,
      ags: m.ags,
      population: m.population.count,
      populationYear: m.population.year,
      approximate: m.population.approximate ?? false,
      isTown: m.isTown,
      courtDistrict: m.courtDistrict,
      neighbours: m.neighbours,
      boundary: m.boundary == null ? null : JSON.stringify(m.boundary),
    });
  }
  for (const e of definition.externals) {
    rows.push({
      ...EMPTY,
      id: e.code,
      kind: 'external',
      position: rows.length,
      nameDe: e.name.de,
      nameEn: e.name.en,
      ags: e.ags,
      level: e.level,
      hostsDe: e.hosts?.de ?? null,
      hostsEn: e.hosts?.en ?? null,
    });
  }
  return rows;
}

/** The file-level fields a region file stores on the setup node. */
export function setupOf(
  definition: RegionDefinition,
): Pick<RegionSetupRow, 'format' | 'source' | 'notes'> {
  return {
    format: definition.format,
    source: definition.source ?? null,
    notes: definition.notes ?? [],
  };
}

const population = (row: RegionRow) => ({
  count: row.population ?? 0,
  year: row.populationYear,
  approximate: row.approximate ?? false,
});

/**
 * The region file stored as `rows` (every `:Region` node) and `setup`; `null` when no region
 * has been loaded (no setup node, or no county among the rows).
 */
export function definitionOf(
  setup: RegionSetupRow | null,
  rows: readonly RegionRow[],
): RegionDefinition | null {
  const ordered = [...rows].sort((a, b) => a.position - b.position);
  const county = ordered.find((row) => row.kind === 'county');
  if (setup === null || county === undefined) return null;
  return {
    format: REGION_FORMAT,
    ...(setup.source === null ? {} : { source: setup.source }),
    ...(setup.notes.length === 0 ? {} : { notes: setup.notes }),
    county: {
      code: county.id,
      name: { de: county.nameDe, en: county.nameEn },
      ags: county.ags ?? '',
      population: population(county),
      seat: county.seat ?? '',
    },
    municipalities: ordered
      .filter((row) => row.kind === 'municipality')
      .map((row) => ({
        code: row.id,
        name: { de: row.nameDe, en: row.nameEn },
        ags: row.ags ?? '',
        isTown: row.isTown ?? false,
        population: population(row),
        courtDistrict: row.courtDistrict ?? row.id,
        neighbours: row.neighbours,
        ...(row.boundary === null ? {} : { boundary: JSON.parse(row.boundary) as RegionBoundary }),
      })),
    externals: ordered
      .filter((row) => row.kind === 'external')
      .map((row) => ({
        code: row.id,
        name: { de: row.nameDe, en: row.nameEn },
        level: (row.level ?? 'city') as 'city' | 'state' | 'federal',
        ags: row.ags,
        ...(row.hostsDe === null
          ? {}
          : { hosts: { de: row.hostsDe, en: row.hostsEn ?? row.hostsDe } }),
      })),
  };
}

function fieldsThatDiffer(stored: RegionRow, wanted: RegionRow): string[] {
  const fields = new Set<string>();
  for (const key of Object.keys(FIELD_OF) as (keyof RegionRow)[]) {
    // The order follows the other changes (every row is written), and is no change of its own.
    if (key === 'position') continue;
    if (JSON.stringify(stored[key] ?? null) !== JSON.stringify(wanted[key] ?? null)) {
      fields.add(FIELD_OF[key]);
    }
  }
  return [...fields].sort();
}

/**
 * What storing `wanted` over `stored` does, region by region: in the file's order, then the
 * stored regions the file no longer lists. A region whose rows agree is left out.
 */
export function changesBetween(
  stored: readonly RegionRow[],
  wanted: readonly RegionRow[],
): RegionChange[] {
  const before = new Map(stored.map((row) => [row.id, row]));
  const after = new Set(wanted.map((row) => row.id));
  const changes: RegionChange[] = [];
  for (const row of wanted) {
    const was = before.get(row.id);
    if (was === undefined) {
      changes.push({ code: row.id, change: 'ADDED', fields: [] });
      continue;
    }
    const fields = fieldsThatDiffer(was, row);
    if (fields.length > 0) changes.push({ code: row.id, change: 'CHANGED', fields });
  }
  for (const row of stored) {
    if (!after.has(row.id)) changes.push({ code: row.id, change: 'REMOVED', fields: [] });
  }
  return changes;
}
