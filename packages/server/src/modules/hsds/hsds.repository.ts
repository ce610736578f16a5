import type { GraphDataSet } from '@schutznetz/domain';
import { readGraphDataSet } from '../../analysis-graph/snapshot.repository';
import type { Neo4jExecutor } from '../../neo4j/executor';

/** Reads the directory for HSDS: the whole graph as plain data, in one read transaction. */
export class HsdsRepository {
  constructor(readonly executor: Neo4jExecutor) {}

  readDataSet(): Promise<GraphDataSet> {
    return this.executor.readTransaction(readGraphDataSet);
  }
}
