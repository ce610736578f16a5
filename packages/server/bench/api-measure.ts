/**
 * The API bench's measurements: each query once untimed (same data as the hand-written Cypher?
 * which statements, how many db hits?), then timed rounds of every variant in a shuffled order.
 */
import type { RunningApp } from '@schutznetz/server/dist/app';
import type { Driver } from 'neo4j-driver';
import { postGraphQL, postJson, type CypherEndpoint } from './api-http';
import {
  firstDifference,
  listCounts,
  nestingDepth,
  scansOf,
  sortListsAt,
  totalDbHits,
  type PlanNode,
} from './measures';
import type { BenchQuery } from '@schutznetz/server/dist/test/bench-queries';
import type { StatementRecorder } from './recording-driver';

export interface Options {
  readonly runs: number;
  readonly warmup: number;
  readonly scale: number;
  readonly seed: number;
}

/** What the app sent for one request, with its PROFILE. */
export interface ApiStatement {
  readonly cypher: string;
  readonly dbHits: number;
  readonly rows: number;
  readonly scans: string[];
}

export interface QueryReport {
  readonly query: BenchQuery;
  readonly depth: number;
  readonly roundTrips: number;
  readonly statements: readonly ApiStatement[];
  readonly cypherDbHits: number;
  readonly cypherScans: readonly string[];
  /** Db hits right after seeding, before Neo4j has sampled its indexes (API, hand-written). */
  readonly freshDbHits: {
    readonly api: number;
    readonly cypher: number;
    readonly statements: readonly ApiStatement[];
  };
  readonly topLevelItems: number;
  readonly nestedItems: number;
  /** Undefined when GraphQL and Cypher returned the same items at every level. */
  readonly countMismatch: string | undefined;
  /** Undefined when the values are identical, too. */
  readonly valueDifference: string | undefined;
  readonly graphqlMs: number[];
  /** The same app on graphql-js's executor instead of graphql-jit. */
  readonly graphqlJsMs: number[];
  readonly cypherMs: number[];
  /** The hand-written statement as an auto-commit transaction (`session.run`), as the API runs reads. */
  readonly cypherAutoMs: number[];
  /** The hand-written statement behind a minimal HTTP JSON endpoint (see {@link CypherEndpoint}). */
  readonly cypherHttpMs: number[];
  readonly tracedMs: number[];
  /** Database time of the API's statements (from the traced app) and of the hand-written one. */
  readonly apiDbMs: number[];
  readonly cypherDbMs: number[];
}

export interface DataSetReport {
  readonly name: string;
  readonly queries: readonly QueryReport[];
}

export interface Bench {
  readonly driver: Driver;
  readonly database: string;
  readonly plain: RunningApp;
  readonly graphqlJs: RunningApp;
  readonly traced: RunningApp;
  readonly recording: RunningApp;
  readonly recorder: StatementRecorder;
  readonly endpoint: CypherEndpoint;
}

/** The hand-written statement as one auto-commit transaction: RUN and PULL, no BEGIN/COMMIT. */
async function runCypherAutoCommit(bench: Bench, query: BenchQuery): Promise<void> {
  const session = bench.driver.session({
    database: bench.database,
    defaultAccessMode: 'READ',
    bookmarkManager: bench.driver.executeQueryBookmarkManager,
  });
  try {
    const result = await session.run(query.cypher, query.params);
    result.records[0]?.get('data');
  } finally {
    await session.close();
  }
}

async function runCypher(
  bench: Bench,
  query: BenchQuery,
): Promise<{ data: unknown; dbMs: number }> {
  const result = await bench.driver.executeQuery(query.cypher, query.params, {
    database: bench.database,
    routing: 'READ',
  });
  const { resultAvailableAfter, resultConsumedAfter } = result.summary;
  return {
    data: result.records[0]?.get('data') as unknown,
    dbMs: Number(resultAvailableAfter) + Number(resultConsumedAfter),
  };
}

async function profileStatement(
  bench: Bench,
  cypher: string,
  params: Readonly<Record<string, unknown>>,
): Promise<PlanNode> {
  const result = await bench.driver.executeQuery(`PROFILE ${cypher}`, params, {
    database: bench.database,
    routing: 'READ',
  });
  if (!result.summary.profile) throw new Error(`No profile for: ${cypher}`);
  return result.summary.profile;
}

function itemsAt(data: unknown, keys: readonly string[]): unknown[] {
  const list = keys.reduce<unknown>(
    (value, key) => (value as Record<string, unknown> | null | undefined)?.[key],
    data,
  );
  return Array.isArray(list) ? list : [];
}

/**
 * Sends one request through the recording app and PROFILEs each statement it sent, and the
 * hand-written statement. One request at a time: what the recorder sees is this request's.
 */
async function profileRequest(bench: Bench, query: BenchQuery) {
  bench.recorder.start();
  const response = await postGraphQL(bench.recording, query.graphql, query.variables);
  const recorded = bench.recorder.stop();
  const statements: ApiStatement[] = [];
  for (const statement of recorded) {
    const plan = await profileStatement(bench, statement.cypher, statement.params);
    statements.push({
      cypher: statement.cypher,
      dbHits: totalDbHits(plan),
      rows: plan.rows,
      scans: scansOf(plan),
    });
  }
  const roundTrips = response.extensions?.neo4j?.roundTrips ?? Number.NaN;
  if (roundTrips !== recorded.length) {
    throw new Error(
      `${query.id}: the trace counted ${roundTrips} round trips but the driver saw ${recorded.length} statements`,
    );
  }
  const cypherPlan = await profileStatement(bench, query.cypher, query.params);
  return { roundTrips, statements, cypherPlan };
}

export const sumDbHits = (statements: readonly ApiStatement[]): number =>
  statements.reduce((sum, statement) => sum + statement.dbHits, 0);

/** Runs once, untimed: compares the results, records the API's statements and profiles them. */
async function inspect(
  bench: Bench,
  query: BenchQuery,
  freshDbHits: QueryReport['freshDbHits'],
): Promise<Omit<QueryReport, `${string}Ms`>> {
  const viaGraphql = (await postGraphQL(bench.plain, query.graphql, query.variables)).data;
  const viaCypher = (await runCypher(bench, query)).data;
  const graphqlCounts = listCounts(viaGraphql);
  const cypherCounts = listCounts(viaCypher);
  const paths = [...new Set([...graphqlCounts.keys(), ...cypherCounts.keys()])].sort();
  const countMismatch = paths
    .filter((key) => graphqlCounts.get(key) !== cypherCounts.get(key))
    .map(
      (key) =>
        `${key}: GraphQL ${graphqlCounts.get(key) ?? 0}, Cypher ${cypherCounts.get(key) ?? 0}`,
    )
    .join('; ');
  const topLevelItems = itemsAt(viaGraphql, query.topLevel).length;
  const nestedItems = [...graphqlCounts.values()].reduce((sum, count) => sum + count, 0);

  const { roundTrips, statements, cypherPlan } = await profileRequest(bench, query);
  return {
    query,
    depth: nestingDepth(query.graphql),
    roundTrips,
    statements,
    cypherDbHits: totalDbHits(cypherPlan),
    cypherScans: scansOf(cypherPlan),
    freshDbHits,
    topLevelItems,
    nestedItems,
    countMismatch: countMismatch || undefined,
    valueDifference: firstDifference(
      sortListsAt(viaGraphql, new Set(query.unorderedLists)),
      sortListsAt(viaCypher, new Set(query.unorderedLists)),
    ),
  };
}

type Variant = 'graphql' | 'graphqlJs' | 'cypher' | 'cypherAuto' | 'cypherHttp' | 'traced';

interface Timing {
  readonly ms: number;
  readonly dbMs: number;
}

async function timeVariant(bench: Bench, query: BenchQuery, variant: Variant): Promise<Timing> {
  const started = performance.now();
  if (variant === 'cypherHttp') {
    const { status, text } = await postJson(
      new URL(query.id, bench.endpoint.url),
      JSON.stringify({ query: query.graphql, variables: query.variables }),
    );
    if (status !== 200) throw new Error(`The Cypher endpoint answered HTTP ${status}`);
    JSON.parse(text);
    return { ms: performance.now() - started, dbMs: Number.NaN };
  }
  if (variant === 'cypherAuto') {
    await runCypherAutoCommit(bench, query);
    return { ms: performance.now() - started, dbMs: Number.NaN };
  }
  if (variant === 'cypher') {
    const { dbMs } = await runCypher(bench, query);
    return { ms: performance.now() - started, dbMs };
  }
  const app =
    variant === 'traced' ? bench.traced : variant === 'graphqlJs' ? bench.graphqlJs : bench.plain;
  const response = await postGraphQL(app, query.graphql, query.variables);
  return { ms: performance.now() - started, dbMs: response.extensions?.neo4j?.dbMs ?? Number.NaN };
}

const VARIANTS: readonly Variant[] = [
  'graphql',
  'cypher',
  'cypherAuto',
  'cypherHttp',
  'traced',
  'graphqlJs',
];

/**
 * The order of the variants in round `index`: a shuffle seeded by the round. (A rotation kept
 * each variant behind the same predecessor, so one variant always ran on the garbage another
 * left behind: the traced app measured 0.88× the untraced one.)
 */
function variantOrder(index: number): Variant[] {
  const order = [...VARIANTS];
  let seed = (index + 1) * 2654435761;
  for (let last = order.length - 1; last > 0; last -= 1) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const pick = (seed >>> 16) % (last + 1);
    const swapped = order[pick];
    if (swapped === undefined) continue;
    order[pick] = order[last] ?? swapped;
    order[last] = swapped;
  }
  return order;
}

/** One round: each variant once, in a shuffled order, to share the noise. */
async function round(
  bench: Bench,
  query: BenchQuery,
  index: number,
): Promise<Record<Variant, Timing>> {
  const timings: Partial<Record<Variant, Timing>> = {};
  for (const variant of variantOrder(index)) {
    timings[variant] = await timeVariant(bench, query, variant);
  }
  return timings as Record<Variant, Timing>;
}

/**
 * The fixed cost of one request, whatever it asks: `{ __typename }` over HTTP (parse, validate,
 * execute, serialise, no database) against `RETURN 1` through the driver.
 */
export async function measureFloor(
  bench: Bench,
  options: Options,
): Promise<{ graphql: number[]; cypher: number[] }> {
  const graphql: number[] = [];
  const cypher: number[] = [];
  for (let index = 0; index < options.warmup + options.runs; index += 1) {
    let started = performance.now();
    await postGraphQL(bench.plain, '{ __typename }');
    const graphqlMs = performance.now() - started;
    started = performance.now();
    await bench.driver.executeQuery(
      'RETURN 1 AS data',
      {},
      { database: bench.database, routing: 'READ' },
    );
    if (index >= options.warmup) {
      graphql.push(graphqlMs);
      cypher.push(performance.now() - started);
    }
  }
  return { graphql, cypher };
}

export async function measureDataSet(
  bench: Bench,
  queries: readonly BenchQuery[],
  options: Options,
): Promise<QueryReport[]> {
  // Right after a bulk load the index samples are those of the empty indexes, and Neo4j does not
  // resample them for minutes. Record what that costs, then measure with fresh samples.
  const fresh = [];
  for (const query of queries) {
    const { statements, cypherPlan } = await profileRequest(bench, query);
    fresh.push({ api: sumDbHits(statements), cypher: totalDbHits(cypherPlan), statements });
  }
  await bench.driver.executeQuery(
    'CALL db.prepareForReplanning(300)',
    {},
    {
      database: bench.database,
    },
  );
  const inspected = [];
  for (const [index, query] of queries.entries()) {
    const freshDbHits = fresh[index] ?? { api: Number.NaN, cypher: Number.NaN, statements: [] };
    inspected.push(await inspect(bench, query, freshDbHits));
  }
  // Warm up every query before timing any, so the first one does not pay for the JIT alone.
  for (let index = 0; index < options.warmup; index += 1) {
    for (const query of queries) await round(bench, query, index);
  }
  const reports: QueryReport[] = [];
  for (const report of inspected) {
    const graphqlMs: number[] = [];
    const graphqlJsMs: number[] = [];
    const cypherMs: number[] = [];
    const cypherAutoMs: number[] = [];
    const cypherHttpMs: number[] = [];
    const tracedMs: number[] = [];
    const apiDbMs: number[] = [];
    const cypherDbMs: number[] = [];
    for (let index = 0; index < options.runs; index += 1) {
      const timings = await round(bench, report.query, index);
      graphqlMs.push(timings.graphql.ms);
      graphqlJsMs.push(timings.graphqlJs.ms);
      cypherMs.push(timings.cypher.ms);
      cypherAutoMs.push(timings.cypherAuto.ms);
      cypherHttpMs.push(timings.cypherHttp.ms);
      tracedMs.push(timings.traced.ms);
      apiDbMs.push(timings.traced.dbMs);
      cypherDbMs.push(timings.cypher.dbMs);
    }
    reports.push({
      ...report,
      graphqlMs,
      graphqlJsMs,
      cypherMs,
      cypherAutoMs,
      cypherHttpMs,
      tracedMs,
      apiDbMs,
      cypherDbMs,
    });
  }
  return reports;
}
