/**
 * The GraphQL API against hand-written Cypher: `npm run bench:api [-- --runs N --warmup N]`.
 *
 * Starts its own embedded Neo4j and the HTTP app twice (NEO4J_TRACE off and on) plus a third,
 * traced instance on a recording driver that shows which statements a request sends. For the
 * demo data and a generated data set ten times larger it times three nested operations over
 * HTTP against the best single Cypher statement for the same data, counts round trips and
 * PROFILE db hits, and prints a PASS/FAIL line per bar. It reports; it is not a test: it exits 0
 * when a bar fails and 1 only on errors.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { GraphDataSet } from '@schutznetz/domain';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '@schutznetz/neo4j-embedded';
import type { Driver } from 'neo4j-driver';
import { startApp, type RunningApp } from '../app';
import { loadConfig, type Config } from '../config';
import { createLogger } from '../logger';
import { prepareDatabase } from '../neo4j/bootstrap';
import { createDriver } from '../neo4j/driver';
import { DEMO_DATA } from '../seed/demo';
import { cpuSnapshot, describeCpuShare, processTicks } from './cpu-share';
import {
  wholeNumberOptions,
  firstDifference,
  listCounts,
  median,
  ms,
  nestingDepth,
  p95,
  scansOf,
  sortListsAt,
  table,
  times,
  totalDbHits,
  type PlanNode,
} from './measures';
import { benchQueries, type BenchQuery } from './queries';
import { StatementRecorder } from './recording-driver';
import { describeDataSet, scaleDataSet } from './scaled-data';

/** The bars of docs/benchmarks.md. */
const BARS = { median: 1.3, p95: 1.5, tracing: 1.15 } as const;

interface Options {
  readonly runs: number;
  readonly warmup: number;
  readonly scale: number;
  readonly seed: number;
}

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
  extensions?: { neo4j?: { roundTrips: number; dbMs: number } };
}

/** What the app sent for one request, with its PROFILE. */
interface ApiStatement {
  readonly cypher: string;
  readonly dbHits: number;
  readonly rows: number;
  readonly scans: string[];
}

interface QueryReport {
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

interface DataSetReport {
  readonly name: string;
  readonly queries: readonly QueryReport[];
}

interface Bench {
  readonly driver: Driver;
  readonly database: string;
  readonly plain: RunningApp;
  readonly graphqlJs: RunningApp;
  readonly traced: RunningApp;
  readonly recording: RunningApp;
  readonly recorder: StatementRecorder;
  readonly endpoint: CypherEndpoint;
}

/**
 * The transport floor: the hand-written statement behind the smallest JSON endpoint Node can
 * have — node:http, the request body parsed, one auto-commit read, `JSON.stringify({ data })` —
 * so that the report can tell what answering over HTTP in JSON costs from what the GraphQL layer
 * costs. `POST /<query id>` runs that query with its parameters.
 */
interface CypherEndpoint {
  readonly url: URL;
  readonly queries: Map<string, BenchQuery>;
  close(): Promise<void>;
}

async function startCypherEndpoint(driver: Driver, database: string): Promise<CypherEndpoint> {
  const queries = new Map<string, BenchQuery>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const query = queries.get(request.url?.slice(1) ?? '');
      if (!query) {
        response.writeHead(404).end();
        return;
      }
      const session = driver.session({
        database,
        defaultAccessMode: 'READ',
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      session
        .run(query.cypher, query.params)
        .then((result) => {
          const body = Buffer.from(
            JSON.stringify({ data: result.records[0]?.get('data') as unknown }),
          );
          response.writeHead(200, {
            'content-type': 'application/json; charset=utf-8',
            'content-length': body.length,
          });
          response.end(body);
        })
        .catch((error: unknown) => {
          console.error(error);
          response.writeHead(500).end();
        })
        .finally(() => void session.close());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: new URL(`http://127.0.0.1:${address.port}/`),
    queries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

function readOptions(): Options {
  return wholeNumberOptions({
    runs: { default: 200, min: 1 },
    warmup: { default: 30, min: 0 },
    scale: { default: 10, min: 1 },
    seed: { default: 20261124, min: 0 },
  });
}

/**
 * The bench's HTTP client: node:http on a keep-alive connection, as a GraphQL client library
 * would hold one. (`fetch` adds ~0.2 ms per request of WHATWG streams on the client side, which
 * is not the server's cost; measured in isolation on this machine.)
 */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

function postJson(url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: keepAlive,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function postGraphQL(
  app: RunningApp,
  query: string,
  variables: Readonly<Record<string, unknown>> = {},
): Promise<GraphQLResponse> {
  const { status, text } = await postJson(
    new URL('/graphql', app.url),
    JSON.stringify({ query, variables }),
  );
  const body = JSON.parse(text) as GraphQLResponse;
  if (status !== 200 || body.errors?.length) {
    throw new Error(`GraphQL request failed (HTTP ${status}): ${JSON.stringify(body.errors)}`);
  }
  return body;
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

const sumDbHits = (statements: readonly ApiStatement[]): number =>
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
async function measureFloor(
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

async function measureDataSet(
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

/** First lines of a statement on one line, for the report. */
function oneLine(cypher: string, width = 150): string {
  const flat = cypher.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

const count = (value: number): string => value.toLocaleString('en');

/** The columns of {@link versus} for a baseline. */
function versusColumns(baseline: string, short: string): string[] {
  return [`${baseline} med`, `GraphQL/${short} med`, `${baseline} p95`, `GraphQL/${short} p95`];
}

/** A baseline's median and p95, each followed by GraphQL's ratio to it: four table cells. */
function versus(graphqlMs: readonly number[], baselineMs: readonly number[]): string[] {
  return [
    ms(median(baselineMs)),
    times(median(graphqlMs) / median(baselineMs)),
    ms(p95(baselineMs)),
    times(p95(graphqlMs) / p95(baselineMs)),
  ];
}

function printDataSet(report: DataSetReport, data: GraphDataSet): void {
  console.log(`\n=== Data set: ${report.name} — ${describeDataSet(data)}\n`);
  console.log(
    'Latency per request in ms (GraphQL: HTTP POST to 127.0.0.1, graphql-jit unless named; ' +
      'Cypher: driver.executeQuery)',
  );
  console.log(
    table(
      [
        'query',
        'items top/all',
        'GraphQL med',
        'Cypher med',
        'ratio',
        'GraphQL p95',
        'Cypher p95',
        'ratio',
        'traced med',
        'trace on/off',
        'graphql-js med',
        'jit/graphql-js',
        'graphql-js/Cypher',
      ],
      report.queries.map((q) => [
        `${q.query.id} ${q.query.title}`,
        `${count(q.topLevelItems)}/${count(q.nestedItems)}`,
        ms(median(q.graphqlMs)),
        ms(median(q.cypherMs)),
        times(median(q.graphqlMs) / median(q.cypherMs)),
        ms(p95(q.graphqlMs)),
        ms(p95(q.cypherMs)),
        times(p95(q.graphqlMs) / p95(q.cypherMs)),
        ms(median(q.tracedMs)),
        times(median(q.tracedMs) / median(q.graphqlMs)),
        ms(median(q.graphqlJsMs)),
        times(median(q.graphqlMs) / median(q.graphqlJsMs)),
        times(median(q.graphqlJsMs) / median(q.cypherMs)),
      ]),
    ),
  );
  console.log(
    '\nAgainst the hand-written statement run as an auto-commit transaction (session.run: RUN and ' +
      'PULL without BEGIN/COMMIT, as the API runs its reads), directly and behind a minimal HTTP ' +
      'JSON endpoint (node:http, same client as GraphQL: the cost of answering over HTTP in JSON)',
  );
  console.log(
    table(
      [
        'query',
        ...versusColumns('Cypher auto', 'auto'),
        ...versusColumns('Cypher over HTTP', 'HTTP'),
      ],
      report.queries.map((q) => [
        `${q.query.id} ${q.query.title}`,
        ...versus(q.graphqlMs, q.cypherAutoMs),
        ...versus(q.graphqlMs, q.cypherHttpMs),
      ]),
    ),
  );
  console.log(
    '\nDatabase work per request (db ms = Neo4j time to first record + to consume, median)',
  );
  console.log(
    table(
      [
        'query',
        'depth',
        'round trips',
        'db hits API',
        'db hits Cypher',
        'ratio',
        'right after seeding',
        'db ms API',
        'db ms Cypher',
      ],
      report.queries.map((q) => {
        const apiHits = sumDbHits(q.statements);
        return [
          `${q.query.id} ${q.query.title}`,
          String(q.depth),
          String(q.roundTrips),
          count(apiHits),
          count(q.cypherDbHits),
          times(apiHits / q.cypherDbHits),
          `${count(q.freshDbHits.api)} / ${count(q.freshDbHits.cypher)}`,
          ms(median(q.apiDbMs)),
          ms(median(q.cypherDbMs)),
        ];
      }),
    ),
  );
  console.log(
    'depth = nesting depth of the operation; db hits = PROFILE, summed over the plan tree and ' +
      'over all statements of one request;\nright after seeding = db hits API / hand-written ' +
      'before db.prepareForReplanning(), i.e. with the index samples of the empty indexes.',
  );
  console.log('\nStatements (PROFILE db hits, rows returned, scans of a whole label or type):');
  for (const q of report.queries) {
    q.statements.forEach((statement, index) => {
      const scans = statement.scans.length ? `  scans: ${statement.scans.join('; ')}` : '';
      console.log(
        `  ${q.query.id} API #${index + 1}  ${count(statement.dbHits).padStart(7)} db hits  ${String(statement.rows).padStart(4)} rows${scans}`,
      );
      console.log(`      ${oneLine(statement.cypher)}`);
    });
    const scans = q.cypherScans.length ? `  scans: ${q.cypherScans.join('; ')}` : '';
    console.log(
      `  ${q.query.id} hand-written  ${count(q.cypherDbHits).padStart(7)} db hits${scans}`,
    );
  }
  console.log(
    '\nRight after seeding, before db.prepareForReplanning() (statements that cost 10% more then):',
  );
  const costlier = report.queries.flatMap((q) =>
    q.freshDbHits.statements.flatMap((fresh, index) => {
      // The same statement in the measured request: loaders of one level may run in any order.
      const occurrence = q.freshDbHits.statements
        .slice(0, index)
        .filter((other) => other.cypher === fresh.cypher).length;
      const steady = q.statements.filter((other) => other.cypher === fresh.cypher)[occurrence];
      if (!steady || fresh.dbHits <= steady.dbHits * 1.1) return [];
      const scans = fresh.scans.length ? `  scans: ${fresh.scans.join('; ')}` : '';
      return [
        `  ${q.query.id} ${count(fresh.dbHits)} db hits (${count(steady.dbHits)} after)${scans}`,
        `      ${oneLine(fresh.cypher)}`,
      ];
    }),
  );
  console.log(costlier.length ? costlier.join('\n') : '  none');
  console.log('\nSame data as the hand-written Cypher:');
  for (const q of report.queries) {
    if (q.countMismatch) {
      console.log(`  !!! MISMATCH ${q.query.id}: items per level differ: ${q.countMismatch}`);
    } else if (q.valueDifference) {
      console.log(
        `  ${q.query.id}: same items at every level; values differ first at ${q.valueDifference}`,
      );
    } else {
      console.log(
        `  ${q.query.id}: identical (same items at every level, same values, same order)`,
      );
    }
  }
}

interface BarResult {
  readonly pass: boolean;
  readonly text: string;
}

function bars(reports: readonly DataSetReport[]): BarResult[] {
  const cases = reports.flatMap((dataSet) =>
    dataSet.queries.map((q) => ({ label: `${dataSet.name} ${q.query.id}`, q })),
  );
  const ratioBar = (title: string, limit: number, ratio: (q: QueryReport) => number): BarResult => {
    const ratios = cases.map(({ label, q }) => ({ label, value: ratio(q) }));
    const failing = ratios.filter((entry) => !(entry.value <= limit));
    const worst = ratios.reduce((a, b) => (b.value > a.value ? b : a));
    return {
      pass: failing.length === 0,
      text: `${title} ≤ ${limit}×: ${
        failing.length
          ? `${failing.length}/${ratios.length} over: ${failing.map((f) => `${f.label} ${times(f.value)}`).join(', ')}`
          : `all ${ratios.length} within, worst ${worst.label} ${times(worst.value)}`
      }`,
    };
  };
  const trips = cases.map(({ label, q }) => ({ label, q }));
  const overDepth = trips.filter(({ q }) => q.roundTrips > q.depth);
  const [first, ...others] = reports;
  const unequal = (first?.queries ?? []).filter((q, index) =>
    others.some((other) => other.queries[index]?.roundTrips !== q.roundTrips),
  );
  const mismatches = cases.filter(({ q }) => q.countMismatch);
  const latencyBars = (baseline: string, ms: (q: QueryReport) => readonly number[]) => [
    ratioBar(
      `median latency, GraphQL / ${baseline}`,
      BARS.median,
      (q) => median(q.graphqlMs) / median(ms(q)),
    ),
    ratioBar(`p95 latency, GraphQL / ${baseline}`, BARS.p95, (q) => p95(q.graphqlMs) / p95(ms(q))),
  ];
  return [
    ...latencyBars('hand-written Cypher', (q) => q.cypherMs),
    ...latencyBars('hand-written Cypher as auto-commit (stricter)', (q) => q.cypherAutoMs),
    {
      pass: overDepth.length === 0,
      text: `round trips ≤ nesting depth: ${trips.map(({ label, q }) => `${label} ${q.roundTrips}/${q.depth}`).join(', ')}`,
    },
    {
      pass: unequal.length === 0,
      text: `round trips equal on every data set: ${
        unequal.length ? `differ for ${unequal.map((q) => q.query.id).join(', ')}` : 'yes'
      }`,
    },
    ratioBar(
      'tracing overhead, median NEO4J_TRACE on / off',
      BARS.tracing,
      (q) => median(q.tracedMs) / median(q.graphqlMs),
    ),
    {
      pass: mismatches.length === 0,
      text: `same items as the hand-written Cypher: ${
        mismatches.length ? `MISMATCH in ${mismatches.map((m) => m.label).join(', ')}` : 'yes'
      }`,
    },
  ];
}

async function resetDatabase(bench: Bench, data: GraphDataSet): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence a session.
  const session = bench.driver.session({ database: bench.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await loadDataSet(bench.driver, bench.database, data);
}

async function loadDataSet(driver: Driver, database: string, data: GraphDataSet): Promise<void> {
  const prepared = await prepareDatabase(driver, database, data);
  if (!prepared.seeded) throw new Error('The bench database was not empty before seeding');
  // Plans made for the previous data set would otherwise linger until Neo4j replans.
  await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
}

async function membershipHasPerson(app: RunningApp): Promise<boolean> {
  const response = await postGraphQL(app, '{ __type(name: "Membership") { fields { name } } }');
  const type = response.data?.['__type'] as { fields: { name: string }[] } | null | undefined;
  return type?.fields.some((field) => field.name === 'person') ?? false;
}

/** The network with the most members in the demo data: the largest overview. */
function largestNetwork(data: GraphDataSet): string {
  const members = new Map<string, number>();
  for (const membership of data.memberships) {
    members.set(membership.networkId, (members.get(membership.networkId) ?? 0) + 1);
  }
  const [id] = [...members].reduce((a, b) => (b[1] > a[1] ? b : a), ['', -1]);
  return id;
}

async function main(): Promise<void> {
  const options = readOptions();
  const startedAt = performance.now();
  const cpuAtStart = cpuSnapshot();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'schutznetz-api-bench-'));
  let embedded: EmbeddedNeo4j | undefined;
  let driver: Driver | undefined;
  const apps: RunningApp[] = [];
  let endpoint: CypherEndpoint | undefined;
  try {
    console.error('… starting the embedded Neo4j');
    embedded = await startEmbeddedNeo4j({ dataDir, heapMb: 1024, pageCacheMb: 256 });
    const configFor = (trace: boolean, executor = 'jit'): Config =>
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: '0',
        NEO4J_URI: embedded?.boltUri,
        NEO4J_TRACE: String(trace),
        GRAPHQL_EXECUTOR: executor,
      });
    const plainConfig = configFor(false);
    const tracedConfig = configFor(true);
    driver = createDriver(plainConfig.neo4j, embedded.boltUri);
    const database = plainConfig.neo4j.database;
    console.error('… loading the demo data');
    await loadDataSet(driver, database, DEMO_DATA);

    const recorder = new StatementRecorder(driver);
    const start = async (config: Config, appDriver: Driver) => {
      const app = await startApp({ config, driver: appDriver, logger: createLogger(config) });
      apps.push(app);
      return app;
    };
    const bench: Bench = {
      driver,
      database,
      plain: await start(plainConfig, driver),
      graphqlJs: await start(configFor(false, 'graphql-js'), driver),
      traced: await start(tracedConfig, driver),
      recording: await start(tracedConfig, recorder.driver),
      recorder,
      endpoint: await startCypherEndpoint(driver, database),
    };
    endpoint = bench.endpoint;

    const earlySupport = DEMO_DATA.networks.find((network) =>
      network.name.includes('Netzwerk Frühe Hilfen'),
    );
    if (!earlySupport) throw new Error('The demo data has no Netzwerk Frühe Hilfen');
    const withPerson = await membershipHasPerson(bench.plain);
    const queries = benchQueries({
      municipalities: ['koethen', 'bitterfeld_wolfen', 'zerbst'],
      earlySupportNetworkId: earlySupport.id,
      analystMunicipality: 'koethen',
      analystTopic: 'parental_mental_illness',
      overviewNetworkId: largestNetwork(DEMO_DATA),
      membershipHasPerson: withPerson,
    });

    for (const query of queries) bench.endpoint.queries.set(query.id, query);
    const [versionRow] = (
      await driver.executeQuery(
        'CALL dbms.components() YIELD versions RETURN versions[0] AS v',
        {},
        { database },
      )
    ).records;
    console.log(
      `GraphQL API against hand-written Cypher — ${new Date().toISOString().slice(0, 10)}, ` +
        `${os.cpus().length} cores, Node ${process.version}, Neo4j ${String(versionRow?.get('v'))} ` +
        `embedded (heap 1024 MiB, page cache 256 MiB)`,
    );
    console.log(
      `${options.warmup} warm-up rounds, then ${options.runs} timed rounds per query; a round runs ` +
        'GraphQL (trace off), hand-written Cypher, GraphQL (trace on) and GraphQL on graphql-js ' +
        '(trace off), in an order shuffled per round.',
    );
    console.log(
      `Q1 directory: institutions in ${String(queries[0]?.variables['municipalities'])}, first 100`,
    );
    console.log(
      `Q2 analyst: people in ${earlySupport.id}, koethen, parental_mental_illness, first 100`,
    );
    console.log(
      `Q3 network overview: ${largestNetwork(DEMO_DATA)}${
        withPerson
          ? ''
          : ' (Membership has no `person` field: members ask for memberKind and memberId instead)'
      }`,
    );

    const dataSets: { name: string; data: GraphDataSet }[] = [
      { name: 'demo', data: DEMO_DATA },
      {
        name: `${options.scale}×`,
        data: scaleDataSet(DEMO_DATA, options.scale, options.seed),
      },
    ];
    const reports: DataSetReport[] = [];
    for (const [index, dataSet] of dataSets.entries()) {
      if (index > 0) {
        console.error(`… loading the ${dataSet.name} data set`);
        await resetDatabase(bench, dataSet.data);
      }
      console.error(`… measuring the ${dataSet.name} data set`);
      const report = { name: dataSet.name, queries: await measureDataSet(bench, queries, options) };
      reports.push(report);
      printDataSet(report, dataSet.data);
    }

    const floor = await measureFloor(bench, options);
    console.log(
      `\nPer-request floor, median / p95 ms: GraphQL \`{ __typename }\` ${ms(median(floor.graphql))} / ` +
        `${ms(p95(floor.graphql))}; Cypher \`RETURN 1\` ${ms(median(floor.cypher))} / ${ms(p95(floor.cypher))}`,
    );
    console.log('\nBars:');
    for (const bar of bars(reports)) console.log(`${bar.pass ? 'PASS' : 'FAIL'}  ${bar.text}`);
    const cpuShare = describeCpuShare(cpuAtStart, cpuSnapshot(), processTicks(embedded.pid));
    console.log(
      `\nFinished in ${Math.round((performance.now() - startedAt) / 1000)} s. ${cpuShare}`,
    );
  } finally {
    await endpoint?.close();
    for (const app of apps) await app.stop();
    await driver?.close();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
