/**
 * What the analysis service returns: the library's results with ids turned into small
 * references (id, name, kind) from the cached graph, and people left out where the viewer may
 * not see them. Plain data; the GraphQL types mirror these shapes.
 */
import type {
  AnalysisGraph,
  CoverageSummary,
  CostTermKind,
  RouteConstraint,
} from '@schutznetz/analysis';
import type { LocalizedLabel } from '@schutznetz/domain';
import type { GraphSnapshot } from './analysis-cache';

/** An institution as the analyses know it (public data). */
export interface InstitutionRef {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly municipality: string;
  readonly available24x7: boolean;
}

/** A service (offer) of an institution. */
export interface ServiceRef {
  readonly id: string;
  readonly name: string;
  readonly institutionId: string;
  readonly available24x7: boolean;
}

/** A professional: only returned to viewers who may see people. */
export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

/** A network. */
export interface NetworkRef {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

/** Which municipalities an analysis looked at, and the graph version it read. */
export interface ScopeView {
  readonly municipalities: readonly string[];
  readonly graphVersion: string;
}

// Routes --------------------------------------------------------------------------------------

export interface HopView {
  readonly from: InstitutionRef | null;
  readonly to: InstitutionRef;
  readonly via: 'referral_path' | 'self_referral';
  readonly referralPathId: string | null;
  readonly templateId: string | null;
  readonly reason: LocalizedLabel;
  readonly conditions: string | null;
  readonly consent: string | null;
  readonly dataMode: string | null;
  readonly responseHours: number;
  readonly responseEstimated: boolean;
  readonly waitHours: number;
  readonly handOverAt: string | null;
  readonly contactAt: string | null;
  readonly receiverAvailability: string | null;
}

export interface CostTermView {
  readonly kind: CostTermKind;
  readonly hours: number;
  readonly label: LocalizedLabel;
}

export interface RouteView {
  readonly rank: number;
  readonly kind: 'in_house' | 'direct' | 'referral';
  readonly start: InstitutionRef | null;
  readonly hops: readonly HopView[];
  readonly endService: ServiceRef;
  readonly endInstitution: InstitutionRef;
  readonly expectedHours: number;
  readonly cost: number;
  readonly costTerms: readonly CostTermView[];
  readonly explanation: LocalizedLabel;
}

export interface RejectionView {
  readonly constraint: RouteConstraint;
  readonly serviceCount: number;
  readonly services: readonly ServiceRef[];
  readonly referralPathCount: number;
  readonly referralPathIds: readonly string[];
  readonly institutionCount: number;
  readonly institutions: readonly InstitutionRef[];
}

export interface RelaxationView {
  readonly constraint: RouteConstraint | 'municipality';
  readonly description: LocalizedLabel;
  readonly routes: readonly RouteView[];
}

export interface NoRouteView {
  readonly summary: LocalizedLabel;
  readonly failedConstraints: readonly RejectionView[];
  readonly relaxations: readonly RelaxationView[];
  readonly fruitless: readonly (RouteConstraint | 'municipality')[];
}

export interface RouteSearchView extends ScopeView {
  readonly routes: readonly RouteView[];
  readonly startInstitutions: readonly InstitutionRef[];
  readonly topicServiceCount: number;
  readonly matchingServiceCount: number;
  readonly rejections: readonly RejectionView[];
  readonly truncated: boolean;
  readonly ranking: LocalizedLabel;
  readonly noRoute: NoRouteView | null;
}

// Coverage ------------------------------------------------------------------------------------

export interface CoverageCellView {
  readonly topic: string;
  readonly municipality: string;
  readonly targetGroup: string | null;
  readonly serviceCount: number;
  readonly services: readonly ServiceRef[];
  readonly institutions: readonly InstitutionRef[];
  readonly personCount: number;
  readonly people: readonly PersonRef[];
  readonly services24x7: readonly ServiceRef[];
  readonly languages: readonly string[];
}

export interface CoverageGapView {
  readonly id: string;
  readonly kind: string;
  readonly topic: string;
  readonly municipality: string | null;
  readonly language: string | null;
  readonly peopleAffected: number;
  readonly criticality: number;
  readonly severity: number;
  readonly reason: LocalizedLabel;
  readonly services: readonly ServiceRef[];
}

export interface ShelterCapacityView {
  readonly population: number;
  readonly placesPer10k: number;
  readonly requiredPlaces: number;
  readonly places: number;
  readonly freePlaces: number | null;
  readonly shortfall: number;
  readonly ratio: number | null;
  readonly services: readonly ServiceRef[];
  readonly municipalitiesWithoutShelter: readonly string[];
}

export interface CoverageView extends ScopeView {
  readonly asOf: string;
  readonly topics: readonly string[];
  readonly cells: readonly CoverageCellView[];
  readonly targetGroupCells: readonly CoverageCellView[];
  readonly shelterCapacity: ShelterCapacityView;
  readonly gaps: readonly CoverageGapView[];
  readonly summary: CoverageSummary;
}

// Resilience ----------------------------------------------------------------------------------

/** The root of a resilience answer: each part is computed when asked for, from one snapshot. */
export interface ResilienceRoot extends ScopeView {
  readonly asOf: string;
  readonly networksAsNodes: boolean;
  /** Not exposed: the snapshot every part reads, so all parts agree. */
  readonly snapshot: GraphSnapshot;
  readonly graph: AnalysisGraph;
  readonly scopeKey: string;
}

export interface TopicHoldersView {
  readonly topic: string;
  readonly personCount: number;
  readonly people: readonly PersonRef[];
  readonly institutions: readonly InstitutionRef[];
  readonly singlePerson: boolean;
  readonly singleInstitution: boolean;
}

export interface SingleInstitutionCellView {
  readonly topic: string;
  readonly municipality: string;
  readonly institution: InstitutionRef;
}

export interface SinglePointsView {
  readonly topics: readonly TopicHoldersView[];
  readonly singlePersonTopics: readonly string[];
  readonly singleInstitutionTopics: readonly string[];
  readonly singleInstitutionCells: readonly SingleInstitutionCellView[];
}

/** A node of the collaboration graph: an institution or (on request) a network. */
export interface CollaborationNodeView {
  readonly id: string;
  readonly kind: 'institution' | 'network';
  readonly name: string;
}

export interface ArticulationPointView {
  readonly node: CollaborationNodeView;
  readonly parts: readonly number[];
  readonly cutOff: readonly CollaborationNodeView[];
}

export interface BridgeView {
  readonly source: CollaborationNodeView;
  readonly target: CollaborationNodeView;
  readonly kind: 'referral' | 'membership';
  readonly referralPathIds: readonly string[];
  readonly sides: readonly number[];
  readonly cutOff: readonly CollaborationNodeView[];
}

export interface StructureView {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly components: number;
  readonly articulationPoints: readonly ArticulationPointView[];
  readonly bridges: readonly BridgeView[];
}

export interface BrokerView {
  readonly node: CollaborationNodeView;
  readonly score: number;
}

export interface BrokerReportView {
  readonly method: 'exact' | 'sampled';
  readonly nodeCount: number;
  readonly samples: number | null;
  readonly seed: number | null;
  readonly brokers: readonly BrokerView[];
}

export interface WhatIfView {
  readonly removedId: string;
  readonly removedKind: 'institution' | 'person';
  readonly removedName: string;
  readonly lostCells: readonly { topic: string; municipality: string; lost: string }[];
  readonly reducedCells: number;
  readonly topicsLosingLastHolder: readonly string[];
  readonly topicsBecomingSinglePoints: readonly string[];
  readonly brokenRoutes: readonly {
    start: InstitutionRef;
    topic: string;
    previouslyReached: readonly InstitutionRef[];
  }[];
  readonly cutOffInstitutions: readonly InstitutionRef[];
  readonly summary: LocalizedLabel;
}

// Composition ---------------------------------------------------------------------------------

export interface ExpectationView {
  readonly code: string;
  readonly label: LocalizedLabel;
  readonly basis: string;
  readonly source: string;
  readonly met: readonly {
    requirementId: string;
    label: LocalizedLabel;
    provision: string;
    institutions: readonly InstitutionRef[];
  }[];
  readonly missing: readonly {
    requirementId: string;
    label: LocalizedLabel;
    provision: string;
    anyOf: readonly string[];
    candidates: readonly InstitutionRef[];
  }[];
}

export interface OverlapView {
  readonly other: NetworkRef;
  readonly sharedInstitutions: readonly InstitutionRef[];
  readonly sharedPersonCount: number;
  readonly sharedPeople: readonly PersonRef[];
  readonly jaccard: number;
}

export interface BridgingMemberView {
  readonly id: string;
  readonly kind: 'institution' | 'person';
  readonly name: string;
  readonly networks: readonly NetworkRef[];
}

export interface NetworkCompositionView extends ScopeView {
  readonly network: NetworkRef;
  readonly institutions: readonly InstitutionRef[];
  readonly personCount: number;
  readonly people: readonly PersonRef[];
  readonly presentKinds: readonly string[];
  readonly expectations: readonly ExpectationView[];
  readonly missingCount: number;
  readonly overlaps: readonly OverlapView[];
  readonly bridgingMembers: readonly BridgingMemberView[];
}

// Training plan -------------------------------------------------------------------------------

export interface CellRefView {
  readonly topic: string;
  readonly municipality: string;
}

export interface ProposedTrainingView {
  readonly id: string;
  readonly topic: string;
  readonly title: LocalizedLabel;
  readonly attendees: readonly {
    person: PersonRef | null;
    institution: InstitutionRef;
    newlyCovered: readonly string[];
  }[];
  readonly institutions: readonly InstitutionRef[];
  readonly priority: 'high' | 'medium' | 'low';
  readonly score: number;
  readonly reasons: readonly LocalizedLabel[];
  readonly cellsGained: readonly CellRefView[];
  readonly populationReached: number;
  readonly holdersBefore: number;
  readonly holdersAfter: number;
  readonly gapIds: readonly string[];
}

export interface TrainingPlanView extends ScopeView {
  readonly asOf: string;
  readonly trainings: readonly ProposedTrainingView[];
  readonly simulation: {
    readonly before: CoverageSummary;
    readonly after: CoverageSummary;
    readonly cellsGained: readonly CellRefView[];
    readonly singlePersonTopicsBefore: readonly string[];
    readonly singlePersonTopicsAfter: readonly string[];
  };
}

export interface RecordedTrainingView {
  readonly trainingId: string;
  readonly topic: string;
  readonly date: string;
  readonly peopleUpdated: readonly string[];
  readonly expertiseCreated: number;
}

// Graph explorer ------------------------------------------------------------------------------

export type ExplorerNodeKind = 'institution' | 'person' | 'network' | 'topic';
export type ExplorerEdgeKind =
  'works_at' | 'refers_to' | 'member_of' | 'expertise' | 'offers_topic';

export interface ExplorerNode {
  readonly id: string;
  readonly kind: ExplorerNodeKind;
  readonly label: string;
  readonly institutionKind: string | null;
  readonly networkKind: string | null;
  readonly municipality: string | null;
  readonly available24x7: boolean | null;
  readonly degree: number;
  readonly betweenness: number | null;
  readonly articulationPoint: boolean;
  readonly singlePointOfFailure: boolean;
}

export interface ExplorerEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: ExplorerEdgeKind;
  readonly routeTemplate: string | null;
  readonly urgency: string | null;
  readonly level: string | null;
  readonly bridge: boolean;
}

export interface NetworkGraphView extends ScopeView {
  readonly betweennessMethod: 'exact' | 'sampled';
  readonly nodes: readonly ExplorerNode[];
  readonly edges: readonly ExplorerEdge[];
}
