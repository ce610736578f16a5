/**
 * The matching rules every analysis shares, so that routes, coverage, resilience and the
 * training plan agree on what "serves", "covers" and "holds" mean.
 */
import {
  ancestorTopics,
  descendantTopics,
  type ExpertiseData,
  type LanguageCode,
  type TopicCode,
} from '@schutznetz/domain';
import type { AnalysisInstitution, AnalysisService } from './graph';
import type { HasOpeningHours } from './opening-hours';

const relatedCache = new Map<TopicCode, ReadonlySet<TopicCode>>();

/**
 * The topic, its ancestors and its descendants: a service or an expertise on any of them counts
 * for `topic`. The same rule as the domain's `routeMatchesNeed` for route templates, so a need
 * for a group finds its members' services and a service on a group serves its members.
 */
export function relatedTopics(topic: TopicCode): ReadonlySet<TopicCode> {
  let related = relatedCache.get(topic);
  if (related === undefined) {
    related = new Set([topic, ...ancestorTopics(topic), ...descendantTopics(topic)]);
    relatedCache.set(topic, related);
  }
  return related;
}

/** Tells whether a list of topics (of a service, a path or an expertise) covers `topic`. */
export function topicsMatch(topics: readonly TopicCode[], topic: TopicCode): boolean {
  const related = relatedTopics(topic);
  return topics.some((t) => related.has(t));
}

/**
 * Tells whether an expertise still counts on `asOf` (an ISO date or instant): it has no end
 * date or ends on or after that day. Without `asOf` every expertise counts.
 */
export function isExpertiseValid(
  expertise: Pick<ExpertiseData, 'validUntil'>,
  asOf: string | undefined,
): boolean {
  return (
    asOf === undefined ||
    expertise.validUntil === null ||
    expertise.validUntil.slice(0, 10) >= asOf.slice(0, 10)
  );
}

/** The languages a service works in: its own, else its institution's, else German. */
export function serviceLanguages(
  service: AnalysisService,
  institution: AnalysisInstitution | undefined,
): readonly LanguageCode[] {
  if (service.languages.length > 0) return service.languages;
  if (institution !== undefined && institution.languages.length > 0) return institution.languages;
  return ['de'];
}

/**
 * How a service meets a language: `confirmed` when it (or, recording none, its institution)
 * works in it; `interpreting` when it does not but arranges interpreting (Sprachmittlung);
 * `unknown` when neither records any language (ask, do not assume German); `none` otherwise.
 */
export type LanguageMatch = 'confirmed' | 'interpreting' | 'unknown' | 'none';

export function languageMatch(
  service: Pick<AnalysisService, 'languages' | 'interpreting'>,
  institution: Pick<AnalysisInstitution, 'languages'> | undefined,
  language: LanguageCode,
): LanguageMatch {
  const recorded =
    service.languages.length > 0 ? service.languages : (institution?.languages ?? []);
  if (recorded.includes(language)) return 'confirmed';
  if (service.interpreting) return 'interpreting';
  return recorded.length === 0 ? 'unknown' : 'none';
}

/** The hours that decide whether a service can be reached: its own, else its institution's. */
export function serviceHours(
  service: AnalysisService,
  institution: AnalysisInstitution | undefined,
): HasOpeningHours {
  if (service.available24x7 || service.openingHours.length > 0 || institution === undefined) {
    return service;
  }
  return institution;
}

/** Whether a service can be reached around the clock (itself, or through its institution). */
export function isServiceAlwaysOpen(
  service: AnalysisService,
  institution: AnalysisInstitution | undefined,
): boolean {
  return serviceHours(service, institution).available24x7;
}
