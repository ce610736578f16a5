/**
 * The analyses over GraphQL: `npm run bench:analysis [-- --runs N --warmup N --scale N]`.
 *
 * Starts its own embedded Neo4j and the HTTP app. For the county demo data and for the demo
 * data copied `--scale` times (98 copies ≈ 10,000 institutions, linked into one graph) it times,
 * over HTTP on the running server, referral-route queries and coverage with a warm analysis
 * cache (median, p95), the cold build of the cache for a graph version (snapshot read plus
 * in-memory graph), and the first request after a write (rebuild plus the query's own
 * derived results). It prints a PASS/FAIL line per bar; it reports, it is not a test: it exits 0
 * when a bar fails and 1 only on errors.
 */
import 'reflect-metadata';
import os from 'node:os';
import { DEMO_DATA } from '@schutznetz/demo-data';
import type { GraphDataSet } from '@schutznetz/domain';
import type { Driver } from 'neo4j-driver';
import { startApp, type RunningApp } from '@schutznetz/server/dist/app';
import { loadConfig } from '@schutznetz/server/dist/config';
import { createLogger } from '@schutznetz/server/dist/logger';
import { createAnalysisCache } from '@schutznetz/server/dist/analysis-graph/cache.factory';
import { replaceDataSet, withBenchDatabase } from './bench-database';
import { wholeNumberOptions, median, ms, p95, table } from './measures';
import { describeDataSet, scaleDataSet } from './scaled-data';

/** The bars of issue 4 (median route query on the server, ms). */
const BARS = { county: 50, large: 300 } as const;

interface Options {
  readonly runs: number;
  readonly warmup: number;
  readonly scale: number;
  readonly seed: number;
  readonly builds: number;
}

function readOptions(): Options {
  return wholeNumberOptions({
    runs: { default: 40, min: 1 },
    warmup: { default: 5, min: 0 },
    scale: { default: 98, min: 1 },
    seed: { default: 20261124, min: 0 },
    builds: { default: 3, min: 1 },
  });
}

const ROUTES = `
query Routes($start: RouteStartInput!, $need: ReferralNeedInput!, $k: Int) {
  referralRoutes(start: $start, need: $need, k: $k) {
    graphVersion
    routes {
      rank cost expectedHours explanation { de }
      hops { from { id name } to { id name } via reason { de } consent dataMode responseHours waitHours reach { ...Reach } }
      endService { id name } endInstitution { id name municipality }
      startReach { ...Reach } endReach { ...Reach }
    }
    noRoute { summary { de } relaxations { constraint description { de } } }
  }
}
fragment Reach on RouteReach {
  phone email website addressProtected street postalCode availability nextOpeningAt
  todayHours { opens closes } people { name phone }
}`;

const COVERAGE = `{
  coverage {
    graphVersion
    cells { topic { id } municipality { id } serviceCount personCount services24x7 { id } languages }
    gaps { id kind severity reason { de } }
    shelterCapacity { places requiredPlaces shortfall }
    summary { cellsWithService cellsWithPerson gaps totalSeverity }
  }
}`;

interface RouteCase {
  readonly name: string;
  readonly variables: Record<string, unknown>;
}

/** The scenarios of issue 4 and a few more, as route queries. */
const ROUTE_CASES: readonly RouteCase[] = [
  {
    name: 'police Zerbst, DV, Sat 23:00, ru',
    variables: {
      start: { institutionId: 'org:polizei_zerbst' },
      need: {
        topic: 'domestic_violence',
        municipality: 'zerbst',
        targetGroup: 'women',
        age: 34,
        language: 'RU',
        urgency: 'IMMEDIATE',
        at: '2026-03-14T23:00:00+01:00',
      },
      k: 3,
    },
  },
  {
    name: 'school Aken, neglect, 8 y',
    variables: {
      start: { institutionId: 'org:schule_aken' },
      need: { topic: 'child_neglect', municipality: 'aken', age: 8, urgency: 'DAYS' },
      k: 3,
    },
  },
  {
    name: 'maternity clinic, young family',
    variables: {
      start: { institutionId: 'org:helios_koethen' },
      need: {
        topic: 'early_childhood_support',
        municipality: 'koethen',
        targetGroup: 'parents_families',
      },
      k: 3,
    },
  },
  {
    name: 'school Zerbst, sexual abuse, 12 y',
    variables: {
      start: { institutionId: 'org:schule_zerbst' },
      need: { topic: 'child_sexual_abuse', municipality: 'zerbst', age: 12 },
      k: 3,
    },
  },
  {
    name: 'self, stalking, Bitterfeld-Wolfen',
    variables: {
      start: { self: true },
      need: { topic: 'stalking', municipality: 'bitterfeld_wolfen' },
      k: 5,
    },
  },
  {
    name: 'no route: perpetrator work in ar',
    variables: {
      start: { institutionId: 'org:asd_koethen' },
      need: { topic: 'perpetrator_work', municipality: 'koethen', language: 'AR' },
      k: 3,
    },
  },
];

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

async function post(app: RunningApp, query: string, variables: Record<string, unknown> = {}) {
  const started = performance.now();
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse;
  const elapsed = performance.now() - started;
  if (body.errors !== undefined) {
    throw new Error(`GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`);
  }
  return { elapsed, body };
}

interface DataSetReport {
  readonly name: string;
  readonly description: string;
  readonly routes: readonly { name: string; times: number[]; routes: number }[];
  readonly allRoutes: readonly number[];
  readonly coverage: readonly number[];
  readonly buildMs: readonly number[];
  readonly coldRouteMs: readonly number[];
  readonly coldCoverageMs: readonly number[];
}

async function measure(
  app: RunningApp,
  appCache: ReturnType<typeof createAnalysisCache>,
  driver: Driver,
  database: string,
  name: string,
  data: GraphDataSet,
  options: Options,
): Promise<DataSetReport> {
  const logger = createLogger(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }));

  // Cold: the cache of a fresh version (snapshot read + in-memory graph), measured directly, and
  // the first requests after a write, measured over HTTP.
  const buildMs: number[] = [];
  for (let i = 0; i < options.builds; i += 1) {
    const fresh = createAnalysisCache(driver, database, logger);
    const started = performance.now();
    // The graph is built on first use (decision 012): touch it, as the first analysis would.
    const { graph } = await fresh.current();
    if (graph.institutions.length === 0) throw new Error('the bench graph is empty');
    buildMs.push(performance.now() - started);
  }
  const coldRouteMs: number[] = [];
  const coldCoverageMs: number[] = [];
  const firstCase = ROUTE_CASES[0];
  if (firstCase === undefined) throw new Error('no route cases');
  for (let i = 0; i < options.builds; i += 1) {
    appCache.noteWrite();
    coldRouteMs.push((await post(app, ROUTES, firstCase.variables)).elapsed);
    appCache.noteWrite();
    coldCoverageMs.push((await post(app, COVERAGE)).elapsed);
  }

  // Warm: the cache holds the version, derived results are computed.
  for (let i = 0; i < options.warmup; i += 1) {
    for (const routeCase of ROUTE_CASES) await post(app, ROUTES, routeCase.variables);
    await post(app, COVERAGE);
  }
  const routes = ROUTE_CASES.map((routeCase) => ({
    name: routeCase.name,
    times: [] as number[],
    routes: 0,
  }));
  const coverage: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    for (const [index, routeCase] of ROUTE_CASES.entries()) {
      const { elapsed, body } = await post(app, ROUTES, routeCase.variables);
      const entry = routes[index];
      if (entry === undefined) continue;
      entry.times.push(elapsed);
      const answer = body.data?.['referralRoutes'] as { routes: unknown[] } | undefined;
      entry.routes = answer?.routes.length ?? 0;
    }
    coverage.push((await post(app, COVERAGE)).elapsed);
  }
  return {
    name,
    description: describeDataSet(data),
    routes,
    allRoutes: routes.flatMap((r) => r.times),
    coverage,
    buildMs,
    coldRouteMs,
    coldCoverageMs,
  };
}

function print(report: DataSetReport, bar: number): boolean {
  console.log(`\n## ${report.name}: ${report.description}`);
  console.log(
    table(
      ['query', 'routes', 'median ms', 'p95 ms'],
      [
        ...report.routes.map((r) => [
          r.name,
          String(r.routes),
          ms(median(r.times)),
          ms(p95(r.times)),
        ]),
        ['all route queries', '', ms(median(report.allRoutes)), ms(p95(report.allRoutes))],
        ['coverage (300 cells, gaps)', '', ms(median(report.coverage)), ms(p95(report.coverage))],
      ],
    ),
  );
  console.log(
    `cold: cache build per version (snapshot + graph) median ${ms(median(report.buildMs))} ms ` +
      `(max ${ms(Math.max(...report.buildMs))}); first route query after a write ` +
      `${ms(median(report.coldRouteMs))} ms; first coverage after a write ${ms(median(report.coldCoverageMs))} ms`,
  );
  const pass = median(report.allRoutes) < bar;
  console.log(
    `bar: route queries median < ${bar} ms on the server — ${pass ? 'PASS' : 'FAIL'} ` +
      `(${ms(median(report.allRoutes))} ms)`,
  );
  return pass;
}

async function main(): Promise<void> {
  const options = readOptions();
  await withBenchDatabase('analysis', { ANONYMOUS_ROLE: 'analyst' }, async ({ config, driver }) => {
    let app: RunningApp | undefined;
    try {
      const database = config.neo4j.database;
      // The app's own cache, so that the bench can mark a write and time the rebuild.
      const analysisCache = createAnalysisCache(driver, database, createLogger(config));
      app = await startApp({ config, driver, logger: createLogger(config), analysisCache });
      console.log(
        `Analyses over GraphQL — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ` +
          `Node ${process.version}; ${options.warmup} warm-up and ${options.runs} timed rounds ` +
          `(each round: ${ROUTE_CASES.length} route queries and one coverage), ${options.builds} cold builds`,
      );
      const dataSets = [
        { name: 'county (demo data)', data: DEMO_DATA, bar: BARS.county },
        {
          name: `${options.scale} copies of the county`,
          data: scaleDataSet(DEMO_DATA, options.scale, options.seed),
          bar: BARS.large,
        },
      ];
      const results: boolean[] = [];
      for (const dataSet of dataSets) {
        console.error(`… loading ${dataSet.name}`);
        const loadStarted = performance.now();
        await replaceDataSet(driver, database, dataSet.data);
        console.error(`  loaded in ${ms(performance.now() - loadStarted)} ms; measuring`);
        const report = await measure(
          app,
          analysisCache,
          driver,
          database,
          dataSet.name,
          dataSet.data,
          options,
        );
        results.push(print(report, dataSet.bar));
      }
      console.log(`\nall bars: ${results.every(Boolean) ? 'PASS' : 'FAIL'}`);
    } finally {
      await app?.stop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
