import type { GraphDataSet } from '@schutznetz/domain';
import { readGraphDataSet } from '../../analysis-graph/snapshot.repository';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { HsdsImport } from './hsds.import';

/** Reads the directory for HSDS: the whole graph as plain data, in one read transaction. */
export class HsdsRepository {
  /** Plans and commits HSDS imports in this executor's transactions. */
  readonly imports: HsdsImport;

  constructor(readonly executor: Neo4jExecutor) {
    this.imports = new HsdsImport(executor);
  }

  readDataSet(): Promise<GraphDataSet> {
    return this.executor.readTransaction(readGraphDataSet);
  }
}
