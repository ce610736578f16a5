/**
 * Export times over HTTP: `npm run bench:exports [-- --runs N --scale N --seed N]`.
 *
 * Starts its own embedded Neo4j and the HTTP app (every request as a member, who gets people
 * and the weak-point marks). For the county demo data and for the demo data copied `--scale`
 * times (98 copies ≈ 10,000 institutions, the generator of bench:analysis) it downloads the
 * network graph as GraphML and GEXF, the contacts as vCard and the meetings calendar as iCal:
 * the first download after loading (the analysis graph and the explorer's metrics built) and the
 * median of `--runs` downloads after one warm-up, with the file's size. It reports, it is not a
 * test: it exits 0 whatever the figures, 1 only on errors.
 */
import 'reflect-metadata';
import os from 'node:os';
import { DEMO_DATA } from '@schutznetz/demo-data';
import { Label, type GraphDataSet } from '@schutznetz/domain';
import type { Driver } from 'neo4j-driver';
import { startApp, type RunningApp } from '@schutznetz/server/dist/app';
import { createLogger } from '@schutznetz/server/dist/logger';
import { loadDataSet, withBenchDatabase } from './bench-database';
import { median, ms, table, wholeNumberOptions } from './measures';
import { describeDataSet, scaleDataSet } from './scaled-data';

const options = wholeNumberOptions({
  runs: { default: 5, min: 1 },
  scale: { default: 98, min: 1 },
  seed: { default: 20261124, min: 0 },
});

/** The exports of issue 14, point 4, by their address. */
const EXPORTS = [
  ['GraphML', '/export/network-graph.graphml'],
  ['GEXF', '/export/network-graph.gexf'],
  ['vCard', '/export/contacts.vcf'],
  ['iCal', '/export/meetings.ics'],
] as const;

interface Measured {
  readonly first: number;
  readonly median: number;
  readonly bytes: number;
}

async function download(app: RunningApp, address: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${app.url}${address}`);
  const body = Buffer.from(await response.arrayBuffer());
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${address}: ${response.status} ${body.toString()}`);
  return { ms: elapsed, bytes: body.length };
}

async function measure(app: RunningApp): Promise<Measured[]> {
  const results: Measured[] = [];
  for (const [, address] of EXPORTS) {
    const first = await download(app, address);
    await download(app, address);
    const times: number[] = [];
    for (let run = 0; run < options.runs; run += 1) times.push((await download(app, address)).ms);
    results.push({ first: first.ms, median: median(times), bytes: first.bytes });
  }
  return results;
}

const size = (bytes: number): string =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`;

/**
 * Replaces the content but keeps the loaded region: this process remembers the region it loaded
 * first and would not load it again into an emptied database.
 */
async function replaceContent(driver: Driver, database: string, data: GraphDataSet): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(
      `MATCH (n) WHERE NOT n:${Label.Region} AND NOT n:${Label.RegionSetup}
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
    );
  } finally {
    await session.close();
  }
  await loadDataSet(driver, database, data);
}

async function main(): Promise<void> {
  await withBenchDatabase('export', { ANONYMOUS_ROLE: 'member' }, async ({ config, driver }) => {
    let app: RunningApp | undefined;
    try {
      const dataSets = [
        { name: 'county', data: DEMO_DATA },
        {
          name: `${options.scale} copies`,
          data: scaleDataSet(DEMO_DATA, options.scale, options.seed),
        },
      ];
      const measured: Measured[][] = [];
      for (const dataSet of dataSets) {
        console.error(`… loading ${dataSet.name}: ${describeDataSet(dataSet.data)}`);
        await replaceContent(driver, config.neo4j.database, dataSet.data);
        // A fresh app per data set: it reads the region and builds its analysis graph anew.
        app = await startApp({ config, driver, logger: createLogger(config) });
        measured.push(await measure(app));
        await app.stop();
        app = undefined;
      }
      console.log(
        `\nExports over HTTP as a member — ${new Date().toISOString().slice(0, 10)}, ` +
          `${os.cpus().length} cores, Node ${process.version}; first download after loading, ` +
          `then the median of ${options.runs} after a warm-up (ms)\n`,
      );
      console.log(
        table(
          ['export', ...dataSets.flatMap((d) => [`${d.name} first`, `${d.name} median`, 'size'])],
          EXPORTS.map(([name], index) => [
            name,
            ...measured.flatMap((results) => {
              const result = results[index];
              return result ? [ms(result.first), ms(result.median), size(result.bytes)] : [];
            }),
          ]),
        ),
      );
    } finally {
      await app?.stop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
