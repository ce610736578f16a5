import { isInstitutionKindCode } from './institution-kinds';
import { isLegalNormCode } from './legal-norms';
import {
  REFERRAL_ROUTES,
  URGENCY_ORDER,
  isReferralRouteId,
  referralRouteById,
  routeMatchesNeed,
  routeTargetKinds,
  routesFromKind,
  routesToKind,
  type ReferralRouteTemplate,
} from './referral-routes';
import { isTargetGroupCode } from './target-groups';
import { isTopicCode } from './topics';

const routes: readonly ReferralRouteTemplate[] = REFERRAL_ROUTES;
const ids = (list: readonly ReferralRouteTemplate[]): string[] => list.map((route) => route.id);

describe('referral route templates', () => {
  it('are R01 to R22, each exactly once and in order', () => {
    expect(ids(routes)).toEqual(
      Array.from({ length: 22 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('carry German and English titles, triggers and mechanisms', () => {
    for (const route of routes) {
      for (const text of [route.title, route.trigger, route.mechanism]) {
        expect(text.de.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('refer only to existing kinds, topics, target groups and legal norms', () => {
    for (const route of routes) {
      const kinds = [
        ...(route.from === 'any' ? [] : route.from),
        ...route.hops.flatMap((hop) => hop.to),
      ];
      for (const kind of kinds) {
        expect(isInstitutionKindCode(kind)).toBe(true);
      }
      for (const topic of route.topics === 'any' ? [] : route.topics) {
        expect(isTopicCode(topic)).toBe(true);
      }
      for (const group of route.targetGroups === 'any' ? [] : route.targetGroups) {
        expect(isTargetGroupCode(group)).toBe(true);
      }
      for (const norm of route.conditions.legalBasis) {
        expect(isLegalNormCode(norm)).toBe(true);
      }
    }
  });

  it('give every hop a target and a data mode, and every explicit list an entry', () => {
    for (const route of routes) {
      expect(route.hops.length).toBeGreaterThan(0);
      for (const hop of route.hops) {
        expect(hop.to.length).toBeGreaterThan(0);
        expect(hop.dataModes.length).toBeGreaterThan(0);
      }
      expect(route.from === 'any' || route.from.length > 0).toBe(true);
      expect(route.topics === 'any' || route.topics.length > 0).toBe(true);
      expect(route.targetGroups === 'any' || route.targetGroups.length > 0).toBe(true);
    }
  });

  it('have urgency ranges that run from faster to slower and sound age limits', () => {
    for (const route of routes) {
      const { urgency, ageLimits } = route.conditions;
      if (urgency.kind === 'range') {
        expect(URGENCY_ORDER.indexOf(urgency.fastest)).toBeLessThanOrEqual(
          URGENCY_ORDER.indexOf(urgency.slowest),
        );
      }
      if (ageLimits?.minAge != null && ageLimits.maxAge != null) {
        expect(ageLimits.minAge).toBeLessThan(ageLimits.maxAge);
      }
    }
  });

  it('never move identified data without consent where consent is not required', () => {
    for (const route of routes.filter((r) => r.conditions.consent === 'not_required')) {
      for (const hop of route.hops) {
        expect(hop.dataModes).not.toEqual(['identified_with_consent']);
      }
    }
  });

  it('pass no personal data on structural routes', () => {
    for (const route of routes.filter((r) => r.conditions.consent === 'not_applicable')) {
      for (const hop of route.hops) {
        expect(hop.dataModes).toEqual(['none']);
      }
    }
    expect(referralRouteById('R21').conditions.consent).toBe('not_applicable');
  });

  it('involve the parents first only where they are informed beforehand', () => {
    for (const route of routes.filter((r) => r.conditions.parentsInvolvedFirst)) {
      expect(route.conditions.consent).toBe('inform_before');
    }
  });

  it('promise the Jugendamt’s feedback only to § 4 KKG professionals', () => {
    const withFeedback = routes.filter((r) => r.conditions.feedbackToReporter);
    expect(ids(withFeedback)).toEqual(['R08', 'R10', 'R13', 'R19']);
    for (const route of withFeedback) {
      expect(route.conditions.legalBasis).toContain('kkg_4');
    }
    expect(referralRouteById('R09').conditions.feedbackToReporter).toBe(false);
  });

  it('reach shelters around the clock', () => {
    for (const route of routes.filter((r) => routeTargetKinds(r).includes('womens_shelter'))) {
      if (route.id === 'R04' || route.id === 'R05') {
        expect(route.conditions.afterHours).toBe('available_24_7');
      }
    }
    expect(ids(routesToKind('womens_shelter'))).toEqual(['R04', 'R05', 'R20', 'R22']);
  });

  it('allow self-referral exactly where §7 names "self"', () => {
    expect(ids(routes.filter((r) => r.selfReferral))).toEqual(['R16', 'R17', 'R18']);
  });

  it('send a school’s concern through a pseudonymised InsoFa consultation to the ASD', () => {
    const r08 = referralRouteById('R08');
    expect(r08.hops.map((hop) => hop.to)).toEqual([
      ['child_protection_advice_unit'],
      ['general_social_service'],
    ]);
    expect(r08.hops[0].dataModes).toEqual(['pseudonymised']);
    expect(ids(routesFromKind('school'))).toEqual(['R08', 'R16', 'R21']);
  });
});

describe('routeMatchesNeed', () => {
  const r01 = referralRouteById('R01');

  it('keeps the Interventionsstelle route to adults', () => {
    expect(routeMatchesNeed(r01, { topic: 'stalking', age: 34 })).toBe(true);
    expect(routeMatchesNeed(r01, { topic: 'stalking', age: 16 })).toBe(false);
  });

  it('drops routes that need consent when none can be obtained', () => {
    expect(routeMatchesNeed(r01, { withoutConsent: true })).toBe(false);
    expect(routeMatchesNeed(referralRouteById('R08'), { withoutConsent: true })).toBe(true);
    expect(routeMatchesNeed(referralRouteById('R19'), { withoutConsent: true })).toBe(true);
  });

  it('matches a topic group to routes for its members, and a member to its own routes', () => {
    expect(routeMatchesNeed(referralRouteById('R08'), { topic: 'child_endangerment' })).toBe(true);
    expect(routeMatchesNeed(referralRouteById('R08'), { topic: 'child_neglect' })).toBe(true);
    expect(routeMatchesNeed(referralRouteById('R08'), { topic: 'stalking' })).toBe(false);
    expect(routeMatchesNeed(referralRouteById('R21'), { topic: 'fgm' })).toBe(true);
  });

  it('filters by target group', () => {
    expect(routeMatchesNeed(referralRouteById('R18'), { targetGroup: 'perpetrators' })).toBe(true);
    expect(routeMatchesNeed(referralRouteById('R18'), { targetGroup: 'women' })).toBe(false);
  });

  it('rejects unknown route ids', () => {
    expect(isReferralRouteId('R23')).toBe(false);
    expect(isReferralRouteId('R1')).toBe(false);
    expect(isReferralRouteId('R07')).toBe(true);
  });
});
