import { deserialize } from 'node:v8';
import type { GraphDataSet } from '@schutznetz/domain';
import { GraphSnapshot } from './analysis-cache';
import { outcomeOf, type AnalysisOutcome } from './analysis-outcome';
import { runAnalysisJob, type AnalysisJobArgs, type AnalysisJobName } from './analysis.jobs';

/** One job for a worker thread (decision 012). */
export interface AnalysisTask {
  /** The snapshot's serial number in the main thread: what the worker keys its copy by. */
  readonly serial: number;
  /** The graph version the job reads. */
  readonly version: string;
  /** The snapshot's data, V8-serialised, shared with the main thread (never copied). */
  readonly data: SharedArrayBuffer;
  readonly name: AnalysisJobName;
  readonly args: AnalysisJobArgs<AnalysisJobName>;
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

/** The worker's handler: runs one analysis job on the graph of the task's version. */
export default function runAnalysisTask(task: AnalysisTask): AnalysisOutcome {
  return outcomeOf(() => runAnalysisJob(snapshotOf(task), task.name, task.args));
}
