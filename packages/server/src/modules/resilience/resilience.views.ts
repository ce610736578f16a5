/**
 * What resilience answers: single points, structure, brokers, people on whom a link hangs,
 * isolated institutions, what-ifs.
 */
import type { SingleInstitutionCell, SinglePointsReport, TopicHolders } from '@schutznetz/analysis';
import type { LocalizedLabel } from '@schutznetz/domain';
import type { InstitutionRef, PersonRef, ScopeView } from '../analysis/analysis.views';
import type { GraphSnapshot } from '../../analysis-graph/cache';
import type { ResolvedScope } from '../analysis/analysis.scope';

/** The root of a resilience answer: each part is computed when asked for, from one snapshot. */
export interface ResilienceRoot extends ScopeView {
  readonly asOf: string;
  readonly networksAsNodes: boolean;
  /** Not exposed: the checked scope every part reads. */
  readonly scope: ResolvedScope;
  /** Not exposed: the one snapshot every part reads, so all parts agree. */
  readonly snapshot: GraphSnapshot;
}

/** The analysis package's answers with references in place of ids. */
export interface TopicHoldersView extends Omit<TopicHolders, 'personIds' | 'institutionIds'> {
  readonly personCount: number;
  readonly people: readonly PersonRef[];
  readonly institutions: readonly InstitutionRef[];
}

export interface SingleInstitutionCellView extends Omit<SingleInstitutionCell, 'institutionId'> {
  readonly institution: InstitutionRef;
}

export interface SinglePointsView extends Omit<
  SinglePointsReport,
  'topics' | 'singleInstitutionCells'
> {
  readonly topics: readonly TopicHoldersView[];
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
  readonly topicsLosingLastExpert: readonly string[];
  readonly topicsBecomingSinglePoints: readonly string[];
  readonly brokenRoutes: readonly {
    start: InstitutionRef;
    topic: string;
    previouslyReached: readonly InstitutionRef[];
  }[];
  readonly cutOffInstitutions: readonly InstitutionRef[];
  readonly summary: LocalizedLabel;
}

/** A person whose leaving cuts institutions off the networks. */
export interface PersonCutPointView {
  readonly person: PersonRef;
  readonly cutOff: readonly InstitutionRef[];
}

/** An employment or membership whose loss alone cuts institutions off the networks. */
export interface PersonBridgeView {
  readonly person: PersonRef;
  readonly other: CollaborationNodeView;
  readonly kind: 'employment' | 'membership';
  readonly cutOff: readonly InstitutionRef[];
}

export interface PersonLinksView {
  readonly nodeCount: number;
  readonly linkCount: number;
  readonly cutPoints: readonly PersonCutPointView[];
  readonly bridges: readonly PersonBridgeView[];
}

/** Isolation in the referral graph and in the networks, two lists (decision 024). */
export interface IsolationView {
  readonly inReferralGraph: readonly InstitutionRef[];
  readonly inNetworks: readonly InstitutionRef[];
}
