import type { AnalysisGraph } from '../graph';
import { aGraph, anInstitution, aReferralPath, aService, OFFICE_HOURS } from '../testing/fixtures';
import {
  endsAt,
  POLICE,
  SATURDAY_NIGHT,
  TUESDAY_MORNING,
  violenceGraph,
  WOMAN,
} from '../testing/violence-chain';
import { findReferralRoutes, type ReferralNeed, type RouteStart } from '.';

describe('findReferralRoutes on the violence-protection chain', () => {
  it('ranks by expected time plus penalties and explains each term', () => {
    // The shelter reported a free place an hour before.
    const result = findReferralRoutes(
      violenceGraph(1, '2025-01-14T08:00:00Z'),
      POLICE,
      { ...WOMAN, at: TUESDAY_MORNING },
      5,
    );
    expect(endsAt(result.routes)).toEqual([
      'direct:svc:helpline', // 1 h response + hand-over 1 h + consent 1 h
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
