/**
 * Which topics the staff of each kind of institution should hold: the audience of a training on
 * a topic. Drawn from domain.md §3 (each kind's role, legal anchor and typical hand-overs) and
 * §5.3 (the training needs named for Anhalt-Bitterfeld and typical elsewhere). A kind not listed
 * here (courts, prosecutors, national helplines, interpreting services, coordination units) is no
 * audience of the network's own trainings: their people train in their own institutions, or they
 * hand over rather than assess.
 */
import type { InstitutionKindCode } from '../taxonomy/institution-kinds';
import type { TopicCode } from '../taxonomy/topics';

/** A kind's expected topics and where domain.md says so. */
export interface ExpectedTopics {
  readonly topics: readonly TopicCode[];
  /** The section(s) of domain.md the expectation rests on. */
  readonly source: string;
}

/** Noticing signs and the § 8a / § 4 KKG procedure (§2.1, §3 "Kita", "Schule", doctors; §5.3). */
const NOTICING: readonly TopicCode[] = [
  'child_risk_assessment',
  'child_physical_abuse',
  'child_neglect',
  'child_sexual_abuse',
  'emotional_abuse',
  'children_exposed_to_dv',
  'data_protection_info_sharing',
];

/** Domestic-violence work after a police call or a self-referral (§3 Interventionsstelle, Frauenhaus; §5.3). */
const DOMESTIC_VIOLENCE: readonly TopicCode[] = [
  'domestic_violence',
  'stalking',
  'high_risk_assessment',
  'protection_orders_legal',
  'children_exposed_to_dv',
  'trauma_informed_work',
  'digital_violence',
  'disability_and_violence',
];

/** The expected topics of each kind of institution (domain.md §3 and §5.3). */
export const EXPECTED_TOPICS_BY_KIND: Readonly<
  Partial<Record<InstitutionKindCode, ExpectedTopics>>
> = {
  youth_welfare_office: {
    topics: [
      'child_risk_assessment',
      'child_neglect',
      'children_exposed_to_dv',
      'separation_custody_contact',
      'data_protection_info_sharing',
    ],
    source: '§3 Jugendamt (SGB VIII §§ 79, 8a); §5.3 § 8a procedure, custody and contact',
  },
  general_social_service: {
    topics: [
      ...NOTICING,
      'high_risk_assessment',
      'separation_custody_contact',
      'parental_mental_illness',
      'addiction_in_families',
      'trauma_informed_work',
    ],
    source:
      '§3 ASD (§ 8a risk assessment, family court); §5.3 children as co-victims, custody and contact',
  },
  child_protection_advice_unit: {
    topics: [...NOTICING, 'institutional_safeguarding'],
    source: '§3 InsoFa / Kinderschutzfachstelle (§ 8a(4), § 8b SGB VIII)',
  },
  school_social_work: {
    topics: [...NOTICING, 'peer_violence_bullying', 'digital_violence'],
    source:
      '§3 Schule / Schulsozialarbeit (§ 4 KKG); §5.3 digital violence, sexual abuse prevention',
  },
  school: {
    topics: [...NOTICING, 'peer_violence_bullying', 'digital_violence'],
    source: '§3 Schule (§ 4 KKG for teachers, SchulG LSA § 38); §5.3',
  },
  childcare_centre: {
    topics: [...NOTICING, 'institutional_safeguarding', 'early_childhood_support'],
    source: '§3 Kita (§ 8a(4) SGB VIII); §5.2 one Kinderschutzfachkraft per Kita; §5.3',
  },
  parenting_support_services: {
    topics: [
      'parenting_support',
      'child_neglect',
      'child_risk_assessment',
      'parental_mental_illness',
      'addiction_in_families',
    ],
    source: '§3 HzE providers (§ 8a(4) SGB VIII); §5.3 parental mental illness, addiction',
  },
  womens_shelter: {
    topics: [...DOMESTIC_VIOLENCE, 'migration_residence_law', 'livelihood_housing_debt'],
    source: '§3 Frauenhaus (Jobcenter, court, ASD, housing); §5.3',
  },
  protected_flat: {
    topics: [...DOMESTIC_VIOLENCE],
    source: '§3 Frauenschutzwohnung (as Frauenhaus)',
  },
  womens_centre: {
    topics: ['domestic_violence', 'stalking', 'sexualised_violence_adults', 'digital_violence'],
    source: '§3 Frauenzentrum (low-threshold counselling, prevention)',
  },
  womens_counselling_centre: {
    topics: [...DOMESTIC_VIOLENCE, 'sexualised_violence_adults'],
    source: '§3 Frauenberatungsstelle',
  },
  domestic_violence_intervention_centre: {
    topics: [...DOMESTIC_VIOLENCE],
    source: '§3 Interventionsstelle (proactive counselling, safety planning, GewSchG applications)',
  },
  sexual_violence_counselling_centre: {
    topics: [
      'child_sexual_abuse',
      'sexualised_violence_adults',
      'digital_violence',
      'trauma_informed_work',
      'institutional_safeguarding',
    ],
    source: '§3 Fachberatungsstelle sexualisierte Gewalt; §5.3 prevention of sexual abuse',
  },
  perpetrator_programme: {
    topics: [
      'perpetrator_work',
      'domestic_violence',
      'high_risk_assessment',
      'children_exposed_to_dv',
    ],
    source: '§3 Täterarbeit ("Täterarbeit ist Opferschutz")',
  },
  victim_support_ngo: {
    topics: ['victim_support_criminal_proceedings', 'trauma_informed_work', 'domestic_violence'],
    source: '§3 Weißer Ring',
  },
  justice_victim_counselling: {
    topics: [
      'victim_support_criminal_proceedings',
      'trauma_informed_work',
      'sexualised_violence_adults',
    ],
    source: '§3 Sozialer Dienst der Justiz: Opferberatung',
  },
  forced_marriage_trafficking_service: {
    topics: [
      'forced_marriage_honour_violence',
      'human_trafficking',
      'fgm',
      'migration_residence_law',
    ],
    source: '§3 Migrationsberatung / specialised services; §5.3 forced marriage and FGM',
  },
  police_station: {
    topics: [
      'domestic_violence',
      'stalking',
      'high_risk_assessment',
      'protection_orders_legal',
      'children_exposed_to_dv',
      'human_trafficking',
    ],
    source: '§3 Polizei (crisis intervention, Wegweisung, risk assessment, informs the Jugendamt)',
  },
  police_victim_protection_officer: {
    topics: [
      'domestic_violence',
      'stalking',
      'high_risk_assessment',
      'protection_orders_legal',
      'victim_support_criminal_proceedings',
      'digital_violence',
    ],
    source: '§3 Polizei (Opferschutzbeauftragte); §5.3 high-risk cases, stalking',
  },
  family_counselling_centre: {
    topics: [
      'parenting_support',
      'separation_custody_contact',
      'children_exposed_to_dv',
      'child_risk_assessment',
      'parental_mental_illness',
      'addiction_in_families',
    ],
    source: '§3 EFB (§ 28 SGB VIII; § 4 KKG professionals); §5.3 children of separated parents',
  },
  pregnancy_counselling_centre: {
    topics: [
      'pregnancy_support',
      'early_childhood_support',
      'domestic_violence',
      'child_risk_assessment',
    ],
    source: '§3 Schwangerschaftsberatung (SchKG; § 4 KKG; entry into Frühe Hilfen)',
  },
  addiction_counselling_centre: {
    topics: ['addiction_in_families', 'child_risk_assessment', 'child_neglect'],
    source: '§3 Suchtberatung (§ 4 KKG Nr. 4); §5.3 addiction-affected families',
  },
  debt_counselling_centre: {
    topics: ['livelihood_housing_debt'],
    source: '§3 Schuldnerberatung',
  },
  migration_counselling: {
    topics: [
      'migration_residence_law',
      'forced_marriage_honour_violence',
      'fgm',
      'human_trafficking',
      'domestic_violence',
    ],
    source: '§3 Migrationsberatung (residence-law questions, hands over to Frauenhaus); §5.3',
  },
  disability_counselling_eutb: {
    topics: ['disability_and_violence', 'domestic_violence'],
    source: '§5.3 violence against women and girls with disability',
  },
  public_health_office: {
    topics: [
      'child_risk_assessment',
      'child_neglect',
      'parental_mental_illness',
      'early_childhood_support',
    ],
    source: '§3 Gesundheitsamt (school-entry exams, KJÄD)',
  },
  social_psychiatric_service: {
    topics: ['parental_mental_illness', 'addiction_in_families', 'child_risk_assessment'],
    source: '§3 Gesundheitsamt (Sozialpsychiatrischer Dienst); §5.3 parental mental illness',
  },
  hospital_paediatrics: {
    topics: [...NOTICING],
    source: '§3 Klinik (KKG § 4)',
  },
  maternity_clinic: {
    topics: [
      'early_childhood_support',
      'pregnancy_support',
      'child_risk_assessment',
      'domestic_violence',
    ],
    source: '§3 Babylotsen, Klinik (screening in maternity wards)',
  },
  hospital_child_protection_team: {
    topics: [...NOTICING, 'trauma_informed_work'],
    source: '§3 Klinik / Kinderschutzgruppe (KKG § 4, § 6)',
  },
  paediatric_practice: {
    topics: [...NOTICING, 'early_childhood_support'],
    source:
      '§3 Kinder- und Jugendärzt:innen (U-examinations, § 4 KKG); §5.3 cooperation with health',
  },
  gynaecology_practice: {
    topics: [
      'domestic_violence',
      'sexualised_violence_adults',
      'pregnancy_support',
      'fgm',
      'child_risk_assessment',
    ],
    source: '§3 (gynaecologists refer to Schwangerschaftsberatung); § 4 KKG; §5.3 FGM',
  },
  child_psychotherapy_practice: {
    topics: [
      'trauma_informed_work',
      'child_sexual_abuse',
      'child_risk_assessment',
      'emotional_abuse',
    ],
    source: '§3 Kinder- und Jugendlichenpsychotherapie (§ 4 KKG)',
  },
  family_midwife_service: {
    topics: [
      'early_childhood_support',
      'child_neglect',
      'child_risk_assessment',
      'parental_mental_illness',
      'addiction_in_families',
    ],
    source: '§3 Familienhebamme / FGKiKP (KKG § 3(4); ASD if gewichtige Anhaltspunkte)',
  },
  maternity_navigator_service: {
    topics: ['early_childhood_support', 'pregnancy_support', 'child_risk_assessment'],
    source: '§3 Babylotsen / Lotsendienst Frühe Hilfen',
  },
  social_paediatric_centre: {
    topics: ['early_childhood_support', 'child_neglect', 'disability_and_violence'],
    source: '§3 (health sector); §5.3 cooperation with the health sector',
  },
  early_intervention_centre: {
    topics: ['early_childhood_support', 'child_neglect', 'child_risk_assessment'],
    source: '§3 (Frühförderung, health sector); §5.3 Frühe Hilfen and child protection',
  },
  family_centre: {
    topics: [
      'early_childhood_support',
      'parenting_support',
      'child_risk_assessment',
      'children_exposed_to_dv',
    ],
    source: '§3 Familienzentrum (KKG § 3(2)); §5.3 Frühe Hilfen and child protection',
  },
  multi_generation_house: {
    topics: ['parenting_support', 'early_childhood_support', 'domestic_violence'],
    source: '§3 Mehrgenerationenhaus / Familienbildung (KKG § 3(2))',
  },
  youth_club: {
    topics: [
      'peer_violence_bullying',
      'digital_violence',
      'child_sexual_abuse',
      'child_risk_assessment',
    ],
    source: '§5.3 prevention of sexual abuse and boundary violations, digital violence',
  },
  jobcenter: {
    topics: ['livelihood_housing_debt', 'domestic_violence'],
    source: '§3 Jobcenter (basic income, including for Frauenhaus residents)',
  },
  social_welfare_office: {
    topics: ['livelihood_housing_debt'],
    source: '§3 (social security)',
  },
  equal_opportunities_officer: {
    topics: ['domestic_violence', 'disability_and_violence'],
    source: '§3 Gleichstellungsbeauftragte (campaigns, information; not case-handling)',
  },
};

/** The topics the staff of `kind` should hold (empty for a kind that is no audience). */
export function expectedTopicsOf(kind: InstitutionKindCode): readonly TopicCode[] {
  return EXPECTED_TOPICS_BY_KIND[kind]?.topics ?? [];
}

/** The kinds of institution whose staff should hold `topic`. */
export function kindsExpectingTopic(topic: TopicCode): InstitutionKindCode[] {
  return (Object.keys(EXPECTED_TOPICS_BY_KIND) as InstitutionKindCode[]).filter((kind) =>
    expectedTopicsOf(kind).includes(topic),
  );
}
