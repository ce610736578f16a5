import {
  explainNoRoute,
  findReferralRoutes,
  OPEN_QUESTION_PENALTY_HOURS,
  ROUTE_PENALTY_HOURS,
  type AnalysisGraph,
  type ConstraintRejection,
  type ReferralNeed,
  type ReferralRoute,
  type RouteStart,
} from '@schutznetz/analysis';
import { InvalidInputError } from '../../errors';
import { lookupOf, Refs } from '../analysis/analysis.refs';
import { scopeView, type ResolvedScope, type ScopedGraph } from '../analysis/analysis.scope';
import type { InstitutionRef } from '../analysis/analysis.views';
import { leftOutView } from './left-out.view';
import { institutionReach, serviceReach } from './route-reach';
import type {
  NoRouteView,
  RejectionView,
  RouteSearchView,
  RouteView,
} from './referral-routes.views';

const RANKING: { de: string; en: string } = {
  de:
    'Sortiert nach Kosten in Stunden: erwartete Antwort- und Wartezeiten plus Zuschläge ' +
    `(Übergabe ${ROUTE_PENALTY_HOURS.handOver} h, Einwilligung ${ROUTE_PENALTY_HOURS.consentRequired} h, ` +
    `selbst melden ${ROUTE_PENALTY_HOURS.selfContact} h, freie Plätze unbekannt ${ROUTE_PENALTY_HOURS.capacityUnknown} h, ` +
    `Öffnungszeiten unbekannt ${ROUTE_PENALTY_HOURS.hoursUnknown} h, Sprachmittlung ${ROUTE_PENALTY_HOURS.interpreter} h, ` +
    `Sprache unbekannt ${OPEN_QUESTION_PENALTY_HOURS.languageUnknown} h, Zielgruppe oder Altersgrenze nicht bestätigt ${OPEN_QUESTION_PENALTY_HOURS.eligibilityUnknown} h).`,
  en:
    'Ranked by cost in hours: expected response and waiting times plus penalties ' +
    `(hand-over ${ROUTE_PENALTY_HOURS.handOver} h, consent ${ROUTE_PENALTY_HOURS.consentRequired} h, ` +
    `self-contact ${ROUTE_PENALTY_HOURS.selfContact} h, free places unknown ${ROUTE_PENALTY_HOURS.capacityUnknown} h, ` +
    `opening hours unknown ${ROUTE_PENALTY_HOURS.hoursUnknown} h, interpreting ${ROUTE_PENALTY_HOURS.interpreter} h, ` +
    `language unknown ${OPEN_QUESTION_PENALTY_HOURS.languageUnknown} h, target group or age limit not confirmed ${OPEN_QUESTION_PENALTY_HOURS.eligibilityUnknown} h).`,
};

/** A checked route search: what the job needs, as plain data. */
export interface RoutesJob {
  readonly scope: ResolvedScope;
  readonly start: RouteStart;
  readonly need: ReferralNeed;
  readonly k: number;
}

/** Up to `k` ranked routes, or why there is none (runs in an analysis worker). */
export function routeSearchView(scoped: ScopedGraph, job: RoutesJob): RouteSearchView {
  const { start, need, k } = job;
  const resolved = job.scope;
  const { graph } = scoped;
  if (start.kind === 'institution' && !lookupOf(graph).institutions.has(start.institutionId)) {
    const known = lookupOf(scoped.snapshot.graph).institutions.has(start.institutionId);
    throw InvalidInputError.forField(
      'start.institutionId',
      known
        ? `institution '${start.institutionId}' is outside the scope (${resolved.codes.join(', ')})`
        : `unknown institution: ${start.institutionId}`,
    );
  }
  const refs = new Refs(graph, true);
  const at = need.at ?? new Date().toISOString();
  const result = findReferralRoutes(graph, start, need, k);
  const noRoute = result.routes.length === 0 ? explain(graph, start, need, refs, at) : null;
  return {
    ...scopeView(scoped),
    routes: result.routes.map((route) => routeView(route, refs, at)),
    startInstitutions: refs.institutions(result.startIds),
    topicServiceCount: result.topicServiceCount,
    matchingServiceCount: result.matchingServiceIds.length,
    rejections: result.rejections.map((r) => rejectionView(r, refs)),
    truncated: result.truncated,
    ranking: RANKING,
    leftOut: leftOutView(graph, start, need, result, refs),
    noRoute,
  };
}

function explain(
  graph: AnalysisGraph,
  start: RouteStart,
  need: ReferralNeed,
  refs: Refs,
  at: string,
): NoRouteView {
  const explanation = explainNoRoute(graph, start, need, 1);
  return {
    summary: explanation.summary,
    failedConstraints: explanation.failedConstraints.map((r) => rejectionView(r, refs)),
    relaxations: explanation.relaxations.map((r) => ({
      constraint: r.constraint,
      description: r.description,
      municipality: r.municipality,
      routes: r.routes.map((route) => routeView(route, refs, at)),
    })),
    fruitless: explanation.fruitless,
    fruitlessMunicipalities: explanation.fruitlessMunicipalities,
  };
}

function missingInstitution(id: string): InstitutionRef {
  return { id, name: id, kind: 'unknown', municipality: '', available24x7: false };
}

/** A route with references and, for each step, how it is reached at `at`. */
function routeView(route: ReferralRoute, refs: Refs, at: string): RouteView {
  const { lookup } = refs;
  const endInstitution = refs.institution(route.endService.institutionId);
  const endService = refs.service(route.endService.id);
  return {
    rank: route.rank,
    kind: route.kind,
    start: route.startId === null ? null : refs.institution(route.startId),
    startReach: route.startId === null ? null : institutionReach(lookup, route.startId, at),
    hops: route.hops.map((hop) => ({
      ...hop,
      inferred: hop.inferred ?? false,
      step: hop.step ?? null,
      from: hop.from === null ? null : refs.institution(hop.from),
      // The route finder only walks institutions of the graph: the lookup cannot miss.
      to: refs.institution(hop.to) ?? missingInstitution(hop.to),
      reach: institutionReach(lookup, hop.to, at),
    })),
    endService: endService ?? {
      id: route.endService.id,
      name: route.endService.name,
      institutionId: route.endService.institutionId,
      available24x7: false,
    },
    endInstitution: endInstitution ?? missingInstitution(route.endService.institutionId),
    endReach: serviceReach(lookup, route.endService.id, at),
    endCapacity: route.endCapacity,
    expectedHours: route.expectedHours,
    cost: route.cost,
    costTerms: route.costTerms,
    explanation: route.explanation,
    languageMatch: route.languageMatch,
    openQuestions: route.openQuestions,
  };
}

function rejectionView(r: ConstraintRejection, refs: Refs): RejectionView {
  return {
    constraint: r.constraint,
    serviceCount: r.serviceCount,
    services: refs.services(r.serviceIds),
    referralPathCount: r.referralPathCount,
    referralPathIds: r.referralPathIds,
    institutionCount: r.institutionCount,
    institutions: refs.institutions(r.institutionIds),
  };
}
