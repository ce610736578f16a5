/**
 * Expertise and service topics (domain.md §8.3). The 30 catalogue topics keep the doc's codes
 * and numbers; §8.3 lists them flat, so six group topics (`isGroup: true`) were added as their
 * parents to let search and gap analysis widen from a topic to its field.
 */
import { indexByCode, mustGet } from './lookup';
import type { LocalizedLabel } from './types';

/**
 * How critical a gap in this topic is (gap severity = people affected × criticality):
 * 3 acute danger to life, limb or a child; 2 serious harm that builds up or time-bound
 * protection; 1 support that matters but can wait for weeks.
 */
export type Criticality = 1 | 2 | 3;

/** One topic. */
export interface Topic<Code extends string = TopicCode> {
  readonly code: Code;
  readonly label: LocalizedLabel;
  /** The group this topic belongs to; `null` for the groups themselves. */
  readonly parent: Code | null;
  /** A grouping node added here, not one of the 30 §8.3 topics. */
  readonly isGroup: boolean;
  /** The topic's number in the §8.3 list (1–30); `null` for groups. */
  readonly catalogueNumber: number | null;
  /** For groups, the highest criticality among their topics. */
  readonly criticality: Criticality;
}

/** All topics: each group followed by its catalogue topics. */
export const TOPICS = [
  {
    code: 'violence_close_relationships',
    label: { de: 'Gewalt in engen sozialen Beziehungen', en: 'Violence in close relationships' },
    parent: null,
    isGroup: true,
    catalogueNumber: null,
    criticality: 3,
  },
  {
    code: 'domestic_violence',
    label: {
      de: 'Häusliche Gewalt / Partnerschaftsgewalt',
      en: 'Domestic and intimate partner violence',
    },
    parent: 'violence_close_relationships',
    isGroup: false,
    catalogueNumber: 1,
    // Acute physical danger; the working group's core topic.
    criticality: 3,
  },
  {
    code: 'stalking',
    label: { de: 'Stalking / Nachstellung', en: 'Stalking' },
    parent: 'violence_close_relationships',
    isGroup: false,
    catalogueNumber: 2,
    // Escalates over time; its lethal cases are caught by high_risk_assessment (R22).
    criticality: 2,
  },
  {
    code: 'children_exposed_to_dv',
    label: {
      de: 'Kinder als Mitbetroffene häuslicher Gewalt',
      en: 'Children exposed to domestic violence',
    },
    parent: 'violence_close_relationships',
    isGroup: false,
    catalogueNumber: 8,
    // Children inside an acute violence situation; it triggers § 8a (R02).
    criticality: 3,
  },
  {
    code: 'protection_orders_legal',
    label: {
      de: 'Gewaltschutzgesetz, Wegweisung, gerichtliche Verfahren',
      en: 'Protection orders, barring orders and court procedure',
    },
    parent: 'violence_close_relationships',
    isGroup: false,
    catalogueNumber: 14,
    // Time-bound legal protection right after the violence (R03: days).
    criticality: 2,
  },
  {
    code: 'high_risk_assessment',
    label: {
      de: 'Gefährdungsanalyse / Hochrisikofälle / Femizidprävention',
      en: 'High-risk assessment and femicide prevention',
    },
    parent: 'violence_close_relationships',
    isGroup: false,
    catalogueNumber: 15,
    // Lethal danger by definition (R22: immediate).
    criticality: 3,
  },
  {
    code: 'perpetrator_work',
    label: {
      de: 'Täterarbeit, Anti-Gewalt-Training',
      en: 'Perpetrator work, anti-violence training',
    },
    parent: 'violence_close_relationships',
    isGroup: false,
    catalogueNumber: 26,
    // Prevents repeat violence; routes run in weeks (R18).
    criticality: 2,
  },
  {
    code: 'child_endangerment',
    label: {
      de: 'Kindeswohlgefährdung und Kinderschutz',
      en: 'Child endangerment and child protection',
    },
    parent: null,
    isGroup: true,
    catalogueNumber: null,
    criticality: 3,
  },
  {
    code: 'child_sexual_abuse',
    label: {
      de: 'Sexualisierte Gewalt gegen Kinder und Jugendliche',
      en: 'Sexual abuse of children and young people',
    },
    parent: 'child_endangerment',
    isGroup: false,
    catalogueNumber: 4,
    // Severe, often hidden harm to a child.
    criticality: 3,
  },
  {
    code: 'child_physical_abuse',
    label: { de: 'Körperliche Kindesmisshandlung', en: 'Physical child abuse' },
    parent: 'child_endangerment',
    isGroup: false,
    catalogueNumber: 5,
    // Acute danger to life and limb of a child.
    criticality: 3,
  },
  {
    code: 'child_neglect',
    label: { de: 'Vernachlässigung', en: 'Child neglect' },
    parent: 'child_endangerment',
    isGroup: false,
    catalogueNumber: 6,
    // Neglect of infants can be lethal within days.
    criticality: 3,
  },
  {
    code: 'emotional_abuse',
    label: { de: 'Psychische Gewalt', en: 'Emotional abuse' },
    parent: 'child_endangerment',
    isGroup: false,
    catalogueNumber: 7,
    // Endangers a child's development, rarely acutely.
    criticality: 2,
  },
  {
    code: 'child_risk_assessment',
    label: {
      de: 'Gefährdungseinschätzung § 8a / InsoFa',
      en: 'Child risk assessment (§ 8a, InsoFa)',
    },
    parent: 'child_endangerment',
    isGroup: false,
    catalogueNumber: 9,
    // The gate every suspected endangerment passes (R08, R09, R10).
    criticality: 3,
  },
  {
    code: 'peer_violence_bullying',
    label: { de: 'Gewalt unter Jugendlichen, Mobbing', en: 'Peer violence and bullying' },
    parent: 'child_endangerment',
    isGroup: false,
    catalogueNumber: 27,
    // Real harm, usually handled in school before it becomes acute.
    criticality: 2,
  },
  {
    code: 'institutional_safeguarding',
    label: {
      de: 'Schutzkonzepte in Einrichtungen (§ 45 SGB VIII)',
      en: 'Safeguarding concepts in institutions (§ 45 SGB VIII)',
    },
    parent: 'child_endangerment',
    isGroup: false,
    catalogueNumber: 28,
    // Structural prevention; no case waits on it.
    criticality: 1,
  },
  {
    code: 'specific_forms_of_violence',
    label: {
      de: 'Sexualisierte und besondere Gewaltformen',
      en: 'Sexualised and specific forms of violence',
    },
    parent: null,
    isGroup: true,
    catalogueNumber: null,
    criticality: 3,
  },
  {
    code: 'sexualised_violence_adults',
    label: { de: 'Sexualisierte Gewalt gegen Erwachsene', en: 'Sexual violence against adults' },
    parent: 'specific_forms_of_violence',
    isGroup: false,
    catalogueNumber: 3,
    // Acute trauma, evidence must be secured quickly; only four centres in the Land (§2.7).
    criticality: 3,
  },
  {
    code: 'digital_violence',
    label: {
      de: 'Digitale Gewalt, Cybergrooming, Cybermobbing',
      en: 'Digital violence, cybergrooming, cyberbullying',
    },
    parent: 'specific_forms_of_violence',
    isGroup: false,
    catalogueNumber: 20,
    // Serious and growing, usually not an emergency on its own.
    criticality: 2,
  },
  {
    code: 'forced_marriage_honour_violence',
    label: {
      de: 'Zwangsverheiratung, ehrbezogene Gewalt',
      en: 'Forced marriage, honour-based violence',
    },
    parent: 'specific_forms_of_violence',
    isGroup: false,
    catalogueNumber: 21,
    // Danger to life, and only one statewide service (Vera).
    criticality: 3,
  },
  {
    code: 'fgm',
    label: { de: 'Weibliche Genitalverstümmelung', en: 'Female genital mutilation' },
    parent: 'specific_forms_of_violence',
    isGroup: false,
    catalogueNumber: 22,
    // Irreversible harm; girls at risk must be protected before it happens.
    criticality: 3,
  },
  {
    code: 'human_trafficking',
    label: { de: 'Menschenhandel, Ausbeutung', en: 'Human trafficking, exploitation' },
    parent: 'specific_forms_of_violence',
    isGroup: false,
    catalogueNumber: 23,
    // Ongoing coercion of people with few ways out.
    criticality: 3,
  },
  {
    code: 'disability_and_violence',
    label: {
      de: 'Gewalt gegen Menschen mit Behinderung',
      en: 'Violence against people with disabilities',
    },
    parent: 'specific_forms_of_violence',
    isGroup: false,
    catalogueNumber: 25,
    // Higher risk and access barriers; acute cases go through the general channels.
    criticality: 2,
  },
  {
    code: 'family_support',
    label: {
      de: 'Familien stärken und Frühe Hilfen',
      en: 'Family support and early childhood support',
    },
    parent: null,
    isGroup: true,
    catalogueNumber: null,
    criticality: 2,
  },
  {
    code: 'early_childhood_support',
    label: { de: 'Frühe Hilfen (0–3)', en: 'Early childhood support (0–3)' },
    parent: 'family_support',
    isGroup: false,
    catalogueNumber: 10,
    // Prevention in the most vulnerable years; voluntary, days not hours (R11).
    criticality: 2,
  },
  {
    code: 'pregnancy_support',
    label: {
      de: 'Schwangerschaft, Schwangerschaftskonflikt',
      en: 'Pregnancy, pregnancy conflict',
    },
    parent: 'family_support',
    isGroup: false,
    catalogueNumber: 11,
    // Decisions in pregnancy are bound to time.
    criticality: 2,
  },
  {
    code: 'parenting_support',
    label: {
      de: 'Erziehungsfragen, Elterngespräche',
      en: 'Parenting questions, conversations with parents',
    },
    parent: 'family_support',
    isGroup: false,
    catalogueNumber: 12,
    // General support that is not time-critical.
    criticality: 1,
  },
  {
    code: 'separation_custody_contact',
    label: {
      de: 'Trennung, Sorge- und Umgangsrecht (bei Gewalt)',
      en: 'Separation, custody and contact (where there is violence)',
    },
    parent: 'family_support',
    isGroup: false,
    catalogueNumber: 13,
    // Separation raises the risk of violence (a R22 indicator).
    criticality: 2,
  },
  {
    code: 'addiction_in_families',
    label: {
      de: 'Sucht in Familien (inkl. Mediensucht)',
      en: 'Addiction in families (incl. media addiction)',
    },
    parent: 'family_support',
    isGroup: false,
    catalogueNumber: 18,
    // A known risk factor for neglect; capacity in ABI is thin (§4.3).
    criticality: 2,
  },
  {
    code: 'parental_mental_illness',
    label: {
      de: 'Kinder psychisch kranker Eltern',
      en: 'Children of parents with mental illness',
    },
    parent: 'family_support',
    isGroup: false,
    catalogueNumber: 19,
    // A known risk factor for neglect and crises.
    criticality: 2,
  },
  {
    code: 'victim_support',
    label: {
      de: 'Opferunterstützung und Stabilisierung',
      en: 'Victim support and stabilisation',
    },
    parent: null,
    isGroup: true,
    catalogueNumber: null,
    criticality: 2,
  },
  {
    code: 'victim_support_criminal_proceedings',
    label: {
      de: 'Opferrechte, Prozessbegleitung, Entschädigung',
      en: "Victims' rights, court support, compensation",
    },
    parent: 'victim_support',
    isGroup: false,
    catalogueNumber: 16,
    // Follows the acute phase; routes run in weeks (R17).
    criticality: 1,
  },
  {
    code: 'trauma_informed_work',
    label: { de: 'Trauma, Stabilisierung', en: 'Trauma, stabilisation' },
    parent: 'victim_support',
    isGroup: false,
    catalogueNumber: 17,
    // Untreated trauma prolongs the harm, but it is not triage.
    criticality: 2,
  },
  {
    code: 'cross_cutting',
    label: { de: 'Querschnittsthemen', en: 'Cross-cutting topics' },
    parent: null,
    isGroup: true,
    catalogueNumber: null,
    criticality: 2,
  },
  {
    code: 'migration_residence_law',
    label: {
      de: 'Migration, Aufenthaltsrecht, Sprachmittlung',
      en: 'Migration, residence law, interpreting',
    },
    parent: 'cross_cutting',
    isGroup: false,
    catalogueNumber: 24,
    // Language and residence status can block access to every other kind of help (R20).
    criticality: 2,
  },
  {
    code: 'livelihood_housing_debt',
    label: { de: 'Existenzsicherung, Wohnen, Schulden', en: 'Livelihood, housing, debt' },
    parent: 'cross_cutting',
    isGroup: false,
    catalogueNumber: 29,
    // Needed to leave violence for good, but in weeks, not hours (R06).
    criticality: 1,
  },
  {
    code: 'data_protection_info_sharing',
    label: {
      de: 'Datenschutz, Schweigepflicht, Informationsweitergabe',
      en: 'Data protection, confidentiality, information sharing',
    },
    parent: 'cross_cutting',
    isGroup: false,
    catalogueNumber: 30,
    // A training topic: it enables help but delivers none by itself.
    criticality: 1,
  },
] as const satisfies readonly Topic<string>[];

/** Code of a topic or topic group, e.g. `'domestic_violence'`. */
export type TopicCode = (typeof TOPICS)[number]['code'];

// Typing the list as Topic<TopicCode> makes the compiler check every parent code.
const topicList: readonly Topic[] = TOPICS;
const topicIndex = indexByCode(topicList, 'topics');
const topicCodes: ReadonlySet<string> = new Set(topicIndex.keys());

const childrenByParent = new Map<TopicCode, TopicCode[]>();
for (const topic of topicList) {
  if (topic.parent !== null) {
    childrenByParent.set(topic.parent, [...(childrenByParent.get(topic.parent) ?? []), topic.code]);
  }
}

/** Narrows an untrusted string to a topic code. */
export function isTopicCode(value: unknown): value is TopicCode {
  return typeof value === 'string' && topicCodes.has(value);
}

/** The topic with this code. */
export function topicByCode(code: TopicCode): Topic {
  return mustGet(topicIndex, code, 'topics');
}

/** The direct sub-topics of `code`, in taxonomy order. */
export function childTopics(code: TopicCode): readonly TopicCode[] {
  return childrenByParent.get(code) ?? [];
}

/**
 * All topics below `code` (not `code` itself), parents before their children; what a search
 * for a group must also match.
 */
export function descendantTopics(code: TopicCode): TopicCode[] {
  const result: TopicCode[] = [];
  const seen = new Set<TopicCode>([code]);
  const pending = [...childTopics(code)];
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    if (!seen.has(next)) {
      seen.add(next);
      result.push(next);
      pending.push(...childTopics(next));
    }
  }
  return result;
}

/** The topics above `code`, nearest first; what a relaxed search widens to. */
export function ancestorTopics(code: TopicCode): TopicCode[] {
  const result: TopicCode[] = [];
  for (
    let parent = topicByCode(code).parent;
    parent !== null;
    parent = topicByCode(parent).parent
  ) {
    if (result.includes(parent)) {
      throw new Error(`topics: cycle through "${parent}"`);
    }
    result.push(parent);
  }
  return result;
}
