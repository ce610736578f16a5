/**
 * Which partners a network is expected to include (domain.md §2.1, §2.7, §1, §5.1): the legal
 * lists of § 3 KKG and § 3 KiSchG LSA, and the observed membership of the Arbeitskreis gegen
 * Gewalt and of Netzwerke Frühe Hilfen. Each requirement is met by any one of its kinds; the
 * network-composition view reports the requirements no member meets.
 */
import type { InstitutionKindCode } from './institution-kinds';
import type { LegalNormCode } from './legal-norms';
import type { NetworkKindCode } from './network-kinds';
import type { LocalizedLabel } from './types';

/** One expected partner: the source's wording and the kinds that fulfil it. */
export interface PartnerRequirement {
  /** Stable within its expectation. */
  readonly id: string;
  /** The source's wording in German, and in English. */
  readonly label: LocalizedLabel;
  /** Any member of one of these kinds meets the requirement. */
  readonly anyOf: readonly [InstitutionKindCode, ...InstitutionKindCode[]];
  /** The paragraph or passage it comes from, e.g. `§ 3 Abs. 2 KKG`. */
  readonly provision: string;
  /**
   * Share of German Frühe-Hilfen networks that include such a partner (NZFH Kommunalbefragung
   * [S39]), when the doc gives one; a hint at how typical the partner is.
   */
  readonly nationalShare: { readonly percent: number; readonly year: number | null } | null;
}

/** A list of expected partners with its basis. */
export interface PartnerExpectation<Code extends string = PartnerExpectationCode> {
  readonly code: Code;
  readonly label: LocalizedLabel;
  /** `law`: a statute lists the partners; `practice`: the doc observed them. */
  readonly basis: 'law' | 'practice';
  /** The source as a citation string, for display next to a gap. */
  readonly source: string;
  readonly legalNorms: readonly LegalNormCode[];
  /** The network kinds the list is checked against. */
  readonly appliesTo: readonly NetworkKindCode[];
  readonly requirements: readonly PartnerRequirement[];
}

// Kinds that are "Einrichtungen und Dienste zum Schutz gegen Gewalt in engen sozialen Beziehungen".
const VIOLENCE_PROTECTION = [
  'womens_shelter',
  'protected_flat',
  'domestic_violence_intervention_centre',
  'womens_centre',
  'womens_counselling_centre',
  'sexual_violence_counselling_centre',
] as const satisfies readonly InstitutionKindCode[];

const POLICE = [
  'police_station',
  'police_victim_protection_officer',
] as const satisfies readonly InstitutionKindCode[];

const HOSPITALS = [
  'hospital_paediatrics',
  'maternity_clinic',
  'hospital_child_protection_team',
] as const satisfies readonly InstitutionKindCode[];

const KKG = '§ 3 Abs. 2 KKG';
const KISCHG = '§ 3 Abs. 3 KiSchG LSA';

/** All partner expectations. */
export const PARTNER_EXPECTATIONS = [
  {
    code: 'kkg_3_partners',
    label: {
      de: 'Netzwerkpartner nach § 3 KKG',
      en: 'Network partners under § 3 KKG',
    },
    basis: 'law',
    source: '§ 3 Abs. 2–4 KKG',
    legalNorms: ['kkg_3'],
    appliesTo: ['local_child_protection_network', 'early_support_network'],
    requirements: [
      {
        id: 'organiser',
        label: {
          de: 'Örtlicher Träger der Jugendhilfe (organisiert das Netzwerk)',
          en: 'Local youth welfare authority (organises the network)',
        },
        anyOf: ['youth_welfare_office', 'network_coordination_unit'],
        provision: '§ 3 Abs. 3 KKG',
        nationalShare: null,
      },
      {
        id: 'youth_welfare_services',
        label: {
          de: 'Einrichtungen und Dienste der öffentlichen und freien Jugendhilfe',
          en: 'Public and voluntary youth welfare services',
        },
        anyOf: [
          'youth_welfare_office',
          'general_social_service',
          'child_protection_advice_unit',
          'parenting_support_services',
          'school_social_work',
          'family_counselling_centre',
          'childcare_centre',
          'youth_club',
        ],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'disability_support',
        label: {
          de: 'Leistungserbringer mit Vereinbarung nach § 125 SGB IX (Eingliederungshilfe)',
          en: 'Disability support providers under § 125 SGB IX',
        },
        anyOf: ['disability_support_provider'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'public_health',
        label: { de: 'Gesundheitsämter', en: 'Public health offices' },
        anyOf: ['public_health_office', 'social_psychiatric_service'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'social_welfare',
        label: { de: 'Sozialämter', en: 'Social welfare offices' },
        anyOf: ['social_welfare_office'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'schools',
        label: { de: 'Schulen', en: 'Schools' },
        anyOf: ['school'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'police',
        label: { de: 'Polizei- und Ordnungsbehörden', en: 'Police and public order authorities' },
        anyOf: POLICE,
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'employment',
        label: { de: 'Agenturen für Arbeit', en: 'Employment agencies' },
        // In Anhalt-Bitterfeld the Jobcenter is run by the county alone (§4.2), so it stands in.
        anyOf: ['employment_agency', 'jobcenter'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'hospitals',
        label: { de: 'Krankenhäuser', en: 'Hospitals' },
        anyOf: HOSPITALS,
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'social_paediatric_centres',
        label: { de: 'Sozialpädiatrische Zentren', en: 'Social paediatric centres' },
        anyOf: ['social_paediatric_centre'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'early_intervention',
        label: { de: 'Frühförderstellen', en: 'Early intervention centres' },
        anyOf: ['early_intervention_centre'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'social_counselling',
        label: {
          de: 'Beratungsstellen für soziale Problemlagen',
          en: 'Counselling centres for social problems',
        },
        anyOf: [
          'family_counselling_centre',
          'addiction_counselling_centre',
          'debt_counselling_centre',
          'migration_counselling',
          'disability_counselling_eutb',
          'womens_counselling_centre',
        ],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'pregnancy_counselling',
        label: {
          de: 'Schwangerschaftsberatungsstellen nach §§ 3 und 8 SchKG',
          en: 'Pregnancy counselling centres under SchKG §§ 3 and 8',
        },
        anyOf: ['pregnancy_counselling_centre'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'mothers_convalescence',
        label: {
          de: 'Einrichtungen und Dienste zur Müttergenesung',
          en: "Mothers' convalescence services",
        },
        anyOf: ['mothers_convalescence_service'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'violence_protection',
        label: {
          de: 'Einrichtungen und Dienste zum Schutz gegen Gewalt in engen sozialen Beziehungen',
          en: 'Services protecting against violence in close relationships',
        },
        anyOf: VIOLENCE_PROTECTION,
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'multi_generation_houses',
        label: { de: 'Mehrgenerationenhäuser', en: 'Multi-generation houses' },
        anyOf: ['multi_generation_house'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'family_education',
        label: { de: 'Familienbildungsstätten', en: 'Family education centres' },
        anyOf: ['family_centre'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'family_courts',
        label: { de: 'Familiengerichte', en: 'Family courts' },
        anyOf: ['family_court'],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'health_professions',
        label: { de: 'Angehörige der Heilberufe', en: 'Members of the health professions' },
        anyOf: [
          'paediatric_practice',
          'gynaecology_practice',
          'child_psychotherapy_practice',
          'family_midwife_service',
        ],
        provision: KKG,
        nationalShare: null,
      },
      {
        id: 'family_midwives',
        label: {
          de: 'Familienhebammen und vergleichbare Berufsgruppen aus dem Gesundheitsbereich',
          en: 'Family midwives and comparable health professions',
        },
        anyOf: ['family_midwife_service'],
        provision: '§ 3 Abs. 4 KKG',
        nationalShare: null,
      },
    ],
  },
  {
    code: 'kischg_lsa_3_members',
    label: {
      de: 'Mitglieder der Lokalen Netzwerke Kinderschutz nach § 3 KiSchG LSA',
      en: 'Members of local child-protection networks under § 3 KiSchG LSA',
    },
    basis: 'law',
    source: KISCHG,
    legalNorms: ['kischg_lsa_3'],
    appliesTo: ['local_child_protection_network'],
    requirements: [
      {
        id: 'youth_welfare_office',
        label: { de: 'Jugendamt', en: 'Youth welfare office' },
        anyOf: ['youth_welfare_office', 'general_social_service'],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'public_health',
        label: { de: 'Gesundheitsdienst', en: 'Public health service' },
        anyOf: ['public_health_office'],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'social_welfare',
        label: { de: 'Sozialamt', en: 'Social welfare office' },
        anyOf: ['social_welfare_office'],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'schools',
        label: { de: 'Schulen und Schulträger', en: 'Schools and school authorities' },
        anyOf: ['school'],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'youth_health_rehabilitation_services',
        label: {
          de: 'Dienste der Jugendhilfe, des Gesundheitswesens und der Rehabilitation',
          en: 'Youth welfare, health and rehabilitation services',
        },
        anyOf: [
          'parenting_support_services',
          'family_counselling_centre',
          'child_protection_advice_unit',
          'school_social_work',
          'childcare_centre',
          'youth_club',
          'social_paediatric_centre',
          'early_intervention_centre',
          'disability_support_provider',
        ],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'welfare_associations',
        label: { de: 'Träger der Wohlfahrtspflege', en: 'Voluntary welfare associations' },
        // The law means operators, which the taxonomy has no kind for; these are the kinds that
        // welfare associations run in Anhalt-Bitterfeld (DRK, Diakonie, Paritätische, AWO; §4.2).
        anyOf: [
          'family_counselling_centre',
          'pregnancy_counselling_centre',
          'addiction_counselling_centre',
          'parenting_support_services',
          'domestic_violence_intervention_centre',
        ],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'child_protection_organisations',
        label: {
          de: 'Kinderschutzorganisationen und -zentren',
          en: 'Child protection organisations and centres',
        },
        anyOf: ['child_protection_advice_unit'],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'doctors_in_practice',
        label: {
          de: 'Niedergelassene Ärztinnen und Ärzte sowie Kinder- und Jugendlichenpsychotherapeuten',
          en: 'Doctors in practice and child psychotherapists',
        },
        anyOf: ['paediatric_practice', 'gynaecology_practice', 'child_psychotherapy_practice'],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'hospitals',
        label: {
          de: 'Krankenhäuser (Geburtshilfe, Kinderheilkunde, Kinder- und Jugendpsychiatrie)',
          en: 'Hospitals (obstetrics, paediatrics, child psychiatry)',
        },
        anyOf: HOSPITALS,
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'midwives',
        label: {
          de: 'Hebammen, insbesondere Familienhebammen',
          en: 'Midwives, especially family midwives',
        },
        anyOf: ['family_midwife_service'],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'pregnancy_counselling',
        label: { de: 'Schwangerschaftsberatung', en: 'Pregnancy counselling' },
        anyOf: ['pregnancy_counselling_centre'],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'violence_protection',
        label: {
          de: 'Einrichtungen und Dienste zum Schutz vor Gewalt in engen sozialen Beziehungen',
          en: 'Services protecting against violence in close relationships',
        },
        anyOf: VIOLENCE_PROTECTION,
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'police',
        label: { de: 'Polizei', en: 'Police' },
        anyOf: POLICE,
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'family_judges',
        label: { de: 'Familienrichterinnen und Familienrichter', en: 'Family judges' },
        anyOf: ['family_court'],
        provision: KISCHG,
        nationalShare: null,
      },
      {
        id: 'family_education_centres',
        label: {
          de: 'Familienbildung und Familienzentren',
          en: 'Family education and family centres',
        },
        anyOf: ['family_centre', 'multi_generation_house'],
        provision: KISCHG,
        nationalShare: null,
      },
    ],
  },
  {
    code: 'anti_violence_working_group_members',
    label: {
      de: 'Teilnehmende des Arbeitskreises gegen Gewalt (Anhalt-Bitterfeld)',
      en: 'Members of the working group against violence (Anhalt-Bitterfeld)',
    },
    basis: 'practice',
    source: 'Amtsblatt Landkreis Anhalt-Bitterfeld 10/2024 [S1]; Art. 7 Istanbul-Konvention',
    legalNorms: ['istanbul_convention_art_7'],
    appliesTo: ['anti_violence_working_group'],
    requirements: [
      {
        id: 'shelters',
        label: { de: 'Frauenhäuser', en: "Women's shelters" },
        anyOf: ['womens_shelter', 'protected_flat'],
        provision: '[S1]',
        nationalShare: null,
      },
      {
        id: 'womens_centre',
        label: { de: 'Frauenzentrum', en: "Women's centre" },
        anyOf: ['womens_centre', 'womens_counselling_centre'],
        provision: '[S1]',
        nationalShare: null,
      },
      {
        id: 'police',
        label: { de: 'Polizei', en: 'Police' },
        anyOf: POLICE,
        provision: '[S1]',
        nationalShare: null,
      },
      {
        id: 'victim_counselling',
        label: { de: 'Opferberatung', en: 'Victim counselling' },
        anyOf: ['justice_victim_counselling', 'victim_support_ngo'],
        provision: '[S1]',
        nationalShare: null,
      },
      {
        id: 'court',
        label: { de: 'Gericht', en: 'Court' },
        anyOf: ['family_court'],
        provision: '[S1]',
        nationalShare: null,
      },
      {
        id: 'counselling_centres',
        label: { de: 'Beratungsstellen', en: 'Counselling centres' },
        anyOf: [
          'domestic_violence_intervention_centre',
          'sexual_violence_counselling_centre',
          'family_counselling_centre',
          'addiction_counselling_centre',
          'pregnancy_counselling_centre',
          'debt_counselling_centre',
          'migration_counselling',
        ],
        provision: '[S1]',
        nationalShare: null,
      },
      {
        id: 'general_social_service',
        label: { de: 'Allgemeiner Sozialer Dienst (ASD)', en: 'General social service (ASD)' },
        anyOf: ['general_social_service'],
        provision: '[S1]',
        nationalShare: null,
      },
      {
        id: 'equal_opportunities',
        label: { de: 'Gleichstellungsbeauftragte', en: 'Equal opportunities officer' },
        anyOf: ['equal_opportunities_officer'],
        provision: '[S1]',
        nationalShare: null,
      },
      {
        id: 'child_protection_coordination',
        label: {
          de: 'Koordination des Lokalen Netzwerkes Kinderschutz',
          en: 'Coordinator of the local child protection network',
        },
        anyOf: ['network_coordination_unit'],
        provision: '[S1]',
        nationalShare: null,
      },
    ],
  },
  {
    code: 'early_support_network_partners',
    label: {
      de: 'Typische Partner eines Netzwerks Frühe Hilfen',
      en: 'Typical partners of an early support network',
    },
    basis: 'practice',
    source: 'NZFH Kommunalbefragung und Qualitätsrahmen Frühe Hilfen [S39]',
    legalNorms: ['kkg_3', 'bustifh'],
    appliesTo: ['early_support_network'],
    // "Fachberatung Kita" (80.5 %) has no institution kind and is left out.
    requirements: [
      {
        id: 'coordination',
        label: {
          de: 'Netzwerkkoordination (Förderbereich I)',
          en: 'Network coordination (funding area I)',
        },
        anyOf: ['network_coordination_unit'],
        provision: 'Bundesstiftung Frühe Hilfen [S39]',
        nationalShare: null,
      },
      {
        id: 'pregnancy_counselling',
        label: { de: 'Schwangerschaftsberatung', en: 'Pregnancy counselling' },
        anyOf: ['pregnancy_counselling_centre'],
        provision: 'NZFH [S39]',
        nationalShare: { percent: 95.7, year: 2017 },
      },
      {
        id: 'family_midwives',
        label: { de: 'Familienhebammen / FGKiKP', en: 'Family midwives / FGKiKP' },
        anyOf: ['family_midwife_service'],
        provision: 'NZFH [S39]',
        nationalShare: { percent: 92.9, year: 2020 },
      },
      {
        id: 'family_counselling',
        label: { de: 'Erziehungs- und Familienberatung', en: 'Family counselling' },
        anyOf: ['family_counselling_centre'],
        provision: 'NZFH [S39]',
        nationalShare: { percent: 92.8, year: 2017 },
      },
      {
        id: 'general_social_service',
        label: { de: 'Allgemeiner Sozialer Dienst', en: 'General social service' },
        anyOf: ['general_social_service'],
        provision: 'NZFH [S39]',
        nationalShare: { percent: 85.0, year: 2017 },
      },
      {
        id: 'childcare',
        label: { de: 'Kindertageseinrichtungen', en: 'Childcare centres' },
        anyOf: ['childcare_centre'],
        provision: 'NZFH [S39]',
        nationalShare: { percent: 81.9, year: 2020 },
      },
      {
        id: 'family_centres',
        label: { de: 'Familienzentren', en: 'Family centres' },
        anyOf: ['family_centre', 'multi_generation_house'],
        provision: 'NZFH [S39]',
        nationalShare: { percent: 74.8, year: null },
      },
      {
        id: 'parenting_support_services',
        label: { de: 'Dienste der Hilfen zur Erziehung', en: 'Parenting support services (HzE)' },
        anyOf: ['parenting_support_services'],
        provision: 'NZFH [S39]',
        nationalShare: { percent: 69.1, year: null },
      },
      {
        id: 'family_education',
        label: { de: 'Familienbildung', en: 'Family education' },
        anyOf: ['family_centre'],
        provision: 'NZFH [S39]',
        nationalShare: { percent: 60.8, year: null },
      },
      {
        id: 'paediatric_clinics',
        label: { de: 'Kinderkliniken', en: 'Paediatric clinics' },
        anyOf: ['hospital_paediatrics'],
        provision: 'NZFH [S39]',
        nationalShare: null,
      },
      {
        id: 'social_psychiatric_services',
        label: { de: 'Sozialpsychiatrische Dienste', en: 'Social psychiatric services' },
        anyOf: ['social_psychiatric_service'],
        provision: 'NZFH [S39]',
        nationalShare: null,
      },
      {
        id: 'gynaecology_practices',
        label: { de: 'Gynäkologische Praxen', en: 'Gynaecology practices' },
        anyOf: ['gynaecology_practice'],
        provision: 'NZFH [S39]',
        nationalShare: null,
      },
      {
        id: 'paediatric_practices',
        label: { de: 'Kinderarztpraxen', en: 'Paediatric practices' },
        anyOf: ['paediatric_practice'],
        provision: 'NZFH [S39]',
        nationalShare: null,
      },
      {
        id: 'addiction_counselling',
        label: { de: 'Suchtberatung', en: 'Addiction counselling' },
        anyOf: ['addiction_counselling_centre'],
        provision: 'Qualitätsrahmen Frühe Hilfen [S39]',
        nationalShare: null,
      },
      {
        id: 'violence_protection',
        label: { de: 'Einrichtungen zum Schutz vor Gewalt', en: 'Violence protection services' },
        anyOf: VIOLENCE_PROTECTION,
        provision: 'Qualitätsrahmen Frühe Hilfen [S39]',
        nationalShare: null,
      },
      {
        id: 'material_security',
        label: { de: 'Materielle Sicherung', en: 'Material security' },
        anyOf: ['jobcenter', 'social_welfare_office'],
        provision: 'Qualitätsrahmen Frühe Hilfen [S39]',
        nationalShare: null,
      },
      {
        id: 'disability_support',
        label: { de: 'Eingliederungshilfe', en: 'Disability support (Eingliederungshilfe)' },
        anyOf: ['disability_support_provider', 'early_intervention_centre'],
        provision: 'Qualitätsrahmen Frühe Hilfen [S39]',
        nationalShare: null,
      },
    ],
  },
] as const satisfies readonly PartnerExpectation<string>[];

/** Code of a partner expectation, e.g. `'kkg_3_partners'`. */
export type PartnerExpectationCode = (typeof PARTNER_EXPECTATIONS)[number]['code'];

const expectationList: readonly PartnerExpectation[] = PARTNER_EXPECTATIONS;

/** The partner expectations to check a network of this kind against. */
export function partnerExpectationsFor(networkKind: NetworkKindCode): PartnerExpectation[] {
  return expectationList.filter((expectation) => expectation.appliesTo.includes(networkKind));
}

/**
 * The requirements of `expectation` that no present kind meets: the partners a network still
 * lacks. `presentKinds` are the kinds of the network's member institutions.
 */
export function missingPartnerRequirements(
  expectation: PartnerExpectation,
  presentKinds: Iterable<InstitutionKindCode>,
): PartnerRequirement[] {
  const present = new Set(presentKinds);
  return expectation.requirements.filter(
    (requirement) => !requirement.anyOf.some((kind) => present.has(kind)),
  );
}
