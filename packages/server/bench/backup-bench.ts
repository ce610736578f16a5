/**
 * Backup and restore times: `npm run bench:backup [-- --runs N --scale N --seed N]`.
 *
 * Starts two embedded Neo4j: one holds the data, the other receives the restore. For the county
 * demo data and for the demo data copied `--scale` times (98 copies ≈ 10,000 institutions, the
 * generator of bench:analysis and bench:exports) it takes `--runs` backups (the whole database,
 * history and snapshots included, decision 034) and restores each into the emptied second
 * database, and prints the median times, the file's size and what it holds. It reports, it is not
 * a test: it exits 0 whatever the figures, 1 only on errors.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_DATA } from '@schutznetz/demo-data';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '@schutznetz/neo4j-embedded';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '@schutznetz/server/dist/config';
import {
  BackupRepository,
  openBackupDriver,
} from '@schutznetz/server/dist/modules/backup/backup.repository';
import { restoreBackup, takeBackup } from '@schutznetz/server/dist/modules/backup/backup.service';
import { createDriver } from '@schutznetz/server/dist/neo4j/driver';
import { replaceDataSet } from './bench-database';
import { median, ms, table, wholeNumberOptions } from './measures';
import { describeDataSet, scaleDataSet } from './scaled-data';

const options = wholeNumberOptions({
  runs: { default: 3, min: 1 },
  scale: { default: 98, min: 1 },
  seed: { default: 20261124, min: 0 },
});

interface Measured {
  readonly nodes: number;
  readonly relationships: number;
  readonly backupMs: number;
  readonly restoreMs: number;
  readonly bytes: number;
}

const size = (bytes: number): string =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`;

async function measure(source: Driver, target: Driver, dir: string): Promise<Measured> {
  const from = new BackupRepository(source, 'neo4j');
  const into = new BackupRepository(target, 'neo4j');
  const backups: number[] = [];
  const restores: number[] = [];
  let last: Awaited<ReturnType<typeof takeBackup>> | undefined;
  for (let run = 0; run < options.runs; run += 1) {
    const file = path.join(dir, `bench-${run}.jsonl.gz`);
    last = await takeBackup(from, 'neo4j', file);
    backups.push(last.ms);
    // The restore is timed into an empty database, as a restore drill runs it.
    await into.wipe();
    restores.push((await restoreBackup(into, file)).ms);
    rmSync(file);
  }
  if (!last) throw new Error('no run');
  return {
    ...last.counts,
    backupMs: median(backups),
    restoreMs: median(restores),
    bytes: last.bytes,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schutznetz-backup-bench-'));
  const started: EmbeddedNeo4j[] = [];
  const drivers: Driver[] = [];
  try {
    console.error('… starting two embedded Neo4j');
    // Seeding 10,000 institutions in one transaction needs more than the default 256 MiB.
    const source = await startEmbeddedNeo4j({
      dataDir: path.join(dir, 'source'),
      heapMb: 3072,
      pageCacheMb: 512,
      txMemoryMb: 2048,
    });
    started.push(source);
    const target = await startEmbeddedNeo4j({
      dataDir: path.join(dir, 'target'),
      heapMb: 1024,
      pageCacheMb: 512,
      txMemoryMb: 768,
    });
    started.push(target);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const seeding = createDriver(config.neo4j, source.boltUri);
    const sourceDriver = openBackupDriver(config.neo4j, source.boltUri);
    const targetDriver = openBackupDriver(config.neo4j, target.boltUri);
    drivers.push(seeding, sourceDriver, targetDriver);

    const dataSets = [
      { name: 'county', data: DEMO_DATA },
      {
        name: `${options.scale} copies`,
        data: scaleDataSet(DEMO_DATA, options.scale, options.seed),
      },
    ];
    const measured: Measured[] = [];
    for (const dataSet of dataSets) {
      console.error(`… loading ${dataSet.name}: ${describeDataSet(dataSet.data)}`);
      await replaceDataSet(seeding, config.neo4j.database, dataSet.data);
      measured.push(await measure(sourceDriver, targetDriver, dir));
    }
    console.log(
      `\nBackup and restore — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ` +
        `Node ${process.version}; median of ${options.runs} (ms); the restore into an empty database\n`,
    );
    const row = (label: string, value: (m: Measured) => string) => [label, ...measured.map(value)];
    console.log(
      table(
        ['', ...dataSets.map((d) => d.name)],
        [
          ['institutions', ...dataSets.map((d) => String(d.data.institutions.length))],
          row('nodes', (m) => String(m.nodes)),
          row('relationships', (m) => String(m.relationships)),
          row('backup', (m) => ms(m.backupMs)),
          row('file (gzip)', (m) => size(m.bytes)),
          row('restore', (m) => ms(m.restoreMs)),
        ],
      ),
    );
  } finally {
    for (const driver of drivers) await driver.close();
    for (const embedded of started) await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
