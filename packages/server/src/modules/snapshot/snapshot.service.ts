import { randomUUID } from 'node:crypto';
import type { AnalysisGraph } from '@schutznetz/analysis';
import { isIsoDate, nameProblem, type GraphDataSet } from '@schutznetz/domain';
import { GraphSnapshot } from '../../analysis-graph/cache';
import { currentRegion } from '../region/region.current';
import { InvalidInputError, NotFoundError } from '../../errors';
import { decodeGraph, encodeGraph } from './snapshot.codec';
import type { NewSnapshot, SnapshotInfo, SnapshotStoreRepository } from './snapshot.repository';

export type { SnapshotInfo } from './snapshot.repository';

/** Derived results kept per loaded snapshot, as in the cache of the current graph. */
const MAX_DERIVED = 64;
/** Decoded snapshots kept in memory (by digest): a report and a comparison share one. */
const LOADED_KEPT = 4;

/** A stored snapshot of `data` described by `info` (counts, size and digest computed here). */
export function newSnapshot(
  data: GraphDataSet,
  info: Pick<SnapshotInfo, 'id' | 'takenAt' | 'label' | 'takenBy'>,
): NewSnapshot {
  const { bytes, digest } = encodeGraph(data);
  return {
    ...info,
    digest,
    sizeBytes: bytes.byteLength,
    institutionCount: data.institutions.length,
    personCount: data.people.length,
    bytes,
  };
}

/** The graph of a dated snapshot, read back: its description, and the graph to analyse. */
export class DatedGraph {
  constructor(
    readonly info: SnapshotInfo,
    /** For the job runner (`analyses.run(snapshot, …)`): jobs run on the snapshot's graph. */
    readonly snapshot: GraphSnapshot,
  ) {}

  /** The graph as it stood at `info.takenAt`, as the analyses read it. */
  get graph(): AnalysisGraph {
    return this.snapshot.graph;
  }

  get data(): GraphDataSet {
    return this.snapshot.data;
  }
}

/** Decoded snapshots of this process, by digest (a stored snapshot never changes). */
const loaded = new Map<string, GraphSnapshot>();

function remember(digest: string, snapshot: GraphSnapshot): void {
  loaded.set(digest, snapshot);
  if (loaded.size > LOADED_KEPT) {
    const oldest = loaded.keys().next();
    if (oldest.done !== true) loaded.delete(oldest.value);
  }
}

/** The end of day `date` (YYYY-MM-DD, UTC) as the first instant after it. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/**
 * Dated snapshots of the graph the analyses read (decision 028): taken by coordinators or by a
 * report that needs a fixed graph, listed for analysts and up, and read back as an analysis
 * graph by other modules (`loadSnapshot`, `snapshotAt`). A snapshot never changes after it is
 * taken; later edits of the graph leave it as it was.
 */
export class SnapshotStoreService {
  constructor(
    private readonly repository: SnapshotStoreRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Stores the graph as it stands now under `label`, taken by `actor`. */
  async takeSnapshot(label: string, actor: string): Promise<SnapshotInfo> {
    const problem = nameProblem(label);
    if (problem !== undefined) throw InvalidInputError.forField('label', problem);
    const { info } = await this.repository.take((data) => this.build(data, label, actor), false);
    return info;
  }

  /**
   * A snapshot of the graph as it stands now: the latest one when nothing changed since it was
   * taken, else a new one under `label`. What a report without a chosen snapshot fixes its
   * figures on, so it can be produced again.
   */
  async currentSnapshot(label: string, actor: string): Promise<SnapshotInfo> {
    const { info } = await this.repository.take((data) => this.build(data, label, actor), true);
    return info;
  }

  /** Every snapshot, newest first. */
  listSnapshots(): Promise<SnapshotInfo[]> {
    return this.repository.list();
  }

  /** Snapshot `id` read back; NOT_FOUND when there is none. */
  async loadSnapshot(id: string): Promise<DatedGraph> {
    const info = await this.repository.find(id);
    if (info === null) throw new NotFoundError('Snapshot', id, 'snapshot');
    return this.load(info);
  }

  /**
   * The latest snapshot taken on or before `date` (YYYY-MM-DD, days in UTC), read back; null
   * when none is that old.
   */
  async snapshotAt(date: string): Promise<DatedGraph | null> {
    if (!isIsoDate(date)) throw InvalidInputError.forField('date', 'Expected a date YYYY-MM-DD.');
    const info = await this.repository.findBefore(dayAfter(date));
    return info === null ? null : this.load(info);
  }

  private build(data: GraphDataSet, label: string, actor: string): NewSnapshot {
    return newSnapshot(data, {
      id: `snapshot:${randomUUID()}`,
      takenAt: this.now().toISOString(),
      label,
      takenBy: actor,
    });
  }

  private async load(info: SnapshotInfo): Promise<DatedGraph> {
    const known = loaded.get(info.digest);
    if (known !== undefined) return new DatedGraph(info, known);
    const started = performance.now();
    const bytes = await this.repository.readBytes(info.id);
    if (bytes === null) throw new NotFoundError('Snapshot', info.id, 'snapshot');
    const data = decodeGraph(bytes);
    const snapshot = new GraphSnapshot(
      // Taken before the region was data (decision 030): read with the region loaded now.
      data.region === undefined ? { ...data, region: currentRegion().definition } : data,
      `snapshot:${info.digest}`,
      performance.now() - started,
      MAX_DERIVED,
    );
    remember(info.digest, snapshot);
    return new DatedGraph(info, snapshot);
  }
}
