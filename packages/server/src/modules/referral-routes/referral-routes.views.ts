/** What the route finder answers: routes with explained hops and cost terms, or why there is none. */
import type {
  ConstraintRejection,
  CostTermKind,
  EligibilityReason,
  RouteLanguageMatch,
  HopVia,
  LeftOut,
  ProcedureStepKind,
  ReachHours,
  ReferralRoute,
  RouteConstraint,
} from '@schutznetz/analysis';
import type { LocalizedLabel } from '@schutznetz/domain';
import type { InstitutionRef, ScopeView, ServiceRef } from '../analysis/analysis.views';

/**
 * How a step is reached at the chosen moment: function contacts of its institution, its address
 * (never for a protected one) and the hours that apply then.
 */
export interface ReachView extends ReachHours {
  readonly entryId: string;
  readonly serviceId: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly website: string | null;
  readonly addressProtected: boolean;
  readonly street: string | null;
  readonly postalCode: string | null;
  readonly municipality: string;
  readonly at: string;
  /** Staff with a phone or e-mail address of their own; the API shows them to members only. */
  readonly people: readonly ReachPersonView[];
}

/** A person at a step's institution with their own contact details. */
export interface ReachPersonView {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly phone: string | null;
  readonly email: string | null;
}

export interface HopView {
  readonly from: InstitutionRef | null;
  readonly to: InstitutionRef;
  readonly via: HopVia;
  readonly referralPathId: string | null;
  readonly templateId: string | null;
  /** Filled in from the route template: no referral path is recorded for the leg. */
  readonly inferred: boolean;
  readonly step: ProcedureStepKind | null;
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
  readonly reach: ReachView | null;
}

export interface CostTermView {
  readonly kind: CostTermKind;
  readonly hours: number;
  readonly label: LocalizedLabel;
}

/** The free places of an end service at the route's moment. */
export interface CapacityView {
  readonly state: 'free' | 'full' | 'unknown';
  readonly free: number | null;
  readonly reportedAt: string | null;
}

export interface RouteView {
  readonly rank: number;
  readonly kind: ReferralRoute['kind'];
  readonly start: InstitutionRef | null;
  readonly startReach: ReachView | null;
  readonly hops: readonly HopView[];
  readonly endService: ServiceRef;
  readonly endInstitution: InstitutionRef;
  readonly endReach: ReachView | null;
  readonly endCapacity: CapacityView | null;
  readonly expectedHours: number;
  readonly cost: number;
  readonly costTerms: readonly CostTermView[];
  readonly explanation: LocalizedLabel;
  readonly languageMatch: RouteLanguageMatch | null;
  readonly openQuestions: readonly EligibilityReason[];
}

/** A constraint's rejections with references in place of service and institution ids. */
export interface RejectionView extends Omit<ConstraintRejection, 'serviceIds' | 'institutionIds'> {
  readonly services: readonly ServiceRef[];
  readonly institutions: readonly InstitutionRef[];
}

export interface RelaxationView {
  readonly constraint: RouteConstraint | 'municipality';
  readonly description: LocalizedLabel;
  readonly municipality: { readonly code: string; readonly name: string } | null;
  readonly routes: readonly RouteView[];
}

export interface NoRouteView {
  readonly summary: LocalizedLabel;
  readonly failedConstraints: readonly RejectionView[];
  readonly relaxations: readonly RelaxationView[];
  readonly fruitless: readonly (RouteConstraint | 'municipality')[];
  readonly fruitlessMunicipalities: readonly { readonly code: string; readonly name: string }[];
}

/** A service left out of an answer, with references and its reasons. */
export interface LeftOutServiceView {
  readonly service: ServiceRef;
  readonly institution: InstitutionRef;
  readonly municipality: string;
  readonly municipalityName: string;
  readonly reasons: readonly EligibilityReason[];
}

/** What one condition left out of an answer, its services as references. */
export interface LeftOutView extends Omit<LeftOut, 'nearest'> {
  readonly nearest: readonly LeftOutServiceView[];
}

export interface RouteSearchView extends ScopeView {
  readonly routes: readonly RouteView[];
  readonly startInstitutions: readonly InstitutionRef[];
  readonly topicServiceCount: number;
  readonly matchingServiceCount: number;
  readonly rejections: readonly RejectionView[];
  readonly truncated: boolean;
  readonly ranking: LocalizedLabel;
  readonly leftOut: readonly LeftOutView[];
  readonly noRoute: NoRouteView | null;
}
