import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Viewer } from './auth';
import type { Config } from './config';
import type { Logger } from './logger';
import type { AnalysisCache } from './modules/analysis/analysis-cache';
import { sharedAnalysisCache } from './modules/analysis/analysis-cache.factory';
import { PooledAnalysisRunner, type AnalysisPool } from './modules/analysis/analysis-pool';
import { InProcessAnalysisRunner } from './modules/analysis/analysis-runner';
import { WriteTrackingExecutor } from './modules/analysis/write-tracking-executor';
import type { QueryTrace } from './neo4j/executor';
import { createServices, type Services } from './services';

/** Everything that lives for one request. Resolver classes are singletons; this is not. */
export interface Context {
  readonly requestId: string;
  readonly logger: Logger;
  readonly services: Services;
  /** Who is asking, and with which role. */
  readonly viewer: Viewer;
  /** Who is acting, recorded as `updatedBy` on every change. */
  readonly actor: string;
  /** Present when NEO4J_TRACE is on: the request's round trips and database time. */
  readonly trace: QueryTrace | undefined;
}

export interface ContextDependencies {
  readonly config: Config;
  readonly driver: Driver;
  readonly logger: Logger;
  /**
   * The analysis cache shared by all requests; by default one per driver. Every write
   * transaction of a request invalidates it.
   */
  readonly analysisCache?: AnalysisCache;
  /** The app's analysis threads; without them analyses run on the main thread. */
  readonly analysisPool?: AnalysisPool;
}

export function createContext(
  deps: ContextDependencies,
  viewer: Viewer,
  requestId: string = randomUUID(),
): Context {
  const trace: QueryTrace | undefined = deps.config.neo4j.trace
    ? { roundTrips: 0, dbMs: 0 }
    : undefined;
  const analysisCache =
    deps.analysisCache ??
    sharedAnalysisCache(deps.driver, deps.config.neo4j.database, deps.logger, {
      txTimeoutMs: deps.config.neo4j.txTimeoutMs,
    });
  const executor = new WriteTrackingExecutor(
    deps.driver,
    deps.config.neo4j.database,
    trace,
    () => {
      analysisCache.noteWrite();
    },
    { txTimeoutMs: deps.config.neo4j.txTimeoutMs },
  );
  return {
    requestId,
    logger: deps.logger.child({ requestId }),
    services: createServices(
      executor,
      deps.analysisPool === undefined
        ? new InProcessAnalysisRunner(analysisCache)
        : new PooledAnalysisRunner(analysisCache, deps.analysisPool),
    ),
    viewer,
    actor: viewer.name,
    trace,
  };
}
