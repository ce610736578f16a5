/**
 * Who may be sent where: the constraints of a need that an end service or a referral path fails,
 * time excepted (that depends on when a route arrives; see `timing.ts`).
 */
import {
  isAgeInRange,
  isForProfessionalsOnly,
  referralRouteById,
  routeMatchesNeed,
  type ReferralRouteTemplate,
  type RegionCatalog,
} from '@schutznetz/domain';
import type { AnalysisInstitution, AnalysisReferralPath, AnalysisService } from '../graph';
import { languageMatch, topicsMatch } from '../matching';
import { capacityMomentMs, isReportedFull } from './capacity';
import { householdFails } from './household';
import type { ReferralNeed, RouteConstraint, RouteStart } from './types';

/**
 * Whether a `start` can never end at `service`: the person on their own (a `self` start) cannot
 * use a service only for professionals (an InsoFa consultation, a medical hotline for doctors).
 * A professional starting from an institution may.
 */
export function isClosedToStart(
  service: Pick<AnalysisService, 'targetGroups'>,
  start: Pick<RouteStart, 'kind'> | undefined,
): boolean {
  return start?.kind === 'self' && isForProfessionalsOnly(service.targetGroups);
}

/**
 * The constraints an end service fails for `need` asked from `start` (an institution when not
 * given), time excepted (that depends on when the route arrives). Empty when the service fits.
 */
export function serviceFailures(
  region: RegionCatalog,
  service: AnalysisService,
  institution: AnalysisInstitution | undefined,
  need: ReferralNeed,
  start?: Pick<RouteStart, 'kind'>,
): RouteConstraint[] {
  const failures: RouteConstraint[] = [];
  if (!topicsMatch(service.topics, need.topic)) failures.push('topic');
  if (
    (need.targetGroup !== undefined &&
      service.targetGroups.length > 0 &&
      !service.targetGroups.includes(need.targetGroup)) ||
    isClosedToStart(service, start)
  ) {
    failures.push('target_group');
  }
  if (
    need.age !== undefined &&
    !isAgeInRange({ minAge: service.minAge, maxAge: service.maxAge }, need.age)
  ) {
    failures.push('age');
  }
  // The children who come along: a son over a shelter's limit for boys, a child outside the
  // child age bands the service takes.
  if (householdFails(service, need) && !failures.includes('age')) failures.push('age');
  // A service recording no language is asked, not ruled out; interpreting opens any language.
  if (
    need.language !== undefined &&
    languageMatch(service, institution, need.language) === 'none'
  ) {
    failures.push('language');
  }
  if (!region.covers(service.area, need.municipality)) failures.push('area');
  const required = need.accessibility ?? [];
  if (
    required.some(
      (feature) =>
        !service.accessibility.includes(feature) &&
        !(institution?.accessibility.includes(feature) ?? false),
    )
  ) {
    failures.push('accessibility');
  }
  if (need.ignoreFullCapacity !== true && isReportedFull(service, capacityMomentMs(need))) {
    failures.push('capacity');
  }
  if (need.consent === 'not_obtainable' && service.consentRequired) failures.push('consent');
  return failures;
}

/** The template of a path, when it names one. */
export function templateOf(path: AnalysisReferralPath): ReferralRouteTemplate | null {
  return path.routeTemplate === null ? null : referralRouteById(path.routeTemplate);
}

/**
 * The constraint a referral path fails for `need` (time excepted), or `null` when the search
 * may take it. The path's own topics, consent and data mode decide; its template adds target
 * groups and age limits. Structural routes (R21, "next meeting") carry no cases.
 */
export function referralPathFailure(
  path: AnalysisReferralPath,
  need: ReferralNeed,
): RouteConstraint | null {
  const template = templateOf(path);
  if (template?.conditions.urgency.kind === 'next_meeting') return 'structural';
  const topics = path.topics.length > 0 ? path.topics : template?.topics;
  if (topics !== undefined && topics !== 'any' && !topicsMatch(topics, need.topic)) return 'topic';
  if (template !== null) {
    if (
      need.targetGroup !== undefined &&
      !routeMatchesNeed(template, { targetGroup: need.targetGroup })
    ) {
      return 'target_group';
    }
    if (need.age !== undefined && !routeMatchesNeed(template, { age: need.age })) return 'age';
  }
  if (
    need.consent === 'not_obtainable' &&
    (path.consent === 'required' || path.dataMode === 'identified_with_consent')
  ) {
    return 'consent';
  }
  if (need.dataModes !== undefined && !need.dataModes.includes(path.dataMode)) return 'data_mode';
  return null;
}
