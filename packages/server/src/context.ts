import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Viewer } from './auth';
import type { Config } from './config';
import type { Logger } from './logger';
import type { AnalysisCache } from './analysis-graph/cache';
import { pooledRunner, type AnalysisPool } from './analysis-graph/pool';
import { inProcessRunner } from './analysis-graph/runner';
import {
  runAnalysisJob,
  type AnalysisJobs,
  type AnalysisRunner,
} from './modules/analysis/analysis.jobs';
import { Neo4jExecutor, type QueryTrace } from './neo4j/executor';
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
   * The analysis cache of the app, built at start-up (app.ts) and shared by all requests; every
   * write transaction of a request invalidates it. Without one, each request reads its own graph
   * (tests of single requests).
   */
  readonly analysisCache?: AnalysisCache;
  /** The app's analysis threads; without them analyses run on the main thread. */
  readonly analysisPool?: AnalysisPool;
}

/** The app's analyses over its cache, on its threads if it has them. */
function analysisRunnerOf(deps: ContextDependencies): AnalysisRunner | undefined {
  const { analysisCache, analysisPool } = deps;
  if (analysisCache === undefined) return undefined;
  return analysisPool === undefined
    ? inProcessRunner(analysisCache, runAnalysisJob)
    : pooledRunner<AnalysisJobs>(analysisCache, analysisPool);
}

export function createContext(
  deps: ContextDependencies,
  viewer: Viewer,
  requestId: string = randomUUID(),
): Context {
  const trace: QueryTrace | undefined = deps.config.neo4j.trace
    ? { roundTrips: 0, dbMs: 0 }
    : undefined;
  const { analysisCache } = deps;
  const executor = new Neo4jExecutor(deps.driver, deps.config.neo4j.database, trace, {
    txTimeoutMs: deps.config.neo4j.txTimeoutMs,
    onWrite:
      analysisCache === undefined
        ? undefined
        : () => {
            analysisCache.noteWrite();
          },
  });
  return {
    requestId,
    logger: deps.logger.child({ requestId }),
    services: createServices(executor, analysisRunnerOf(deps)),
    viewer,
    actor: viewer.name,
    trace,
  };
}
