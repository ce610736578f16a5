import {
  TOPICS,
  type LanguageCode,
  type RegionCode,
  type TargetGroupCode,
  type TopicCode,
} from '@schutznetz/domain';
import { DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import fc from 'fast-check';
import { graphIndex } from '../graph-index';
import { generateAnalysisGraph } from '../testing/generate';
import { COUNTY } from '../testing/violence-chain';
import {
  exclusionReasons,
  explainNoRoute,
  findReferralRoutes,
  leftOutOf,
  type AccompanyingChild,
  type ReferralNeed,
} from '.';

/**
 * Properties of eligibility and of what an answer leaves out, on generated graphs (not the demo
 * county): routes end only at services that pass every check for the person and each child; a
 * left-out service never ends a route and always says why; relaxations are distinct and stay in
 * the scope.
 */

const GRAPHS = [21, 22].map((seed) => {
  const graph = generateAnalysisGraph({ institutions: 150, seed });
  // Some shelters take boys up to an age, some services arrange interpreting.
  return {
    ...graph,
    services: graph.services.map((s, i) => ({
      ...s,
      boysMaxAge: s.capacityTotal !== null && i % 2 === 0 ? 10 + (i % 5) : null,
      interpreting: i % 7 === 0,
    })),
  };
});

const childArbitrary: fc.Arbitrary<AccompanyingChild> = fc.record(
  {
    age: fc.integer({ min: 0, max: 17 }),
    gender: fc.constantFrom<'boy' | 'girl'>('boy', 'girl'),
  },
  { requiredKeys: ['age'] },
);

const needArbitrary: fc.Arbitrary<ReferralNeed> = fc.record(
  {
    topic: fc.constantFrom<TopicCode>(
      'domestic_violence',
      'children_exposed_to_dv',
      ...TOPICS.slice(0, 6).map((t) => t.code),
    ),
    municipality: fc.constantFrom<RegionCode>(...COUNTY),
    targetGroup: fc.constantFrom<TargetGroupCode>('women', 'children_6_14', 'parents_families'),
    age: fc.integer({ min: 0, max: 80 }),
    language: fc.constantFrom<LanguageCode>('de', 'ru', 'ar'),
    children: fc.array(childArbitrary, { maxLength: 3 }),
  },
  { requiredKeys: ['topic', 'municipality'] },
);

describe('eligibility and what is left out, property-based', () => {
  it('routes end at eligible services only; every left-out service is no route end and says why', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: GRAPHS.length - 1 }), needArbitrary, (g, need) => {
        const graph = GRAPHS[g]!;
        const index = graphIndex(graph);
        const result = findReferralRoutes(graph, { kind: 'self' }, need, 5);
        const ends = new Set(result.routes.map((r) => r.endService.id));
        for (const route of result.routes) {
          const service = graph.services.find((s) => s.id === route.endService.id)!;
          const institution = index.institutions.get(service.institutionId);
          expect(exclusionReasons(DEMO_REGION_CATALOG, service, institution, need)).toEqual([]);
          expect(route.languageMatch === null).toBe(need.language === undefined);
        }
        for (const entry of leftOutOf(graph, need, result)) {
          expect(entry.nearest.length).toBeLessThanOrEqual(entry.serviceCount);
          for (const left of entry.nearest) {
            expect(ends.has(left.serviceId)).toBe(false);
            expect(left.reasons.map((r) => r.constraint)).toContain(entry.constraint);
            for (const reason of left.reasons) {
              if (reason.child !== null) expect(need.children?.[reason.child]).toBeDefined();
            }
          }
        }
      }),
      { seed: 1212, numRuns: 150 },
    );
  });

  it('offers each relaxed need once, and only neighbours in the scope', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: GRAPHS.length - 1 }), needArbitrary, (g, need) => {
        // Half of the county in scope, so that some neighbours lie outside it.
        const full = GRAPHS[g]!;
        const graph = {
          ...full,
          municipalities: full.municipalities.filter((_, i) => i % 2 === 0),
        };
        const scope = new Set(graph.municipalities.map((m) => m.code));
        const inScope = scope.has(need.municipality)
          ? need
          : { ...need, municipality: [...scope][0]! };
        const explanation = explainNoRoute(graph, { kind: 'self' }, inScope);
        const keys = explanation.relaxations.map((r) => JSON.stringify(r.need));
        expect(new Set(keys).size).toBe(keys.length);
        for (const relaxation of explanation.relaxations) {
          if (relaxation.constraint !== 'municipality') continue;
          expect(scope.has(relaxation.municipality!.code)).toBe(true);
        }
        for (const tried of explanation.fruitlessMunicipalities)
          expect(scope.has(tried.code)).toBe(true);
        expect(new Set(explanation.fruitless).size).toBe(explanation.fruitless.length);
      }),
      { seed: 1213, numRuns: 40 },
    );
  });
});
