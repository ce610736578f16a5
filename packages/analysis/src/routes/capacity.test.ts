import fc from 'fast-check';
import { aGraph, anInstitution, aService } from '../testing/fixtures';
import { capacityState, findReferralRoutes, type ReferralNeed } from '.';

const AT = '2026-03-14T22:00:00Z'; // Saturday 23:00 in Köthen
const HOUR = 3_600_000;
const hoursBefore = (hours: number): string =>
  new Date(Date.parse(AT) - hours * HOUR).toISOString();

const NEED: ReferralNeed = {
  topic: 'domestic_violence',
  municipality: 'koethen',
  targetGroup: 'women',
  at: AT,
};

/** Shelters open around the clock that take women directly, with the places given. */
function shelters(places: readonly { free: number | null; reportedAt: string | null }[]) {
  return aGraph({
    institutions: places.map((_, i) =>
      anInstitution(`shelter${i}`, {
        kind: 'womens_shelter',
        openingHours: [],
        available24x7: true,
      }),
    ),
    services: places.map(({ free, reportedAt }, i) =>
      aService(`svc:shelter${i}`, `shelter${i}`, {
        available24x7: true,
        capacityTotal: 6,
        capacityFree: free,
        capacityReportedAt: reportedAt,
      }),
    ),
  });
}

describe('free places at the route’s moment', () => {
  const at = Date.parse(AT);

  it('counts a report for a day: free or full when fresh, unknown when older or undated', () => {
    const state = (free: number | null, reportedAt: string | null) =>
      capacityState({ capacityTotal: 6, capacityFree: free, capacityReportedAt: reportedAt }, at);
    expect(state(2, hoursBefore(3))).toEqual({
      state: 'free',
      free: 2,
      reportedAt: hoursBefore(3),
    });
    expect(state(0, hoursBefore(23))).toEqual({
      state: 'full',
      free: 0,
      reportedAt: hoursBefore(23),
    });
    expect(state(0, hoursBefore(25))).toEqual({
      state: 'unknown',
      free: null,
      reportedAt: hoursBefore(25),
    });
    expect(state(0, null)).toEqual({ state: 'unknown', free: null, reportedAt: null });
    expect(state(null, null)).toEqual({ state: 'unknown', free: null, reportedAt: null });
    expect(
      capacityState({ capacityTotal: null, capacityFree: null, capacityReportedAt: null }, at),
    ).toBeNull();
  });

  it('leaves out a shelter reported full today, but keeps one whose “full” is two days old', () => {
    const graph = shelters([
      { free: 0, reportedAt: hoursBefore(2) },
      { free: 0, reportedAt: hoursBefore(48) },
    ]);
    const result = findReferralRoutes(graph, { kind: 'self' }, NEED, 5);
    expect(new Set(result.routes.map((r) => r.endService.id))).toEqual(new Set(['svc:shelter1']));
    expect(result.rejections.find((r) => r.constraint === 'capacity')?.serviceIds).toEqual([
      'svc:shelter0',
    ]);
    const stale = result.routes[0]!;
    expect(stale.endCapacity).toEqual({
      state: 'unknown',
      free: null,
      reportedAt: hoursBefore(48),
    });
    expect(stale.costTerms.find((t) => t.kind === 'capacity_unknown')?.hours).toBe(6);
  });

  it('ranks a shelter with places reported today before one whose places are unknown', () => {
    const graph = shelters([
      { free: 3, reportedAt: hoursBefore(30) },
      { free: 1, reportedAt: hoursBefore(1) },
    ]);
    const result = findReferralRoutes(graph, { kind: 'self' }, NEED, 5);
    const direct = result.routes.filter((r) => r.kind === 'direct');
    expect(direct.map((r) => [r.endService.id, r.endCapacity?.state])).toEqual([
      ['svc:shelter1', 'free'],
      ['svc:shelter0', 'unknown'],
    ]);
  });

  it('never ends at a service reported full within 24 h, and a stale report never excludes (property)', () => {
    const place = fc.record({
      free: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      ageHours: fc.option(fc.integer({ min: -48, max: 96 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 8 }), (places) => {
        const graph = shelters(
          places.map(({ free, ageHours }) => ({
            free,
            reportedAt: ageHours === null ? null : hoursBefore(ageHours),
          })),
        );
        const ends = findReferralRoutes(graph, { kind: 'self' }, NEED, 20).routes.map(
          (r) => r.endService.id,
        );
        const expected = places
          .map(({ free, ageHours }, i) => ({ id: `svc:shelter${i}`, free, ageHours }))
          .filter(
            ({ free, ageHours }) => !(free === 0 && ageHours !== null && Math.abs(ageHours) <= 24),
          )
          .map(({ id }) => id);
        expect([...new Set(ends)].sort()).toEqual(expected.sort());
      }),
      { seed: 2026, numRuns: 200 },
    );
  });
});
