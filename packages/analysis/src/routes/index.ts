/**
 * Referral routes: the route finder's public API. One file per role: `types` (the vocabulary),
 * `constraints` (who may be sent where), `cost` (the ranking), `timing` (opening hours along a
 * route), `context` (one query's state and rejections), `steps` (the search's moves), `queue`
 * (its priority queue), `search` (the best-first search), `wording` (texts), `explain`
 * (relaxations of an empty answer), `reach` (a step's hours at the chosen moment), `capacity`
 * (how far reported free places are trusted), `onward` (direct contacts that go on, and
 * shelters handing over by R05), `child-protection` (the search's last step: the § 4 KKG
 * `procedure` first, the legs of multi-step `templates` filled in, no self-referral for a
 * child; decision 022). A new rule of eligibility goes to `constraints`, a new
 * penalty to `cost`, a new kind of step to `steps`.
 */
export {
  CAPACITY_FRESH_HOURS,
  capacityMomentMs,
  capacityState,
  isCapacityUnknown,
  isReportedFull,
} from './capacity';
export { referralPathFailure, serviceFailures } from './constraints';
export { DEFAULT_RESPONSE_HOURS, MAX_WAIT_HOURS, ROUTE_PENALTY_HOURS } from './cost';
export { explainNoRoute } from './explain';
export { exclusionReasons, OPEN_QUESTION_PENALTY_HOURS, routeEligibility } from './eligibility';
export { LEFT_OUT_NEAREST, leftOutOf } from './left-out';
export { berlinIso, reachHoursAt, type ReachHours } from './reach';
export { findReferralRoutes, resolveStart } from './search';
export type {
  AccompanyingChild,
  CapacityState,
  ConsentAvailability,
  EligibilityReason,
  LeftOut,
  LeftOutService,
  RouteLanguageMatch,
  ConstraintRejection,
  CostTerm,
  CostTermKind,
  HopVia,
  NoRouteExplanation,
  ProcedureStepKind,
  ReferralHop,
  ReferralNeed,
  ReferralRoute,
  Relaxation,
  RouteConstraint,
  RouteSearchOptions,
  RouteSearchResult,
  RouteStart,
} from './types';
export { formatHours } from './wording';
