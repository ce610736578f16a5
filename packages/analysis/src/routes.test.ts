import {
  isAgeInRange,
  MUNICIPALITIES,
  TOPICS,
  referralRouteById,
  type AccessibilityFeature,
  type DataMode,
  type LanguageCode,
  type RegionCode,
  type TargetGroupCode,
  type TopicCode,
  type Urgency,
} from '@schutznetz/domain';
import fc from 'fast-check';
import type { AnalysisGraph, AnalysisReferralPath } from './graph';
import { graphIndex as graphIndexOf } from './graph-index';
import { areaCovers, relatedTopics } from './matching';
import { availabilityAt } from './opening-hours';
import {
  explainNoRoute,
  findReferralRoutes,
  MAX_WAIT_HOURS,
  type ReferralNeed,
  type ReferralRoute,
  type RouteStart,
} from './routes';
import { aGraph, anInstitution, aReferralPath, aService, OFFICE_HOURS } from './testing/fixtures';
import { generateAnalysisGraph } from './testing/generate';

// The package compiles without Node or DOM types (it does no I/O); Jest provides the console.
declare const console: { log: (message: string) => void };

const COUNTY: RegionCode[] = MUNICIPALITIES.map((m) => m.code);

/** Police in Köthen, the Interventionsstelle in Dessau, a shelter, the federal helpline. */
function violenceGraph(shelterFree: number | null = 1): AnalysisGraph {
  return aGraph({
    institutions: [
      anInstitution('police', {
        kind: 'police_station',
        openingHours: [],
        available24x7: true,
      }),
      anInstitution('ist', {
        kind: 'domestic_violence_intervention_centre',
        municipality: 'dessau_rosslau',
        languages: ['de', 'en'],
      }),
      anInstitution('shelter', { kind: 'womens_shelter', openingHours: [], available24x7: true }),
      anInstitution('helpline', {
        kind: 'national_helpline',
        municipality: 'germany',
        openingHours: [],
        available24x7: true,
      }),
      anInstitution('asd', { kind: 'general_social_service' }),
    ],
    services: [
      aService('svc:ist', 'ist', {
        topics: ['domestic_violence', 'stalking'],
        targetGroups: ['women', 'men'],
        minAge: 18,
        languages: ['de', 'en'],
        area: ['anhalt_bitterfeld'],
        accessibility: ['phone_counselling'],
      }),
      aService('svc:shelter', 'shelter', {
        targetGroups: ['women', 'children_3_6'],
        area: COUNTY,
        available24x7: true,
        selfReferral: false,
        capacityTotal: 4,
        capacityFree: shelterFree,
      }),
      aService('svc:helpline', 'helpline', {
        topics: ['domestic_violence', 'stalking'],
        targetGroups: ['women', 'relatives_social_environment'],
        languages: ['de', 'en', 'ar', 'ru'],
        area: ['germany'],
        available24x7: true,
        accessibility: ['phone_counselling'],
      }),
      aService('svc:asd', 'asd', {
        topics: ['children_exposed_to_dv'],
        targetGroups: ['children_6_14'],
        maxAge: 18,
        area: COUNTY,
        selfReferral: false,
      }),
    ],
    referralPaths: [
      aReferralPath('ref:r01', 'police', 'ist', {
        routeTemplate: 'R01',
        topics: ['domestic_violence', 'stalking'],
        consent: 'required',
        dataMode: 'identified_with_consent',
        urgency: 'days',
        responseHours: 48,
        afterHours: 'next_working_day',
      }),
      aReferralPath('ref:r04', 'police', 'shelter', {
        routeTemplate: 'R04',
        topics: ['domestic_violence'],
        consent: 'required',
        dataMode: 'identified_with_consent',
        responseHours: 2,
        afterHours: 'available_24_7',
      }),
      aReferralPath('ref:r02', 'police', 'asd', {
        routeTemplate: 'R02',
        topics: ['children_exposed_to_dv', 'domestic_violence'],
        afterHours: 'next_working_day',
      }),
    ],
  });
}

const POLICE: RouteStart = { kind: 'institution', institutionId: 'police' };
const TUESDAY_MORNING = '2025-01-14T09:00:00Z'; // 10:00 CET
const SATURDAY_NIGHT = '2025-01-18T22:00:00Z'; // 23:00 CET
const WOMAN: ReferralNeed = {
  topic: 'domestic_violence',
  municipality: 'koethen',
  targetGroup: 'women',
  age: 30,
};

function endsAt(routes: readonly ReferralRoute[]): string[] {
  return routes.map((r) => `${r.kind}:${r.endService.id}`);
}

describe('findReferralRoutes on the violence-protection chain', () => {
  it('ranks by expected time plus penalties and explains each term', () => {
    const result = findReferralRoutes(
      violenceGraph(),
      POLICE,
      { ...WOMAN, at: TUESDAY_MORNING },
      5,
    );
    expect(endsAt(result.routes)).toEqual([
      'direct:svc:helpline', // 1 h response + 2 h self-contact
      'referral:svc:shelter', // 2 h + hand-over 1 h + consent 2 h
      'direct:svc:ist', // 24 h estimated first response + 2 h
      'referral:svc:ist', // 48 h + 1 h + 2 h
    ]);
    expect(result.routes.map((r) => r.cost)).toEqual([3, 5, 26, 51]);
    const shelter = result.routes[1]!;
    expect(shelter.hops).toHaveLength(1);
    expect(shelter.hops[0]).toMatchObject({
      from: 'police',
      to: 'shelter',
      templateId: 'R04',
      referralPathId: 'ref:r04',
      responseHours: 2,
      waitHours: 0,
      contactAt: '2025-01-14T09:00:00.000Z',
    });
    expect(shelter.hops[0]!.reason.de).toContain('R04');
    expect(shelter.hops[0]!.reason.en).toContain('Acute danger');
    expect(shelter.costTerms.map((t) => [t.kind, t.hours])).toEqual([
      ['response', 2],
      ['hand_over', 1],
      ['consent', 2],
    ]);
    expect(shelter.explanation.de).toContain('Rang 2');
    expect(shelter.explanation.en).toContain('behind rank 1');
    expect(result.routes.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('leaves out what is closed on a Saturday night when the need is immediate', () => {
    const result = findReferralRoutes(
      violenceGraph(),
      POLICE,
      { ...WOMAN, at: SATURDAY_NIGHT, urgency: 'immediate' },
      5,
    );
    expect(endsAt(result.routes)).toEqual(['direct:svc:helpline', 'referral:svc:shelter']);
    const time = result.rejections.find((r) => r.constraint === 'time');
    expect(time?.serviceIds).toEqual(['svc:ist']);
  });

  it('waits for Monday morning when the need can wait days', () => {
    const result = findReferralRoutes(
      violenceGraph(),
      POLICE,
      { ...WOMAN, at: SATURDAY_NIGHT, urgency: 'days' },
      5,
    );
    const r01 = result.routes.find((r) => r.hops[0]?.referralPathId === 'ref:r01');
    expect(r01?.hops[0]).toMatchObject({
      handOverAt: '2025-01-18T22:00:00.000Z',
      contactAt: '2025-01-20T07:00:00.000Z', // Monday 08:00 CET
      waitHours: 33,
      receiverAvailability: 'closed',
    });
    expect(r01?.expectedHours).toBe(33 + 48);
    expect(r01?.costTerms.find((t) => t.kind === 'wait')?.hours).toBe(33);
  });

  it('drops hops that need consent when consent cannot be obtained', () => {
    const result = findReferralRoutes(
      violenceGraph(),
      POLICE,
      { ...WOMAN, consent: 'not_obtainable' },
      5,
    );
    expect(result.routes.every((r) => r.kind === 'direct')).toBe(true);
    const consent = result.rejections.find((r) => r.constraint === 'consent');
    expect(consent?.referralPathIds).toEqual(['ref:r01', 'ref:r04']);
  });

  it('keeps only hops in an allowed data mode', () => {
    const result = findReferralRoutes(
      violenceGraph(),
      POLICE,
      { ...WOMAN, dataModes: ['none', 'pseudonymised'] },
      5,
    );
    expect(result.routes.every((r) => r.kind === 'direct')).toBe(true);
    expect(result.rejections.find((r) => r.constraint === 'data_mode')?.referralPathCount).toBe(2);
  });

  it('skips a shelter reported full and flags one that reports nothing', () => {
    const full = findReferralRoutes(violenceGraph(0), POLICE, WOMAN, 5);
    expect(endsAt(full.routes)).not.toContain('referral:svc:shelter');
    expect(full.rejections.find((r) => r.constraint === 'capacity')?.serviceIds).toEqual([
      'svc:shelter',
    ]);
    const unknown = findReferralRoutes(violenceGraph(null), POLICE, WOMAN, 5);
    const shelter = unknown.routes.find((r) => r.endService.id === 'svc:shelter');
    expect(shelter?.costTerms.find((t) => t.kind === 'capacity_unknown')?.hours).toBe(6);
  });

  it('respects age limits of services and of route templates', () => {
    const result = findReferralRoutes(violenceGraph(), POLICE, { ...WOMAN, age: 16 }, 5);
    expect(endsAt(result.routes)).not.toContain('referral:svc:ist');
    expect(endsAt(result.routes)).not.toContain('direct:svc:ist');
    const age = result.rejections.find((r) => r.constraint === 'age');
    expect(age?.serviceIds).toEqual(['svc:ist']);
    expect(age?.referralPathIds).toEqual(['ref:r01']); // R01 is for adults
  });

  it('starts from every institution of a kind in a municipality, or from the person alone', () => {
    const byKind = findReferralRoutes(
      violenceGraph(),
      { kind: 'institution_kind', institutionKind: 'police_station', municipality: 'koethen' },
      WOMAN,
      3,
    );
    expect(byKind.startIds).toEqual(['police']);
    expect(byKind.routes).toHaveLength(3);
    const self = findReferralRoutes(violenceGraph(), { kind: 'self' }, WOMAN, 5);
    expect(endsAt(self.routes)).toEqual(['direct:svc:helpline', 'direct:svc:ist']);
    expect(self.routes[0]?.hops[0]?.from).toBeNull();
  });

  it("offers the start institution's own service only when asked to", () => {
    const ist: RouteStart = { kind: 'institution', institutionId: 'ist' };
    const inHouse = findReferralRoutes(violenceGraph(), ist, WOMAN, 1, { includeInHouse: true });
    expect(inHouse.routes[0]).toMatchObject({ kind: 'in_house', hops: [], cost: 0 });
    expect(inHouse.routes[0]?.explanation.en).toContain('in-house');
    const elsewhere = findReferralRoutes(violenceGraph(), ist, WOMAN, 3);
    expect(endsAt(elsewhere.routes)).toEqual(['direct:svc:helpline']);
  });

  it('finds nothing for an unknown start and says so', () => {
    const result = findReferralRoutes(
      violenceGraph(),
      { kind: 'institution', institutionId: 'nowhere' },
      WOMAN,
    );
    expect(result.startIds).toEqual([]);
    expect(result.routes).toEqual([]);
  });
});

describe('findReferralRoutes along chains', () => {
  /** a0 → a1 → … → a5; only a5 offers the topic, nobody takes self-referrals. */
  function chain(): AnalysisGraph {
    const ids = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'];
    return aGraph({
      institutions: ids.map((id) => anInstitution(id)),
      services: [aService('svc:a5', 'a5', { selfReferral: false })],
      referralPaths: ids
        .slice(1)
        .map((id, i) => aReferralPath(`ref:${ids[i] ?? ''}-${id}`, ids[i] ?? '', id)),
    });
  }

  it('goes at most four hops', () => {
    const need: ReferralNeed = { topic: 'domestic_violence', municipality: 'koethen' };
    expect(
      findReferralRoutes(chain(), { kind: 'institution', institutionId: 'a0' }, need).routes,
    ).toEqual([]);
    const fromA1 = findReferralRoutes(chain(), { kind: 'institution', institutionId: 'a1' }, need);
    expect(fromA1.routes[0]?.hops.map((h) => h.to)).toEqual(['a2', 'a3', 'a4', 'a5']);
    expect(fromA1.routes[0]?.expectedHours).toBe(4 * 24);
  });

  it('prefers the faster of two paths', () => {
    const graph = aGraph({
      institutions: ['s', 'x', 'y'].map((id) => anInstitution(id)),
      services: [
        aService('svc:x', 'x', { selfReferral: false }),
        aService('svc:y', 'y', { selfReferral: false }),
      ],
      referralPaths: [
        aReferralPath('ref:sx', 's', 'x', { responseHours: 10 }),
        aReferralPath('ref:sy', 's', 'y', { responseHours: 5 }),
      ],
    });
    const result = findReferralRoutes(
      graph,
      { kind: 'institution', institutionId: 's' },
      { topic: 'domestic_violence', municipality: 'koethen' },
    );
    expect(endsAt(result.routes)).toEqual(['referral:svc:y', 'referral:svc:x']);
  });

  it('carries time forward: a response on Friday afternoon meets a closed office on Saturday', () => {
    const graph = aGraph({
      institutions: ['s', 'a', 'b'].map((id) => anInstitution(id)),
      services: [aService('svc:b', 'b', { selfReferral: false, openingHours: OFFICE_HOURS })],
      referralPaths: [aReferralPath('ref:sa', 's', 'a'), aReferralPath('ref:ab', 'a', 'b')],
    });
    const result = findReferralRoutes(
      graph,
      { kind: 'institution', institutionId: 's' },
      {
        topic: 'domestic_violence',
        municipality: 'koethen',
        at: '2025-01-17T14:00:00Z', // Friday 15:00 CET
        urgency: 'weeks',
      },
    );
    const [first, second] = result.routes[0]?.hops ?? [];
    expect(first).toMatchObject({ waitHours: 0, contactAt: '2025-01-17T14:00:00.000Z' });
    expect(second).toMatchObject({
      handOverAt: '2025-01-18T14:00:00.000Z', // Saturday 15:00
      contactAt: '2025-01-20T07:00:00.000Z', // Monday 08:00
      waitHours: 41,
    });
    const tooUrgent = findReferralRoutes(
      graph,
      { kind: 'institution', institutionId: 's' },
      {
        topic: 'domestic_violence',
        municipality: 'koethen',
        at: '2025-01-17T14:00:00Z',
        urgency: 'same_day',
      },
    );
    expect(tooUrgent.routes).toEqual([]);
    expect(tooUrgent.rejections.find((r) => r.constraint === 'time')?.serviceIds).toEqual([
      'svc:b',
    ]);
  });
});

describe('findReferralRoutes with many self-referral services', () => {
  /** Four counselling centres take self-referrals; one slow referral path leads to a fifth. */
  function counselling(): AnalysisGraph {
    const centres = ['c1', 'c2', 'c3', 'c4', 'c5'];
    return aGraph({
      institutions: ['start', ...centres].map((id) => anInstitution(id)),
      services: centres.map((id) => aService(`svc:${id}`, id, { selfReferral: id !== 'c5' })),
      referralPaths: [aReferralPath('ref:slow', 'start', 'c5', { responseHours: 100 })],
    });
  }
  const need: ReferralNeed = { topic: 'domestic_violence', municipality: 'koethen' };

  it('keeps a place for referral routes', () => {
    const result = findReferralRoutes(
      counselling(),
      { kind: 'institution', institutionId: 'start' },
      need,
      3,
    );
    expect(endsAt(result.routes)).toEqual(['direct:svc:c1', 'direct:svc:c2', 'referral:svc:c5']);
  });

  it('fills up with self-referrals when referral routes run out, and for a person alone', () => {
    const result = findReferralRoutes(
      counselling(),
      { kind: 'institution', institutionId: 'start' },
      need,
      6,
    );
    expect(result.routes.map((r) => r.kind)).toEqual([
      'direct',
      'direct',
      'direct',
      'direct',
      'referral',
    ]);
    const self = findReferralRoutes(counselling(), { kind: 'self' }, need, 3);
    expect(self.routes).toHaveLength(3);
  });
});

describe('explainNoRoute', () => {
  it('names the language relaxation when nobody speaks the language', () => {
    const need: ReferralNeed = { ...WOMAN, language: 'tr' };
    expect(findReferralRoutes(violenceGraph(), POLICE, need).routes).toEqual([]);
    const explanation = explainNoRoute(violenceGraph(), POLICE, need);
    expect(explanation.failedConstraints[0]?.constraint).toBe('language');
    expect(explanation.relaxations.map((r) => r.constraint)).toContain('language');
    expect(explanation.relaxations[0]?.description.en).toBe(
      'A route exists without the language constraint (interpreting needed).',
    );
    expect(explanation.summary.en).toContain('3 on language');
  });

  it('offers the neighbouring municipality', () => {
    const graph = aGraph({
      institutions: [anInstitution('start'), anInstitution('centre')],
      services: [
        aService('svc:centre', 'centre', { topics: ['stalking'], area: ['osternienburger_land'] }),
      ],
    });
    const explanation = explainNoRoute(
      graph,
      { kind: 'institution', institutionId: 'start' },
      { topic: 'stalking', municipality: 'aken' },
    );
    expect(explanation.failedConstraints.map((f) => f.constraint)).toEqual(['area']);
    const neighbour = explanation.relaxations.find((r) => r.constraint === 'municipality');
    expect(neighbour?.need.municipality).toBe('osternienburger_land');
    expect(neighbour?.description.de).toBe(
      'Eine Route gibt es in der Nachbargemeinde Osternienburger Land.',
    );
    expect(explanation.fruitless).toContain('municipality'); // Zerbst, the other neighbour
  });

  it('offers waiting and consent relaxations, and says capacity would not help', () => {
    const need: ReferralNeed = {
      ...WOMAN,
      at: SATURDAY_NIGHT,
      urgency: 'immediate',
      consent: 'not_obtainable',
    };
    const graph = aGraph({
      ...violenceGraph(),
      services: violenceGraph().services.filter((s) => s.id !== 'svc:helpline'),
    });
    const explanation = explainNoRoute(graph, POLICE, need);
    expect(explanation.relaxations.map((r) => r.constraint).sort()).toEqual(['consent', 'time']);
    expect(explanation.fruitless).toContain('capacity');
  });
});

// Property: every route satisfies every constraint --------------------------------------------

const HOUR = 3_600_000;

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
  const languages =
    service.languages.length > 0
      ? service.languages
      : institution !== undefined && institution.languages.length > 0
        ? institution.languages
        : ['de'];
  if (need.language !== undefined && !languages.includes(need.language)) problems.push('language');
  if (!areaCovers(service.area, need.municipality)) problems.push('area');
  for (const feature of need.accessibility ?? []) {
    if (!service.accessibility.includes(feature) && !institution?.accessibility.includes(feature)) {
      problems.push('accessibility');
    }
  }
  if (service.capacityFree === 0) problems.push('capacity');
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
      if (hop.via === 'self_referral') {
        if (route.hops.length !== 1 || !service.selfReferral) problems.push('self-referral');
        return;
      }
      const path: AnalysisReferralPath | undefined = paths.get(hop.referralPathId ?? '');
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
      const path = paths.get(hop.referralPathId ?? '');
      if (hop.handOverAt === null || hop.contactAt === null) {
        problems.push('times missing');
        return;
      }
      if (Math.abs(Date.parse(hop.handOverAt) - handOver) > 1000) problems.push('hand-over time');
      const contact = Date.parse(hop.contactAt);
      waited += hop.waitHours;
      if (Math.abs(contact - handOver - hop.waitHours * HOUR) > 1000) problems.push('wait');
      const receiver = institutions.get(hop.to);
      const holder = last
        ? service.available24x7 || service.openingHours.length > 0
          ? service
          : receiver
        : receiver;
      const channel = path?.afterHours === 'available_24_7';
      if (holder !== undefined && !channel && availabilityAt(holder, contact) === 'closed') {
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
          for (const route of result.routes) {
            expect(violations(graph, route, need, result.startIds)).toEqual([]);
          }
          const costs = result.routes.map((r) => r.cost);
          expect(costs).toEqual([...costs].sort((a, b) => a - b));
          if (maxDirect !== 0) {
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

describe('route search on a generated 10,000-institution graph', () => {
  it('answers queries quickly (logged, not asserted)', () => {
    let started = Date.now();
    const graph = generateAnalysisGraph({ institutions: 10_000, seed: 2024 });
    const generated = Date.now() - started;
    const fromIds = new Set(graph.referralPaths.map((p) => p.fromId));
    const starts = graph.institutions.filter((i) => fromIds.has(i.id));
    const needs: ReferralNeed[] = [
      {
        topic: 'domestic_violence',
        municipality: 'koethen',
        targetGroup: 'women',
        at: TUESDAY_MORNING,
      },
      {
        topic: 'child_risk_assessment',
        municipality: 'zerbst',
        age: 7,
        at: SATURDAY_NIGHT,
        urgency: 'days',
      },
      { topic: 'child_sexual_abuse', municipality: 'aken', language: 'en' },
      {
        topic: 'addiction_in_families',
        municipality: 'bitterfeld_wolfen',
        consent: 'not_obtainable',
      },
    ];
    started = Date.now();
    graphIndexOf(graph);
    const indexed = Date.now() - started;
    started = Date.now();
    findReferralRoutes(graph, { kind: 'institution', institutionId: starts[0]!.id }, needs[0]!, 3);
    const first = Date.now() - started;
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < 40; i += 1) {
      const start = starts[(i * 97) % starts.length]!;
      const need = needs[i % needs.length]!;
      const t0 = Date.now();
      const result = findReferralRoutes(
        graph,
        { kind: 'institution', institutionId: start.id },
        need,
        5,
      );
      times.push(Date.now() - t0);
      if (result.routes.length > 0) found += 1;
    }
    const deep: number[] = [];
    let labels = 0;
    for (let i = 0; i < 20; i += 1) {
      const start = starts[(i * 31) % starts.length]!;
      const t1 = Date.now();
      const result = findReferralRoutes(
        graph,
        { kind: 'institution', institutionId: start.id },
        {
          topic: i % 2 === 0 ? 'violence_close_relationships' : 'child_endangerment',
          municipality: 'koethen',
        },
        50,
      );
      deep.push(Date.now() - t1);
      labels += result.labelsExpanded;
    }
    deep.sort((a, b) => a - b);
    const t0 = Date.now();
    explainNoRoute(
      graph,
      { kind: 'institution', institutionId: starts[1]!.id },
      { ...needs[2]!, language: 'vi' },
    );
    const explainMs = Date.now() - t0;
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `analysis timing: 10,000 institutions, ${graph.services.length} services, ${graph.referralPaths.length} referral paths, ${graph.people.length} people; ` +
        `generated in ${generated} ms; index built in ${indexed} ms; first (cold) query ${first} ms; ` +
        `40 queries (k=5): median ${median} ms, max ${times.at(-1)} ms, ${found} with routes; explainNoRoute ${explainMs} ms; ` +
        `20 queries for a topic group with k=50: median ${deep[10]} ms, max ${deep.at(-1)} ms, ${labels / 20} partial routes expanded on average`,
    );
    expect(times).toHaveLength(40);
  });
});
