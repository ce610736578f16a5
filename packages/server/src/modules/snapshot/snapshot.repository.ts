import { Label, type GraphDataSet } from '@schutznetz/domain';
import { readGraphDataSet } from '../../analysis-graph/snapshot.repository';
import type { Neo4jExecutor } from '../../neo4j/executor';

const { Snapshot } = Label;

/** What the list shows of a snapshot: everything but the graph itself. */
export interface SnapshotInfo {
  readonly id: string;
  /** When the graph stood so (ISO date-time, UTC). */
  readonly takenAt: string;
  readonly label: string;
  /** Who took it (a user's name, or `Demo-Daten`). */
  readonly takenBy: string;
  /** SHA-256 of the stored bytes: equal digests hold equal graphs. */
  readonly digest: string;
  readonly sizeBytes: number;
  readonly institutionCount: number;
  readonly personCount: number;
}

/** A snapshot to store: its description and the encoded graph. */
export interface NewSnapshot extends SnapshotInfo {
  readonly bytes: Buffer;
}

const INFO = `s {.id, .takenAt, .label, .takenBy, .digest, .sizeBytes, .institutionCount, .personCount}`;

const CREATE = `
CREATE (s:${Snapshot})
SET s = $props
RETURN ${INFO} AS info`;

/** Idempotent: a demo snapshot with the same id is replaced. */
const MERGE = `
MERGE (s:${Snapshot} {id: $props.id})
SET s = $props
RETURN ${INFO} AS info`;

const LATEST = `
MATCH (s:${Snapshot})
RETURN ${INFO} AS info
ORDER BY s.takenAt DESC, s.id DESC
LIMIT 1`;

const LIST = `
MATCH (s:${Snapshot})
RETURN ${INFO} AS info
ORDER BY s.takenAt DESC, s.id DESC`;

const FIND = `
MATCH (s:${Snapshot} {id: $id})
RETURN ${INFO} AS info`;

/** The latest snapshot taken before `$before` (an ISO date-time). */
const FIND_BEFORE = `
MATCH (s:${Snapshot}) WHERE s.takenAt < $before
RETURN ${INFO} AS info
ORDER BY s.takenAt DESC, s.id DESC
LIMIT 1`;

const READ_BYTES = `
MATCH (s:${Snapshot} {id: $id})
RETURN s.data AS data`;

function propsOf(snapshot: NewSnapshot): Record<string, unknown> {
  const { bytes, ...info } = snapshot;
  // The driver stores an Int8Array as a byte array (a Buffer would become a list of integers).
  return { ...info, data: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/**
 * Dated snapshots of the graph as `:Snapshot` nodes, unconnected to the content (so the graph
 * version, the search and the analyses never see them): the encoded graph in `data`.
 */
export class SnapshotStoreRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * Reads the graph and stores `build`'s snapshot of it in one write transaction, so what is
   * stored is the graph as it stood at the commit. With `reuseUnchanged`, when the latest
   * snapshot holds the same graph (equal digest) it is answered instead and nothing is written.
   */
  take(
    build: (data: GraphDataSet) => NewSnapshot,
    reuseUnchanged: boolean,
  ): Promise<{ readonly info: SnapshotInfo; readonly created: boolean }> {
    return this.executor.writeTransaction(async (tx) => {
      const snapshot = build(await readGraphDataSet(tx));
      if (reuseUnchanged) {
        const [latest] = await tx.run<{ info: SnapshotInfo }>(LATEST);
        if (latest?.info.digest === snapshot.digest) return { info: latest.info, created: false };
      }
      const [row] = await tx.run<{ info: SnapshotInfo }>(CREATE, { props: propsOf(snapshot) });
      if (!row) throw new Error('The snapshot was not stored');
      return { info: row.info, created: true };
    });
  }

  /** Stores snapshots built elsewhere (the demo's dated ones), replacing those with their ids. */
  store(snapshots: readonly NewSnapshot[]): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      for (const snapshot of snapshots) await tx.run(MERGE, { props: propsOf(snapshot) });
    });
  }

  /** Every snapshot, newest first. */
  async list(): Promise<SnapshotInfo[]> {
    const rows = await this.executor.read<{ info: SnapshotInfo }>(LIST);
    return rows.map((row) => row.info);
  }

  async find(id: string): Promise<SnapshotInfo | null> {
    const [row] = await this.executor.read<{ info: SnapshotInfo }>(FIND, { id });
    return row?.info ?? null;
  }

  /** The latest snapshot taken before `before` (ISO date-time), or null. */
  async findBefore(before: string): Promise<SnapshotInfo | null> {
    const [row] = await this.executor.read<{ info: SnapshotInfo }>(FIND_BEFORE, { before });
    return row?.info ?? null;
  }

  /** The stored bytes of snapshot `id`, or null when it does not exist. */
  async readBytes(id: string): Promise<Buffer | null> {
    const [row] = await this.executor.read<{ data: Int8Array | null }>(READ_BYTES, { id });
    if (!row?.data) return null;
    return Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength);
  }
}
