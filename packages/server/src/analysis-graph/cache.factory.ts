import type { Logger } from '../logger';
import { Neo4jExecutor, type ExecutorOptions } from '../neo4j/executor';
import { SnapshotRepository } from './snapshot.repository';
import { SnapshotService } from './snapshot.service';
import { AnalysisCache, type AnalysisCacheOptions } from './cache';

/**
 * An analysis cache, reading snapshots through its own executor (outside any request, so
 * the reads do not count in a request's trace).
 */
export function createAnalysisCache(
  driver: ConstructorParameters<typeof Neo4jExecutor>[0],
  database: string,
  logger: Logger,
  options: AnalysisCacheOptions & Pick<ExecutorOptions, 'txTimeoutMs'> = {},
): AnalysisCache {
  const snapshots = new SnapshotService(
    new SnapshotRepository(
      new Neo4jExecutor(driver, database, undefined, { txTimeoutMs: options.txTimeoutMs }),
    ),
  );
  return new AnalysisCache(snapshots, {
    onError: (error) => {
      logger.warn({ err: error }, 'analysis cache: revalidation failed');
    },
    ...options,
  });
}
