import { DEMO_DATA, DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import type { GraphQLResult } from '../../test/graphql';
import { AS_ANALYST, expectBadInput, startAnalysisTestApi } from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * Referral routes over GraphQL on the demo data (real Neo4j): the scenarios of issue 4 and bad
 * input. Answers are checked for their kind (where a route ends, that hops are explained, that a
 * gap shows), not against recorded output.
 */

const ROUTES = `
query Routes($start: RouteStartInput!, $need: ReferralNeedInput!, $k: Int) {
  referralRoutes(start: $start, need: $need, k: $k) {
    graphVersion
    startInstitutions { id kind }
    routes {
      rank kind cost expectedHours
      explanation { en }
      costTerms { kind hours }
      hops {
        from { id kind } to { id kind name }
        via referralPathId reason { de en } consent dataMode responseHours waitHours
        receiverAvailability routeTemplate { id }
      }
      endService { id name available24x7 }
      endInstitution { id kind municipality available24x7 institution { id name } }
    }
    noRoute { summary { en } failedConstraints { constraint serviceCount } relaxations { constraint description { en } routes { endInstitution { id } } } }
  }
}`;

interface Hop {
  from: { id: string; kind: string } | null;
  to: { id: string; kind: string; name: string };
  via: string;
  referralPathId: string | null;
  reason: { de: string; en: string };
  consent: string | null;
  responseHours: number;
  waitHours: number;
  receiverAvailability: string | null;
  routeTemplate: { id: string } | null;
}

interface Route {
  rank: number;
  kind: string;
  cost: number;
  explanation: { en: string };
  costTerms: { kind: string; hours: number }[];
  hops: Hop[];
  endService: { id: string; name: string; available24x7: boolean };
  endInstitution: {
    id: string;
    kind: string;
    municipality: string;
    available24x7: boolean;
    institution: { id: string; name: string } | null;
  };
}

interface RouteSearch {
  referralRoutes: {
    graphVersion: string;
    startInstitutions: { id: string; kind: string }[];
    routes: Route[];
    noRoute: {
      summary: { en: string };
      failedConstraints: { constraint: string; serviceCount: number }[];
      relaxations: { constraint: string; routes: { endInstitution: { id: string } }[] }[];
    } | null;
  };
}

const COUNTY_MUNICIPALITIES = new Set<string>(
  DEMO_REGION_CATALOG.municipalities.map((m) => m.code),
);
const areaCovers = (area: readonly string[], code: string): boolean =>
  DEMO_REGION_CATALOG.covers(area, code);
const serviceById = new Map(DEMO_DATA.services.map((s) => [s.id, s]));

describe('referralRoutes over GraphQL on the demo data (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);

  async function routes(
    variables: Record<string, unknown>,
  ): Promise<RouteSearch['referralRoutes']> {
    const result = await api.query<RouteSearch>(ROUTES, variables, AS_ANALYST);
    expect(result.errors).toBeUndefined();
    return result.data!.referralRoutes;
  }

  function expectExplainedHops(route: Route): void {
    expect(route.hops.length).toBeGreaterThan(0);
    for (const hop of route.hops) {
      expect(hop.reason.de.length).toBeGreaterThan(0);
      expect(hop.reason.en.length).toBeGreaterThan(0);
      expect(hop.responseHours).toBeGreaterThanOrEqual(0);
    }
    expect(route.explanation.en.length).toBeGreaterThan(0);
    expect(route.costTerms.map((t) => t.kind)).toContain('RESPONSE');
  }

  it('routes a police call-out for domestic violence in Zerbst on a Saturday 23:00 (adult woman, Russian-speaking) to a 24/7 service covering Zerbst', async () => {
    const answer = await routes({
      start: { institutionKind: 'POLICE_STATION', municipality: 'zerbst' },
      need: {
        topic: 'domestic_violence',
        municipality: 'zerbst',
        targetGroup: 'women',
        age: 34,
        language: 'RU',
        urgency: 'IMMEDIATE',
        at: '2026-03-14T23:00:00+01:00',
      },
      k: 3,
    });
    expect(answer.startInstitutions.map((i) => i.kind)).toEqual(['POLICE_STATION']);
    expect(answer.routes.length).toBeGreaterThan(0);
    for (const route of answer.routes) {
      expectExplainedHops(route);
      const service = serviceById.get(route.endService.id);
      expect(service).toBeDefined();
      // Immediate at Saturday 23:00: only what is open around the clock will do.
      expect(route.endService.available24x7).toBe(true);
      expect(areaCovers(service!.area, 'zerbst')).toBe(true);
      expect(route.hops.every((hop) => hop.waitHours === 0)).toBe(true);
      expect(route.endInstitution.institution?.id).toBe(route.endInstitution.id);
    }
    expect(answer.routes.map((r) => r.rank)).toEqual(answer.routes.map((_, i) => i + 1));
  });

  it('routes a teacher in Aken noticing neglect of an 8-year-old through the child-protection route', async () => {
    const answer = await routes({
      start: { institutionKind: 'SCHOOL', municipality: 'aken' },
      need: { topic: 'child_neglect', municipality: 'aken', age: 8, urgency: 'DAYS' },
      k: 3,
    });
    expect(answer.startInstitutions).toEqual([
      { id: 'org:schule_aken', kind: 'SCHOOL' },
      { id: 'org:schule_aken_grundschule', kind: 'SCHOOL' },
    ]);
    expect(answer.routes.length).toBeGreaterThan(0);
    const best = answer.routes[0]!;
    expectExplainedHops(best);
    expect(best.hops[0]!.from?.id).toBe('org:schule_aken');
    // The school's referral paths instantiate R08 (school → InsoFa → ASD).
    const templates = answer.routes.flatMap((r) => r.hops.map((h) => h.routeTemplate?.id));
    expect(templates).toContain('R08');
    for (const route of answer.routes) {
      const service = serviceById.get(route.endService.id)!;
      expect(areaCovers(service.area, 'aken')).toBe(true);
      expect(service.minAge === null || service.minAge <= 8).toBe(true);
      expect(service.maxAge === null || service.maxAge >= 8).toBe(true);
    }
  });

  it('routes a maternity clinic seeing a strained young family into Frühe Hilfen', async () => {
    const answer = await routes({
      start: { institutionId: 'org:helios_koethen' },
      need: {
        topic: 'early_childhood_support',
        municipality: 'koethen',
        targetGroup: 'parents_families',
        urgency: 'DAYS',
      },
      k: 3,
    });
    expect(answer.routes.length).toBeGreaterThan(0);
    for (const route of answer.routes) {
      expectExplainedHops(route);
      const service = serviceById.get(route.endService.id)!;
      expect(
        service.topics.some((t) => t === 'early_childhood_support' || t === 'family_support'),
      ).toBe(true);
      expect(areaCovers(service.area, 'koethen')).toBe(true);
    }
    expect(answer.routes[0]!.hops[0]!.from?.id).toBe('org:helios_koethen');
  });

  it('leads sexualised violence against a 12-year-old outside the county, and coverage shows the gap', async () => {
    const answer = await routes({
      start: { institutionKind: 'SCHOOL', municipality: 'zerbst' },
      need: { topic: 'child_sexual_abuse', municipality: 'zerbst', age: 12, urgency: 'DAYS' },
      // The § 4 KKG procedure takes rank 1 (child-protection.int.test.ts); four more follow, as
      // the medical hotline and the Kinder- und Jugendtelefon come before the specialised centre.
      k: 5,
    });
    expect(answer.routes.length).toBeGreaterThan(0);
    const countyInstitutions = new Set(
      DEMO_DATA.institutions
        .filter((i) => COUNTY_MUNICIPALITIES.has(i.municipality))
        .map((i) => i.id),
    );
    // Some route ends at a specialised counselling centre, and every such centre is outside.
    const specialised = answer.routes.filter(
      (r) => r.endInstitution.kind === 'SEXUAL_VIOLENCE_COUNSELLING_CENTRE',
    );
    expect(specialised.length).toBeGreaterThan(0);
    for (const route of specialised) {
      expect(countyInstitutions.has(route.endInstitution.id)).toBe(false);
      expectExplainedHops(route);
    }

    const coverage = await api.query<{
      coverage: {
        gaps: {
          kind: string;
          topic: { id: string };
          municipality: { id: string } | null;
          reason: { en: string };
        }[];
      };
    }>(
      `{ coverage(topics: ["child_sexual_abuse"]) {
          gaps { kind topic { id } municipality { id } reason { en } }
        } }`,
      {},
      AS_ANALYST,
    );
    expect(coverage.errors).toBeUndefined();
    const gap = coverage.data!.coverage.gaps.find(
      (g) => g.kind === 'NO_LOCAL_SPECIALIST' && g.municipality?.id === 'zerbst',
    );
    expect(gap?.topic.id).toBe('child_sexual_abuse');
    expect(gap?.reason.en).toMatch(/only from|only general/);
  });

  describe('bad input', () => {
    const search = (start: string, need: string, k = 3): Promise<GraphQLResult> =>
      api.query(
        `{ referralRoutes(start: ${start}, need: ${need}, k: ${k}) { graphVersion } }`,
        {},
        AS_ANALYST,
      );

    it('names the field of an unknown topic, municipality, institution or target group', async () => {
      expectBadInput(
        await search('{ self: true }', '{ topic: "no_such_topic", municipality: "zerbst" }'),
        'need.topic',
      );
      expectBadInput(
        await search('{ self: true }', '{ topic: "stalking", municipality: "atlantis" }'),
        'need.municipality',
      );
      expectBadInput(
        await search(
          '{ institutionId: "org:nowhere" }',
          '{ topic: "stalking", municipality: "zerbst" }',
        ),
        'start.institutionId',
      );
      expectBadInput(
        await search(
          '{ self: true }',
          '{ topic: "stalking", municipality: "zerbst", targetGroup: "dragons" }',
        ),
        'need.targetGroup',
      );
    });

    it('rejects k out of range, a start that is not exactly one thing, and a malformed moment', async () => {
      const need = '{ topic: "stalking", municipality: "zerbst" }';
      expectBadInput(await search('{ self: true }', need, 0), 'k');
      expectBadInput(await search('{ self: true }', need, 21), 'k');
      expectBadInput(
        await search('{ self: true, institutionId: "org:schule_aken" }', need),
        'start',
      );
      expectBadInput(
        await search(
          '{ self: true }',
          '{ topic: "stalking", municipality: "zerbst", at: "Saturday night" }',
        ),
        'need.at',
      );
    });
  });
});
