import { aGraph, anInstitution, aReferralPath, aService } from '../testing/fixtures';
import {
  findReferralRoutes,
  LEFT_OUT_NEAREST,
  leftOutOf,
  type ReferralNeed,
  type RouteStart,
} from '.';

/**
 * A person getting in touch on their own (a `self` start) never ends at a service only for
 * professionals (an InsoFa consultation, a hotline for doctors); it is left out with its reason.
 * A professional starting from an institution still reaches it.
 */

const SELF: RouteStart = { kind: 'self' };
const FROM_SCHOOL: RouteStart = { kind: 'institution', institutionId: 'school' };
const NEED: ReferralNeed = { topic: 'domestic_violence', municipality: 'koethen' };

const graph = aGraph({
  institutions: [
    anInstitution('school', { kind: 'school' }),
    anInstitution('insofa', { kind: 'child_protection_advice_unit' }),
    anInstitution('counselling'),
    anInstitution('hotline', { kind: 'national_helpline' }),
  ],
  services: [
    aService('svc:insofa', 'insofa', { targetGroups: ['professionals'] }),
    aService('svc:counselling', 'counselling', { targetGroups: ['women'] }),
    // Professionals among others: the person may call too.
    aService('svc:hotline', 'hotline', { targetGroups: ['women', 'professionals'] }),
  ],
  referralPaths: [aReferralPath('path:school-insofa', 'school', 'insofa')],
});

describe('services only for professionals', () => {
  it('are never the end of a route for a person on their own, while mixed services stay', () => {
    const { routes } = findReferralRoutes(graph, SELF, NEED, 5);
    const ends = routes.map((r) => r.endService.id).sort();
    expect(ends).toEqual(['svc:counselling', 'svc:hotline']);
  });

  it('are left out for the person on their own, as "nur für Fachkräfte", under the target group', () => {
    const result = findReferralRoutes(graph, SELF, NEED, 5);
    const leftOut = leftOutOf(graph, NEED, result, LEFT_OUT_NEAREST, SELF);
    const targetGroup = leftOut.find((entry) => entry.constraint === 'target_group');
    expect(targetGroup?.description.de).toBe('Zielgruppe: die Person selbst, keine Fachkraft');
    expect(targetGroup?.serviceCount).toBe(1);
    expect(
      targetGroup?.nearest.map((s) => [s.serviceId, s.reasons.map((r) => r.label.de)]),
    ).toEqual([
      [
        'svc:insofa',
        [
          'nur für Fachkräfte, nicht für die Person selbst (für: Fachkräfte (Fachberatung, z. B. InsoFa))',
        ],
      ],
    ]);
    expect(targetGroup?.nearest[0]?.reasons[0]?.label.en).toMatch(/^for professionals only/);
    expect(result.rejections.find((r) => r.constraint === 'target_group')?.serviceIds).toEqual([
      'svc:insofa',
    ]);
  });

  it('are still reached by a professional starting from an institution, and not left out', () => {
    const result = findReferralRoutes(graph, FROM_SCHOOL, NEED, 5);
    const insofa = result.routes.find((r) => r.endService.id === 'svc:insofa');
    expect(insofa?.hops.map((h) => h.referralPathId)).toEqual(['path:school-insofa']);
    const leftOut = leftOutOf(graph, NEED, result, LEFT_OUT_NEAREST, FROM_SCHOOL);
    expect(leftOut.find((entry) => entry.constraint === 'target_group')).toBeUndefined();
  });
});
