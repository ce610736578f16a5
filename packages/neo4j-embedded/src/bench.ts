/**
 * Start-up time and memory of the embedded Neo4j: `npm run bench:neo4j [-- --runs N]`.
 * Cold = a fresh data directory (store files created); warm = the same directory again.
 * Time is measured from spawning the JVM to the readiness line; memory is the JVM's resident set
 * size right after start and after writing and reading 10,000 nodes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './index';

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  return `median ${median} (min ${sorted[0]}, max ${sorted.at(-1)})`;
}

async function timedStart(dataDir: string): Promise<{ db: EmbeddedNeo4j; ms: number }> {
  const started = performance.now();
  const db = await startEmbeddedNeo4j({ dataDir, heapMb: 512, pageCacheMb: 128 });
  return { db, ms: Math.round(performance.now() - started) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  const cold: number[] = [];
  const warm: number[] = [];
  const rssIdle: number[] = [];
  const rssLoaded: number[] = [];
  const stop: number[] = [];

  for (let run = 0; run < runs; run += 1) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'schutznetz-bench-'));
    try {
      const first = await timedStart(dataDir);
      cold.push(first.ms);
      let t = performance.now();
      await first.db.stop();
      stop.push(Math.round(performance.now() - t));

      const second = await timedStart(dataDir);
      warm.push(second.ms);
      rssIdle.push(residentMb(second.db.pid));
      const driver = neo4j.driver(second.db.boltUri);
      await driver.executeQuery(
        'UNWIND range(1, 10000) AS i CREATE (:Probe {id: i, name: "probe " + i})',
      );
      await driver.executeQuery('MATCH (p:Probe) RETURN count(p), sum(size(p.name))');
      await driver.close();
      rssLoaded.push(residentMb(second.db.pid));
      t = performance.now();
      await second.db.stop();
      stop.push(Math.round(performance.now() - t));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }

  console.log(
    `Embedded Neo4j, ${runs} runs, heap 512 MiB, page cache 128 MiB, ${os.cpus().length} cores`,
  );
  console.log(`cold start (new store)  ms: ${summary(cold)}`);
  console.log(`warm start (same store) ms: ${summary(warm)}`);
  console.log(`clean stop              ms: ${summary(stop)}`);
  console.log(`RSS after start        MiB: ${summary(rssIdle)}`);
  console.log(`RSS after 10k nodes    MiB: ${summary(rssLoaded)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
