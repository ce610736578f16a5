import type { GraphDataSet } from '@schutznetz/domain';
import type { SnapshotRepository } from './snapshot.repository';

/**
 * The graph as plain data, for the analyses (`fromDataSet`) and backups, and a version to cache
 * what is computed from it.
 */
export class SnapshotService {
  constructor(private readonly repository: SnapshotRepository) {}

  /** Every collection of the graph, read in one transaction, ordered by id. */
  readDataSet(): Promise<GraphDataSet> {
    return this.repository.readDataSet();
  }

  /**
   * An opaque string that changes whenever the content changes and stays the same while it does
   * not: a cache key for results computed from `readDataSet`. Read it before the data set, so a
   * write in between leaves newer data under an older key (a miss next time), never the reverse.
   */
  async readVersion(): Promise<string> {
    const { updatedAt, nodes, relationships, versions, region } =
      await this.repository.graphVersion();
    return `${updatedAt ?? 'empty'}/${nodes}n/${relationships}r/${versions}v/region${region}`;
  }
}
