import {
  KKG4_BOUND_KINDS,
  type RegionCode,
  type TopicCode,
  type Urgency,
} from '@schutznetz/domain';
import fc from 'fast-check';
import type { AnalysisGraph, AnalysisReferralPath } from '../graph';
import { aGraph, anInstitution, aReferralPath, aService } from '../testing/fixtures';
import { findReferralRoutes, type ReferralNeed, type RouteStart } from '.';

const MUNICIPALITIES: readonly RegionCode[] = ['aken', 'koethen', 'zerbst', 'muldestausee'];
const CHILD_HARM: readonly TopicCode[] = [
  'child_neglect',
  'child_physical_abuse',
  'child_sexual_abuse',
  'emotional_abuse',
  'child_endangerment',
];

interface Case {
  readonly graph: AnalysisGraph;
  readonly need: ReferralNeed;
  /** Whether an InsoFa service covers the need's municipality. */
  readonly insofaServes: boolean;
}

/**
 * A bound professional in the need's municipality, an ASD serving it, an InsoFa that serves it
 * or only another municipality, services on the topic that take self-referrals, and a random
 * choice of recorded paths (with or without the R08 template) from the start.
 */
const cases: fc.Arbitrary<Case> = fc
  .record({
    kind: fc.constantFrom(...KKG4_BOUND_KINDS),
    municipality: fc.constantFrom(...MUNICIPALITIES),
    elsewhere: fc.constantFrom(...MUNICIPALITIES),
    insofaServes: fc.boolean(),
    toInsofa: fc.boolean(),
    toAsd: fc.boolean(),
    template: fc.constantFrom('R08' as const, null),
    topic: fc.constantFrom(...CHILD_HARM),
    age: fc.integer({ min: 0, max: 17 }),
    urgency: fc.constantFrom<Urgency>('same_day', 'days', 'weeks'),
    selfServices: fc.integer({ min: 0, max: 3 }),
  })
  .filter((c) => c.insofaServes || c.elsewhere !== c.municipality)
  .map((c) => {
    const paths: AnalysisReferralPath[] = [];
    const template = { routeTemplate: c.template };
    if (c.toInsofa) paths.push(aReferralPath('p-insofa', 'start', 'insofa', template));
    if (c.toAsd) paths.push(aReferralPath('p-asd', 'start', 'asd', template));
    const graph = aGraph({
      institutions: [
        anInstitution('start', { kind: c.kind, municipality: c.municipality }),
        anInstitution('insofa', { kind: 'child_protection_advice_unit' }),
        anInstitution('asd', { kind: 'general_social_service' }),
        ...Array.from({ length: c.selfServices }, (_, i) =>
          anInstitution(`open-${i}`, { municipality: c.municipality }),
        ),
      ],
      services: [
        aService('insofa-svc', 'insofa', {
          topics: ['child_risk_assessment'],
          targetGroups: ['professionals'],
          area: [c.insofaServes ? c.municipality : c.elsewhere],
        }),
        aService('asd-svc', 'asd', {
          topics: [c.topic],
          targetGroups: [],
          area: ['anhalt_bitterfeld'],
        }),
        ...Array.from({ length: c.selfServices }, (_, i) =>
          aService(`open-svc-${i}`, `open-${i}`, {
            topics: [c.topic],
            targetGroups: [],
            area: [c.municipality],
          }),
        ),
      ],
      referralPaths: paths,
    });
    const need: ReferralNeed = {
      topic: c.topic,
      municipality: c.municipality,
      age: c.age,
      urgency: c.urgency,
    };
    return { graph, need, insofaServes: c.insofaServes };
  });

const PROFESSIONAL: RouteStart = { kind: 'institution', institutionId: 'start' };

describe('child protection on generated graphs (fast-check)', () => {
  it('puts the procedure first for every § 4-bound start and child-harm topic, with the InsoFa where one serves', () => {
    fc.assert(
      fc.property(cases, ({ graph, need, insofaServes }) => {
        const first = findReferralRoutes(graph, PROFESSIONAL, need, 3).routes[0];
        expect(first?.kind).toBe('procedure');
        expect(first?.hops[0]).toMatchObject({ step: 'conversation', to: 'start' });
        const consultation = first?.hops.find((hop) => hop.step === 'consultation');
        expect(consultation?.to === 'insofa').toBe(insofaServes);
        expect(first?.hops.at(-1)).toMatchObject({ step: 'feedback', from: 'asd', to: 'start' });
        // A leg is inferred exactly when no path is recorded for it.
        for (const hop of first?.hops ?? []) {
          if (hop.via !== 'referral_path') continue;
          expect(hop.inferred === true).toBe(hop.referralPathId === null);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never offers a professional the self-referral of a child (under 14)', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 13 }), ({ graph, need }, age) => {
        const { routes } = findReferralRoutes(graph, PROFESSIONAL, { ...need, age }, 5);
        for (const route of routes) {
          expect(route.hops.map((hop) => hop.via)).not.toContain('self_referral');
        }
      }),
      { numRuns: 150 },
    );
  });
});
