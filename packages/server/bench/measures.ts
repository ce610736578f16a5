import { parseArgs } from 'node:util';
import { Kind, parse, type SelectionSetNode } from 'graphql';

/** The value at quantile `q` (0…1) by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

/**
 * Nesting depth of an operation: the longest chain of fields that have a selection set.
 * `institutions { nodes { name } }` has depth 2. With one batched statement per level, this is
 * the most round trips a request should need.
 */
export function nestingDepth(operation: string): number {
  const depth = (set: SelectionSetNode | undefined): number =>
    Math.max(
      0,
      ...(set?.selections ?? []).map((selection) =>
        selection.kind === Kind.FIELD && selection.selectionSet
          ? 1 + depth(selection.selectionSet)
          : 0,
      ),
    );
  return Math.max(
    0,
    ...parse(operation).definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? depth(definition.selectionSet) : 0,
    ),
  );
}

/**
 * Lengths of every list in a result, summed per path without indices: `{"nodes": 70,
 * "nodes.people": 151, …}`. Two results with the same counts hold the same number of items at
 * every level.
 */
export function listCounts(value: unknown, path = '', counts = new Map<string, number>()) {
  if (Array.isArray(value)) {
    counts.set(path, (counts.get(path) ?? 0) + value.length);
    for (const item of value) listCounts(item, path, counts);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      listCounts(child, path ? `${path}.${key}` : key, counts);
    }
  }
  return counts;
}

/** A copy of `value` with the lists at `paths` (dotted, without indices) sorted by content. */
export function sortListsAt(value: unknown, paths: ReadonlySet<string>, path = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => sortListsAt(item, paths, path));
    return paths.has(path)
      ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : items;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        key,
        sortListsAt(child, paths, path ? `${path}.${key}` : key),
      ]),
    );
  }
  return value;
}

/** Where two JSON-like values first differ (`undefined` when they are equal). */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let index = 0; index < a.length; index += 1) {
      const difference = firstDifference(a[index], b[index], `${path}[${index}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const difference = firstDifference(
        (a as Record<string, unknown>)[key] ?? null,
        (b as Record<string, unknown>)[key] ?? null,
        `${path}.${key}`,
      );
      if (difference) return difference;
    }
    return undefined;
  }
  return a === b ? undefined : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

/** The part of the driver's profiled plan the bench reads. */
export interface PlanNode {
  readonly operatorType: string;
  readonly dbHits: number;
  readonly rows: number;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly children: readonly PlanNode[];
}

/** Total db hits of a profiled plan: its own and its children's, recursively. */
export function totalDbHits(plan: PlanNode): number {
  return plan.children.reduce((sum, child) => sum + totalDbHits(child), plan.dbHits);
}

/** Operators that read a whole label or relationship type, or the whole graph. */
const SCANS =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|\w*RelationshipTypeScan|NodeIndexScan|\w*RelationshipIndexScan)$/;

/** The operators of a plan, flattened, each with its own db hits. */
export function flattenPlan(plan: PlanNode): PlanNode[] {
  return [plan, ...plan.children.flatMap(flattenPlan)];
}

/** "NodeByLabelScan@neo4j" → "NodeByLabelScan". */
export const operatorName = (plan: PlanNode): string => plan.operatorType.replace(/@.*$/, '');

/** Scans in a plan, e.g. "NodeByLabelScan n:Person (1340 rows)". */
export function scansOf(plan: PlanNode): string[] {
  return flattenPlan(plan)
    .filter((node) => SCANS.test(operatorName(node)))
    .map((node) => {
      const details = node.arguments['Details'];
      return `${operatorName(node)} ${typeof details === 'string' ? details : ''} (${node.rows} rows)`.replace(
        /\s+/g,
        ' ',
      );
    });
}

/** Formats milliseconds for the tables. */
export const ms = (value: number): string =>
  Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1);

/** Formats a ratio for the tables, e.g. "2.41×". */
export const times = (value: number): string =>
  Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/**
 * A bench's command-line options, all whole numbers: `--name N` for each key of `spec`, with its
 * default and the least value it accepts; anything else stops the bench with a clear message.
 */
export function wholeNumberOptions<K extends string>(
  spec: Readonly<Record<K, { readonly default: number; readonly min: number }>>,
): Record<K, number> {
  const names = Object.keys(spec) as K[];
  const { values } = parseArgs({
    options: Object.fromEntries(
      names.map((name) => [name, { type: 'string', default: String(spec[name].default) }]),
    ),
  });
  const options = {} as Record<K, number>;
  for (const name of names) {
    const raw = String(values[name]);
    const value = Number(raw);
    if (!Number.isInteger(value) || value < spec[name].min) {
      throw new Error(`--${name} must be a whole number ≥ ${spec[name].min} (got '${raw}')`);
    }
    options[name] = value;
  }
  return options;
}
