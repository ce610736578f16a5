import type { InstitutionKindCode } from '@schutznetz/domain';
import type { AnalysisGraph, AnalysisReferralPath } from '../graph';
import { aGraph, anInstitution, aReferralPath, aService } from '../testing/fixtures';
import { findReferralRoutes, type ReferralNeed, type ReferralRoute, type RouteStart } from '.';

const AT = '2026-03-14T22:00:00Z'; // Saturday 23:00 in Zerbst
const REPORTED = '2026-03-14T19:30:00Z';
const POLICE: RouteStart = { kind: 'institution', institutionId: 'police' };
const NEED: ReferralNeed = {
  topic: 'domestic_violence',
  municipality: 'zerbst',
  targetGroup: 'women',
  language: 'ru',
  at: AT,
};

const R04 = {
  routeTemplate: 'R04',
  topics: ['domestic_violence'],
  consent: 'required',
  dataMode: 'identified_with_consent',
  afterHours: 'available_24_7',
  responseHours: 2,
} as const;

/**
 * Police in Zerbst, a full shelter in Köthen, a shelter with places outside the county, and a
 * line on domestic violence (`helpline`: an intervention centre the police hand over to, or, as
 * `national_helpline`, an anonymous line the person calls herself), all reachable around the
 * clock; `paths` are the recorded referral paths.
 */
function graph(
  paths: readonly AnalysisReferralPath[],
  helplineKind: InstitutionKindCode = 'domestic_violence_intervention_centre',
): AnalysisGraph {
  const always = { openingHours: [], available24x7: true } as const;
  return aGraph({
    institutions: [
      anInstitution('police', { kind: 'police_station', municipality: 'zerbst', ...always }),
      anInstitution('full', { kind: 'womens_shelter', languages: ['de', 'ru'], ...always }),
      anInstitution('away', {
        kind: 'womens_shelter',
        municipality: 'dessau_rosslau',
        languages: ['de', 'ru'],
        ...always,
      }),
      anInstitution('helpline', { kind: helplineKind, municipality: 'germany', ...always }),
    ],
    services: [
      aService('svc:full', 'full', {
        area: ['zerbst', 'koethen'],
        languages: ['de', 'ru'],
        ...always,
        capacityTotal: 4,
        capacityFree: 0,
        capacityReportedAt: REPORTED,
      }),
      aService('svc:away', 'away', {
        area: ['zerbst', 'dessau_rosslau'],
        languages: ['de', 'ru'],
        ...always,
        selfReferral: false,
        capacityTotal: 6,
        capacityFree: 2,
        capacityReportedAt: REPORTED,
      }),
      aService('svc:helpline', 'helpline', {
        topics: ['domestic_violence'],
        languages: ['de'],
        area: ['germany'],
        ...always,
      }),
    ],
    referralPaths: paths,
  });
}

const path = (route: ReferralRoute): string[] =>
  route.hops.map((h) => `${h.from ?? 'self'}>${h.to}:${h.via}${h.inferred === true ? '*' : ''}`);

describe('routes that go on', () => {
  it('lets a full shelter take the call and hand over by R05 to a shelter with places, marked as by the template where no path is recorded', () => {
    const result = findReferralRoutes(
      graph([aReferralPath('ref:r04', 'police', 'full', R04)]),
      POLICE,
      NEED,
      5,
    );
    expect(result.routes.map((r) => r.endService.id)).not.toContain('svc:full');
    const away = result.routes.find((r) => r.hops[0]?.referralPathId === 'ref:r04');
    expect(away && path(away)).toEqual(['police>full:referral_path', 'full>away:referral_path*']);
    expect(away!.endService.id).toBe('svc:away');
    const inferred = away!.hops[1]!;
    expect(inferred).toMatchObject({ templateId: 'R05', referralPathId: null, inferred: true });
    expect(inferred.reason.de).toContain('R05');
    expect(inferred.reason.de).toContain('nach Vorlage, nicht vereinbart');
    expect(away!.endCapacity).toEqual({ state: 'free', free: 2, reportedAt: REPORTED });
  });

  it('infers no R05 hand-over from a shelter that has places itself', () => {
    const base = graph([aReferralPath('ref:r04', 'police', 'full', R04)]);
    const withPlaces: AnalysisGraph = {
      ...base,
      services: base.services.map((s) => (s.id === 'svc:full' ? { ...s, capacityFree: 1 } : s)),
    };
    const result = findReferralRoutes(withPlaces, POLICE, NEED, 5);
    expect(result.routes.map((r) => r.endService.id)).toContain('svc:full');
    expect(result.routes.flatMap((r) => r.hops).filter((h) => h.inferred === true)).toEqual([]);
  });

  it('takes a recorded R05 path between two shelters instead of the template', () => {
    const recorded = aReferralPath('ref:r05', 'full', 'away', {
      routeTemplate: 'R05',
      consent: 'required',
      dataMode: 'identified_with_consent',
      afterHours: 'available_24_7',
      responseHours: 4,
    });
    const result = findReferralRoutes(
      graph([aReferralPath('ref:r04', 'police', 'full', R04), recorded]),
      POLICE,
      NEED,
      5,
    );
    const toAway = result.routes.filter((r) => r.endService.id === 'svc:away');
    expect(toAway.flatMap((r) => r.hops.filter((h) => h.inferred === true))).toEqual([]);
    expect(toAway.map((r) => r.hops.map((h) => h.referralPathId))).toContainEqual([
      'ref:r04',
      'ref:r05',
    ]);
  });

  it('chains a direct contact by the police with the referral paths of the service contacted', () => {
    const result = findReferralRoutes(
      graph([aReferralPath('ref:helpline', 'helpline', 'away', { ...R04, responseHours: 2 })]),
      POLICE,
      NEED,
      5,
    );
    const away = result.routes.find((r) => r.endService.id === 'svc:away');
    expect(away && path(away)).toEqual([
      'police>helpline:direct_contact',
      'helpline>away:referral_path',
    ]);
    expect(away!.kind).toBe('referral');
    expect(away!.hops[0]!.reason.de).toContain('vermittelt direkt an svc:helpline');
    expect(away!.hops[0]!.reason.de).toContain('mit Einverständnis der Person');
    expect(away!.hops[0]!.reason.de).not.toContain('selbst');
    // The helpline speaks no Russian: the police talk to it, the person is handed on.
    expect(away!.costTerms.map((t) => t.kind)).toEqual([
      'response',
      'hand_over',
      'consent',
      'interpreter',
      'out_of_area',
    ]);
    // Also through the full shelter, contacted directly, which hands over by R05.
    expect(result.routes.map(path)).toContainEqual([
      'police>full:direct_contact',
      'full>away:referral_path*',
    ]);
  });

  it('offers at most two routes to one end while routes to other ends remain, and no chain to a service the start could call itself', () => {
    const base = graph([
      aReferralPath('ref:r04', 'police', 'full', R04),
      aReferralPath('ref:helpline', 'helpline', 'away', { ...R04, responseHours: 2 }),
      aReferralPath('ref:helpline-full', 'helpline', 'full', { ...R04, responseHours: 2 }),
    ]);
    // A counselling centre closed on Saturday night: a day and a half behind every shelter route.
    const withCounselling: AnalysisGraph = {
      ...base,
      institutions: [...base.institutions, anInstitution('counsel', { municipality: 'zerbst' })],
      services: [...base.services, aService('svc:counsel', 'counsel', { area: ['zerbst'] })],
    };
    const result = findReferralRoutes(withCounselling, POLICE, { ...NEED, language: 'de' }, 4);
    const ends = result.routes.map((r) => r.endService.id);
    expect(ends.filter((id) => id === 'svc:away')).toHaveLength(2);
    expect(ends).toContain('svc:helpline');
    expect(ends).toContain('svc:counsel');
    // The helpline takes direct contact: no route reaches it through another contact first.
    for (const route of result.routes.filter((r) => r.endService.id === 'svc:helpline')) {
      expect(route.hops).toHaveLength(1);
    }
  });

  it('words a direct contact by who acts: the police hand over, the person alone gets in touch herself', () => {
    const german = { ...NEED, language: 'de' } as const;
    const police = findReferralRoutes(graph([]), POLICE, german, 5);
    const byPolice = police.routes.find((r) => r.kind === 'direct')!;
    expect(byPolice.hops[0]).toMatchObject({ from: 'police', via: 'direct_contact' });
    expect(byPolice.hops[0]!.reason.de).toMatch(/^police vermittelt direkt an/);
    expect(byPolice.explanation.de).toContain('direkte Vermittlung an');
    expect(byPolice.costTerms.map((t) => t.kind)).not.toContain('self_contact');

    // Without the person's consent the police cannot hand over: they pass on the number.
    const noConsent = findReferralRoutes(
      graph([]),
      POLICE,
      { ...german, consent: 'not_obtainable' },
      5,
    );
    const passedOn = noConsent.routes.find((r) => r.kind === 'direct')!;
    expect(passedOn.hops[0]).toMatchObject({ from: 'police', via: 'self_referral' });
    expect(passedOn.costTerms.map((t) => t.kind)).toContain('self_contact');

    const self = findReferralRoutes(graph([]), { kind: 'self' }, german, 5);
    const alone = self.routes.find((r) => r.kind === 'direct')!;
    expect(alone.hops[0]).toMatchObject({ from: null, via: 'self_referral' });
    expect(alone.hops[0]!.reason.de).toContain('die Person kann sich direkt melden');
    expect(alone.explanation.de).toContain('Selbstmeldung bei');
    expect(alone.costTerms.find((t) => t.kind === 'self_contact')?.label.de).toBe(
      'Person meldet sich selbst',
    );
  });

  it('lets the person call an anonymous national line herself: the police pass on the number, they cannot hand over', () => {
    const german = { ...NEED, language: 'de' } as const;
    const { routes } = findReferralRoutes(graph([], 'national_helpline'), POLICE, german, 5);
    const helpline = routes.find((r) => r.endService.id === 'svc:helpline')!;
    expect(helpline.hops).toMatchObject([
      { from: 'police', to: 'helpline', via: 'self_referral', consent: null, dataMode: 'none' },
    ]);
    expect(helpline.hops[0]!.reason.de).toContain('die Person kann sich direkt melden');
  });
});
