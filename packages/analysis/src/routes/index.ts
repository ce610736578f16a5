/**
 * Referral routes: the route finder's public API. One file per role: `types` (the vocabulary),
 * `constraints` (who may be sent where), `cost` (the ranking), `timing` (opening hours along a
 * route), `context` (one query's state and rejections), `steps` (the search's moves), `search`
 * (the best-first search), `wording` (texts) and `explain` (relaxations of an empty answer).
 */
export { referralPathFailure, serviceFailures } from './constraints';
export { DEFAULT_RESPONSE_HOURS, MAX_WAIT_HOURS, ROUTE_PENALTY_HOURS } from './cost';
export { explainNoRoute } from './explain';
export { findReferralRoutes, resolveStart } from './search';
export type {
  ConsentAvailability,
  ConstraintRejection,
  CostTerm,
  CostTermKind,
  NoRouteExplanation,
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
