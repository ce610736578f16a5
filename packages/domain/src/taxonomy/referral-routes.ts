/**
 * Referral route templates R01–R22 (domain.md §7, in the machine form of §8.5). A template
 * connects institution kinds; concrete `REFERS_TO` edges between institutions instantiate it.
 * Conditions are structured so a route finder can filter on them; `trigger` and `mechanism`
 * keep the doc's wording for the explanation shown to people.
 */
import type { InstitutionKindCode } from './institution-kinds';
import type { LegalNormCode } from './legal-norms';
import { indexByCode, mustGet } from './lookup';
import type { TargetGroupCode } from './target-groups';
import { ancestorTopics, descendantTopics, type TopicCode } from './topics';
import {
  isAgeInRange,
  selectionIncludes,
  type AgeRange,
  type LocalizedLabel,
  type Selection,
} from './types';

/**
 * What personal data a hop passes on (§8.5 `data_mode`): none (anonymous contact or structural
 * report), pseudonymised (InsoFa consultation), identified with the person's consent, or
 * identified because a law allows it without consent (§ 4 Abs. 3 KKG, § 8a, § 5 KKG).
 */
export type DataMode = 'none' | 'pseudonymised' | 'identified_with_consent' | 'identified_by_law';

/**
 * Consent needed before the route is used (§8.5 `consent_required`). `inform_before`: the
 * people concerned are told first unless that endangers the child (§ 4 KKG).
 * `legal_basis_required`: consent is not the basis, and the doc found no verified law (R22).
 */
export type ConsentRequirement =
  'required' | 'not_required' | 'inform_before' | 'not_applicable' | 'legal_basis_required';

/** Whose consent or participation decides. */
export type ConsentGiver = 'victim' | 'parents' | 'client' | 'perpetrator';

/** Response urgency on the §8.5 scale, fastest first. */
export type Urgency = 'immediate' | 'same_day' | 'days' | 'weeks';

/** The urgency scale in order, for comparisons. */
export const URGENCY_ORDER: readonly Urgency[] = ['immediate', 'same_day', 'days', 'weeks'];

/**
 * How fast the route runs: a range on the {@link Urgency} scale ("hours to days" is
 * `same_day`–`days`), or the doc's "varies" / "next meeting".
 */
export type UrgencySpec =
  | { readonly kind: 'range'; readonly fastest: Urgency; readonly slowest: Urgency }
  | { readonly kind: 'varies' }
  | { readonly kind: 'next_meeting' };

/** What must be true of the case before the route applies, weakest first. */
export type Threshold =
  'none' | 'substantial_indicators' | 'acute_danger' | 'lethal_danger_indicators';

/**
 * What happens outside office hours: the target is reachable 24/7, the hand-over waits for the
 * next working day, the question does not arise (structural or week-long routes), or the doc
 * does not say.
 */
export type AfterHours = 'available_24_7' | 'next_working_day' | 'not_applicable' | 'unknown';

/** A typical response time, where the doc gives one. */
export interface ResponseTime {
  readonly min: number;
  readonly max: number;
  readonly unit: 'hours' | 'working_days' | 'days' | 'weeks';
}

/** Formal procedures a route can lead into. */
export type RouteProcedure =
  | 'police_barring_order'
  | 'civil_protection_order'
  | 'court_child_protection_proceedings'
  | 'emergency_custody'
  | 'high_risk_case_conference'
  | 'anonymised_case_review';

/** One step of a route: the kinds it may go to (any of them) and how data may travel. */
export interface RouteHop {
  readonly to: readonly [InstitutionKindCode, ...InstitutionKindCode[]];
  /** The data modes this hop may use; the route finder keeps a hop if one of them is allowed. */
  readonly dataModes: readonly [DataMode, ...DataMode[]];
}

/** The conditions of a route, structured for checking. */
export interface RouteConditions {
  readonly consent: ConsentRequirement;
  readonly consentBy: ConsentGiver | null;
  readonly threshold: Threshold;
  /** Talk to the child and the parents first, unless that endangers the child (§ 4 Abs. 1 KKG, § 8a Abs. 4). */
  readonly parentsInvolvedFirst: boolean;
  /** The Jugendamt reports back to the notifying § 4 professional (§ 4 Abs. 4 KKG). */
  readonly feedbackToReporter: boolean;
  /** The receiving service contacts the person itself (proactive approach). */
  readonly proactiveContact: boolean;
  readonly legalBasis: readonly LegalNormCode[];
  readonly urgency: UrgencySpec;
  readonly typicalResponse: ResponseTime | null;
  readonly afterHours: AfterHours;
  /** Age of the person concerned (the victim, or the child in child-protection routes). */
  readonly ageLimits: AgeRange | null;
}

/** One referral route template. */
export interface ReferralRouteTemplate<Id extends string = ReferralRouteId> {
  readonly id: Id;
  readonly title: LocalizedLabel;
  /** The kinds that start the route; `'any'` for "any service" or "any member". */
  readonly from: Selection<InstitutionKindCode>;
  /** The person may also come on their own ("self" in §7). */
  readonly selfReferral: boolean;
  /** The steps in order; the last one's `to` is where the route ends. */
  readonly hops: readonly [RouteHop, ...RouteHop[]];
  readonly topics: Selection<TopicCode>;
  readonly targetGroups: Selection<TargetGroupCode>;
  readonly conditions: RouteConditions;
  readonly procedures: readonly RouteProcedure[];
  /** §7 "Condition / trigger". */
  readonly trigger: LocalizedLabel;
  /** §7 "Mechanism & basis". */
  readonly mechanism: LocalizedLabel;
  /** domain.md source markers (`S19`, `K` for unverified background); empty where §7 gives none. */
  readonly sources: readonly string[];
}

const CHILDREN = [
  'infants_0_3',
  'children_3_6',
  'children_6_14',
  'adolescents_14_18',
] as const satisfies readonly TargetGroupCode[];

const SHELTER_GROUPS = [
  'women',
  'infants_0_3',
  'children_3_6',
  'children_6_14',
] as const satisfies readonly TargetGroupCode[];

const CHILD_HARM = [
  'child_physical_abuse',
  'child_neglect',
  'child_sexual_abuse',
  'emotional_abuse',
  'child_risk_assessment',
] as const satisfies readonly TopicCode[];

const POLICE = [
  'police_station',
  'police_victim_protection_officer',
] as const satisfies readonly InstitutionKindCode[];

const SHELTERS = [
  'womens_shelter',
  'protected_flat',
] as const satisfies readonly InstitutionKindCode[];

const HIGH_RISK_AGENCIES = [
  'police_station',
  'police_victim_protection_officer',
  'domestic_violence_intervention_centre',
  'youth_welfare_office',
  'general_social_service',
  'womens_shelter',
  'public_prosecutor',
  'family_court',
] as const satisfies readonly InstitutionKindCode[];

const MINORS = { minAge: 0, maxAge: 18 } as const;
const EARLY_YEARS = { minAge: 0, maxAge: 3 } as const;

/** Defaults for the flags most routes leave off. */
const usual = {
  parentsInvolvedFirst: false,
  feedbackToReporter: false,
  proactiveContact: false,
  typicalResponse: null,
  ageLimits: null,
} as const;

// §7 says "prompt" (R02, R15); on the §8.5 scale that is same day to a few days.
const PROMPT = { kind: 'range', fastest: 'same_day', slowest: 'days' } as const;
const HOURS_TO_DAYS = PROMPT;

/** R01–R22. */
export const REFERRAL_ROUTES = [
  {
    id: 'R01',
    title: { de: 'Polizei → Interventionsstelle', en: 'Police → intervention centre' },
    from: POLICE,
    selfReferral: false,
    hops: [
      { to: ['domestic_violence_intervention_centre'], dataModes: ['identified_with_consent'] },
    ],
    topics: ['domestic_violence', 'stalking'],
    // The Land funds Interventionsstellen for women and men aged 18 and over [S18].
    targetGroups: ['women', 'men'],
    conditions: {
      ...usual,
      consent: 'required',
      consentBy: 'victim',
      threshold: 'none',
      proactiveContact: true,
      legalBasis: ['sog_lsa_barring_order', 'gewschg_1'],
      urgency: { kind: 'range', fastest: 'days', slowest: 'days' },
      typicalResponse: { min: 1, max: 3, unit: 'working_days' },
      afterHours: 'next_working_day',
      ageLimits: { minAge: 18, maxAge: null },
    },
    procedures: ['police_barring_order'],
    trigger: {
      de: 'Einsatz oder Strafanzeige wegen häuslicher Gewalt oder Stalking; volljährige betroffene Person.',
      en: 'Call-out or complaint for domestic violence or stalking; adult victim.',
    },
    mechanism: {
      de: 'Datenübermittlung; die Interventionsstelle nimmt proaktiv Kontakt zur betroffenen Person auf; ggf. polizeiliche Wegweisung (SOG LSA).',
      en: 'Data transfer; the Interventionsstelle contacts the victim proactively; possibly police Wegweisung (SOG LSA).',
    },
    sources: ['S19', 'S21', 'S16', 'S18', 'K'],
  },
  {
    id: 'R02',
    title: { de: 'Polizei → Jugendamt / ASD', en: 'Police → youth welfare office / ASD' },
    from: POLICE,
    selfReferral: false,
    hops: [
      { to: ['general_social_service', 'youth_welfare_office'], dataModes: ['identified_by_law'] },
    ],
    topics: ['children_exposed_to_dv', 'domestic_violence', 'child_risk_assessment'],
    targetGroups: CHILDREN,
    conditions: {
      ...usual,
      consent: 'not_required',
      consentBy: null,
      threshold: 'none',
      legalBasis: ['sgb_viii_8a'],
      urgency: PROMPT,
      afterHours: 'unknown',
      ageLimits: MINORS,
    },
    procedures: [],
    trigger: {
      de: 'Kinder leben im Haushalt oder werden Zeugen der Gewalt.',
      en: 'Children living in the household or witnessing the violence.',
    },
    mechanism: {
      de: 'Mitteilung der Polizei; der ASD nimmt die Gefährdungseinschätzung nach § 8a SGB VIII vor.',
      en: 'Police notification; the ASD carries out the § 8a assessment.',
    },
    sources: ['K', 'S54'],
  },
  {
    id: 'R03',
    title: {
      de: 'Interventionsstelle → Familiengericht',
      en: 'Intervention centre → family court',
    },
    from: ['domestic_violence_intervention_centre'],
    selfReferral: false,
    hops: [{ to: ['family_court'], dataModes: ['identified_with_consent'] }],
    topics: ['protection_orders_legal', 'domestic_violence', 'stalking'],
    targetGroups: ['women', 'men'],
    conditions: {
      ...usual,
      // §7: "victim decides".
      consent: 'required',
      consentBy: 'victim',
      threshold: 'none',
      legalBasis: ['gewschg_1', 'gewschg_2'],
      urgency: { kind: 'range', fastest: 'days', slowest: 'days' },
      afterHours: 'unknown',
    },
    procedures: ['civil_protection_order'],
    trigger: {
      de: 'Die betroffene Person möchte eine Schutzanordnung oder die alleinige Nutzung der Wohnung.',
      en: 'Victim wants a protection order or sole use of the home.',
    },
    mechanism: {
      de: 'Antrag nach § 1 / § 2 GewSchG, oft im Eilverfahren (einstweilige Anordnung); auch über eine Anwältin oder einen Anwalt.',
      en: 'Application under GewSchG § 1/§ 2, often urgent (einstweilige Anordnung); also through a lawyer.',
    },
    sources: [],
  },
  {
    id: 'R04',
    title: {
      de: 'Interventionsstelle / Polizei / 116 016 → Frauenhaus',
      en: "Intervention centre / police / 116 016 → women's shelter",
    },
    from: ['domestic_violence_intervention_centre', ...POLICE, 'national_helpline'],
    selfReferral: false,
    hops: [{ to: SHELTERS, dataModes: ['identified_with_consent'] }],
    topics: ['domestic_violence'],
    targetGroups: SHELTER_GROUPS,
    conditions: {
      ...usual,
      consent: 'required',
      consentBy: 'victim',
      threshold: 'acute_danger',
      legalBasis: [],
      urgency: { kind: 'range', fastest: 'same_day', slowest: 'same_day' },
      afterHours: 'available_24_7',
    },
    procedures: [],
    trigger: {
      de: 'Akute Gefahr; die betroffene Person kann nicht zu Hause bleiben.',
      en: 'Acute danger; the victim cannot stay at home.',
    },
    mechanism: {
      de: 'Aufnahme rund um die Uhr; die Adresse bleibt geheim.',
      en: 'Admission 24/7; the address is kept secret.',
    },
    sources: [],
  },
  {
    id: 'R05',
    title: { de: 'Frauenhaus → anderes Frauenhaus', en: "Women's shelter → another shelter" },
    from: SHELTERS,
    selfReferral: false,
    hops: [{ to: SHELTERS, dataModes: ['identified_with_consent'] }],
    topics: ['domestic_violence'],
    targetGroups: SHELTER_GROUPS,
    conditions: {
      ...usual,
      consent: 'required',
      consentBy: 'victim',
      threshold: 'none',
      legalBasis: [],
      urgency: { kind: 'range', fastest: 'same_day', slowest: 'same_day' },
      afterHours: 'available_24_7',
    },
    procedures: [],
    trigger: {
      de: 'Kein freier Platz, oder Abstand aus Sicherheitsgründen nötig, weil der Täter am Ort lebt.',
      en: 'No free place, or distance needed for safety because the perpetrator is local.',
    },
    mechanism: {
      de: 'Platzsuche über die Frauenhäuser in Sachsen-Anhalt, die LAG, das Hilfetelefon 116 016 oder frauenhaus-suche.de.',
      en: 'Search for a place via the LSA houses, the LAG, Hilfetelefon 116 016 or frauenhaus-suche.de.',
    },
    sources: ['S15', 'S47', 'K'],
  },
  {
    id: 'R06',
    title: {
      de: 'Frauenhaus → Jobcenter / Wohnungsmarkt / Schuldnerberatung',
      en: "Women's shelter → Jobcenter / housing / debt counselling",
    },
    from: SHELTERS,
    selfReferral: false,
    hops: [
      {
        to: ['jobcenter', 'housing_company', 'debt_counselling_centre'],
        dataModes: ['identified_with_consent'],
      },
    ],
    topics: ['livelihood_housing_debt'],
    targetGroups: ['women'],
    conditions: {
      ...usual,
      consent: 'required',
      consentBy: 'victim',
      threshold: 'none',
      legalBasis: ['sgb_ii'],
      urgency: { kind: 'range', fastest: 'weeks', slowest: 'weeks' },
      afterHours: 'not_applicable',
    },
    procedures: [],
    trigger: {
      de: 'Existenzsicherung, Suche nach einer neuen Wohnung.',
      en: 'Securing a livelihood, finding a new flat.',
    },
    mechanism: {
      de: 'SGB II; die neue Adresse bleibt vertraulich (Auskunftssperre).',
      en: 'SGB II; the new address is kept confidential (Auskunftssperre).',
    },
    sources: ['K'],
  },
  {
    id: 'R07',
    title: {
      de: 'Frauenhaus → ASD / EFB / Familiengericht',
      en: "Women's shelter → ASD / family counselling / family court",
    },
    from: SHELTERS,
    selfReferral: false,
    hops: [
      {
        to: ['general_social_service', 'family_counselling_centre', 'family_court'],
        // Mostly with consent; with gewichtige Anhaltspunkte § 8a applies without it.
        dataModes: ['identified_with_consent', 'identified_by_law'],
      },
    ],
    topics: ['children_exposed_to_dv', 'separation_custody_contact', 'parenting_support'],
    targetGroups: ['women', ...CHILDREN],
    conditions: {
      ...usual,
      // §7: "mostly yes".
      consent: 'required',
      consentBy: 'victim',
      threshold: 'none',
      legalBasis: ['sgb_viii_8a', 'istanbul_convention_art_31'],
      urgency: { kind: 'varies' },
      afterHours: 'unknown',
    },
    procedures: [],
    trigger: {
      de: 'Fragen rund um die Kinder: Schul- oder Kitawechsel, Umgangskonflikte, Kind als Mitbetroffenes.',
      en: 'Child-related issues: school or Kita change, contact conflicts, child as co-victim.',
    },
    mechanism: {
      de: 'Beratung; § 8a SGB VIII bei gewichtigen Anhaltspunkten; Umgangsverfahren vor Gericht (Art. 31 Istanbul-Konvention).',
      en: 'Counselling; § 8a if there are gewichtige Anhaltspunkte; contact cases at court (Art. 31 IC).',
    },
    sources: [],
  },
  {
    id: 'R08',
    title: { de: 'Schule → InsoFa → (Eltern) → ASD', en: 'School → InsoFa → (parents) → ASD' },
    from: ['school', 'school_social_work'],
    selfReferral: false,
    hops: [
      { to: ['child_protection_advice_unit'], dataModes: ['pseudonymised'] },
      { to: ['general_social_service'], dataModes: ['identified_by_law'] },
    ],
    topics: CHILD_HARM,
    targetGroups: ['children_6_14', 'adolescents_14_18'],
    conditions: {
      ...usual,
      consent: 'inform_before',
      consentBy: 'parents',
      threshold: 'substantial_indicators',
      parentsInvolvedFirst: true,
      feedbackToReporter: true,
      legalBasis: ['kkg_4', 'sgb_viii_8b'],
      urgency: HOURS_TO_DAYS,
      afterHours: 'unknown',
      ageLimits: MINORS,
    },
    procedures: [],
    trigger: {
      de: 'Eine Lehrkraft oder die Schulsozialarbeit bemerkt Anzeichen.',
      en: 'Teacher or school social worker notices signs.',
    },
    mechanism: {
      de: '§ 4 KKG: zuerst Gespräch mit Kind und Eltern → pseudonymisierte Beratung durch die InsoFa → bei Bedarf Mitteilung an den ASD → Rückmeldung an die Lehrkraft (§ 4 Abs. 4 KKG).',
      en: '§ 4 KKG: talk to child and parents first → pseudonymised InsoFa consultation → notify the ASD if needed → feedback to the teacher (§ 4(4)).',
    },
    sources: ['S36'],
  },
  {
    id: 'R09',
    title: {
      de: 'Kita → Kinderschutzfachkraft / InsoFa → ASD',
      en: 'Childcare centre → child protection lead / InsoFa → ASD',
    },
    from: ['childcare_centre'],
    selfReferral: false,
    hops: [
      // The Kita's own Kinderschutzfachkraft is a person's qualification (HAS_EXPERTISE);
      // as an institution hop this is the external InsoFa.
      { to: ['child_protection_advice_unit'], dataModes: ['pseudonymised'] },
      { to: ['general_social_service'], dataModes: ['identified_by_law'] },
    ],
    topics: CHILD_HARM,
    targetGroups: ['infants_0_3', 'children_3_6'],
    conditions: {
      ...usual,
      consent: 'inform_before',
      consentBy: 'parents',
      threshold: 'substantial_indicators',
      parentsInvolvedFirst: true,
      // Kita staff are not § 4 KKG professionals, so § 4 Abs. 4 feedback does not apply (§2.1).
      feedbackToReporter: false,
      legalBasis: ['sgb_viii_8a'],
      urgency: HOURS_TO_DAYS,
      afterHours: 'unknown',
      ageLimits: MINORS,
    },
    procedures: [],
    trigger: {
      de: 'Eine pädagogische Fachkraft bemerkt Anzeichen.',
      en: 'Educator notices signs.',
    },
    mechanism: {
      de: 'Pflicht nach § 8a Abs. 4 SGB VIII und der Trägervereinbarung.',
      en: 'Duty under § 8a(4) SGB VIII and the provider agreement.',
    },
    sources: ['S43', 'S5'],
  },
  {
    id: 'R10',
    title: {
      de: 'Kinderarzt / Klinik → Kinderschutzgruppe / medizinische Hotline → ASD',
      en: 'Paediatrician / clinic → child protection team / medical hotline → ASD',
    },
    from: ['paediatric_practice', 'hospital_paediatrics'],
    selfReferral: false,
    hops: [
      {
        to: ['hospital_child_protection_team', 'medical_child_protection_hotline'],
        dataModes: ['pseudonymised', 'identified_with_consent'],
      },
      { to: ['general_social_service'], dataModes: ['identified_by_law'] },
    ],
    topics: [
      'child_physical_abuse',
      'child_neglect',
      'child_sexual_abuse',
      'child_risk_assessment',
    ],
    targetGroups: CHILDREN,
    conditions: {
      ...usual,
      consent: 'inform_before',
      consentBy: 'parents',
      threshold: 'substantial_indicators',
      parentsInvolvedFirst: true,
      feedbackToReporter: true,
      legalBasis: ['kkg_4', 'kkg_6'],
      // "urgent when there is acute danger", otherwise like R08.
      urgency: { kind: 'range', fastest: 'immediate', slowest: 'days' },
      afterHours: 'unknown',
      ageLimits: MINORS,
    },
    procedures: [],
    trigger: {
      de: 'Verdacht auf Misshandlung oder Vernachlässigung (Verletzungsmuster).',
      en: 'Suspected abuse or neglect (injury pattern).',
    },
    mechanism: {
      de: '§ 4 KKG; ab 2026 die Beratungshotline nach § 6 KKG; rechtsmedizinische Dokumentation.',
      en: '§ 4 KKG; from 2026 the § 6 KKG advice line; forensic documentation.',
    },
    sources: ['S36'],
  },
  {
    id: 'R11',
    title: {
      de: 'Geburtsklinik → Lotsendienst → Netzwerkkoordination Frühe Hilfen → Familienhebamme / FGKiKP',
      en: 'Maternity clinic → navigator → Frühe Hilfen coordination → family midwife / FGKiKP',
    },
    from: ['maternity_clinic'],
    selfReferral: false,
    hops: [
      { to: ['maternity_navigator_service'], dataModes: ['identified_with_consent'] },
      { to: ['network_coordination_unit'], dataModes: ['identified_with_consent'] },
      { to: ['family_midwife_service'], dataModes: ['identified_with_consent'] },
    ],
    topics: ['early_childhood_support', 'parental_mental_illness'],
    targetGroups: ['pregnant_expectant_parents', 'parents_families', 'infants_0_3'],
    conditions: {
      ...usual,
      // §7: "yes, voluntary".
      consent: 'required',
      consentBy: 'parents',
      threshold: 'none',
      legalBasis: ['bustifh'],
      urgency: { kind: 'range', fastest: 'days', slowest: 'days' },
      afterHours: 'unknown',
      // Age of the child: Frühe Hilfen cover the first three years (§8.1, §8.3).
      ageLimits: EARLY_YEARS,
    },
    procedures: [],
    trigger: {
      de: 'Psychosoziale Belastung rund um die Geburt (junge Eltern, Isolation, Armut, psychische Erkrankung).',
      en: 'Psychosocial strain around birth (young parents, isolation, poverty, mental illness).',
    },
    mechanism: {
      de: 'Freiwillige Frühe Hilfen (Bundesstiftung Frühe Hilfen).',
      en: 'Voluntary Frühe Hilfen (BuStiFH).',
    },
    sources: ['S53'],
  },
  {
    id: 'R12',
    title: {
      de: 'Schwangerschaftsberatung → Frühe Hilfen / Familienhebamme; Bundesstiftung Mutter und Kind; Jobcenter',
      en: 'Pregnancy counselling → Frühe Hilfen / family midwife; Mutter und Kind foundation; Jobcenter',
    },
    from: ['pregnancy_counselling_centre'],
    selfReferral: false,
    hops: [
      {
        // The foundation is reached by an application the counselling centre files, not a hop.
        to: ['network_coordination_unit', 'family_midwife_service', 'jobcenter'],
        dataModes: ['identified_with_consent'],
      },
    ],
    topics: ['pregnancy_support', 'early_childhood_support', 'livelihood_housing_debt'],
    targetGroups: ['pregnant_expectant_parents'],
    conditions: {
      ...usual,
      consent: 'required',
      consentBy: 'client',
      threshold: 'none',
      legalBasis: ['schkg_3_8'],
      urgency: { kind: 'range', fastest: 'weeks', slowest: 'weeks' },
      afterHours: 'not_applicable',
    },
    procedures: [],
    trigger: {
      de: 'Schwangerschaft mit sozialem oder finanziellem Bedarf.',
      en: 'Pregnancy with social or financial needs.',
    },
    mechanism: {
      de: 'Beratung, Anträge.',
      en: 'Counselling, applications.',
    },
    sources: ['S27'],
  },
  {
    id: 'R13',
    title: { de: 'Frühe Hilfen → ASD', en: 'Frühe Hilfen → ASD' },
    from: ['family_midwife_service', 'network_coordination_unit'],
    selfReferral: false,
    hops: [{ to: ['general_social_service'], dataModes: ['identified_by_law'] }],
    topics: ['child_risk_assessment', 'child_neglect', 'early_childhood_support'],
    targetGroups: ['infants_0_3', 'parents_families'],
    conditions: {
      ...usual,
      consent: 'inform_before',
      consentBy: 'parents',
      threshold: 'substantial_indicators',
      parentsInvolvedFirst: true,
      feedbackToReporter: true,
      legalBasis: ['kkg_4', 'sgb_viii_8a'],
      urgency: { kind: 'range', fastest: 'days', slowest: 'days' },
      afterHours: 'unknown',
      ageLimits: EARLY_YEARS,
    },
    procedures: [],
    trigger: {
      de: 'Nur wenn gewichtige Anhaltspunkte auftreten und das Gespräch mit den Eltern nicht geholfen hat.',
      en: 'Only if gewichtige Anhaltspunkte appear and talking to the parents has not worked.',
    },
    mechanism: {
      de: '§ 4 KKG (Hebamme) / § 8a SGB VIII.',
      en: '§ 4 KKG (midwife) / § 8a.',
    },
    sources: [],
  },
  {
    id: 'R14',
    title: {
      de: 'ASD → Familiengericht; ASD → Inobhutnahme',
      en: 'ASD → family court; ASD → emergency custody',
    },
    from: ['general_social_service'],
    selfReferral: false,
    hops: [{ to: ['family_court'], dataModes: ['identified_by_law'] }],
    topics: CHILD_HARM,
    targetGroups: CHILDREN,
    conditions: {
      ...usual,
      consent: 'not_required',
      consentBy: null,
      // Parents unwilling or unable (court); acute danger (Inobhutnahme, done by the ASD itself).
      threshold: 'substantial_indicators',
      legalBasis: ['sgb_viii_8a', 'sgb_viii_42', 'bgb_1666', 'famfg_157'],
      urgency: { kind: 'range', fastest: 'immediate', slowest: 'days' },
      afterHours: 'unknown',
      ageLimits: MINORS,
    },
    procedures: ['court_child_protection_proceedings', 'emergency_custody'],
    trigger: {
      de: 'Eltern sind nicht bereit oder nicht in der Lage, die Gefahr abzuwenden; akute Gefahr.',
      en: 'Parents unwilling or unable to avert the danger; acute danger.',
    },
    mechanism: {
      de: '§ 8a Abs. 2, § 42 SGB VIII; § 1666 BGB; § 157 FamFG.',
      en: '§ 8a(2), § 42 SGB VIII; § 1666 BGB; FamFG § 157.',
    },
    sources: ['K'],
  },
  {
    id: 'R15',
    title: {
      de: 'Staatsanwaltschaft / Gericht → Jugendamt',
      en: 'Prosecutor / court → youth welfare office',
    },
    // Criminal divisions of the Amtsgerichte have no kind of their own; the Landgericht stands in.
    from: ['public_prosecutor', 'regional_court'],
    selfReferral: false,
    hops: [
      { to: ['youth_welfare_office', 'general_social_service'], dataModes: ['identified_by_law'] },
    ],
    topics: [
      'child_risk_assessment',
      'children_exposed_to_dv',
      'child_physical_abuse',
      'child_sexual_abuse',
    ],
    targetGroups: CHILDREN,
    conditions: {
      ...usual,
      consent: 'not_required',
      consentBy: null,
      threshold: 'substantial_indicators',
      legalBasis: ['kkg_5'],
      urgency: PROMPT,
      afterHours: 'unknown',
      ageLimits: MINORS,
    },
    procedures: [],
    trigger: {
      de: 'Im Strafverfahren wird eine Gefahr für ein Kind bekannt.',
      en: 'Criminal proceedings reveal danger to a child.',
    },
    mechanism: { de: '§ 5 KKG.', en: '§ 5 KKG.' },
    sources: ['S36'],
  },
  {
    id: 'R16',
    title: {
      de: 'Alle Dienste / Selbstmeldung → Fachberatung sexualisierte Gewalt',
      en: 'Any service / self → sexual violence counselling',
    },
    from: 'any',
    selfReferral: true,
    hops: [
      {
        to: ['sexual_violence_counselling_centre'],
        // People may also call anonymously.
        dataModes: ['identified_with_consent', 'none'],
      },
    ],
    topics: ['child_sexual_abuse', 'sexualised_violence_adults'],
    targetGroups: [
      'children_3_6',
      'children_6_14',
      'adolescents_14_18',
      'young_adults_18_27',
      'women',
      'men',
      'relatives_social_environment',
      'professionals',
    ],
    conditions: {
      ...usual,
      consent: 'required',
      consentBy: 'victim',
      threshold: 'none',
      legalBasis: [],
      urgency: { kind: 'varies' },
      afterHours: 'unknown',
    },
    procedures: [],
    trigger: {
      de: 'Sexualisierte Gewalt (gegen ein Kind oder eine erwachsene Person).',
      en: 'Sexual violence (child or adult).',
    },
    mechanism: {
      de: 'Beratung; Spuren können vertraulich gesichert werden; eine Anzeige ist freiwillig.',
      en: 'Counselling; forensic evidence can be secured confidentially; complaint is optional.',
    },
    sources: ['S23', 'S24', 'K'],
  },
  {
    id: 'R17',
    title: {
      de: 'Polizei / Gericht / Selbstmeldung → Weißer Ring / Opferberatung SDJ',
      en: 'Police / court / self → Weißer Ring / justice victim counselling',
    },
    from: [...POLICE, 'family_court', 'regional_court'],
    selfReferral: true,
    hops: [
      {
        to: ['victim_support_ngo', 'justice_victim_counselling'],
        dataModes: ['identified_with_consent', 'none'],
      },
    ],
    topics: ['victim_support_criminal_proceedings', 'trauma_informed_work'],
    targetGroups: 'any',
    conditions: {
      ...usual,
      consent: 'required',
      consentBy: 'victim',
      threshold: 'none',
      legalBasis: ['sgb_xiv', 'stpo_406g'],
      urgency: { kind: 'range', fastest: 'weeks', slowest: 'weeks' },
      afterHours: 'not_applicable',
    },
    procedures: [],
    trigger: {
      de: 'Opfer einer Straftat; braucht Begleitung, Beratungsschecks oder Unterstützung im Prozess.',
      en: 'Victim of crime; needs accompaniment, vouchers, court support.',
    },
    mechanism: {
      de: 'Hilfe durch die Opferhilfe; psychosoziale Prozessbegleitung; Entschädigung (SGB XIV).',
      en: 'NGO help; psychosocial trial support; compensation (SGB XIV).',
    },
    sources: ['S22', 'S3', 'K'],
  },
  {
    id: 'R18',
    title: {
      de: 'Polizei / Gericht / Staatsanwaltschaft / Jugendamt / Selbstmeldung → Täterarbeit',
      en: 'Police / court / prosecutor / youth welfare office / self → perpetrator programme',
    },
    from: [
      ...POLICE,
      'family_court',
      'regional_court',
      'public_prosecutor',
      'youth_welfare_office',
      'general_social_service',
    ],
    selfReferral: true,
    hops: [{ to: ['perpetrator_programme'], dataModes: ['identified_with_consent', 'none'] }],
    topics: ['perpetrator_work', 'domestic_violence'],
    targetGroups: ['perpetrators'],
    conditions: {
      ...usual,
      // §7: "perpetrator's participation".
      consent: 'required',
      consentBy: 'perpetrator',
      threshold: 'none',
      legalBasis: [],
      urgency: { kind: 'range', fastest: 'weeks', slowest: 'weeks' },
      afterHours: 'not_applicable',
    },
    procedures: [],
    trigger: {
      de: 'Täter ist bereit oder hat eine Auflage von Gericht oder Staatsanwaltschaft.',
      en: 'Perpetrator willing or instructed (court or prosecutor condition).',
    },
    mechanism: {
      de: 'Anti-Gewalt-Programm; Rückkopplung an den Opferschutz.',
      en: 'Anti-violence programme; feedback loop to victim protection.',
    },
    sources: ['S25', 'K'],
  },
  {
    id: 'R19',
    title: {
      de: 'Suchtberatung / Sozialpsychiatrischer Dienst → Frühe Hilfen / EFB / ASD',
      en: 'Addiction counselling / social psychiatric service → Frühe Hilfen / family counselling / ASD',
    },
    from: ['addiction_counselling_centre', 'social_psychiatric_service'],
    selfReferral: false,
    hops: [
      {
        to: [
          'network_coordination_unit',
          'family_midwife_service',
          'family_counselling_centre',
          'general_social_service',
        ],
        // Consent for Frühe Hilfen and EFB; § 4 Abs. 3 KKG for a notification to the ASD.
        dataModes: ['identified_with_consent', 'identified_by_law'],
      },
    ],
    topics: ['addiction_in_families', 'parental_mental_illness', 'child_risk_assessment'],
    targetGroups: ['parents_families', ...CHILDREN],
    conditions: {
      ...usual,
      // §7: "as § 4".
      consent: 'inform_before',
      consentBy: 'parents',
      threshold: 'substantial_indicators',
      parentsInvolvedFirst: true,
      feedbackToReporter: true,
      legalBasis: ['kkg_4'],
      urgency: { kind: 'varies' },
      afterHours: 'unknown',
      ageLimits: MINORS,
    },
    procedures: [],
    trigger: {
      de: 'Die Klientin oder der Klient ist Elternteil; das Wohl des Kindes ist gefährdet.',
      en: "Client is a parent; child's well-being is at risk.",
    },
    mechanism: {
      de: '§ 4 Abs. 1 Nr. 4 KKG (Suchtberatung).',
      en: '§ 4 KKG Nr. 4 (addiction counsellor).',
    },
    sources: ['S36'],
  },
  {
    id: 'R20',
    title: {
      de: 'Migrationsberatung → Frauenhaus / Vera / Sprachmittlung',
      en: "Migration counselling → women's shelter / Vera / interpreter",
    },
    from: ['migration_counselling'],
    selfReferral: false,
    hops: [
      {
        to: [...SHELTERS, 'forced_marriage_trafficking_service', 'interpreting_service'],
        dataModes: ['identified_with_consent'],
      },
    ],
    topics: [
      'migration_residence_law',
      'forced_marriage_honour_violence',
      'domestic_violence',
      'human_trafficking',
    ],
    targetGroups: ['migrants_refugees', 'women'],
    conditions: {
      ...usual,
      consent: 'required',
      consentBy: 'victim',
      threshold: 'none',
      legalBasis: ['aufenthg_31'],
      urgency: { kind: 'varies' },
      afterHours: 'unknown',
    },
    procedures: [],
    trigger: {
      de: 'Gewalt und zugleich aufenthaltsrechtliche oder sprachliche Fragen; Zwangsverheiratung.',
      en: 'Violence plus residence or language issues; forced marriage.',
    },
    mechanism: {
      de: 'Aufnahme im Frauenhaus unabhängig vom Aufenthaltsstatus; eigenständiges Aufenthaltsrecht (§ 31 AufenthG).',
      en: 'Frauenhaus admission regardless of residence status; independent residence right (AufenthG § 31).',
    },
    sources: ['S13', 'K'],
  },
  {
    id: 'R21',
    title: {
      de: 'Alle Mitglieder → Gleichstellungsbeauftragte / Netzwerkkoordination (strukturell)',
      en: 'Any member → equal opportunities officer / network coordination (structural)',
    },
    from: 'any',
    selfReferral: false,
    hops: [
      { to: ['equal_opportunities_officer', 'network_coordination_unit'], dataModes: ['none'] },
    ],
    topics: 'any',
    targetGroups: 'any',
    conditions: {
      ...usual,
      // §7: "n/a (no case data)".
      consent: 'not_applicable',
      consentBy: null,
      threshold: 'none',
      legalBasis: ['kischg_lsa_3'],
      urgency: { kind: 'next_meeting' },
      afterHours: 'not_applicable',
    },
    procedures: ['anonymised_case_review'],
    trigger: {
      de: 'Eine Lücke oder ein Problem bei der Übergabe fällt auf.',
      en: 'A gap or a hand-over problem is noticed.',
    },
    mechanism: {
      de: 'Einbringen im Arbeitskreis oder in der Netzwerksitzung; anonymisierte Fallberatung.',
      en: 'Raised in AK or network meeting; anonymised case review.',
    },
    sources: ['S1', 'S4'],
  },
  {
    id: 'R22',
    title: {
      de: 'Polizei / Interventionsstelle / Jugendamt / Frauenhaus / Justiz → Hochrisiko-Fallkonferenz',
      en: 'Police / intervention centre / youth welfare office / shelter / justice → high-risk case conference',
    },
    from: HIGH_RISK_AGENCIES,
    selfReferral: false,
    // The conference is held among the same agencies, so the route ends where it starts.
    hops: [{ to: HIGH_RISK_AGENCIES, dataModes: ['identified_by_law'] }],
    topics: ['high_risk_assessment', 'domestic_violence', 'stalking'],
    targetGroups: ['women', 'men'],
    conditions: {
      ...usual,
      consent: 'legal_basis_required',
      consentBy: null,
      threshold: 'lethal_danger_indicators',
      legalBasis: ['istanbul_convention_art_51'],
      urgency: { kind: 'range', fastest: 'immediate', slowest: 'immediate' },
      afterHours: 'unknown',
    },
    procedures: ['high_risk_case_conference'],
    trigger: {
      de: 'Hinweise auf Lebensgefahr (Todesdrohungen, Würgen, Trennung zusammen mit Waffen, Stalking).',
      en: 'Indicators of lethal danger (threats to kill, strangulation, separation plus weapons, stalking).',
    },
    mechanism: {
      de: 'Behördenübergreifendes Gefahrenmanagement (Art. 51 Istanbul-Konvention); ein formales Verfahren in Sachsen-Anhalt ist nicht belegt.',
      en: 'Multi-agency risk management (IC Art. 51); in LSA a formal procedure is not verified.',
    },
    sources: ['K'],
  },
] as const satisfies readonly ReferralRouteTemplate<string>[];

/** Id of a route template, `'R01'` … `'R22'`. */
export type ReferralRouteId = (typeof REFERRAL_ROUTES)[number]['id'];

const routeList: readonly ReferralRouteTemplate[] = REFERRAL_ROUTES;
const routeIndex = indexByCode(
  routeList.map((route) => ({ code: route.id, route })),
  'referral routes',
);
const routeIds: ReadonlySet<string> = new Set(routeIndex.keys());

/** Narrows an untrusted string to a route id. */
export function isReferralRouteId(value: unknown): value is ReferralRouteId {
  return typeof value === 'string' && routeIds.has(value);
}

/** The route template with this id. */
export function referralRouteById(id: ReferralRouteId): ReferralRouteTemplate {
  return mustGet(routeIndex, id, 'referral routes').route;
}

/** The kinds a route ends at (its last hop). */
export function routeTargetKinds(route: ReferralRouteTemplate): readonly InstitutionKindCode[] {
  return (route.hops[route.hops.length - 1] ?? route.hops[0]).to;
}

/** Routes an institution of this kind can start ("any service" routes included). */
export function routesFromKind(kind: InstitutionKindCode): ReferralRouteTemplate[] {
  return routeList.filter((route) => selectionIncludes(route.from, kind));
}

/** Routes that end at an institution of this kind. */
export function routesToKind(kind: InstitutionKindCode): ReferralRouteTemplate[] {
  return routeList.filter((route) => routeTargetKinds(route).includes(kind));
}

/** What a person needs, as far as route templates can check it. */
export interface RouteNeed {
  readonly topic?: TopicCode;
  readonly targetGroup?: TargetGroupCode;
  /** Age of the person concerned, in completed years. */
  readonly age?: number;
  /** No consent can be obtained: only hops that may run without it remain usable. */
  readonly withoutConsent?: boolean;
}

/**
 * Tells whether a route template can serve `need`. A topic matches when the route names it,
 * a topic above it or a topic below it, so a need for a group finds routes of its members.
 */
export function routeMatchesNeed(route: ReferralRouteTemplate, need: RouteNeed): boolean {
  const { topic, targetGroup, age, withoutConsent = false } = need;
  if (topic !== undefined && route.topics !== 'any') {
    const related = [topic, ...ancestorTopics(topic), ...descendantTopics(topic)];
    if (!related.some((code) => route.topics.includes(code))) {
      return false;
    }
  }
  if (targetGroup !== undefined && !selectionIncludes(route.targetGroups, targetGroup)) {
    return false;
  }
  if (age !== undefined && route.conditions.ageLimits !== null) {
    if (!isAgeInRange(route.conditions.ageLimits, age)) {
      return false;
    }
  }
  if (withoutConsent) {
    if (route.conditions.consent === 'required') {
      return false;
    }
    return route.hops.every((hop) =>
      hop.dataModes.some((mode) => mode !== 'identified_with_consent'),
    );
  }
  return true;
}
