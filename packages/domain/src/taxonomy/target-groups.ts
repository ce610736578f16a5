/**
 * Target groups of services and routes (domain.md §8.4, `target:` codes), with the age ranges
 * the codes and headings state. Age bounds follow {@link AgeRange}: the upper bound is
 * exclusive, so `infants_0_3` ends at the third birthday and `children_3_6` starts there.
 */
import { indexByCode, mustGet } from './lookup';
import { isAgeInRange, type AgeRange, type LocalizedLabel } from './types';

/** The headings §8.4 sorts the groups under. */
export type TargetGroupCategory = 'adults' | 'children_youth' | 'families' | 'others';

/** One target group. */
export interface TargetGroup<Code extends string = TargetGroupCode> extends AgeRange {
  readonly code: Code;
  readonly label: LocalizedLabel;
  readonly category: TargetGroupCategory;
}

// §8.4 puts these under "Adults" without naming an age; 18 is where that heading starts.
const adult = { category: 'adults', minAge: 18, maxAge: null } as const;
const anyAge = { minAge: null, maxAge: null } as const;

/** All target groups, in the order of §8.4. */
export const TARGET_GROUPS = [
  { ...adult, code: 'women', label: { de: 'Frauen', en: 'Women' } },
  { ...adult, code: 'men', label: { de: 'Männer', en: 'Men' } },
  { ...adult, code: 'lgbtiq_persons', label: { de: 'LSBTIQ*-Personen', en: 'LGBTIQ* people' } },
  {
    ...adult,
    code: 'older_people',
    label: { de: 'Ältere Menschen', en: 'Older people' },
    // The doc names no threshold for "older"; only the adult bound is implied.
  },
  {
    ...adult,
    code: 'people_with_disability',
    label: { de: 'Menschen mit Behinderung', en: 'People with disabilities' },
  },
  {
    ...adult,
    code: 'migrants_refugees',
    label: { de: 'Migrantinnen, Migranten und Geflüchtete', en: 'Migrants and refugees' },
  },
  {
    code: 'infants_0_3',
    label: { de: 'Säuglinge und Kleinkinder (0–3)', en: 'Infants and toddlers (0–3)' },
    category: 'children_youth',
    minAge: 0,
    maxAge: 3,
  },
  {
    code: 'children_3_6',
    label: { de: 'Kinder (3–6)', en: 'Children (3–6)' },
    category: 'children_youth',
    minAge: 3,
    maxAge: 6,
  },
  {
    code: 'children_6_14',
    label: { de: 'Kinder (6–14)', en: 'Children (6–14)' },
    category: 'children_youth',
    minAge: 6,
    maxAge: 14,
  },
  {
    code: 'adolescents_14_18',
    label: { de: 'Jugendliche (14–18)', en: 'Adolescents (14–18)' },
    category: 'children_youth',
    minAge: 14,
    maxAge: 18,
  },
  {
    code: 'young_adults_18_27',
    label: { de: 'Junge Volljährige (18–27)', en: 'Young adults (18–27)' },
    category: 'children_youth',
    minAge: 18,
    maxAge: 27,
  },
  {
    ...anyAge,
    code: 'pregnant_expectant_parents',
    label: { de: 'Schwangere und werdende Eltern', en: 'Pregnant women and expectant parents' },
    category: 'families',
  },
  {
    ...anyAge,
    code: 'parents_families',
    label: { de: 'Eltern und Familien', en: 'Parents and families' },
    category: 'families',
  },
  {
    ...anyAge,
    code: 'single_parents',
    label: { de: 'Alleinerziehende', en: 'Single parents' },
    category: 'families',
  },
  {
    ...anyAge,
    code: 'perpetrators',
    label: { de: 'Täterinnen und Täter', en: 'Perpetrators' },
    category: 'others',
  },
  {
    ...anyAge,
    code: 'relatives_social_environment',
    label: { de: 'Angehörige und soziales Umfeld', en: 'Relatives and social environment' },
    category: 'others',
  },
  {
    ...anyAge,
    code: 'professionals',
    label: {
      de: 'Fachkräfte (Fachberatung, z. B. InsoFa)',
      en: 'Professionals (consultation, e.g. InsoFa)',
    },
    category: 'others',
  },
] as const satisfies readonly TargetGroup<string>[];

/** Code of a target group, e.g. `'infants_0_3'`. */
export type TargetGroupCode = (typeof TARGET_GROUPS)[number]['code'];

const groupList: readonly TargetGroup[] = TARGET_GROUPS;
const groupIndex = indexByCode(groupList, 'target groups');
const groupCodes: ReadonlySet<string> = new Set(groupIndex.keys());

/** Narrows an untrusted string to a target group code. */
export function isTargetGroupCode(value: unknown): value is TargetGroupCode {
  return typeof value === 'string' && groupCodes.has(value);
}

/** The target group with this code. */
export function targetGroupByCode(code: TargetGroupCode): TargetGroup {
  return mustGet(groupIndex, code, 'target groups');
}

/**
 * The groups whose stated age range contains `age`. Groups with no age bound at all (families,
 * perpetrators, …) are left out: age says nothing about them.
 */
export function targetGroupsForAge(age: number): TargetGroupCode[] {
  return groupList
    .filter((group) => (group.minAge !== null || group.maxAge !== null) && isAgeInRange(group, age))
    .map((group) => group.code);
}

/**
 * The groups that are professionals, not people concerned: a service for them (an InsoFa
 * consultation, the medical child-protection hotline) advises those who help, not the person.
 */
const PROFESSIONAL_GROUPS: ReadonlySet<TargetGroupCode> = new Set(['professionals']);

/**
 * Whether a service with these target groups is only for professionals: it names groups, and
 * every one of them is professional. A person getting in touch on their own cannot use it.
 */
export function isForProfessionalsOnly(groups: readonly TargetGroupCode[]): boolean {
  return groups.length > 0 && groups.every((group) => PROFESSIONAL_GROUPS.has(group));
}
