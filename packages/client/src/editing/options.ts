/**
 * Values and labels of the option lists the forms (and the route, gap and training views) draw
 * from. Taxonomy labels (kinds, topics, target groups, route templates) come from
 * `@schutznetz/domain` in both languages, regions from the loaded region (`useRegion`); the
 * API's plain enums are worded in `editing:enums`.
 * GraphQL enums are the domain codes in upper case (`childcare_centre` → `CHILDCARE_CENTRE`);
 * topics, target groups and regions are ids in lower case.
 */
import {
  ACCESSIBILITY_FEATURES,
  COSTS,
  EXPERTISE_LEVELS,
  INSTITUTION_KINDS,
  LANGUAGES,
  LISTING_BASES,
  MEMBERSHIP_ROLES,
  QUALIFICATIONS,
  REFERRAL_ROUTES,
  TARGET_GROUPS,
  TOPICS,
  WEEKDAYS,
  hasProtectedAddress,
  isInstitutionKindCode,
  type LocalizedLabel,
  type Locale,
  type RegionCatalog,
} from '@schutznetz/domain';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { largestFirst, useRegion } from '../region/region-context';
import type { OptionSet } from './form-model';

const upper = (codes: readonly string[]) => codes.map((code) => code.toUpperCase());

/** Labels of the taxonomy option sets, keyed by the value the API uses. */
const TAXONOMY_LABELS: Partial<Record<OptionSet, ReadonlyMap<string, LocalizedLabel>>> = {
  institutionKind: new Map(INSTITUTION_KINDS.map((kind) => [kind.code.toUpperCase(), kind.label])),
  topic: new Map(TOPICS.map((topic) => [topic.code, topic.label])),
  targetGroup: new Map(TARGET_GROUPS.map((group) => [group.code, group.label])),
  routeTemplate: new Map(
    REFERRAL_ROUTES.map((route) => [
      route.id,
      { de: `${route.id} – ${route.title.de}`, en: `${route.id} – ${route.title.en}` },
    ]),
  ),
};

/** An option set whose values are fixed in code (not the networks, not the loaded region's places). */
export type FixedOptionSet = Exclude<OptionSet, 'network' | 'region'>;

/** The values of each fixed option set, in the order the forms list them. */
export const OPTION_VALUES: Readonly<Record<FixedOptionSet, readonly string[]>> = {
  institutionKind: upper(INSTITUTION_KINDS.map((kind) => kind.code)),
  topic: TOPICS.map((topic) => topic.code),
  targetGroup: TARGET_GROUPS.map((group) => group.code),
  routeTemplate: REFERRAL_ROUTES.map((route) => route.id),
  language: upper(LANGUAGES),
  accessibility: upper(ACCESSIBILITY_FEATURES),
  qualification: upper(QUALIFICATIONS),
  expertiseLevel: upper(EXPERTISE_LEVELS),
  listingBasis: upper(LISTING_BASES),
  consent: ['NOT_REQUIRED', 'INFORM_BEFORE', 'REQUIRED', 'LEGAL_BASIS_REQUIRED', 'NOT_APPLICABLE'],
  dataMode: ['NONE', 'PSEUDONYMISED', 'IDENTIFIED_WITH_CONSENT', 'IDENTIFIED_BY_LAW'],
  urgency: ['IMMEDIATE', 'SAME_DAY', 'DAYS', 'WEEKS'],
  afterHours: ['AVAILABLE_24_7', 'NEXT_WORKING_DAY', 'NOT_APPLICABLE', 'UNKNOWN'],
  cost: upper(COSTS),
  membershipRole: upper(MEMBERSHIP_ROLES),
  meetingKind: ['MEETING', 'CONFERENCE'],
};

/** Weekdays as the API names them. */
export const WEEKDAY_VALUES = upper(WEEKDAYS);

/**
 * The label of a taxonomy value in `locale`, or undefined when the set is not a taxonomy; a
 * region by the loaded `region` (its code when the region does not know it).
 */
export function taxonomyLabel(
  set: OptionSet,
  value: string,
  locale: Locale,
  region: RegionCatalog,
): string | undefined {
  if (set === 'region') return region.label(value, locale);
  return TAXONOMY_LABELS[set]?.get(value)?.[locale];
}

/** The regions a form offers: the county, its municipalities largest first, then the places outside. */
export function regionOptions(region: RegionCatalog): readonly string[] {
  return [
    ...(region.county ? [region.county.code] : []),
    ...largestFirst(region),
    ...region.externals.map((external) => external.code),
  ];
}

/** True for the kinds whose address is never stored (women's shelters), in API spelling. */
export function isProtectedAddressKind(kind: string): boolean {
  const code = kind.toLowerCase();
  return isInstitutionKindCode(code) && hasProtectedAddress(code);
}

/** A translate function for keys built at run time (enum values, server codes). */
export type LooseT = (key: string, options?: Readonly<Record<string, unknown>>) => string;

/**
 * `t` of a namespace for keys assembled at run time, which the typed `t` cannot check; a missing
 * key falls back to `defaultValue` or the key itself, and the i18n test keeps de and en in step.
 */
export function useLooseT(namespace: 'editing' | 'routes' | 'gaps' | 'trainings'): LooseT {
  const { t } = useTranslation(namespace);
  return t as unknown as LooseT;
}

/** The current UI language as a domain locale. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'de';
}

/** A function naming any option of any set in the current language. */
export function useOptionLabel(): (set: OptionSet, value: string) => string {
  const t = useLooseT('editing');
  const locale = useLocale();
  const region = useRegion();
  return useCallback(
    (set, value) =>
      taxonomyLabel(set, value, locale, region) ??
      t(`enums.${set}.${value}`, { defaultValue: value }),
    [locale, t, region],
  );
}

/** The values of any option set but the networks: fixed ones from code, regions from the loaded region. */
export function useOptionValues(): (set: Exclude<OptionSet, 'network'>) => readonly string[] {
  const region = useRegion();
  const regions = useMemo(() => regionOptions(region), [region]);
  return useCallback((set) => (set === 'region' ? regions : OPTION_VALUES[set]), [regions]);
}
