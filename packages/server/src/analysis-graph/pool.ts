import { Piscina } from 'piscina';
import { ServerBusyError } from '../errors';
import type { AnalysisCache } from './cache';
import { WorkerAppError, type AnalysisOutcome } from './outcome';
import type { JobRunner, JobTable } from './runner';
import type { AnalysisTask } from './worker';

/** Size of the pool of analysis threads, and what they run. */
export interface AnalysisPoolOptions {
  /** Worker threads at most (at least 1). */
  readonly threads: number;
  /** Jobs that may wait for a free thread; one more is refused with SERVER_BUSY. */
  readonly maxQueue: number;
  /**
   * The worker's entry module, whose default export is an {@link analysisTaskHandler} over a job
   * table (see `workerEntry`).
   */
  readonly worker: string;
}

/**
 * The analysis threads of one app (decision 012), a Piscina pool: each thread keeps the graph
 * of the versions it was asked about and runs one job at a time; the main thread only encodes a
 * snapshot once per version and awaits answers. The queue is bounded: past it a job fails at
 * once with SERVER_BUSY instead of piling up.
 */
export class AnalysisPool {
  private readonly piscina: Piscina<AnalysisTask, AnalysisOutcome>;

  constructor(options: AnalysisPoolOptions) {
    const threads = Math.max(1, Math.floor(options.threads));
    this.piscina = new Piscina({
      filename: options.worker,
      minThreads: 1,
      maxThreads: threads,
      maxQueue: Math.max(0, Math.floor(options.maxQueue)),
      // Threads beyond the first leave after a quiet minute; the first keeps its graphs warm.
      idleTimeout: 60_000,
      // One job per thread: the analyses are CPU-bound.
      concurrentTasksPerWorker: 1,
      // Analysis threads yield the CPU to the event loop (Linux; ignored where unsupported): on a
      // busy machine a small request is not kept waiting behind an analysis.
      niceIncrement: 10,
    });
  }

  /** Jobs waiting for a thread. */
  get queueSize(): number {
    return this.piscina.queueSize;
  }

  /** Runs a job on a thread; refuses at once when the queue is full. */
  async run(task: AnalysisTask): Promise<unknown> {
    let outcome: AnalysisOutcome;
    try {
      outcome = await this.piscina.run(task);
    } catch (error) {
      if (error instanceof Error && error.message === 'Task queue is at limit') {
        throw new ServerBusyError();
      }
      throw error;
    }
    if (!outcome.ok) throw new WorkerAppError(outcome.error);
    return outcome.value;
  }

  /** Ends the threads (the app's stop): jobs still waiting fail. */
  async destroy(): Promise<void> {
    await this.piscina.destroy();
  }
}

/** Runs the jobs on the app's pool (decision 012), over `cache`'s snapshots. */
export function pooledRunner<Jobs extends JobTable>(
  cache: AnalysisCache,
  pool: AnalysisPool,
): JobRunner<Jobs> {
  return {
    current: () => cache.current(),
    // The worker runs job `name` of the same table (analysisTaskHandler): its answer is the job's.
    run: (snapshot, name, args) =>
      pool.run({
        serial: snapshot.serial,
        version: snapshot.version,
        data: snapshot.sharedData(),
        name,
        args,
      }),
  };
}
