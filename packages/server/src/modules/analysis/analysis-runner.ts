import { maySeePeople, type Viewer } from '../../auth';
import type { AnalysisCache, GraphSnapshot } from './analysis-cache';
import {
  runAnalysisJob,
  type AnalysisJobArgs,
  type AnalysisJobName,
  type AnalysisJobResult,
} from './analysis.jobs';

/** Whether answers may name people: members and up; the public view keeps counts. */
export function peopleVisibleTo(viewer: Viewer): boolean {
  return maySeePeople(viewer);
}

/**
 * Where the analysis services run their jobs: the current snapshot of the shared cache, and a
 * job on a snapshot. Services check their input first and hand over plain data; the runner
 * decides the thread (decision 012).
 */
export interface AnalysisRunner {
  /** The graph at the latest version known to this process. */
  current(): Promise<GraphSnapshot>;
  /** The answer of job `name` on `snapshot` (errors of the server's vocabulary come through). */
  run<N extends AnalysisJobName>(
    snapshot: GraphSnapshot,
    name: N,
    args: AnalysisJobArgs<N>,
  ): Promise<AnalysisJobResult<N>>;
}

/**
 * Runs the jobs on the calling thread: for `ANALYSIS_WORKERS=0`, scripts and tests that build
 * their services without an app.
 */
export class InProcessAnalysisRunner implements AnalysisRunner {
  constructor(private readonly cache: AnalysisCache) {}

  current(): Promise<GraphSnapshot> {
    return this.cache.current();
  }

  run<N extends AnalysisJobName>(
    snapshot: GraphSnapshot,
    name: N,
    args: AnalysisJobArgs<N>,
  ): Promise<AnalysisJobResult<N>> {
    return new Promise((resolve) => {
      resolve(runAnalysisJob(snapshot, name, args));
    });
  }
}
