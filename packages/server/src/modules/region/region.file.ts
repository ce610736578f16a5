/**
 * Reading a region file (decision 030, docs/region-file.md): its shape checked with zod, then
 * the rules across entries (unique codes, symmetric neighbours, keys inside the county's). Every
 * problem names its place in the file, e.g. `municipalities[3].neighbours[1]`.
 */
import { REGION_FORMAT, type RegionDefinition } from '@schutznetz/domain';
import { z } from 'zod';
import { InvalidInputError, type FieldProblem } from '../../errors';

const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');
const code = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,63}$/,
    'must be lower-case letters, digits and "_", starting with a letter',
  );
const label = z.strictObject({ de: text, en: text });
const year = z.number().int().min(1800).max(2200);
const count = z.number().int('must be a whole number').min(0).max(100_000_000);
const position = z.array(z.number()).min(2).max(3);
const ring = z.array(position).min(4, 'a ring needs at least 4 positions');

const boundary = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

const FILE = z.strictObject({
  format: z.literal(REGION_FORMAT, { error: `must be "${REGION_FORMAT}"` }),
  source: z.string().max(2000).nullish(),
  notes: z.array(z.string().max(2000)).max(100).optional(),
  county: z.strictObject({
    code,
    name: label,
    ags: z.string().regex(/^\d{5}$/, 'must be the 5 digits of the Kreisschlüssel'),
    population: z.strictObject({
      count,
      year: year.nullable(),
      approximate: z.boolean().optional(),
    }),
    seat: code,
  }),
  municipalities: z
    .array(
      z.strictObject({
        code,
        name: label,
        ags: z.string().regex(/^\d{8}$/, 'must be the 8 digits of the Gemeindeschlüssel'),
        isTown: z.boolean(),
        population: z.strictObject({
          count,
          year: year.nullable(),
          approximate: z.boolean().optional(),
        }),
        courtDistrict: code,
        neighbours: z.array(code).max(100),
        boundary: boundary.nullish(),
      }),
    )
    .min(1, 'must list at least one municipality')
    .max(500),
  externals: z
    .array(
      z.strictObject({
        code,
        name: label,
        level: z.enum(['city', 'state', 'federal']),
        ags: z
          .string()
          .regex(/^\d{2}(\d{3}(\d{3})?)?$/, 'must be 2, 5 or 8 digits')
          .nullable(),
        hosts: label.nullish(),
      }),
    )
    .max(100),
});

/** `['municipalities', 3, 'neighbours', 1]` → `municipalities[3].neighbours[1]`. */
export function filePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** The rules across entries, for a file of the right shape. */
function crossProblems(region: RegionDefinition): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (path: readonly PropertyKey[], message: string): void => {
    problems.push({ field: filePath(path), message });
  };
  const firstAt = new Map<string, string>([[region.county.code, 'county']]);
  const claim = (value: string, path: readonly PropertyKey[]): void => {
    const first = firstAt.get(value);
    if (first !== undefined) add(path, `code "${value}" is used twice (first at ${first})`);
    else firstAt.set(value, filePath(path.slice(0, -1)));
  };
  const municipalities = new Map(region.municipalities.map((m) => [m.code, m]));
  const agsSeen = new Map<string, number>();

  region.municipalities.forEach((m, i) => {
    claim(m.code, ['municipalities', i, 'code']);
    if (!m.ags.startsWith(region.county.ags)) {
      add(['municipalities', i, 'ags'], `must start with the county's AGS "${region.county.ags}"`);
    }
    const twin = agsSeen.get(m.ags);
    if (twin !== undefined)
      add(['municipalities', i, 'ags'], `is also municipalities[${twin}]'s AGS`);
    agsSeen.set(m.ags, i);
    if (!municipalities.has(m.courtDistrict)) {
      add(['municipalities', i, 'courtDistrict'], `unknown municipality "${m.courtDistrict}"`);
    }
    m.neighbours.forEach((n, j) => {
      const path = ['municipalities', i, 'neighbours', j];
      const other = municipalities.get(n);
      if (n === m.code) add(path, 'a municipality is not its own neighbour');
      else if (other === undefined) add(path, `unknown municipality "${n}"`);
      else if (!other.neighbours.includes(m.code)) {
        add(path, `"${n}" does not list "${m.code}" as its neighbour (neighbours are mutual)`);
      } else if (m.neighbours.indexOf(n) !== j) add(path, `"${n}" is listed twice`);
    });
  });
  region.externals.forEach((e, i) => {
    claim(e.code, ['externals', i, 'code']);
  });
  if (!municipalities.has(region.county.seat)) {
    add(['county', 'seat'], `unknown municipality "${region.county.seat}"`);
  }
  return problems;
}

/**
 * The region definition in `input` (a parsed JSON value), or an {@link InvalidInputError} listing
 * every problem at its path in the file (prefixed by `prefix`, e.g. `definition.`).
 */
export function parseRegionFile(input: unknown, prefix = ''): RegionDefinition {
  const parsed = FILE.safeParse(input);
  const problems = parsed.success
    ? crossProblems(parsed.data)
    : parsed.error.issues.map((issue) => ({
        field: filePath(issue.path) || '(file)',
        message: issue.message,
      }));
  if (problems.length > 0) {
    throw new InvalidInputError(
      problems.map((p) => ({ ...p, field: prefix === '' ? p.field : `${prefix}${p.field}` })),
    );
  }
  return parsed.data as RegionDefinition;
}
