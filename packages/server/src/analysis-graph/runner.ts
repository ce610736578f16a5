import type { AnalysisCache, GraphSnapshot } from './cache';

/**
 * The jobs a runner runs, by name: each one's plain-data arguments and answer. The feature's
 * registry (modules/analysis/analysis.jobs.ts) defines the table; this room only carries it.
 */
export type JobTable = Readonly<
  Record<string, { readonly args: unknown; readonly result: unknown }>
>;

/** The name of a job of `Jobs`. */
export type JobName<Jobs extends JobTable> = keyof Jobs & string;

/** Runs job `name` on `snapshot` on the calling thread: what the feature's registry provides. */
export type RunJob<Jobs extends JobTable> = <N extends JobName<Jobs>>(
  snapshot: GraphSnapshot,
  name: N,
  args: Jobs[N]['args'],
) => Jobs[N]['result'];

/**
 * Where the analysis services run their jobs: the current snapshot of the app's cache, and a
 * job on a snapshot. Services check their input first and hand over plain data; the runner
 * decides the thread (decision 012).
 */
export interface JobRunner<Jobs extends JobTable> {
  /** The graph at the latest version known to this process. */
  current(): Promise<GraphSnapshot>;
  /** The answer of job `name` on `snapshot` (errors of the server's vocabulary come through). */
  run<N extends JobName<Jobs>>(
    snapshot: GraphSnapshot,
    name: N,
    args: Jobs[N]['args'],
  ): Promise<Jobs[N]['result']>;
}

/**
 * Runs the jobs on the calling thread, over `cache`'s snapshots: for `ANALYSIS_WORKERS=0`,
 * scripts and tests that build their services without an app.
 */
export function inProcessRunner<Jobs extends JobTable>(
  cache: AnalysisCache,
  runJob: RunJob<Jobs>,
): JobRunner<Jobs> {
  return {
    current: () => cache.current(),
    run: (snapshot, name, args) =>
      new Promise((resolve) => {
        resolve(runJob(snapshot, name, args));
      }),
  };
}
