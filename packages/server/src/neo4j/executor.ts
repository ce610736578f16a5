import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { takeCommitHook } from './commit-hooks';
import { translateNeo4jError } from './errors';
import type { Params, TxRunner } from './tx-runner';

/** `TxRunner` lives in tx-runner.ts so that commit hooks need not import the executor. */
export type { Params, TxRunner } from './tx-runner';

/** Options of an executor. */
export interface ExecutorOptions {
  /**
   * Every transaction, read or write, is terminated by the database after this long and fails
   * with DATABASE_TIMEOUT. Requests and the analysis cache use NEO4J_TX_TIMEOUT_MS (config.ts);
   * without it (migrations, seeding, scripts) the database's own setting applies.
   */
  readonly txTimeoutMs?: number | undefined;
  /**
   * Called after every write transaction, committed or not (a failed commit may still have
   * committed): how a request's writes reach whoever keeps a copy of the graph (start-up wires
   * the analysis cache here), for every mutation path, present and future.
   */
  readonly onWrite?: (() => void) | undefined;
}

/** Attempts of a single read that fails with a transient error, and the time they may take. */
const READ_ATTEMPTS = 3;
const READ_RETRY_MS = 3_000;

/** Counts what one GraphQL request cost in Neo4j (see NEO4J_TRACE). */
export interface QueryTrace {
  roundTrips: number;
  dbMs: number;
}

function recordTime(trace: QueryTrace | undefined, result: Pick<QueryResult, 'summary'>): void {
  if (!trace) return;
  trace.roundTrips += 1;
  const { resultAvailableAfter, resultConsumedAfter } = result.summary;
  trace.dbMs += Number(resultAvailableAfter) + Number(resultConsumedAfter);
}

function rowsOf<Row extends object>(result: Pick<QueryResult, 'records'>): Row[] {
  // The RETURN clause of the statement defines Row; repositories map rows to domain objects.
  return result.records.map((record) => record.toObject() as Row);
}

/**
 * Every Cypher call goes through here: it picks the database, counts round trips, and translates
 * Neo4j errors into the server's error vocabulary at one place. One executor per request.
 */
export class Neo4jExecutor {
  /** The transaction config of every statement and transaction: its timeout, if any. */
  private readonly txConfig: { readonly timeout: number } | undefined;
  private readonly onWrite: (() => void) | undefined;

  constructor(
    /** Public so that caches of data that lives as long as the database can key on it. */
    readonly driver: Driver,
    readonly database: string,
    readonly trace?: QueryTrace,
    options: ExecutorOptions = {},
  ) {
    this.txConfig =
      options.txTimeoutMs === undefined ? undefined : { timeout: options.txTimeoutMs };
    this.onWrite = options.onWrite;
  }

  /**
   * The same executor for transactions that may run at least `txTimeoutMs` (a bulk import's one
   * write transaction, decision 031); its writes still reach `onWrite`, its time the trace.
   */
  withLongerTimeout(txTimeoutMs: number): Neo4jExecutor {
    const current = this.txConfig?.timeout;
    return new Neo4jExecutor(this.driver, this.database, this.trace, {
      txTimeoutMs: current === undefined ? undefined : Math.max(current, txTimeoutMs),
      onWrite: this.onWrite,
    });
  }

  /**
   * A single read statement as an auto-commit transaction: RUN and PULL in one message, one
   * network round trip. (`driver.executeQuery` wraps the statement in BEGIN … COMMIT, which waits
   * for one more answer from the database: 0.3–2 ms per request on loopback, decision 009.) One
   * statement reads a consistent snapshot either way. Errors the driver calls retryable (a pooled
   * connection lost with a database restart, a leader switch) are retried on a new session, as the
   * driver retries a managed transaction but without its back-off: {@link READ_ATTEMPTS} attempts
   * within {@link READ_RETRY_MS}.
   */
  async read<Row extends object>(cypher: string, params: Params = {}): Promise<Row[]> {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        const result = await session.run(cypher, params, this.txConfig);
        recordTime(this.trace, result);
        return rowsOf<Row>(result);
      } catch (error) {
        const retry =
          neo4j.isRetryableError(error) &&
          attempt < READ_ATTEMPTS &&
          Date.now() - started < READ_RETRY_MS;
        if (!retry) throw translateNeo4jError(error);
      } finally {
        await session.close();
      }
    }
  }

  /** Several reads in one transaction (a consistent snapshot). */
  readTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  /**
   * A write transaction: all statements commit together or none does. The driver retries it on
   * transient errors, so `work` must be safe to run again.
   */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    // A commit hook waiting in this async context (commit-hooks.ts) joins this transaction.
    const hook = takeCommitHook();
    try {
      if (!hook) return await this.transaction('WRITE', work);
      return await this.transaction('WRITE', async (tx) => {
        const result = await work(tx);
        await hook(tx, result);
        return result;
      });
    } finally {
      this.onWrite?.();
    }
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: TxRunner) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const wrap = (tx: ManagedTransaction): TxRunner => ({
      run: async <Row extends object>(cypher: string, params: Params = {}) => {
        const result = await tx.run(cypher, params);
        recordTime(this.trace, result);
        return rowsOf<Row>(result);
      },
    });
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(wrap(tx)), this.txConfig)
        : await session.executeWrite((tx) => work(wrap(tx)), this.txConfig);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }
}

/** True when the database answers a trivial query within the timeout. */
export async function pingDatabase(
  driver: Driver,
  database: string,
  timeoutMs = 2_000,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
  });
  const query = driver
    .executeQuery('RETURN 1 AS ok', {}, { database, routing: neo4j.routing.READ })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
