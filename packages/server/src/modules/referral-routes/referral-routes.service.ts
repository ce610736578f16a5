import {
  explainNoRoute,
  findReferralRoutes,
  ROUTE_PENALTY_HOURS,
  type AnalysisGraph,
  type ConstraintRejection,
  type ReferralNeed,
  type ReferralRoute,
  type RouteStart,
} from '@schutznetz/analysis';
import {
  isInstitutionKindCode,
  isMunicipalityCode,
  isTargetGroupCode,
  isTopicCode,
  type AccessibilityFeature,
  type DataMode,
  type LanguageCode,
  type RegionCode,
  type TargetGroupCode,
  type TopicCode,
  type Urgency,
} from '@schutznetz/domain';
import { InvalidInputError } from '../../errors';
import { Problems } from '../../validation';
import { lookupOf, Refs } from '../analysis/analysis.refs';
import {
  checkScope,
  scopeView,
  type AnalysisGraphs,
  type ResolvedScope,
  type ScopeRequest,
} from '../analysis/analysis.scope';
import type { InstitutionRef } from '../analysis/analysis.views';
import type {
  NoRouteView,
  RejectionView,
  RouteSearchView,
  RouteView,
} from './referral-routes.views';

/** Routes asked for at most; the search cost grows with k. */
export const MAX_ROUTES = 20;

/** Where a route starts: exactly one of an institution, a kind in a municipality, or self. */
export interface RouteStartRequest {
  readonly institutionId?: string | null;
  readonly institutionKind?: string | null;
  readonly municipality?: string | null;
  readonly self?: boolean | null;
}

/** The need of a route search as the client sends it (enums already checked by GraphQL). */
export interface NeedRequest {
  readonly topic: string;
  readonly municipality: string;
  readonly targetGroup?: string | null;
  readonly age?: number | null;
  readonly language?: string | null;
  readonly urgency?: string | null;
  readonly at?: string | null;
  readonly accessibility?: readonly string[] | null;
  readonly consent?: string | null;
  readonly dataModes?: readonly string[] | null;
  readonly ignoreFullCapacity?: boolean | null;
}

const RANKING: { de: string; en: string } = {
  de:
    'Sortiert nach Kosten in Stunden: erwartete Antwort- und Wartezeiten plus Zuschläge ' +
    `(Übergabe ${ROUTE_PENALTY_HOURS.handOver} h, Einwilligung ${ROUTE_PENALTY_HOURS.consentRequired} h, ` +
    `selbst melden ${ROUTE_PENALTY_HOURS.selfContact} h, freie Plätze unbekannt ${ROUTE_PENALTY_HOURS.capacityUnknown} h, ` +
    `Öffnungszeiten unbekannt ${ROUTE_PENALTY_HOURS.hoursUnknown} h, Sprachmittlung ${ROUTE_PENALTY_HOURS.interpreter} h).`,
  en:
    'Ranked by cost in hours: expected response and waiting times plus penalties ' +
    `(hand-over ${ROUTE_PENALTY_HOURS.handOver} h, consent ${ROUTE_PENALTY_HOURS.consentRequired} h, ` +
    `self-contact ${ROUTE_PENALTY_HOURS.selfContact} h, free places unknown ${ROUTE_PENALTY_HOURS.capacityUnknown} h, ` +
    `opening hours unknown ${ROUTE_PENALTY_HOURS.hoursUnknown} h, interpreting ${ROUTE_PENALTY_HOURS.interpreter} h).`,
};

/**
 * Referral routes (issue 4.1) over the cached graph: up to k ranked routes from a start to
 * services that meet a need, each hop explained, or why none fits and which relaxations help.
 * Routes name institutions and services only, so every role gets the same answer.
 */
export class ReferralRoutesService {
  constructor(private readonly graphs: AnalysisGraphs) {}

  /** Up to `k` ranked routes from `start` to services that meet `need`, or why there is none. */
  async findRoutes(
    startRequest: RouteStartRequest,
    needRequest: NeedRequest,
    k: number,
    scopeRequest: ScopeRequest | null | undefined,
  ): Promise<RouteSearchView> {
    const problems = new Problems();
    if (!Number.isInteger(k) || k < 1 || k > MAX_ROUTES) {
      problems.add('k', `must be between 1 and ${MAX_ROUTES}`);
    }
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    const need = checkNeed(problems, needRequest, resolved);
    const start = checkStart(problems, startRequest);
    problems.throwIfAny();

    const scoped = await this.graphs.open(resolved);
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
    const result = findReferralRoutes(graph, start, need, k);
    const noRoute = result.routes.length === 0 ? explain(graph, start, need, refs) : null;
    return {
      ...scopeView(scoped),
      routes: result.routes.map((route) => routeView(route, refs)),
      startInstitutions: refs.institutions(result.startIds),
      topicServiceCount: result.topicServiceCount,
      matchingServiceCount: result.matchingServiceIds.length,
      rejections: result.rejections.map((r) => rejectionView(r, refs)),
      truncated: result.truncated,
      ranking: RANKING,
      noRoute,
    };
  }
}

function isIsoInstant(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

function checkNeed(problems: Problems, need: NeedRequest, resolved: ResolvedScope): ReferralNeed {
  if (!isTopicCode(need.topic)) problems.add('need.topic', `unknown topic: ${need.topic}`);
  if (!isMunicipalityCode(need.municipality)) {
    problems.add('need.municipality', `unknown municipality: ${need.municipality}`);
  } else if (!resolved.codes.includes(need.municipality)) {
    problems.add(
      'need.municipality',
      `${need.municipality} is outside the scope (${resolved.codes.join(', ')})`,
    );
  }
  if (need.targetGroup != null && !isTargetGroupCode(need.targetGroup)) {
    problems.add('need.targetGroup', `unknown target group: ${need.targetGroup}`);
  }
  if (need.age != null && (!Number.isInteger(need.age) || need.age < 0 || need.age > 120)) {
    problems.add('need.age', 'must be a whole number of years between 0 and 120');
  }
  if (need.at != null && !isIsoInstant(need.at)) {
    problems.add('need.at', 'must be a moment in ISO 8601, e.g. 2026-03-14T23:00:00+01:00');
  }
  return {
    topic: need.topic as TopicCode,
    municipality: need.municipality as RegionCode,
    ...(need.targetGroup != null ? { targetGroup: need.targetGroup as TargetGroupCode } : {}),
    ...(need.age != null ? { age: need.age } : {}),
    ...(need.language != null ? { language: need.language as LanguageCode } : {}),
    ...(need.urgency != null ? { urgency: need.urgency as Urgency } : {}),
    ...(need.at != null ? { at: need.at } : {}),
    ...(need.accessibility != null && need.accessibility.length > 0
      ? { accessibility: need.accessibility as AccessibilityFeature[] }
      : {}),
    ...(need.consent != null ? { consent: need.consent as 'obtainable' | 'not_obtainable' } : {}),
    ...(need.dataModes != null && need.dataModes.length > 0
      ? { dataModes: need.dataModes as DataMode[] }
      : {}),
    ...(need.ignoreFullCapacity === true ? { ignoreFullCapacity: true } : {}),
  };
}

function checkStart(problems: Problems, start: RouteStartRequest): RouteStart {
  const byInstitution = start.institutionId != null;
  const byKind = start.institutionKind != null || start.municipality != null;
  const bySelf = start.self === true;
  if ([byInstitution, byKind, bySelf].filter(Boolean).length !== 1) {
    problems.add(
      'start',
      'give exactly one of institutionId, institutionKind with municipality, or self: true',
    );
    return { kind: 'self' };
  }
  if (bySelf) return { kind: 'self' };
  if (byInstitution) return { kind: 'institution', institutionId: start.institutionId ?? '' };
  if (start.institutionKind == null || !isInstitutionKindCode(start.institutionKind)) {
    problems.add('start.institutionKind', 'an institution kind is needed with a municipality');
  }
  if (start.municipality == null || !isMunicipalityCode(start.municipality)) {
    problems.add('start.municipality', `unknown municipality: ${start.municipality ?? '(none)'}`);
  }
  return {
    kind: 'institution_kind',
    institutionKind: start.institutionKind as never,
    municipality: (start.municipality ?? '') as RegionCode,
  };
}

function explain(
  graph: AnalysisGraph,
  start: RouteStart,
  need: ReferralNeed,
  refs: Refs,
): NoRouteView {
  const explanation = explainNoRoute(graph, start, need, 1);
  return {
    summary: explanation.summary,
    failedConstraints: explanation.failedConstraints.map((r) => rejectionView(r, refs)),
    relaxations: explanation.relaxations.map((r) => ({
      constraint: r.constraint,
      description: r.description,
      routes: r.routes.map((route) => routeView(route, refs)),
    })),
    fruitless: explanation.fruitless,
  };
}

function missingInstitution(id: string): InstitutionRef {
  return { id, name: id, kind: 'unknown', municipality: '', available24x7: false };
}

function routeView(route: ReferralRoute, refs: Refs): RouteView {
  const endInstitution = refs.institution(route.endService.institutionId);
  const endService = refs.service(route.endService.id);
  return {
    rank: route.rank,
    kind: route.kind,
    start: route.startId === null ? null : refs.institution(route.startId),
    hops: route.hops.map((hop) => ({
      ...hop,
      from: hop.from === null ? null : refs.institution(hop.from),
      // The route finder only walks institutions of the graph: the lookup cannot miss.
      to: refs.institution(hop.to) ?? missingInstitution(hop.to),
    })),
    endService: endService ?? {
      id: route.endService.id,
      name: route.endService.name,
      institutionId: route.endService.institutionId,
      available24x7: false,
    },
    endInstitution: endInstitution ?? missingInstitution(route.endService.institutionId),
    expectedHours: route.expectedHours,
    cost: route.cost,
    costTerms: route.costTerms,
    explanation: route.explanation,
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
