/**
 * HSDS export times over HTTP: `npm run bench:hsds [-- --runs N --scale N --seed N]`.
 *
 * Starts its own embedded Neo4j (the demo county's region loaded) and the HTTP app, every request
 * as a member (who gets the professionals too). For the county demo data and for the demo data
 * copied `--scale` times (98 copies ≈ 10,000 institutions, as bench:exports) it downloads
 * `hsds.json` and the tabular data package `hsds.zip`: the first download after loading and the
 * median of `--runs` after one warm-up, with the file's size. It reports, it is not a test: it
 * exits 0 whatever the figures, 1 only on errors.
 */
import 'reflect-metadata';
import os from 'node:os';
import { DEMO_DATA, DEMO_REGION } from '@schutznetz/demo-data';
import { startApp, type RunningApp } from '@schutznetz/server/dist/app';
import { prepareDatabase } from '@schutznetz/server/dist/database';
import { createLogger } from '@schutznetz/server/dist/logger';
import { withBenchDatabase } from './bench-database';
import { median, ms, table, wholeNumberOptions } from './measures';
import { describeDataSet, scaleDataSet } from './scaled-data';

const options = wholeNumberOptions({
  runs: { default: 3, min: 1 },
  scale: { default: 98, min: 1 },
  seed: { default: 20261124, min: 0 },
});

const FILES = [
  ['hsds.json', '/export/hsds.json'],
  ['hsds.zip (tabular)', '/export/hsds.zip'],
] as const;

async function download(app: RunningApp, address: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${app.url}${address}`);
  const body = Buffer.from(await response.arrayBuffer());
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${address}: ${response.status} ${body.toString()}`);
  return { ms: elapsed, bytes: body.length };
}

const size = (bytes: number): string =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`;

async function main(): Promise<void> {
  await withBenchDatabase(
    'hsds',
    { ANONYMOUS_ROLE: 'member', NEO4J_TX_TIMEOUT_MS: '600000' },
    async ({ config, driver }) => {
      let app: RunningApp | undefined;
      try {
        app = await startApp({ config, driver, logger: createLogger(config) });
        const rows: string[][] = FILES.map(([name]) => [name]);
        const names: string[] = [];
        for (const [name, data] of [
          ['county', DEMO_DATA],
          [`${options.scale} copies`, scaleDataSet(DEMO_DATA, options.scale, options.seed)],
        ] as const) {
          console.error(`… loading ${name}: ${describeDataSet(data)}`);
          const session = driver.session({ database: config.neo4j.database });
          await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
          await session.close();
          await prepareDatabase(driver, config.neo4j.database, data, DEMO_REGION);
          names.push(name);
          for (const [index, [, address]] of FILES.entries()) {
            const first = await download(app, address);
            await download(app, address);
            const times: number[] = [];
            for (let run = 0; run < options.runs; run += 1)
              times.push((await download(app, address)).ms);
            rows[index]?.push(ms(first.ms), ms(median(times)), size(first.bytes));
          }
        }
        console.log(
          `\nHSDS exports over HTTP as a member — ${new Date().toISOString().slice(0, 10)}, ` +
            `${os.cpus().length} cores, Node ${process.version}; first download after loading, ` +
            `then the median of ${options.runs} after a warm-up (ms)\n`,
        );
        console.log(
          table(['export', ...names.flatMap((n) => [`${n} first`, `${n} median`, 'size'])], rows),
        );
      } finally {
        await app?.stop();
      }
    },
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
