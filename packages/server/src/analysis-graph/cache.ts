import { serialize } from 'node:v8';
import { fromDataSet, type AnalysisGraph } from '@schutznetz/analysis';
import type { GraphDataSet } from '@schutznetz/domain';

/** Where the cache reads the graph from (the snapshot service on an app-wide executor). */
export interface GraphSource {
  /** Cheap fingerprint of the content; equal values mean no write in between. */
  readVersion(): Promise<string>;
  readDataSet(): Promise<GraphDataSet>;
}

/** Options of {@link AnalysisCache}. */
export interface AnalysisCacheOptions {
  /**
   * How long a built graph is served without asking the database whether someone else (another
   * API replica, `npm run seed`, a console) changed it; default 5 s. Writes through this process
   * invalidate at once, whatever this says.
   */
  readonly revalidateAfterMs?: number;
  /** Derived results kept per graph version (scoped graphs, reports); default 64. */
  readonly maxDerived?: number;
  /** The clock, for tests. */
  readonly now?: () => number;
  /** Called when a background revalidation fails (the old graph stays in use). */
  readonly onError?: (error: unknown) => void;
}

/**
 * One version of the graph in memory, with the results computed from it. Derived results are
 * memoised by key: a scoped graph, the collaboration structure, betweenness… are computed once
 * per version (and scope), whoever asks first, and shared by every later request.
 *
 * The in-memory graph is built on first use: where analyses run in worker threads (decision
 * 012) the main thread never builds it and only hands the workers {@link sharedData}.
 */
/** Serial numbers of snapshots in this process. */
let snapshots = 0;

export class GraphSnapshot {
  /**
   * Unique in this process, unlike {@link version} (a fingerprint that a write and its undoing
   * may bring back): what worker threads key their copies by.
   */
  readonly serial = (snapshots += 1);
  private readonly derived = new Map<string, unknown>();
  private built: AnalysisGraph | null = null;
  private shared: SharedArrayBuffer | null = null;

  constructor(
    /** The data read from the database at {@link version}. */
    readonly data: GraphDataSet,
    /** The database's graph version this snapshot was read at. */
    readonly version: string,
    /** Milliseconds it took to read the data. */
    readonly buildMs: number,
    private readonly maxDerived: number,
  ) {}

  /** The whole graph, as read at {@link version} (built on first use). */
  get graph(): AnalysisGraph {
    this.built ??= fromDataSet(this.data, { version: this.version });
    return this.built;
  }

  /**
   * The data in V8's serialisation format in memory shared with worker threads: encoded once
   * per version, then posted to every worker with each task without a copy.
   */
  sharedData(): SharedArrayBuffer {
    if (this.shared === null) {
      const bytes = serialize(this.data);
      const shared = new SharedArrayBuffer(bytes.byteLength);
      new Uint8Array(shared).set(bytes);
      this.shared = shared;
    }
    return this.shared;
  }

  /** The value under `key`, computed by `compute` on first use. */
  memo<T>(key: string, compute: () => T): T {
    if (this.derived.has(key)) {
      const value = this.derived.get(key) as T;
      // Re-insert: the map's order is the order of last use, the oldest is dropped first.
      this.derived.delete(key);
      this.derived.set(key, value);
      return value;
    }
    const value = compute();
    this.derived.set(key, value);
    if (this.derived.size > this.maxDerived) {
      const oldest = this.derived.keys().next();
      if (oldest.done !== true) this.derived.delete(oldest.value);
    }
    return value;
  }
}

interface Entry {
  /** The write generation the entry was started at. */
  readonly generation: number;
  readonly snapshot: Promise<GraphSnapshot>;
  /** When the database last confirmed the version (ms). */
  checkedAt: number;
}

/**
 * The in-memory analysis graph, shared by all requests of the process and rebuilt once per graph
 * version.
 *
 * - Every write transaction of this process calls {@link noteWrite} (the request executor's
 *   `onWrite`, wired in context.ts): the next request rebuilds, so a client reads its own writes.
 * - Writes from elsewhere are found by comparing the database's graph version once the entry is
 *   older than `revalidateAfterMs`; meanwhile the old graph is served (stale-while-revalidate).
 * - Concurrent requests share one build: the entry holds the promise, not the result. A failed
 *   build is forgotten, so the next request tries again.
 */
export class AnalysisCache {
  private generation = 0;
  private entry: Entry | null = null;
  private revalidating: Promise<void> | null = null;
  /** How long a built graph is served before the database's version is compared. */
  readonly revalidateAfterMs: number;
  private readonly maxDerived: number;
  private readonly now: () => number;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly source: GraphSource,
    options: AnalysisCacheOptions = {},
  ) {
    this.revalidateAfterMs = options.revalidateAfterMs ?? 5_000;
    this.maxDerived = options.maxDerived ?? 64;
    this.now = options.now ?? (() => performance.now());
    this.onError = options.onError ?? (() => undefined);
  }

  /** A write committed (or may have): the next {@link current} rebuilds. */
  noteWrite(): void {
    this.generation += 1;
  }

  /** How many writes this process has seen; tests and benchmarks read it. */
  get writeGeneration(): number {
    return this.generation;
  }

  /** The graph at the latest version known to this process. */
  current(): Promise<GraphSnapshot> {
    const entry = this.entry;
    if (entry?.generation !== this.generation) return this.rebuild();
    if (this.now() - entry.checkedAt >= this.revalidateAfterMs) this.revalidateInBackground(entry);
    return entry.snapshot;
  }

  private rebuild(): Promise<GraphSnapshot> {
    const generation = this.generation;
    const started = this.now();
    // After a write of this process the version is not trusted to have changed: build anew.
    const snapshot = this.build(null, started);
    const entry: Entry = { generation, snapshot, checkedAt: started };
    this.entry = entry;
    snapshot.catch(() => {
      if (this.entry === entry) this.entry = null;
    });
    return snapshot;
  }

  private async build(previous: GraphSnapshot | null, started: number): Promise<GraphSnapshot> {
    // The version is read before the data: a write in between leaves newer data under an
    // older version (rebuilt next time), never older data under a newer one.
    const version = await this.source.readVersion();
    if (previous !== null && previous.version === version) return previous;
    const data = await this.source.readDataSet();
    return new GraphSnapshot(data, version, this.now() - started, this.maxDerived);
  }

  private revalidateInBackground(entry: Entry): void {
    if (this.revalidating !== null) return;
    this.revalidating = (async () => {
      try {
        const snapshot = await entry.snapshot;
        const version = await this.source.readVersion();
        if (this.entry !== entry) return;
        if (version === snapshot.version) {
          entry.checkedAt = this.now();
          return;
        }
        // Changed elsewhere: build the new version; requests keep the old one until it is ready.
        const next = this.build(snapshot, this.now());
        await next;
        if (this.entry === entry && entry.generation === this.generation) {
          this.entry = { generation: entry.generation, snapshot: next, checkedAt: this.now() };
        }
      } catch (error) {
        this.onError(error);
      } finally {
        this.revalidating = null;
      }
    })();
  }

  /** Waits for a running background revalidation (tests). */
  async settled(): Promise<void> {
    await this.revalidating;
  }
}
