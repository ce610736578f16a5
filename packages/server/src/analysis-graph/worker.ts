import { existsSync } from 'node:fs';
import path from 'node:path';
import { deserialize } from 'node:v8';
import type { GraphDataSet } from '@schutznetz/domain';
import { GraphSnapshot } from './cache';
import { outcomeOf, type AnalysisOutcome } from './outcome';
import type { JobName, JobTable, RunJob } from './runner';

/** One job for a worker thread (decision 012). */
export interface AnalysisTask {
  /** The snapshot's serial number in the main thread: what the worker keys its copy by. */
  readonly serial: number;
  /** The graph version the job reads. */
  readonly version: string;
  /** The snapshot's data, V8-serialised, shared with the main thread (never copied). */
  readonly data: SharedArrayBuffer;
  /** A job of the table the worker's entry was built with, and its plain-data arguments. */
  readonly name: string;
  readonly args: unknown;
}

/** Versions a worker keeps: the current one, and the one requests opened just before a write. */
const VERSIONS_KEPT = 2;
/** Derived results kept per version, as in the main thread's cache. */
const MAX_DERIVED = 64;

const snapshots = new Map<number, GraphSnapshot>();

/** The worker's snapshot of a version, built from the shared data on first use. */
function snapshotOf(task: AnalysisTask): GraphSnapshot {
  const known = snapshots.get(task.serial);
  if (known !== undefined) return known;
  const started = performance.now();
  const data = deserialize(new Uint8Array(task.data)) as GraphDataSet;
  const snapshot = new GraphSnapshot(data, task.version, performance.now() - started, MAX_DERIVED);
  snapshots.set(task.serial, snapshot);
  if (snapshots.size > VERSIONS_KEPT) {
    const oldest = snapshots.keys().next();
    if (oldest.done !== true) snapshots.delete(oldest.value);
  }
  return snapshot;
}

/**
 * The handler of a worker thread's entry module (its default export): runs one job of `Jobs`
 * on the graph of the task's version, keeping the graphs of the versions it was asked about.
 */
export function analysisTaskHandler<Jobs extends JobTable>(
  runJob: RunJob<Jobs>,
): (task: AnalysisTask) => AnalysisOutcome {
  return (task) =>
    // The pool posts only names and arguments typed by the same table (PooledJobRunner).
    outcomeOf(() =>
      runJob(
        snapshotOf(task),
        task.name as JobName<Jobs>,
        task.args as Jobs[JobName<Jobs>]['args'],
      ),
    );
}

/**
 * The entry of a worker thread named `name` in `dir`: the compiled `<name>.js` (`npm start`), or,
 * when the caller runs from its TypeScript source (Jest transpiles it with SWC in memory), the
 * small CommonJS bootstrap `<name>.source.cjs` beside it, which registers SWC for `.ts` in the
 * worker and loads the source.
 */
export function workerEntry(dir: string, name: string): string {
  const compiled = path.join(dir, `${name}.js`);
  if (existsSync(compiled)) return compiled;
  return path.join(dir, `${name}.source.cjs`);
}
