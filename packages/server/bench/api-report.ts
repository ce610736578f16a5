/** The API bench's report: tables per data set and a PASS/FAIL line per bar. */
import type { GraphDataSet } from '@schutznetz/domain';
import { sumDbHits, type DataSetReport, type QueryReport } from './api-measure';
import { median, ms, p95, table, times } from './measures';
import { describeDataSet } from './scaled-data';

/** The bars of docs/benchmarks.md. */
const BARS = { median: 1.3, p95: 1.5, tracing: 1.15 } as const;

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

export function printDataSet(report: DataSetReport, data: GraphDataSet): void {
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

export interface BarResult {
  readonly pass: boolean;
  readonly text: string;
}

export function bars(reports: readonly DataSetReport[]): BarResult[] {
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
