import { AnalysisCache } from './modules/analysis/analysis-cache';
import { AnalysisRepository } from './modules/analysis/analysis.repository';
import { AnalysisService } from './modules/analysis/analysis.service';
import { EventRepository } from './modules/event/event.repository';
import { EventService } from './modules/event/event.service';
import { InstitutionRepository } from './modules/institution/institution.repository';
import { InstitutionService } from './modules/institution/institution.service';
import { NetworkRepository } from './modules/network/network.repository';
import { NetworkService } from './modules/network/network.service';
import { OfferingRepository } from './modules/offering/offering.repository';
import { OfferingService } from './modules/offering/offering.service';
import { PersonRepository } from './modules/person/person.repository';
import { PersonService } from './modules/person/person.service';
import { ReferralRepository } from './modules/referral/referral.repository';
import { ReferralService } from './modules/referral/referral.service';
import { ReviewRepository } from './modules/review/review.repository';
import { ReviewService } from './modules/review/review.service';
import { ReferenceService } from './modules/reference/reference.service';
import { SearchRepository } from './modules/search/search.repository';
import { SearchService } from './modules/search/search.service';
import { SnapshotRepository } from './modules/snapshot/snapshot.repository';
import { SnapshotService } from './modules/snapshot/snapshot.service';
import { SystemRepository } from './modules/system/system.repository';
import { SystemService } from './modules/system/system.service';
import type { Neo4jExecutor } from './neo4j/executor';

/** The services of one request, wired to that request's executor (and so its trace). */
export interface Services {
  readonly system: SystemService;
  readonly reference: ReferenceService;
  readonly institution: InstitutionService;
  readonly person: PersonService;
  readonly offering: OfferingService;
  readonly referral: ReferralService;
  readonly network: NetworkService;
  readonly event: EventService;
  readonly review: ReviewService;
  readonly search: SearchService;
  readonly analysis: AnalysisService;
}

/**
 * `analysisCache` is the app's one cache of the in-memory analysis graph, shared by requests;
 * without it the request builds its own (tests of single requests).
 */
export function createServices(executor: Neo4jExecutor, analysisCache?: AnalysisCache): Services {
  return {
    system: new SystemService(new SystemRepository(executor)),
    reference: new ReferenceService(),
    institution: new InstitutionService(new InstitutionRepository(executor)),
    person: new PersonService(new PersonRepository(executor)),
    offering: new OfferingService(new OfferingRepository(executor)),
    referral: new ReferralService(new ReferralRepository(executor)),
    network: new NetworkService(new NetworkRepository(executor)),
    event: new EventService(new EventRepository(executor)),
    review: new ReviewService(new ReviewRepository(executor)),
    search: new SearchService(new SearchRepository(executor)),
    analysis: new AnalysisService(
      analysisCache ?? new AnalysisCache(new SnapshotService(new SnapshotRepository(executor))),
      new AnalysisRepository(executor),
    ),
  };
}
