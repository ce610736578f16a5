import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Viewer } from './auth';
import type { Config } from './config';
import type { Logger } from './logger';
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
}

export function createContext(
  deps: ContextDependencies,
  viewer: Viewer,
  requestId: string = randomUUID(),
): Context {
  const trace: QueryTrace | undefined = deps.config.neo4j.trace
    ? { roundTrips: 0, dbMs: 0 }
    : undefined;
  const executor = new Neo4jExecutor(deps.driver, deps.config.neo4j.database, trace);
  return {
    requestId,
    logger: deps.logger.child({ requestId }),
    services: createServices(executor),
    viewer,
    actor: viewer.name,
    trace,
  };
}
