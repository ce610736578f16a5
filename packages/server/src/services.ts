import { AnalysisCache } from './analysis-graph/cache';
import { inProcessRunner } from './analysis-graph/runner';
import { SnapshotRepository } from './analysis-graph/snapshot.repository';
import { SnapshotService } from './analysis-graph/snapshot.service';
import { runAnalysisJob, type AnalysisRunner } from './modules/analysis/analysis.jobs';
import { CapacityReportRepository } from './modules/capacity-report/capacity-report.repository';
import { CapacityReportService } from './modules/capacity-report/capacity-report.service';
import { CoverageReportService } from './modules/coverage-report/coverage-report.service';
import { ActionItemRepository } from './modules/action-item/action-item.repository';
import { ActionItemService } from './modules/action-item/action-item.service';
import { EventRepository } from './modules/event/event.repository';
import { EventService } from './modules/event/event.service';
import { IdempotencyService } from './modules/idempotency/idempotency.service';
import { HistoryRepository } from './modules/history/history.repository';
import { HistoryService } from './modules/history/history.service';
import { DataImportRepository } from './modules/data-import/data-import.repository';
import { DataImportService } from './modules/data-import/data-import.service';
import { HsdsRepository } from './modules/hsds/hsds.repository';
import { HsdsService } from './modules/hsds/hsds.service';
import { InstitutionRepository } from './modules/institution/institution.repository';
import { InstitutionService } from './modules/institution/institution.service';
import { NetworkRepository } from './modules/network/network.repository';
import { NetworkService } from './modules/network/network.service';
import { NetworkCompositionService } from './modules/network-composition/network-composition.service';
import { NetworkGraphService } from './modules/network-graph/network-graph.service';
import { OfferingRepository } from './modules/offering/offering.repository';
import { OfferingService } from './modules/offering/offering.service';
import { PersonRepository } from './modules/person/person.repository';
import { PersonService } from './modules/person/person.service';
import { ReferralRepository } from './modules/referral/referral.repository';
import { ReferralService } from './modules/referral/referral.service';
import { ReferralRoutesService } from './modules/referral-routes/referral-routes.service';
import { ResilienceService } from './modules/resilience/resilience.service';
import { ReviewRepository } from './modules/review/review.repository';
import { ReviewService } from './modules/review/review.service';
import { ReferenceService } from './modules/reference/reference.service';
import { RegionRepository } from './modules/region/region.repository';
import { RegionService } from './modules/region/region.service';
import { SavedViewRepository } from './modules/saved-view/saved-view.repository';
import { SavedViewService } from './modules/saved-view/saved-view.service';
import { SearchRepository } from './modules/search/search.repository';
import { SearchService } from './modules/search/search.service';
import { SinceMeetingService } from './modules/since-meeting/since-meeting.service';
import { SnapshotStoreRepository } from './modules/snapshot/snapshot.repository';
import { SnapshotStoreService } from './modules/snapshot/snapshot.service';
import { ProtectionCapacityService } from './modules/protection-capacity/protection-capacity.service';
import { SystemRepository } from './modules/system/system.repository';
import { SystemService } from './modules/system/system.service';
import { TrainingPlanRepository } from './modules/training-plan/training-plan.repository';
import { TrainingPlanService } from './modules/training-plan/training-plan.service';
import type { Neo4jExecutor } from './neo4j/executor';
import { IdempotencyKeyStore } from './neo4j/idempotency-keys';

/** The services of one request, wired to that request's executor (and so its trace). */
export interface Services {
  readonly system: SystemService;
  readonly reference: ReferenceService;
  /** The loaded region (decision 030): `catalog()` for its lookups, `load` for a region file. */
  readonly region: RegionService;
  readonly institution: InstitutionService;
  readonly person: PersonService;
  readonly offering: OfferingService;
  /** Free places reported by a shelter's own staff. */
  readonly capacityReport: CapacityReportService;
  readonly referral: ReferralService;
  readonly network: NetworkService;
  readonly event: EventService;
  readonly review: ReviewService;
  /** Action items of meetings and case reviews (decision 027). */
  readonly actionItem: ActionItemService;
  /** What changed since the last meeting (decision 027). */
  readonly sinceMeeting: SinceMeetingService;
  readonly search: SearchService;
  readonly referralRoutes: ReferralRoutesService;
  readonly coverageReport: CoverageReportService;
  readonly resilience: ResilienceService;
  readonly networkComposition: NetworkCompositionService;
  readonly trainingPlan: TrainingPlanService;
  readonly networkGraph: NetworkGraphService;
  /** Creates made safe to retry by a client's key (`clientMutationId`). */
  readonly idempotency: IdempotencyService;
  readonly history: HistoryService;
  /** Dated snapshots of the graph (decision 028). */
  readonly snapshots: SnapshotStoreService;
  /** The capacity report of the Gewalthilfegesetz, from dated snapshots (decision 028). */
  readonly protectionCapacity: ProtectionCapacityService;
  /** Saved explorer views (decision 026). */
  readonly savedView: SavedViewService;
  /** Importing coordinators' spreadsheets; the import engine (decision 031). */
  readonly dataImport: DataImportService;
  /** Open Referral HSDS 3.1 export and import (decision 032). */
  readonly hsds: HsdsService;
}

/**
 * `analyses` runs the analyses, on the app's worker threads over its one shared cache of the
 * graph; without it the request builds its own cache and runs them in process (tests of single
 * requests).
 */
export function createServices(executor: Neo4jExecutor, analyses?: AnalysisRunner): Services {
  const graphs =
    analyses ??
    inProcessRunner(
      new AnalysisCache(new SnapshotService(new SnapshotRepository(executor))),
      runAnalysisJob,
    );
  const offering = new OfferingService(new OfferingRepository(executor));
  const region = new RegionService(
    new RegionRepository(executor),
    executor.driver,
    executor.database,
  );
  return {
    system: new SystemService(new SystemRepository(executor)),
    idempotency: new IdempotencyService(new IdempotencyKeyStore(executor)),
    reference: new ReferenceService(),
    region,
    institution: new InstitutionService(new InstitutionRepository(executor)),
    person: new PersonService(new PersonRepository(executor)),
    offering,
    capacityReport: new CapacityReportService(new CapacityReportRepository(executor), offering),
    referral: new ReferralService(new ReferralRepository(executor)),
    network: new NetworkService(new NetworkRepository(executor)),
    event: new EventService(new EventRepository(executor)),
    review: new ReviewService(new ReviewRepository(executor)),
    actionItem: new ActionItemService(new ActionItemRepository(executor)),
    sinceMeeting: new SinceMeetingService(
      graphs,
      new SnapshotStoreService(new SnapshotStoreRepository(executor)),
    ),
    search: new SearchService(new SearchRepository(executor)),
    referralRoutes: new ReferralRoutesService(graphs),
    coverageReport: new CoverageReportService(graphs),
    resilience: new ResilienceService(graphs),
    networkComposition: new NetworkCompositionService(graphs),
    trainingPlan: new TrainingPlanService(graphs, new TrainingPlanRepository(executor)),
    networkGraph: new NetworkGraphService(graphs),
    history: new HistoryService(new HistoryRepository(executor)),
    snapshots: new SnapshotStoreService(new SnapshotStoreRepository(executor)),
    protectionCapacity: new ProtectionCapacityService(
      graphs,
      new SnapshotStoreService(new SnapshotStoreRepository(executor)),
    ),
    savedView: new SavedViewService(new SavedViewRepository(executor)),
    dataImport: new DataImportService(new DataImportRepository(executor), () => region.catalog()),
    hsds: new HsdsService(new HsdsRepository(executor)),
  };
}
