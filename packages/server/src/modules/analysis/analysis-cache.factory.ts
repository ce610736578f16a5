import type { Logger } from '../../logger';
import { Neo4jExecutor, type ExecutorOptions } from '../../neo4j/executor';
import { SnapshotRepository } from '../snapshot/snapshot.repository';
import { SnapshotService } from '../snapshot/snapshot.service';
import { AnalysisCache, type AnalysisCacheOptions } from './analysis-cache';

const shared = new WeakMap<object, Map<string, AnalysisCache>>();

/**
 * The analysis cache of a driver and database, created on first use: every app (and request)
 * on the same driver shares it, so the graph is built once per version per process. `options`
 * (the staleness window, the clock) apply when this call creates the cache; a caller that needs
 * them, such as a test, asks before the first request does.
 */
export function sharedAnalysisCache(
  driver: ConstructorParameters<typeof Neo4jExecutor>[0],
  database: string,
  logger: Logger,
  options: AnalysisCacheOptions & ExecutorOptions = {},
): AnalysisCache {
  let byDatabase = shared.get(driver);
  if (byDatabase === undefined) {
    byDatabase = new Map();
    shared.set(driver, byDatabase);
  }
  let cache = byDatabase.get(database);
  if (cache === undefined) {
    cache = createAnalysisCache(driver, database, logger, options);
    byDatabase.set(database, cache);
  }
  return cache;
}

/**
 * An analysis cache, reading snapshots through its own executor (outside any request, so
 * the reads do not count in a request's trace).
 */
export function createAnalysisCache(
  driver: ConstructorParameters<typeof Neo4jExecutor>[0],
  database: string,
  logger: Logger,
  options: AnalysisCacheOptions & ExecutorOptions = {},
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
