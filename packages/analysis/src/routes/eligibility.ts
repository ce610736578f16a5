/**
 * Eligibility in words: why a service is left out of an answer (each condition it fails, naming
 * the child a limit concerns) and what a route leaves open (a language nobody recorded, a limit
 * for boys where a child's gender was not given). The search's own checks stay in
 * `constraints.ts`; this file words them and adds the penalties of what is left open.
 */
import {
  isAgeInRange,
  targetGroupByCode,
  type LanguageCode,
  type LocalizedLabel,
  type RegionCatalog,
} from '@schutznetz/domain';
import type { AnalysisInstitution, AnalysisService } from '../graph';
import { languageMatch } from '../matching';
import { isClosedToStart, serviceFailures } from './constraints';
import { householdChecks } from './household';
import type {
  EligibilityReason,
  ReferralNeed,
  RouteConstraint,
  RouteLanguageMatch,
  RouteStart,
} from './types';

/** Penalties (hours) of what a route leaves open, so confirmed matches rank first. */
export const OPEN_QUESTION_PENALTY_HOURS = {
  /** The end service records no language: it must be asked whether it can help in it. */
  languageUnknown: 3,
  /** The end service works in the language only through interpreting. */
  interpreting: 1,
  /** A target group or a child's limit is not confirmed (not recorded, or not given). */
  eligibilityUnknown: 1,
} as const;

const LANGUAGE_NAMES = {
  de: new Intl.DisplayNames(['de'], { type: 'language' }),
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
};

const languageNames = new Map<LanguageCode, LocalizedLabel>();

/** A language's name in German and English ("Russisch", "Russian"); looked up once per code. */
export function languageName(code: LanguageCode): LocalizedLabel {
  let name = languageNames.get(code);
  if (name === undefined) {
    name = { de: LANGUAGE_NAMES.de.of(code) ?? code, en: LANGUAGE_NAMES.en.of(code) ?? code };
    languageNames.set(code, name);
  }
  return name;
}

/** A region's name in the loaded region, or its code when the region does not know it. */
export function regionName(region: RegionCatalog, code: string): LocalizedLabel {
  return { de: region.label(code, 'de'), en: region.label(code, 'en') };
}

function list(labels: readonly LocalizedLabel[]): LocalizedLabel {
  return { de: labels.map((l) => l.de).join(', '), en: labels.map((l) => l.en).join(', ') };
}

function reason(constraint: RouteConstraint, label: LocalizedLabel): EligibilityReason {
  return { constraint, child: null, label };
}

/** Why the person (not a child) fails `constraint` at `service`, in words. */
function personReason(
  region: RegionCatalog,
  constraint: RouteConstraint,
  service: AnalysisService,
  institution: AnalysisInstitution | undefined,
  need: ReferralNeed,
  start: Pick<RouteStart, 'kind'> | undefined,
): EligibilityReason {
  switch (constraint) {
    case 'target_group': {
      const wanted = need.targetGroup === undefined ? null : targetGroupByCode(need.targetGroup);
      const offered = list(service.targetGroups.map((g) => targetGroupByCode(g).label));
      if (isClosedToStart(service, start)) {
        return reason(constraint, {
          de: `nur für Fachkräfte, nicht für die Person selbst (für: ${offered.de})`,
          en: `for professionals only, not for the person on their own (for: ${offered.en})`,
        });
      }
      return reason(constraint, {
        de: `nicht für ${wanted?.label.de ?? 'die Zielgruppe'} (für: ${offered.de})`,
        en: `not for ${wanted?.label.en ?? 'the target group'} (for: ${offered.en})`,
      });
    }
    case 'age': {
      const range = `${service.minAge ?? 0}–${service.maxAge === null ? '' : service.maxAge - 1}`;
      return reason(constraint, {
        de: `Alter ${need.age ?? '?'}: außerhalb der Altersgrenzen (${range} Jahre)`,
        en: `age ${need.age ?? '?'}: outside the age limits (${range})`,
      });
    }
    case 'language': {
      const asked =
        need.language === undefined ? { de: '?', en: '?' } : languageName(need.language);
      const recorded =
        service.languages.length > 0 ? service.languages : (institution?.languages ?? []);
      const spoken = list(recorded.map(languageName));
      return reason(constraint, {
        de: `arbeitet nicht auf ${asked.de} (Sprachen: ${spoken.de}), keine Sprachmittlung`,
        en: `does not work in ${asked.en} (languages: ${spoken.en}), no interpreting`,
      });
    }
    case 'area': {
      const place = regionName(region, need.municipality);
      return reason(constraint, {
        de: `Einzugsgebiet umfasst ${place.de} nicht`,
        en: `its area does not cover ${place.en}`,
      });
    }
    case 'accessibility':
      return reason(constraint, {
        de: 'ohne die verlangte Barrierefreiheit',
        en: 'lacks the accessibility asked for',
      });
    case 'capacity':
      return reason(constraint, {
        de: `voll belegt (0 von ${service.capacityTotal ?? '?'} Plätzen frei gemeldet)`,
        en: `full (0 of ${service.capacityTotal ?? '?'} places reported free)`,
      });
    case 'consent':
      return reason(constraint, {
        de: 'verlangt eine Einwilligung, die nicht eingeholt werden kann',
        en: 'needs consent that cannot be obtained',
      });
    case 'time':
      return timeReason();
    default:
      return reason(constraint, {
        de: 'passt nicht zum Thema',
        en: 'does not address the topic',
      });
  }
}

/** A service matching the need that no route reached at the chosen moment. */
export function timeReason(): EligibilityReason {
  return reason('time', {
    de: 'zum gewählten Zeitpunkt nicht rechtzeitig erreichbar (Öffnungszeiten)',
    en: 'not reachable in time at the chosen moment (opening hours)',
  });
}

/**
 * Every condition `service` fails for `need` asked from `start` (time excepted), in words: one
 * reason per failed condition of the person, one per child a limit concerns. Empty when it fits.
 */
export function exclusionReasons(
  region: RegionCatalog,
  service: AnalysisService,
  institution: AnalysisInstitution | undefined,
  need: ReferralNeed,
  start?: Pick<RouteStart, 'kind'>,
): EligibilityReason[] {
  const failures = serviceFailures(region, service, institution, need, start);
  if (failures.length === 0) return [];
  const children = householdChecks(service, need).failures;
  const personFailsAge =
    need.age !== undefined &&
    !isAgeInRange({ minAge: service.minAge, maxAge: service.maxAge }, need.age);
  const reasons: EligibilityReason[] = [];
  for (const constraint of failures) {
    if (constraint === 'age') {
      if (personFailsAge)
        reasons.push(personReason(region, 'age', service, institution, need, start));
      reasons.push(...children);
    } else {
      reasons.push(personReason(region, constraint, service, institution, need, start));
    }
  }
  return reasons;
}

/** How the end service of a route meets the need, and what is left to ask. */
export interface RouteEligibility {
  readonly languageMatch: RouteLanguageMatch | null;
  readonly openQuestions: readonly EligibilityReason[];
}

/** What a route to `service` (which passes every check) leaves open. */
export function routeEligibility(
  service: AnalysisService,
  institution: AnalysisInstitution | undefined,
  need: ReferralNeed,
): RouteEligibility {
  const questions: EligibilityReason[] = [];
  let match: RouteLanguageMatch | null = null;
  if (need.language !== undefined) {
    const found = languageMatch(service, institution, need.language);
    match = found === 'none' ? 'confirmed' : found;
    const name = languageName(need.language);
    if (match === 'unknown') {
      questions.push(
        reason('language', {
          de: `Sprache unbekannt – bitte nachfragen (${name.de})`,
          en: `Language unknown – please ask (${name.en})`,
        }),
      );
    } else if (match === 'interpreting') {
      questions.push(
        reason('language', {
          de: `mit Sprachmittlung (${name.de})`,
          en: `with interpreting (${name.en})`,
        }),
      );
    }
  }
  if (need.targetGroup !== undefined && service.targetGroups.length === 0) {
    questions.push(
      reason('target_group', {
        de: `Zielgruppe nicht erfasst – bitte nachfragen (${targetGroupByCode(need.targetGroup).label.de})`,
        en: `Target group not recorded – please ask (${targetGroupByCode(need.targetGroup).label.en})`,
      }),
    );
  }
  questions.push(...householdChecks(service, need).questions);
  return { languageMatch: match, openQuestions: questions };
}

/**
 * The penalties of what a route to `service` leaves open, by cost term: an unknown language,
 * interpreting, an unconfirmed target group or child limit. Without wording: the search calls it
 * for every candidate.
 */
export function openQuestionPenalties(
  service: AnalysisService,
  institution: AnalysisInstitution | undefined,
  need: ReferralNeed,
): { language_unknown: number; interpreter: number; eligibility_unknown: number } {
  const found =
    need.language === undefined ? null : languageMatch(service, institution, need.language);
  const unconfirmed =
    (need.targetGroup !== undefined && service.targetGroups.length === 0) ||
    (need.children !== undefined && householdChecks(service, need).questions.length > 0);
  return {
    language_unknown: found === 'unknown' ? OPEN_QUESTION_PENALTY_HOURS.languageUnknown : 0,
    interpreter: found === 'interpreting' ? OPEN_QUESTION_PENALTY_HOURS.interpreting : 0,
    eligibility_unknown: unconfirmed ? OPEN_QUESTION_PENALTY_HOURS.eligibilityUnknown : 0,
  };
}
