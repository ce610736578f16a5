import type { Page, PageRequest } from '../pagination';
import type { Neo4jExecutor, Params } from './executor';

/**
 * One page of a filtered, ordered list plus its total count, in one round trip. `match` binds `n`
 * (e.g. `MATCH (n:Institution)`), `conditions` are Cypher predicates on `n`, and `projection`
 * turns `n` into the returned map. All three are constants of the calling repository; values
 * arrive only as parameters.
 *
 * Without filters, the count comes from Neo4j's count store and the page from the (sortKey, id)
 * index in order. With filters, every match has to be visited for the count anyway, so the filter
 * runs once and the page is cut from the sorted matches (PROFILE: about half the db hits of
 * evaluating it twice).
 */
export function pageCypher(
  match: string,
  conditions: readonly string[],
  projection: string,
  filtered = conditions.length > 0,
): string {
  const afterCursor = `($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))`;
  if (!filtered) {
    return `
CALL () { ${match} RETURN count(n) AS totalCount }
CALL () {
  ${match} WHERE ${afterCursor}
  WITH n ORDER BY n.sortKey, n.id LIMIT toInteger($limit)
  RETURN collect(${projection}) AS items
}
RETURN totalCount, items`;
  }
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  return `
${match}${where}
WITH n ORDER BY n.sortKey, n.id
WITH collect(n) AS matched
WITH size(matched) AS totalCount, [n IN matched WHERE ${afterCursor}][..toInteger($limit)] AS page
RETURN totalCount, [n IN page | ${projection}] AS items`;
}

/** The start and remaining conditions of a filtered list (see {@link filteredMatch}). */
export interface FilteredMatch {
  readonly match: string;
  readonly conditions: string[];
  readonly filtered: boolean;
}

/**
 * Where a filtered list starts: the first of `starts` (most selective first) whose filter is
 * set, in the order `starts` lists them, replaces the label scan and its own condition, e.g. a network's members instead of every
 * person tested for membership (PROFILE, 10× analyst query: 23,400 → about 5,000 db hits). Each
 * start binds `n` and ends with `WITH DISTINCT n`. With text, the full-text index starts.
 */
export function filteredMatch<K extends string>(
  filter: Readonly<Partial<Record<NoInfer<K>, readonly unknown[]>>> & { readonly text?: string },
  conditions: Readonly<Record<K, string>>,
  starts: Readonly<Partial<Record<K, string>>>,
  label: string,
): FilteredMatch {
  const set = (Object.keys(conditions) as K[]).filter((key) => filter[key]?.length);
  if (filter.text) {
    return {
      match: MATCH_FULL_TEXT,
      conditions: [`n:${label}`, ...set.map((key) => conditions[key])],
      filtered: true,
    };
  }
  const start = (Object.keys(starts) as K[]).find((key) => set.includes(key));
  return {
    match: start === undefined ? `MATCH (n:${label})` : (starts[start] ?? ''),
    conditions: set.filter((key) => key !== start).map((key) => conditions[key]),
    filtered: set.length > 0,
  };
}

/** A statement from {@link pageCypher} with its parameters. */
export interface PageStatement {
  readonly cypher: string;
  readonly params: Params;
}

/**
 * The page statement of a node list whose filters are keyed `conditions` (see
 * {@link filteredMatch}): the filter's values and the folded full-text query are its parameters.
 */
export function filteredPageStatement<K extends string>(
  filter: Readonly<Partial<Record<NoInfer<K>, readonly unknown[]>>> & { readonly text?: string },
  conditions: Readonly<Record<K, string>>,
  starts: Readonly<Partial<Record<K, string>>>,
  label: string,
  projection: string,
): PageStatement {
  const start = filteredMatch(filter, conditions, starts, label);
  const text = filter.text ? fullTextQuery(filter.text) : '';
  return {
    cypher: pageCypher(start.match, start.conditions, projection, start.filtered),
    params: { ...filter, text },
  };
}

/**
 * A page shaped by a compiled GraphQL selection: `statement` builds the list's page statement
 * around the projection, whose own parameters join the statement's.
 */
export function readProjectedPage(
  executor: Neo4jExecutor,
  statement: (projection: string) => PageStatement,
  request: PageRequest,
  projection: Projection,
): Promise<Page<ProjectedRow>> {
  const { cypher, params } = statement(projection.cypher);
  return readPage(
    executor,
    cypher,
    { ...projection.params, ...params },
    request,
    (row: ProjectedRow) => {
      markProjected(row);
      return row;
    },
  );
}

/** Runs a statement from {@link pageCypher}; reads one extra item to know if more follow. */
// Row names the shape of the statement's projection, which only the calling repository knows.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export async function readPage<Row extends object, T>(
  executor: Neo4jExecutor,
  cypher: string,
  params: Params,
  request: PageRequest,
  map: (row: Row) => T,
): Promise<Page<T>> {
  const [row] = await executor.read<{ totalCount: number; items: Row[] }>(cypher, {
    ...params,
    afterKey: request.after?.sortKey ?? null,
    afterId: request.after?.id ?? null,
    limit: request.first + 1,
  });
  const items = row?.items ?? [];
  return {
    items: items.slice(0, request.first).map(map),
    totalCount: row?.totalCount ?? 0,
    hasNextPage: items.length > request.first,
  };
}

/**
 * A Cypher map expression over the variables a statement binds, with its own parameters: what
 * src/compiler makes of a GraphQL selection. Repositories splice it into their statements.
 */
export interface Projection {
  readonly cypher: string;
  readonly params: Params;
}

/** An item as a {@link Projection} shaped it. */
export type ProjectedRow = Readonly<Record<string, unknown>>;

/**
 * Marks the objects a projection returned, so that field resolvers can tell them from the
 * records the loaders return. A symbol key: no Cypher or GraphQL name can collide with it, it is
 * never serialised, and it costs the database nothing (a marker key in every projected map made
 * Neo4j encode and the driver decode one more entry per object: ~4 ms of 18 on the
 * 1,260-object network overview, docs/benchmarks.md).
 */
export const PROJECTED: unique symbol = Symbol('projected');

/** Marks a projected object, or each object of a projected list (see {@link PROJECTED}). */
export function markProjected(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) markProjected(item);
  } else if (value !== null && typeof value === 'object') {
    (value as Record<typeof PROJECTED, boolean>)[PROJECTED] = true;
  }
}

/** Runs `match` (which binds the projection's variables) and returns the first item, if any. */
export async function readProjected(
  executor: Neo4jExecutor,
  match: string,
  params: Params,
  projection: Projection,
): Promise<ProjectedRow | null> {
  const [row] = await executor.read<{ item: ProjectedRow }>(
    `${match}\nRETURN ${projection.cypher} AS item`,
    { ...projection.params, ...params },
  );
  const item = row?.item ?? null;
  markProjected(item);
  return item;
}

/**
 * The compiled-read side of a repository: a page of its filtered list and a single item by id,
 * each shaped by a {@link Projection}. `statement` builds the list's page statement around a
 * projection; `matchById` binds the variables the projection reads to the item with id `$id`.
 */
export class ProjectedReads<Filter> {
  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly statement: (filter: Filter, projection: string) => PageStatement,
    private readonly matchById: string,
  ) {}

  page(filter: Filter, request: PageRequest, projection: Projection): Promise<Page<ProjectedRow>> {
    return readProjectedPage(
      this.executor,
      (shape) => this.statement(filter, shape),
      request,
      projection,
    );
  }

  byId(id: string, projection: Projection): Promise<ProjectedRow | null> {
    return readProjected(this.executor, this.matchById, { id }, projection);
  }
}

/** The one full-text index (see migrations.ts): lower-cased, accent-folded words. */
export const FULL_TEXT_INDEX = 'search_text_folded';

/**
 * Binds `n` to the nodes whose text matches `$text` (a query from {@link fullTextQuery}). A text
 * with no searchable word (only search syntax such as `~~~` or `((`) gives an empty query, which
 * matches nothing: the index is not asked, since Lucene refuses an empty query.
 */
export const MATCH_FULL_TEXT = `UNWIND CASE WHEN $text = '' THEN [] ELSE [$text] END AS textQuery
CALL db.index.fulltext.queryNodes('${FULL_TEXT_INDEX}', textQuery) YIELD node AS n`;

/**
 * Lucene query for the full-text index from free user text: each word as a prefix, all required.
 * Words are folded like the index folds them ("Frühe" → "fruhe", "Straße" → "strasse"), because
 * Lucene does not analyse prefix terms.
 */
export function fullTextQuery(text: string): string {
  const words = text
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ''))
    .filter((word) => word.length > 0);
  return words.map((word) => `+${word}*`).join(' ');
}
