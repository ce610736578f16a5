import {
  isAgeInRange,
  isAnonymousLine,
  referralRouteById,
  TOPICS,
  type AccessibilityFeature,
  type DataMode,
  type LanguageCode,
  type RegionCode,
  type TargetGroupCode,
  type TopicCode,
  type Urgency,
} from '@schutznetz/domain';
import fc from 'fast-check';
import type { AnalysisGraph, AnalysisReferralPath } from '../graph';
import { DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import { relatedTopics } from '../matching';
import { availabilityAt } from '../opening-hours';
import { generateAnalysisGraph } from '../testing/generate';
import { COUNTY } from '../testing/violence-chain';
import {
  findReferralRoutes,
  MAX_WAIT_HOURS,
  type ReferralNeed,
  type ReferralRoute,
  type RouteStart,
} from '.';

// The package compiles without Node or DOM types (it does no I/O); Jest provides the console.
declare const console: { log: (message: string) => void };

const HOUR = 3_600_000;

/** R05 between two shelters that record no path between them, as the template describes it. */
function inferredShelterHandOver(
  graph: AnalysisGraph,
  from: string | null,
  to: string,
  paths: ReadonlyMap<string, AnalysisReferralPath>,
): AnalysisReferralPath | undefined {
  const r05 = referralRouteById('R05');
  const kind = (id: string | null) => graph.institutions.find((i) => i.id === id)?.kind;
  const fromKind = kind(from);
  const toKind = kind(to);
  if (
    from === null ||
    fromKind === undefined ||
    toKind === undefined ||
    r05.from === 'any' ||
    !r05.from.includes(fromKind) ||
    !r05.hops[0].to.includes(toKind) ||
    [...paths.values()].some((p) => p.fromId === from && p.toId === to)
  ) {
    return undefined;
  }
  return {
    id: 'inferred',
    fromId: from,
    toId: to,
    routeTemplate: 'R05',
    topics: [],
    consent: r05.conditions.consent,
    dataMode: 'identified_with_consent',
    urgency: 'same_day',
    responseHours: null,
    afterHours: r05.conditions.afterHours,
    conditions: null,
  };
}

/**
 * The route as the search found it: without the legs its multi-step templates imply where no
 * path is recorded (`templates.ts`); each such leg must go to an institution of one of its
 * template's kinds, with no path.
 */
function withoutTemplateLegs(graph: AnalysisGraph, route: ReferralRoute): ReferralRoute {
  const kindOf = (id: string) => graph.institutions.find((i) => i.id === id)?.kind;
  const hops = route.hops.filter((hop) => {
    const template = hop.templateId === null ? null : referralRouteById(hop.templateId);
    if (hop.inferred !== true || template === null || template.hops.length < 2) return true;
    const kind = kindOf(hop.to);
    expect(template.hops.some((leg) => kind !== undefined && leg.to.includes(kind))).toBe(true);
    expect(hop.referralPathId).toBeNull();
    return false;
  });
  return { ...route, hops };
}

/** An independent check of one route against the need, from the raw graph data. */
function violations(
  graph: AnalysisGraph,
  route: ReferralRoute,
  need: ReferralNeed,
  startIds: readonly string[],
): string[] {
  const problems: string[] = [];
  const institutions = new Map(graph.institutions.map((i) => [i.id, i]));
  const paths = new Map(graph.referralPaths.map((p) => [p.id, p]));
  const service = graph.services.find((s) => s.id === route.endService.id);
  if (service === undefined) return ['unknown end service'];
  const institution = institutions.get(service.institutionId);
  const related = relatedTopics(need.topic);
  // The services on the topic at an institution that take a direct contact.
  const contactable = (institutionId: string) =>
    graph.services.filter(
      (s) =>
        s.institutionId === institutionId && s.selfReferral && s.topics.some((t) => related.has(t)),
    );

  // The end service.
  if (!service.topics.some((t) => related.has(t))) problems.push('topic');
  if (
    need.targetGroup !== undefined &&
    service.targetGroups.length > 0 &&
    !service.targetGroups.includes(need.targetGroup)
  ) {
    problems.push('target group');
  }
  if (need.age !== undefined && !isAgeInRange(service, need.age)) problems.push('age');
  // A service recording no language (nor its institution) is asked, not ruled out; one that
  // arranges interpreting takes any language.
  const languages =
    service.languages.length > 0 ? service.languages : (institution?.languages ?? []);
  if (
    need.language !== undefined &&
    languages.length > 0 &&
    !languages.includes(need.language) &&
    !service.interpreting
  ) {
    problems.push('language');
  }
  if (!DEMO_REGION_CATALOG.covers(service.area, need.municipality)) problems.push('area');
  for (const feature of need.accessibility ?? []) {
    if (!service.accessibility.includes(feature) && !institution?.accessibility.includes(feature)) {
      problems.push('accessibility');
    }
  }
  // Only a report of no places within a day of the moment rules a service out.
  const momentMs = need.at === undefined ? Date.now() : Date.parse(need.at);
  const reportedMs = Date.parse(service.capacityReportedAt ?? '');
  if (service.capacityFree === 0 && Math.abs(momentMs - reportedMs) <= 24 * HOUR) {
    problems.push('capacity');
  }
  if (need.consent === 'not_obtainable' && service.consentRequired) problems.push('consent');

  // The chain.
  if (route.kind === 'in_house') {
    if (route.hops.length !== 0 || !startIds.includes(service.institutionId))
      problems.push('in-house');
  } else {
    const first = route.hops[0];
    if (first === undefined) return [...problems, 'no hops'];
    if (first.from === null ? startIds.length > 0 : !startIds.includes(first.from)) {
      problems.push('start');
    }
    if (route.hops.at(-1)?.to !== service.institutionId) problems.push('end');
    if (route.hops.length > 4) problems.push('hops');
    const visited = new Set<string | null>([first.from]);
    route.hops.forEach((hop, i) => {
      if (i > 0 && route.hops[i - 1]?.to !== hop.from) problems.push('chain');
      if (visited.has(hop.to)) problems.push('cycle');
      visited.add(hop.to);
      if (hop.via === 'self_referral' || hop.via === 'direct_contact') {
        // A direct contact comes first; it ends the route or is followed by referral paths.
        if (i > 0 || contactable(hop.to).length === 0) problems.push('direct contact');
        if (route.hops.length === 1 && !service.selfReferral) problems.push('direct contact');
        // The institution acts with consent; without, or alone, the person gets in touch herself.
        const anonymous = graph.institutions.some(
          (i) => i.id === hop.to && isAnonymousLine(i.kind),
        );
        const institutionActs =
          hop.from !== null && need.consent !== 'not_obtainable' && !anonymous;
        if ((hop.via === 'direct_contact') !== institutionActs) problems.push('who acts');
        return;
      }
      const path: AnalysisReferralPath | undefined =
        hop.inferred === true
          ? inferredShelterHandOver(graph, hop.from, hop.to, paths)
          : paths.get(hop.referralPathId ?? '');
      if (path?.fromId !== hop.from || path.toId !== hop.to) {
        problems.push('path');
        return;
      }
      const template = path.routeTemplate === null ? null : referralRouteById(path.routeTemplate);
      if (template?.conditions.urgency.kind === 'next_meeting') problems.push('structural');
      const topics = path.topics.length > 0 ? path.topics : template?.topics;
      if (topics !== undefined && topics !== 'any' && !topics.some((t) => related.has(t))) {
        problems.push('hop topic');
      }
      if (
        template !== null &&
        need.targetGroup !== undefined &&
        template.targetGroups !== 'any' &&
        !template.targetGroups.includes(need.targetGroup)
      ) {
        problems.push('hop target group');
      }
      const ageLimits = template?.conditions.ageLimits ?? null;
      if (ageLimits !== null && need.age !== undefined && !isAgeInRange(ageLimits, need.age)) {
        problems.push('hop age');
      }
      if (
        need.consent === 'not_obtainable' &&
        (path.consent === 'required' || path.dataMode === 'identified_with_consent')
      ) {
        problems.push('hop consent');
      }
      if (need.dataModes !== undefined && !need.dataModes.includes(path.dataMode)) {
        problems.push('hop data mode');
      }
    });
  }

  // Time: each receiver is open (or 24/7, or of unknown hours) when it is reached.
  if (need.at !== undefined) {
    let waited = 0;
    let handOver = Date.parse(need.at);
    route.hops.forEach((hop, i) => {
      const last = i === route.hops.length - 1;
      const path =
        hop.inferred === true
          ? inferredShelterHandOver(graph, hop.from, hop.to, paths)
          : paths.get(hop.referralPathId ?? '');
      if (hop.handOverAt === null || hop.contactAt === null) {
        problems.push('times missing');
        return;
      }
      if (Math.abs(Date.parse(hop.handOverAt) - handOver) > 1000) problems.push('hand-over time');
      const contact = Date.parse(hop.contactAt);
      waited += hop.waitHours;
      if (Math.abs(contact - handOver - hop.waitHours * HOUR) > 1000) problems.push('wait');
      const receiver = institutions.get(hop.to);
      // A direct contact goes to a service on the topic there, by its own hours if it has any.
      const contacted = contactable(hop.to).map((s) =>
        s.available24x7 || s.openingHours.length > 0 ? s : receiver,
      );
      const holders =
        !last && path === undefined
          ? contacted
          : [
              last
                ? service.available24x7 || service.openingHours.length > 0
                  ? service
                  : receiver
                : receiver,
            ];
      const channel = path?.afterHours === 'available_24_7';
      if (
        !channel &&
        holders.length > 0 &&
        holders.every((h) => h !== undefined && availabilityAt(h, contact) === 'closed')
      ) {
        problems.push('closed on contact');
      }
      handOver = contact + hop.responseHours * HOUR;
    });
    if (route.kind === 'in_house') {
      const holder =
        service.available24x7 || service.openingHours.length > 0 ? service : institution;
      const contact = Date.parse(need.at) + route.expectedHours * HOUR;
      if (holder !== undefined && availabilityAt(holder, contact) === 'closed') {
        problems.push('in-house closed');
      }
      waited += route.expectedHours;
    }
    if (waited > MAX_WAIT_HOURS[need.urgency ?? 'days'] + 1e-6) problems.push('waited too long');
  }
  return problems;
}

const GRAPHS = [11, 12, 13].map((seed) =>
  generateAnalysisGraph({ institutions: 400, seed, extraPathsPerInstitution: 4 }),
);

/** Present in one case out of four, so that needs are neither trivial nor hopeless. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, weight = 1): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight });
}

const needArbitrary: fc.Arbitrary<ReferralNeed> = fc.record({
  topic: fc.constantFrom<TopicCode>(...TOPICS.map((t) => t.code)),
  municipality: fc.constantFrom<RegionCode>(...COUNTY),
  targetGroup: sometimes(
    fc.constantFrom<TargetGroupCode>('women', 'children_6_14', 'parents_families', 'professionals'),
  ),
  age: sometimes(fc.integer({ min: 0, max: 80 })),
  language: sometimes(fc.constantFrom<LanguageCode>('de', 'en', 'ar')),
  urgency: sometimes(fc.constantFrom<Urgency>('immediate', 'same_day', 'days', 'weeks'), 3),
  at: sometimes(
    fc
      .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 0, 1) })
      .map((ms) => new Date(ms - (ms % 60_000)).toISOString()),
    3,
  ),
  accessibility: sometimes(fc.constant<readonly AccessibilityFeature[]>(['phone_counselling'])),
  consent: sometimes(fc.constantFrom('obtainable' as const, 'not_obtainable' as const)),
  dataModes: sometimes(
    fc.subarray<DataMode>(
      ['none', 'pseudonymised', 'identified_with_consent', 'identified_by_law'],
      { minLength: 1 },
    ),
  ),
});

describe('findReferralRoutes, property-based', () => {
  it('returns only routes that satisfy every constraint of the need, in cost order', () => {
    let nonEmpty = 0;
    let waiting = 0;
    let multiHop = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: GRAPHS.length - 1 }),
        fc.nat(),
        fc.constantFrom('institution', 'institution_kind', 'self'),
        needArbitrary,
        fc.boolean(),
        fc.constantFrom(undefined, 0, 1),
        (graphIndex, pickStart, startKind, need, includeInHouse, maxDirect) => {
          const graph = GRAPHS[graphIndex]!;
          const institution = graph.institutions[pickStart % graph.institutions.length]!;
          const start: RouteStart =
            startKind === 'self'
              ? { kind: 'self' }
              : startKind === 'institution'
                ? { kind: 'institution', institutionId: institution.id }
                : {
                    kind: 'institution_kind',
                    institutionKind: institution.kind,
                    municipality: need.municipality,
                  };
          const result = findReferralRoutes(graph, start, need, 10, { includeInHouse, maxDirect });
          if (result.routes.length > 0) nonEmpty += 1;
          if (result.routes.some((r) => r.hops.some((h) => h.waitHours > 0))) waiting += 1;
          if (result.routes.some((r) => r.hops.length > 1)) multiHop += 1;
          // The child-protection procedure leads by law and has properties of its own
          // (child-protection.properties.test.ts); the search's routes follow it by cost.
          const searched = result.routes.filter((r) => r.kind !== 'procedure');
          for (const route of searched) {
            expect(
              violations(graph, withoutTemplateLegs(graph, route), need, result.startIds),
            ).toEqual([]);
          }
          const costs = searched.map((r) => r.cost);
          expect(costs).toEqual([...costs].sort((a, b) => a - b));
          if (maxDirect !== 0 && searched.length === result.routes.length) {
            // The best route does not depend on k (with no self-referral slot it may).
            const best = findReferralRoutes(graph, start, need, 1, { includeInHouse, maxDirect });
            expect(best.routes[0]?.cost).toBe(costs[0]);
          }
        },
      ),
      { seed: 4711, numRuns: 300 },
    );
    // The cases must be varied enough for the property to mean something.
    console.log(
      `property runs: ${nonEmpty} with routes, ${waiting} with waiting, ${multiHop} multi-hop`,
    );
    expect(nonEmpty).toBeGreaterThan(150);
    expect(waiting).toBeGreaterThan(20);
    expect(multiHop).toBeGreaterThan(20);
  });
});
