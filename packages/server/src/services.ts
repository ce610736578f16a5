import { SystemRepository } from './modules/system/system.repository';
import { SystemService } from './modules/system/system.service';
import type { Neo4jExecutor } from './neo4j/executor';

/** The services of one request, wired to that request's executor (and so its trace). */
export interface Services {
  readonly system: SystemService;
}

export function createServices(executor: Neo4jExecutor): Services {
  return {
    system: new SystemService(new SystemRepository(executor)),
  };
}
