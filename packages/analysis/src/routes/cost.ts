/**
 * The cost model of the route finder: what waiting each urgency accepts, the response times
 * assumed where a path records none, and the penalties (in hours) a route's ranking adds to its
 * expected time. A route's costs are kept per {@link CostTermKind}, so that each term can be
 * explained.
 */
import type { AccessibilityFeature, ConsentRequirement, Urgency } from '@schutznetz/domain';
import type { AnalysisInstitution, AnalysisReferralPath, AnalysisService } from '../graph';
import type { GraphIndex } from '../graph-index';
import type { Availability } from '../opening-hours';
import { capacityMomentMs, isCapacityUnknown } from './capacity';
import { openQuestionPenalties } from './eligibility';
import type { CostTermKind, ReferralNeed } from './types';

/** Waiting for opening hours each urgency accepts in total, in hours. */
export const MAX_WAIT_HOURS: Readonly<Record<Urgency, number>> = {
  immediate: 0,
  same_day: 12,
  days: 72,
  weeks: Number.POSITIVE_INFINITY,
};

/** Response time assumed for a path that records none, by its urgency. */
export const DEFAULT_RESPONSE_HOURS: Readonly<Record<Urgency, number>> = {
  immediate: 1,
  same_day: 8,
  days: 72,
  weeks: 336,
};

/** The penalties of the ranking, in hours; everything else is expected time. */
export const ROUTE_PENALTY_HOURS = {
  /** Each hand-over between institutions risks losing the person. */
  handOver: 1,
  /** The victim's consent must be obtained before the hand-over. */
  consentRequired: 2,
  /** The people concerned are informed first (§ 4 KKG). */
  informBefore: 1,
  /** A legal basis must be checked (R22). */
  legalBasisRequired: 2,
  /** The end service itself asks for consent. */
  serviceConsent: 1,
  /** The person must get in touch on their own. */
  selfContact: 2,
  /** The start institution contacts a service directly: it asks the person's consent first. */
  directContactConsent: 1,
  /** A hand-over that follows a route template but is not agreed between the two institutions. */
  inferredHandOver: 1,
  /** A service with places has not reported free ones within a day: call first. */
  capacityUnknown: 6,
  /** A receiver's opening hours are unknown at the given moment. */
  hoursUnknown: 2,
  /** An institution on the way does not speak the person's language. */
  interpreter: 1,
  /** The end service sits outside the person's municipality and offers no remote contact. */
  outOfArea: 1,
} as const;

/** First response assumed for a self-referral: a hotline at once, otherwise a day. */
export const DIRECT_RESPONSE_HOURS = { always: 1, otherwise: 24 } as const;
const REMOTE_FEATURES: readonly AccessibilityFeature[] = [
  'phone_counselling',
  'online_counselling',
  'home_visits',
];

/** A route's costs so far, in hours per term. */
export type Costs = Readonly<Record<CostTermKind, number>>;

export const ZERO_COSTS: Costs = {
  response: 0,
  wait: 0,
  hand_over: 0,
  consent: 0,
  self_contact: 0,
  capacity_unknown: 0,
  hours_unknown: 0,
  interpreter: 0,
  out_of_area: 0,
  language_unknown: 0,
  eligibility_unknown: 0,
};

/** The terms in the order they are summed and explained. */
export const COST_ORDER: readonly CostTermKind[] = [
  'response',
  'wait',
  'hand_over',
  'consent',
  'self_contact',
  'capacity_unknown',
  'hours_unknown',
  'interpreter',
  'out_of_area',
  'language_unknown',
  'eligibility_unknown',
];

export function add(costs: Costs, delta: Partial<Costs>): Costs {
  const next: Record<CostTermKind, number> = { ...costs };
  for (const kind of COST_ORDER) next[kind] += delta[kind] ?? 0;
  return next;
}

export function total(costs: Costs): number {
  let sum = 0;
  for (const kind of COST_ORDER) sum += costs[kind];
  return sum;
}

/** The response time of a path: its own, or the default for its urgency (then estimated). */
export function responseOf(path: AnalysisReferralPath): { hours: number; estimated: boolean } {
  return path.responseHours === null
    ? { hours: DEFAULT_RESPONSE_HOURS[path.urgency], estimated: true }
    : { hours: path.responseHours, estimated: false };
}

/** The penalty for what a hand-over along a path needs first (consent, information, a basis). */
export function consentPenalty(consent: ConsentRequirement): number {
  switch (consent) {
    case 'required':
      return ROUTE_PENALTY_HOURS.consentRequired;
    case 'inform_before':
      return ROUTE_PENALTY_HOURS.informBefore;
    case 'legal_basis_required':
      return ROUTE_PENALTY_HOURS.legalBasisRequired;
    case 'not_required':
    case 'not_applicable':
      return 0;
  }
}

/** The penalty for an institution on the way that does not record the person's language. */
export function interpreterPenalty(
  need: ReferralNeed,
  institution: Pick<AnalysisInstitution, 'languages'>,
): number {
  const language = need.language;
  return language !== undefined &&
    institution.languages.length > 0 &&
    !institution.languages.includes(language)
    ? ROUTE_PENALTY_HOURS.interpreter
    : 0;
}

/** The penalty for a receiver whose opening hours are unknown at the moment it is reached. */
export function hoursUnknownPenalty(availability: Availability | null): number {
  return availability === 'unknown' ? ROUTE_PENALTY_HOURS.hoursUnknown : 0;
}

/**
 * The penalties of arriving at an end service: free places unknown (never reported, or not within
 * a day of the route's moment), distance, its consent.
 */
export function endPenalties(
  index: GraphIndex,
  need: ReferralNeed,
  service: AnalysisService,
): Partial<Costs> {
  const institution = index.institutions.get(service.institutionId);
  const remote = REMOTE_FEATURES.some((feature) => service.accessibility.includes(feature));
  return {
    capacity_unknown: isCapacityUnknown(service, capacityMomentMs(need))
      ? ROUTE_PENALTY_HOURS.capacityUnknown
      : 0,
    out_of_area:
      institution !== undefined && institution.municipality !== need.municipality && !remote
        ? ROUTE_PENALTY_HOURS.outOfArea
        : 0,
    consent: service.consentRequired ? ROUTE_PENALTY_HOURS.serviceConsent : 0,
    ...openQuestionPenalties(service, institution, need),
  };
}
