import {
  Neo4jExecutor,
  type ExecutorOptions,
  type QueryTrace,
  type TxRunner,
} from '../../neo4j/executor';

/**
 * The request executor that tells the analysis cache about every write transaction, committed or
 * not (a failed commit may still have committed): the generic hook that keeps every mutation
 * path, present and future, from serving a stale analysis.
 */
export class WriteTrackingExecutor extends Neo4jExecutor {
  constructor(
    driver: ConstructorParameters<typeof Neo4jExecutor>[0],
    database: string,
    trace: QueryTrace | undefined,
    private readonly onWrite: () => void,
    options: ExecutorOptions = {},
  ) {
    super(driver, database, trace, options);
  }

  override async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    try {
      return await super.writeTransaction(work);
    } finally {
      this.onWrite();
    }
  }
}
