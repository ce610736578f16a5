/**
 * Does anything stall the server? `npm run bench:stall [-- --probes N --seconds N]`.
 *
 * Starts its own embedded Neo4j with the demo data and the HTTP app in a child process (so the
 * attackers and the probe in this process do not share the server's event loop), then measures
 * the latency of `{ __typename }` — one probe at a time, as a user's small request would come —
 * first idle, then while each attack of issue 10.3 runs for `--seconds`, as an anonymous caller:
 *
 * - 4 × 45 coverage aliases: four requests in parallel, each with 45 `coverage(asOf: …)` aliases
 *   of distinct dates, sent again as soon as answered;
 * - 50 concurrent analyses: 50 requests in flight, each one analysis the public may run
 *   (coverage of distinct dates, the explorer's graph, referral routes at distinct moments);
 * - 32 nested list reads: 32 requests in flight, each 200 institutions with their services and
 *   their municipality's institutions, in the largest form the server lets through (200 × all
 *   before `Region.institutions` was paged, 45 × a page of 20 under the page limit).
 *
 * Then it checks that 1000 aliases and a document over the token limit answer 400. Loopback only;
 * every loop is bounded by time; it stops by itself. It prints a PASS/FAIL line per bar (p99 <
 * 100 ms, max < 250 ms); it reports, it is not a test: it exits 0 when a bar fails and 1 only on
 * errors.
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_DATA } from '@schutznetz/demo-data';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '@schutznetz/neo4j-embedded';
import { startApp } from '@schutznetz/server/dist/app';
import { loadConfig } from '@schutznetz/server/dist/config';
import { createLogger } from '@schutznetz/server/dist/logger';
import { createDriver } from '@schutznetz/server/dist/neo4j/driver';
import { loadDataSet } from './bench-database';
import { ms, quantile, table, times, wholeNumberOptions } from './measures';

/** The bars of issue 10.3: `{ __typename }` while an attack runs. */
const BARS = { p99: 100, max: 250 } as const;

interface Options {
  /** Probes of the idle baseline. */
  readonly probes: number;
  /** How long each attack runs. */
  readonly seconds: number;
}

function readOptions(): Options {
  return wholeNumberOptions({
    probes: { default: 300, min: 10 },
    seconds: { default: 8, min: 1 },
  });
}

/** Day `n` (0-based) from 2024-01-01 as YYYY-MM-DD: distinct dates defeat the memo. */
const day = (n: number): string =>
  new Date(Date.UTC(2024, 0, 1 + (n % 3000))).toISOString().slice(0, 10);

let attackSerial = 0;

const coverageAliases = (): string => {
  const base = (attackSerial += 45);
  return `{ ${Array.from({ length: 45 }, (_, i) => `c${i}: coverage(asOf: "${day(base + i)}") { asOf cells { serviceCount } }`).join(' ')} }`;
};

const oneAnalysis = (): string => {
  const n = (attackSerial += 1);
  switch (n % 3) {
    case 0:
      return `{ coverage(asOf: "${day(n)}", byTargetGroup: true) { asOf cells { serviceCount } } }`;
    case 1:
      return `{ networkGraph(filter: { depth: ${1 + (n % 3)} }) { nodes { id degree } edges { id } } }`;
    default:
      return `{ referralRoutes(start: { self: true }, need: { topic: "domestic_violence", municipality: "zerbst", at: "${day(n)}T23:00:00+01:00" }, k: 5) { routes { cost } } }`;
  }
};

/**
 * Institutions, their services and their municipality's institutions, as the audit read them:
 * the largest form the server lets through is used, first to last.
 */
const NESTED_READS = [
  // Before Region.institutions was paged: 200 institutions, each with all of its municipality's.
  `{ institutions(first: 200) { nodes { id name kind phone street
    services { id name } municipality { id institutions { id name kind phone street services { id name } } } } } }`,
  // Paged, with 200 × the default page of 20.
  `{ institutions(first: 200) { nodes { id name kind phone street
    services { id name } municipality { id institutions { nodes { id name kind phone street services { id name } } } } } } }`,
  // Paged, as many as the page limit lets through (45 + 45 × 20 items).
  `{ institutions(first: 45) { nodes { id name kind phone street
    services { id name } municipality { id institutions { nodes { id name kind phone street services { id name } } } } } } }`,
];

interface Answer {
  readonly status: number;
  readonly ms: number;
  readonly bytes: number;
  readonly code: string | undefined;
}

async function post(url: string, query: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  let code: string | undefined;
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    code = body.errors?.[0]?.extensions?.code;
  } catch {
    code = 'NOT_JSON';
  }
  return { status: response.status, ms: performance.now() - started, bytes: text.length, code };
}

/** Latencies of `{ __typename }`, one at a time, until `until()` says stop (or `count` probes). */
async function probe(url: string, until: () => boolean, count = Infinity): Promise<number[]> {
  const latencies: number[] = [];
  while (!until() && latencies.length < count) {
    const answer = await post(url, '{ __typename }');
    if (answer.status !== 200) throw new Error(`probe answered ${answer.status}`);
    latencies.push(answer.ms);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return latencies;
}

interface AttackReport {
  readonly name: string;
  readonly latencies: readonly number[];
  readonly answers: readonly Answer[];
}

/** Keeps `inFlight` requests of `make()` running for `seconds`, probing meanwhile. */
async function attack(
  url: string,
  name: string,
  inFlight: number,
  make: () => string,
  seconds: number,
): Promise<AttackReport> {
  const stopAt = performance.now() + seconds * 1000;
  const over = (): boolean => performance.now() >= stopAt;
  const answers: Answer[] = [];
  const worker = async (): Promise<void> => {
    while (!over()) answers.push(await post(url, make()));
  };
  const attackers = Array.from({ length: inFlight }, worker);
  // Let the attack start before probing.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const latencies = await probe(url, over);
  await Promise.all(attackers);
  return { name, latencies, answers };
}

function outcomes(answers: readonly Answer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = a.code === undefined ? `${a.status} ok` : `${a.status} ${a.code}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([key, n]) => `${n}× ${key}`).join(', ');
}

/** The server, in a child process: the app on the given database, anonymous callers public. */
async function serve(boltUri: string): Promise<string> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    NEO4J_URI: boltUri,
    ANONYMOUS_ROLE: 'public',
  });
  const driver = createDriver(config.neo4j, boltUri);
  const app = await startApp({ config, driver, logger: createLogger(config) });
  process.on('disconnect', () => {
    void app
      .stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  });
  return `${app.url}/graphql`;
}

function startServer(boltUri: string): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(__filename, ['serve', boltUri], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', (url: unknown) => {
      resolve({ child, url: typeof url === 'string' ? url : '' });
    });
    child.once('exit', (code) => {
      reject(new Error(`the server process ended (${code ?? 'signal'})`));
    });
  });
}

async function main(): Promise<void> {
  const options = readOptions();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'schutznetz-stall-bench-'));
  let embedded: EmbeddedNeo4j | undefined;
  let server: ChildProcess | undefined;
  try {
    console.error('… starting the embedded Neo4j and loading the demo data');
    embedded = await startEmbeddedNeo4j({ dataDir });
    const driver = createDriver(loadConfig({ NODE_ENV: 'test' }).neo4j, embedded.boltUri);
    await loadDataSet(driver, 'neo4j', DEMO_DATA);
    await driver.close();
    const started = await startServer(embedded.boltUri);
    server = started.child;
    const url = started.url;
    // Warm up: the analysis graph, the compiled queries, the worker threads.
    let nested = NESTED_READS[NESTED_READS.length - 1] ?? '';
    for (const read of NESTED_READS) {
      if ((await post(url, read)).status === 200) {
        nested = read;
        break;
      }
    }
    for (let i = 0; i < 3; i += 1) {
      await post(url, oneAnalysis());
      await post(url, nested);
    }
    console.log(
      `Stalls — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ` +
        `Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1) ?? '?'}; ` +
        `{ __typename } one at a time (5 ms apart), each attack ${options.seconds} s, anonymous caller`,
    );
    const idle = await probe(url, () => false, options.probes);
    const reports = [
      await attack(url, '4 × 45 coverage aliases', 4, coverageAliases, options.seconds),
      await attack(url, '50 concurrent analyses', 50, oneAnalysis, options.seconds),
      await attack(url, '32 nested list reads', 32, () => nested, options.seconds),
    ];
    const p50 = (v: readonly number[]) => quantile(v, 0.5);
    const p99 = (v: readonly number[]) => quantile(v, 0.99);
    const max = (v: readonly number[]) => Math.max(...v);
    const rows = [
      ['idle', String(idle.length), ms(p50(idle)), ms(p99(idle)), ms(max(idle)), '–', '–', ''],
      ...reports.map((r) => [
        r.name,
        String(r.latencies.length),
        ms(p50(r.latencies)),
        ms(p99(r.latencies)),
        ms(max(r.latencies)),
        times(p99(r.latencies) / p99(idle)),
        times(max(r.latencies) / max(idle)),
        outcomes(r.answers),
      ]),
    ];
    console.log(
      `\n${table(['{ __typename } while', 'probes', 'p50 ms', 'p99 ms', 'max ms', 'p99 / idle', 'max / idle', 'attack answers'], rows)}`,
    );
    const aliases = await post(
      url,
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    );
    const tokens = await post(url, `{ ${Array.from({ length: 6000 }, () => 'name').join(' ')} }`);
    console.log(
      `\nnested list read: form ${NESTED_READS.indexOf(nested) + 1} of ${NESTED_READS.length} ` +
        `(the first the server accepts), ` +
        `${((await post(url, nested)).bytes / 1024).toFixed(0)} KB per answer`,
    );
    const bars: [string, boolean][] = [
      ...reports.flatMap((r): [string, boolean][] => [
        [`${r.name}: p99 < ${BARS.p99} ms`, p99(r.latencies) < BARS.p99],
        [`${r.name}: max < ${BARS.max} ms`, max(r.latencies) < BARS.max],
      ]),
      [
        `1000 aliases answer 400 (got ${aliases.status} ${aliases.code ?? ''})`,
        aliases.status === 400,
      ],
      [
        `over the token limit answers 400 (got ${tokens.status} ${tokens.code ?? ''})`,
        tokens.status === 400,
      ],
    ];
    for (const [bar, pass] of bars) console.log(`bar: ${bar} — ${pass ? 'PASS' : 'FAIL'}`);
    console.log(`\nall bars: ${bars.every(([, pass]) => pass) ? 'PASS' : 'FAIL'}`);
  } finally {
    server?.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 500));
    server?.kill();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'serve') {
  serve(process.argv[3] ?? '')
    .then((url) => process.send?.(url))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
