import { InstitutionRepository } from './modules/institution/institution.repository';
import { InstitutionService } from './modules/institution/institution.service';
import { ReferenceService } from './modules/reference/reference.service';
import { SystemRepository } from './modules/system/system.repository';
import { SystemService } from './modules/system/system.service';
import type { Neo4jExecutor } from './neo4j/executor';

/** The services of one request, wired to that request's executor (and so its trace). */
export interface Services {
  readonly system: SystemService;
  readonly reference: ReferenceService;
  readonly institution: InstitutionService;
}

export function createServices(executor: Neo4jExecutor): Services {
  return {
    system: new SystemService(new SystemRepository(executor)),
    reference: new ReferenceService(),
    institution: new InstitutionService(new InstitutionRepository(executor)),
  };
}
