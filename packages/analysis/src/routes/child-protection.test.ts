import type { RegionCode } from '@schutznetz/domain';
import type { AnalysisGraph } from '../graph';
import { aGraph, anInstitution, aReferralPath, aService } from '../testing/fixtures';
import { isChildEndangermentNeed, isChildNeed } from './child-protection';
import { findReferralRoutes, type ReferralNeed, type RouteStart } from '.';

const AKEN: RegionCode = 'aken';
const TEACHER: RouteStart = { kind: 'institution', institutionId: 'school' };
const NEGLECT: ReferralNeed = { topic: 'child_neglect', municipality: AKEN, age: 8 };

/**
 * A Grundschule in Aken that records only its path to the ASD (R08), a county InsoFa, the ASD
 * with its § 8a service and a 24/7 on-call service, a Kita, and a paediatric practice in Aken
 * that takes self-referrals.
 */
function childProtectionGraph(extra: Partial<AnalysisGraph> = {}): AnalysisGraph {
  return aGraph({
    institutions: [
      anInstitution('school', { kind: 'school', municipality: AKEN }),
      anInstitution('kita', { kind: 'childcare_centre', municipality: AKEN }),
      anInstitution('insofa', {
        kind: 'child_protection_advice_unit',
        name: 'Kinderschutzfachstelle',
        phone: '+49 30 1',
      }),
      anInstitution('asd', { kind: 'general_social_service', phone: '+49 30 2' }),
      anInstitution('doc', { kind: 'paediatric_practice', municipality: AKEN }),
      ...(extra.institutions ?? []),
    ],
    services: [
      aService('insofa-svc', 'insofa', {
        topics: ['child_risk_assessment', 'child_neglect'],
        targetGroups: ['professionals'],
        area: ['anhalt_bitterfeld'],
      }),
      aService('asd-svc', 'asd', {
        topics: ['child_risk_assessment', 'child_neglect', 'child_physical_abuse'],
        targetGroups: [],
        area: ['anhalt_bitterfeld'],
      }),
      aService('oncall', 'asd', {
        topics: ['child_risk_assessment', 'child_physical_abuse'],
        targetGroups: [],
        area: ['anhalt_bitterfeld'],
        available24x7: true,
        selfReferral: false,
      }),
      aService('doc-svc', 'doc', {
        topics: ['child_neglect'],
        targetGroups: [],
        area: [AKEN],
      }),
      ...(extra.services ?? []),
    ],
    referralPaths: [
      aReferralPath('school-asd', 'school', 'asd', { routeTemplate: 'R08' }),
      aReferralPath('kita-asd', 'kita', 'asd', { routeTemplate: 'R09' }),
      ...(extra.referralPaths ?? []),
    ],
  });
}

describe('who counts as a child, and which needs are child endangerment', () => {
  it('counts under-14s and the children’s target groups as children, adolescents not', () => {
    expect(isChildNeed({ age: 8 })).toBe(true);
    expect(isChildNeed({ age: 13 })).toBe(true);
    expect(isChildNeed({ age: 14 })).toBe(false);
    expect(isChildNeed({ targetGroup: 'children_6_14' })).toBe(true);
    expect(isChildNeed({ targetGroup: 'infants_0_3' })).toBe(true);
    expect(isChildNeed({ targetGroup: 'adolescents_14_18' })).toBe(false);
    expect(isChildNeed({ targetGroup: 'women' })).toBe(false);
    expect(isChildNeed({})).toBe(false);
  });

  it('takes the child-harm topics and their group for minors, not violence between adults', () => {
    const need = (topic: ReferralNeed['topic'], age?: number) =>
      isChildEndangermentNeed({ topic, ...(age === undefined ? {} : { age }) });
    expect(need('child_neglect', 8)).toBe(true);
    expect(need('child_sexual_abuse')).toBe(true);
    expect(need('child_risk_assessment')).toBe(true);
    expect(need('child_endangerment')).toBe(true);
    expect(need('domestic_violence')).toBe(false);
    expect(need('peer_violence_bullying')).toBe(false);
    expect(need('child_neglect', 30)).toBe(false);
  });
});

describe('the § 4 KKG procedure from a bound professional', () => {
  it('comes first for a teacher and a neglected 8-year-old: conversation, InsoFa, ASD, feedback', () => {
    const { routes } = findReferralRoutes(childProtectionGraph(), TEACHER, NEGLECT, 3);
    const first = routes[0];
    expect(first?.kind).toBe('procedure');
    expect(first?.hops.map((hop) => [hop.step, hop.from, hop.to])).toEqual([
      ['conversation', 'school', 'school'],
      ['consultation', 'school', 'insofa'],
      ['notification', 'school', 'asd'],
      ['feedback', 'asd', 'school'],
    ]);
    expect(first?.endService.id).toBe('asd-svc');
    expect(first?.explanation.de).toMatch(/^Rang 1: das gesetzliche Verfahren/);
  });

  it('marks the InsoFa leg nobody recorded as inferred and keeps the recorded ASD path', () => {
    const first = findReferralRoutes(childProtectionGraph(), TEACHER, NEGLECT).routes[0];
    const consultation = first?.hops.find((hop) => hop.step === 'consultation');
    const notification = first?.hops.find((hop) => hop.step === 'notification');
    expect(consultation).toMatchObject({
      inferred: true,
      referralPathId: null,
      dataMode: 'pseudonymised',
      templateId: 'R08',
    });
    expect(consultation?.reason.de).toContain('nicht vereinbart');
    expect(notification).toMatchObject({ inferred: false, referralPathId: 'school-asd' });
  });

  it('takes a recorded consultation path when there is one (not inferred)', () => {
    const graph = childProtectionGraph({
      referralPaths: [
        aReferralPath('school-insofa', 'school', 'insofa', {
          routeTemplate: 'R08',
          dataMode: 'pseudonymised',
        }),
      ],
    });
    const consultation = findReferralRoutes(graph, TEACHER, NEGLECT).routes[0]?.hops[1];
    expect(consultation).toMatchObject({
      step: 'consultation',
      inferred: false,
      referralPathId: 'school-insofa',
    });
  });

  it('ends at the InsoFa consultation for the “§ 8a / InsoFa” topic, not at the § 42 on-call', () => {
    const need: ReferralNeed = { ...NEGLECT, topic: 'child_risk_assessment' };
    const first = findReferralRoutes(childProtectionGraph(), TEACHER, need).routes[0];
    expect(first?.kind).toBe('procedure');
    expect(first?.endService.id).toBe('insofa-svc');
    expect(first?.hops.map((hop) => hop.step)).toEqual(['conversation', 'consultation']);
  });

  it('goes to the ASD’s on-call service at once in acute danger', () => {
    const need: ReferralNeed = { ...NEGLECT, urgency: 'immediate' };
    const first = findReferralRoutes(childProtectionGraph(), TEACHER, need).routes[0];
    expect(first?.kind).toBe('procedure');
    expect(first?.hops[0]).toMatchObject({ step: 'notification', from: 'school', to: 'asd' });
    expect(first?.hops.some((hop) => hop.step === 'conversation')).toBe(false);
    expect(first?.endService.id).toBe('oncall');
    expect(first?.hops[0]?.responseHours).toBe(1);
  });

  it('does not apply to a Kita (§ 8a Abs. 4, not § 4 KKG) or to an adult’s need', () => {
    const kita: RouteStart = { kind: 'institution', institutionId: 'kita' };
    const graph = childProtectionGraph();
    expect(findReferralRoutes(graph, kita, NEGLECT).routes.map((r) => r.kind)).not.toContain(
      'procedure',
    );
    const adult = findReferralRoutes(graph, TEACHER, { ...NEGLECT, age: 30 }).routes;
    expect(adult.map((r) => r.kind)).not.toContain('procedure');
  });

  it('ranks the other routes after it, by cost, and says so in their explanations', () => {
    const { routes } = findReferralRoutes(childProtectionGraph(), TEACHER, NEGLECT, 3);
    expect(routes.map((r) => r.rank)).toEqual(routes.map((_, i) => i + 1));
    const rest = routes.slice(1);
    expect(rest.map((r) => r.cost)).toEqual([...rest.map((r) => r.cost)].sort((a, b) => a - b));
    for (const route of rest) expect(route.explanation.de).toMatch(/^Rang [2-9]:/);
    expect(routes).toHaveLength(3);
    expect(routes[2]?.explanation.de).toContain('hinter Rang 2');
  });
});

describe('template legs nobody recorded', () => {
  it('fill in the InsoFa step of R09 before a Kita’s recorded path to the ASD', () => {
    const kita: RouteStart = { kind: 'institution', institutionId: 'kita' };
    const need: ReferralNeed = { ...NEGLECT, age: 4 };
    const route = findReferralRoutes(childProtectionGraph(), kita, need).routes.find(
      (r) => r.hops.at(-1)?.referralPathId === 'kita-asd',
    );
    expect(route?.hops.map((hop) => [hop.from, hop.to, hop.inferred === true, hop.step])).toEqual([
      ['kita', 'insofa', true, 'consultation'],
      ['kita', 'asd', false, 'notification'],
    ]);
  });

  it('fill in the navigator of R11 between a maternity clinic and the network coordination', () => {
    const graph = aGraph({
      institutions: [
        anInstitution('clinic', { kind: 'maternity_clinic' }),
        anInstitution('lotsen', { kind: 'maternity_navigator_service' }),
        anInstitution('coordination', { kind: 'network_coordination_unit' }),
      ],
      services: [
        aService('lotsen-svc', 'lotsen', { topics: ['early_childhood_support'] }),
        aService('fh', 'coordination', {
          topics: ['early_childhood_support'],
          targetGroups: ['parents_families'],
          selfReferral: false,
        }),
      ],
      referralPaths: [
        aReferralPath('clinic-coordination', 'clinic', 'coordination', { routeTemplate: 'R11' }),
      ],
    });
    const need: ReferralNeed = {
      topic: 'early_childhood_support',
      municipality: 'koethen',
      targetGroup: 'parents_families',
    };
    const route = findReferralRoutes(
      graph,
      { kind: 'institution', institutionId: 'clinic' },
      need,
    ).routes.find((r) => r.endService.id === 'fh');
    expect(route?.hops.map((hop) => [hop.to, hop.inferred === true])).toEqual([
      ['lotsen', true],
      ['coordination', false],
    ]);
    expect(route?.hops[0]?.reason.de).toContain('R11');
  });
});

describe('a child is never sent on their own by a professional', () => {
  it('offers a teacher no self-referral of the child', () => {
    const { routes } = findReferralRoutes(childProtectionGraph(), TEACHER, NEGLECT, 5);
    expect(routes.flatMap((r) => r.hops).filter((hop) => hop.via === 'self_referral')).toEqual([]);
  });

  it('lets a child asking alone get in touch with a service herself (§ 8 Abs. 3 SGB VIII)', () => {
    const { routes } = findReferralRoutes(childProtectionGraph(), { kind: 'self' }, NEGLECT, 5);
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.every((r) => r.hops.every((hop) => hop.via === 'self_referral'))).toBe(true);
  });

  it('still lets an adolescent get in touch with a service herself', () => {
    const { routes } = findReferralRoutes(
      childProtectionGraph(),
      { kind: 'self' },
      {
        ...NEGLECT,
        age: 15,
      },
    );
    expect(routes.some((r) => r.hops.some((hop) => hop.via === 'self_referral'))).toBe(true);
  });
});
