/**
 * Institution kinds (domain.md §8.2, the suggested `org_type` enum, with the roles from §3).
 * Concrete institutions carry exactly one kind; referral routes and network expectations are
 * stated in kinds.
 */
import { indexByCode, mustGet } from './lookup';
import type { LocalizedLabel } from './types';

/** Sectors as §8.2 groups the kinds. */
export const INSTITUTION_CATEGORIES = [
  {
    code: 'child_youth_welfare',
    label: { de: 'Öffentliche Jugendhilfe', en: 'Public youth welfare' },
  },
  { code: 'violence_protection', label: { de: 'Gewaltschutz', en: 'Violence protection' } },
  { code: 'police_justice', label: { de: 'Justiz und Polizei', en: 'Justice and police' } },
  { code: 'counselling', label: { de: 'Beratung', en: 'Counselling' } },
  { code: 'health', label: { de: 'Gesundheit', en: 'Health' } },
  { code: 'education_family', label: { de: 'Bildung und Familie', en: 'Education and family' } },
  {
    code: 'social_security_administration',
    label: { de: 'Soziale Sicherung und Verwaltung', en: 'Social security and administration' },
  },
] as const satisfies readonly { readonly code: string; readonly label: LocalizedLabel }[];

/** Code of a sector in {@link INSTITUTION_CATEGORIES}. */
export type InstitutionCategory = (typeof INSTITUTION_CATEGORIES)[number]['code'];

/**
 * Where a kind of service usually sits, seen from a county: inside it (`local`), in a nearby
 * city serving several counties (`regional`, §8.2 "(regional)"), once per Land, or nationwide.
 */
export type InstitutionScope = 'local' | 'regional' | 'state' | 'federal';

/**
 * Where the kind comes from: the §8.2 enum itself, the §8.1 glossary, or a legal text the
 * domain doc quotes (§2.1) whose partner or service has no §8.2 code.
 */
export type InstitutionKindOrigin = 'org_type_enum' | 'glossary' | 'legal_text';

/** One kind of institution; `Code` is only widened while the list itself is being checked. */
export interface InstitutionKind<Code extends string = InstitutionKindCode> {
  readonly code: Code;
  readonly category: InstitutionCategory;
  readonly label: LocalizedLabel;
  /** What this kind does in the network (§3, shortened). */
  readonly description: LocalizedLabel;
  readonly scope: InstitutionScope;
  /** §8.2 marks with `*` the kinds found in Anhalt-Bitterfeld sources (§4). */
  readonly foundInAbi: boolean;
  /** The address is confidential and must never be stored or shown (§6.1, §8.6). */
  readonly protectedAddress: boolean;
  /**
   * Staff may be under threat (§6.1): allow anonymous role contacts and show person entries to
   * verified network members only.
   */
  readonly staffSafetyRisk: boolean;
  /**
   * The kind's professionals are Berufsgeheimnisträger under § 4 Abs. 1 KKG (§2.1): doctors,
   * midwives and other health professions, psychologists and psychotherapists, marriage, family,
   * parenting and youth counsellors, addiction counsellors, recognised pregnancy counselling,
   * state-recognised social workers (here: at schools) and teachers. With gewichtige
   * Anhaltspunkte they follow the § 4 procedure: talk to child and parents, consult an InsoFa
   * (pseudonymised), inform the Jugendamt if the danger cannot be averted, and get feedback.
   * Kitas and youth-welfare providers are not (§ 8a Abs. 4 SGB VIII binds them instead), nor
   * the Jugendamt, ASD and InsoFa that receive the procedure.
   */
  readonly kkg4Bound: boolean;
  /**
   * An anonymous line the person calls herself (the national helplines): a professional passes
   * on the number and may call for advice, but cannot hand a person over to it.
   */
  readonly anonymousLine: boolean;
  readonly origin: InstitutionKindOrigin;
}

const plain = {
  scope: 'local',
  protectedAddress: false,
  staffSafetyRisk: false,
  kkg4Bound: false,
  anonymousLine: false,
  origin: 'org_type_enum',
} as const;

/** Defaults of a kind whose professionals are bound by § 4 KKG. */
const kkg4 = { ...plain, kkg4Bound: true } as const;

/** All institution kinds, grouped by category in the order of §8.2. */
export const INSTITUTION_KINDS = [
  // Public youth welfare
  {
    ...plain,
    code: 'youth_welfare_office',
    category: 'child_youth_welfare',
    label: {
      de: 'Jugendamt (Fachbereich Kinder, Jugend und Familie)',
      en: 'Youth welfare office (Jugendamt)',
    },
    description: {
      de: 'Gesamtverantwortung für die Kinder- und Jugendhilfe; organisiert das Netzwerk nach § 3 KKG und finanziert Hilfen.',
      en: 'Overall responsibility for child and youth welfare; organises the KKG network and funds services.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'general_social_service',
    category: 'child_youth_welfare',
    label: { de: 'Allgemeiner Sozialer Dienst (ASD)', en: 'General social service (ASD)' },
    description: {
      de: 'Kinderschutz im Einzelfall: Gefährdungseinschätzung nach § 8a SGB VIII, Hilfen zur Erziehung, Inobhutnahme, Zusammenarbeit mit dem Familiengericht.',
      en: 'Case-level child protection: § 8a SGB VIII risk assessment, Hilfen zur Erziehung, Inobhutnahme, works with the family court.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'network_coordination_unit',
    category: 'child_youth_welfare',
    label: {
      de: 'Netzwerkkoordination Kinderschutz / Frühe Hilfen',
      en: 'Network coordination (child protection / early support)',
    },
    description: {
      de: 'Steuert die Netzwerke, hält die Partnerübersicht, organisiert Fachtage und Fortbildungen, erkennt Lücken; oft Anlaufstelle für Familien und Fachkräfte.',
      en: 'Runs the networks, keeps the partner overview, organises Fachtage and training, identifies gaps; often a contact point for families and professionals.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'child_protection_advice_unit',
    category: 'child_youth_welfare',
    label: {
      de: 'Kinderschutzfachstelle / insoweit erfahrene Fachkraft (InsoFa)',
      en: 'Child protection advice unit (InsoFa)',
    },
    description: {
      de: 'Anonyme oder pseudonymisierte Beratung von Fachkräften zur Gefährdungseinschätzung (§ 8a Abs. 4, § 8b SGB VIII; § 4 Abs. 2 KKG).',
      en: 'Anonymous or pseudonymised advice to professionals on risk assessment (§ 8a(4), § 8b SGB VIII; § 4(2) KKG).',
    },
    foundInAbi: true,
  },
  {
    ...kkg4,
    code: 'school_social_work',
    category: 'child_youth_welfare',
    label: { de: 'Schulsozialarbeit', en: 'School social work' },
    description: {
      de: 'Soziale Arbeit an Schulen; bemerkt Anzeichen und berät Schülerinnen, Schüler und Lehrkräfte.',
      en: 'Social work at schools; notices signs and advises pupils and teachers.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'parenting_support_services',
    category: 'child_youth_welfare',
    label: { de: 'Hilfen zur Erziehung (HzE)', en: 'Parenting support services (HzE)' },
    description: {
      de: 'Träger der Hilfen zur Erziehung (§§ 27 ff. SGB VIII), etwa Sozialpädagogische Familienhilfe.',
      en: 'Providers of Hilfen zur Erziehung (§§ 27 ff. SGB VIII), such as socio-educational family support.',
    },
    // SPFH Köthen [S28]; in the §8.1 glossary and the NZFH partner data, not in §8.2.
    foundInAbi: true,
    origin: 'glossary',
  },
  // Violence protection
  {
    ...plain,
    code: 'womens_shelter',
    category: 'violence_protection',
    label: { de: 'Frauenhaus / Frauen- und Kinderschutzhaus', en: "Women's shelter" },
    description: {
      de: 'Schutzunterkunft rund um die Uhr an vertraulicher Adresse; Beratung, Hilfe für die Kinder, Nachsorge.',
      en: '24/7 shelter at a confidential address; counselling, help with the children, aftercare.',
    },
    foundInAbi: true,
    protectedAddress: true,
    staffSafetyRisk: true,
  },
  {
    ...plain,
    code: 'protected_flat',
    category: 'violence_protection',
    label: { de: 'Frauenschutzwohnung', en: 'Protected flat' },
    description: {
      de: 'Dezentrale geschützte Wohnung mit kleinerer Kapazität; Zugang wie beim Frauenhaus.',
      en: 'Decentralised protected flat with smaller capacity; reached like a shelter.',
    },
    foundInAbi: true,
    protectedAddress: true,
    staffSafetyRisk: true,
  },
  {
    ...plain,
    code: 'womens_centre',
    category: 'violence_protection',
    label: { de: 'Frauenzentrum', en: "Women's centre" },
    description: {
      de: 'Niedrigschwellige Beratung, Gruppen, Prävention und aufsuchende Arbeit.',
      en: 'Low-threshold counselling, groups, prevention and outreach.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'womens_counselling_centre',
    category: 'violence_protection',
    label: { de: 'Frauenberatungsstelle', en: "Women's counselling centre" },
    description: {
      de: 'Beratung für Frauen in Not, etwa die Beratungsstelle für Frauen in Not in Köthen.',
      en: 'Counselling for women in crisis, such as the Beratungsstelle für Frauen in Not in Köthen.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'domestic_violence_intervention_centre',
    category: 'violence_protection',
    label: {
      de: 'Interventionsstelle häusliche Gewalt und Stalking',
      en: 'Domestic violence intervention centre',
    },
    description: {
      de: 'Proaktive Krisenberatung nach Polizeieinsatz, Sicherheitsplanung, Anträge nach GewSchG, Lotsenfunktion ins Hilfesystem.',
      en: 'Proactive crisis counselling after police intervention, safety planning, GewSchG applications, guiding people into services.',
    },
    scope: 'regional',
    foundInAbi: true,
    // §6.1: an Interventionsstelle head withheld her name because of threats.
    staffSafetyRisk: true,
  },
  {
    ...plain,
    code: 'sexual_violence_counselling_centre',
    category: 'violence_protection',
    label: {
      de: 'Fachberatungsstelle sexualisierte Gewalt',
      en: 'Sexual violence counselling centre',
    },
    description: {
      de: 'Beratung für Betroffene sexualisierter Gewalt (Kinder, Jugendliche, Erwachsene), für Angehörige und Fachkräfte; Prävention.',
      en: 'Counselling for those affected by sexual violence (children, young people, adults), for relatives and for professionals; prevention.',
    },
    scope: 'regional',
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'perpetrator_programme',
    category: 'violence_protection',
    label: { de: 'Täterarbeit / Täterberatung', en: 'Perpetrator programme' },
    description: {
      de: 'Anti-Gewalt-Training und Beratung für Täter; „Täterarbeit ist Opferschutz“.',
      en: 'Anti-violence training and counselling for perpetrators; "perpetrator work is victim protection".',
    },
    scope: 'regional',
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'victim_support_ngo',
    category: 'violence_protection',
    label: { de: 'Weißer Ring (Außenstelle)', en: 'Victim support NGO (Weißer Ring)' },
    description: {
      de: 'Ehrenamtliche Opferhilfe: Begleitung, Beratungsschecks für Anwalt oder psychologische Erstberatung, finanzielle Hilfe.',
      en: 'Volunteer victim support: accompaniment, vouchers for a lawyer or a psychological first consultation, financial help.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'justice_victim_counselling',
    category: 'violence_protection',
    label: {
      de: 'Opferberatung des Sozialen Dienstes der Justiz',
      en: 'Justice victim counselling (Sozialer Dienst der Justiz)',
    },
    description: {
      de: 'Beratung von Opfern nach Straftaten und Begleitung im Strafverfahren.',
      en: 'Counselling for victims of crime and support through criminal proceedings.',
    },
    scope: 'regional',
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'forced_marriage_trafficking_service',
    category: 'violence_protection',
    label: {
      de: 'Fachstelle gegen Frauenhandel, Zwangsverheiratung und ehrbezogene Gewalt',
      en: 'Service against trafficking, forced marriage and honour-based violence',
    },
    description: {
      de: 'Landesweite Fachberatung (in Sachsen-Anhalt: Vera) bei Menschenhandel, Zwangsverheiratung und ehrbezogener Gewalt.',
      en: 'Statewide specialist counselling (in Saxony-Anhalt: Vera) on trafficking, forced marriage and honour-based violence.',
    },
    scope: 'state',
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'national_helpline',
    category: 'violence_protection',
    anonymousLine: true,
    label: {
      de: 'Hilfetelefon „Gewalt gegen Frauen“ 116 016',
      en: 'National helpline "Violence against women" 116 016',
    },
    description: {
      de: 'Bundesweites kostenloses Hilfetelefon rund um die Uhr in 18 Sprachen; berät auch Fachkräfte.',
      en: 'Nationwide free helpline, 24/7, in 18 languages; also advises professionals.',
    },
    scope: 'federal',
    foundInAbi: false,
  },
  // Justice and police
  {
    ...plain,
    code: 'police_station',
    category: 'police_justice',
    label: { de: 'Polizeirevier', en: 'Police station' },
    description: {
      de: 'Krisenintervention, Wegweisung, Strafanzeige, Gefährdungseinschätzung; Datenweitergabe an die Interventionsstelle mit Einwilligung; informiert das Jugendamt, wenn Kinder betroffen sind.',
      en: 'Crisis intervention, barring orders, criminal complaints, risk assessment; passes data to the Interventionsstelle with consent; informs the Jugendamt when children are affected.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'police_victim_protection_officer',
    category: 'police_justice',
    label: { de: 'Opferschutzbeauftragte der Polizei', en: 'Police victim protection officer' },
    description: {
      de: 'Ansprechperson der Polizei für Opferschutz und für die Zusammenarbeit im Netzwerk.',
      en: 'The police contact for victim protection and for cooperation in the network.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'family_court',
    category: 'police_justice',
    label: { de: 'Familiengericht (Amtsgericht)', en: 'Family court (Amtsgericht)' },
    description: {
      de: 'Schutzanordnungen nach GewSchG, Maßnahmen nach § 1666 BGB, Sorge- und Umgangsrecht.',
      en: 'Protection orders (GewSchG), § 1666 BGB measures, custody and contact.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'public_prosecutor',
    category: 'police_justice',
    label: { de: 'Staatsanwaltschaft', en: 'Public prosecutor' },
    description: {
      de: 'Strafverfolgung; informiert das Jugendamt bei gewichtigen Anhaltspunkten (§ 5 KKG).',
      en: 'Prosecution; informs the Jugendamt of substantial indicators (§ 5 KKG).',
    },
    // It sits at the Landgericht's seat, outside the county [K].
    scope: 'regional',
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'regional_court',
    category: 'police_justice',
    label: { de: 'Landgericht', en: 'Regional court (Landgericht)' },
    description: {
      de: 'Gericht über den Amtsgerichten; für Anhalt-Bitterfeld das Landgericht Dessau-Roßlau.',
      en: 'The court above the Amtsgerichte; for Anhalt-Bitterfeld the Landgericht Dessau-Roßlau.',
    },
    scope: 'regional',
    foundInAbi: false,
  },
  // Counselling
  {
    ...kkg4,
    code: 'family_counselling_centre',
    category: 'counselling',
    label: { de: 'Erziehungs- und Familienberatung (EFB)', en: 'Family counselling centre' },
    description: {
      de: 'Beratung zu Erziehung, Trennung und Umgang (§ 28 SGB VIII); Berufsgeheimnisträger nach § 4 KKG.',
      en: 'Counselling on parenting, separation and contact (§ 28 SGB VIII); § 4 KKG professionals.',
    },
    foundInAbi: true,
  },
  {
    ...kkg4,
    code: 'pregnancy_counselling_centre',
    category: 'counselling',
    label: { de: 'Schwangerschafts(konflikt)beratung', en: 'Pregnancy counselling centre' },
    description: {
      de: 'Beratung in der Schwangerschaft, Anträge an die Bundesstiftung Mutter und Kind, Zugang zu den Frühen Hilfen (§§ 3, 8 SchKG).',
      en: 'Counselling in pregnancy, applications to the Bundesstiftung Mutter und Kind, entry into Frühe Hilfen (SchKG §§ 3, 8).',
    },
    foundInAbi: true,
  },
  {
    ...kkg4,
    code: 'addiction_counselling_centre',
    category: 'counselling',
    label: { de: 'Suchtberatung', en: 'Addiction counselling centre' },
    description: {
      de: 'Beratung für suchtkranke Menschen und Angehörige; Berufsgeheimnisträger nach § 4 KKG.',
      en: 'Counselling for addicted people and their relatives; § 4 KKG professionals.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'debt_counselling_centre',
    category: 'counselling',
    label: { de: 'Schuldnerberatung', en: 'Debt counselling centre' },
    description: {
      de: 'Schuldnerberatung, etwa für Frauenhausbewohnerinnen und Kundinnen und Kunden des Jobcenters.',
      en: 'Debt counselling, for example for shelter residents and Jobcenter clients.',
    },
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'migration_counselling',
    category: 'counselling',
    label: { de: 'Migrationsberatung (MBE / JMD)', en: 'Migration counselling (MBE / JMD)' },
    description: {
      de: 'Beratung zu aufenthaltsrechtlichen Fragen und zur Integration.',
      en: 'Advice on residence-law questions and integration.',
    },
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'disability_counselling_eutb',
    category: 'counselling',
    label: {
      de: 'Ergänzende unabhängige Teilhabeberatung (EUTB)',
      en: 'Independent disability counselling (EUTB)',
    },
    description: {
      de: 'Unabhängige Beratung zu Teilhabe und Rehabilitation für Menschen mit Behinderung.',
      en: 'Independent advice on participation and rehabilitation for people with disabilities.',
    },
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'interpreting_service',
    category: 'counselling',
    label: { de: 'Sprachmittlung', en: 'Interpreting service' },
    description: {
      de: 'Dolmetschen und Sprachmittlung für Beratung, Behörden und Gericht.',
      en: 'Interpreting for counselling, authorities and courts.',
    },
    foundInAbi: false,
    // In the §8.1 glossary and §3 but not in §8.2; route R20 needs it as a target.
    origin: 'glossary',
  },
  // Health
  {
    ...kkg4,
    code: 'public_health_office',
    category: 'health',
    label: {
      de: 'Gesundheitsamt (mit Kinder- und Jugendärztlichem Dienst)',
      en: 'Public health office',
    },
    description: {
      de: 'Öffentlicher Gesundheitsdienst, Schuleingangsuntersuchungen.',
      en: 'Public health service, school-entry examinations.',
    },
    foundInAbi: false,
  },
  {
    ...kkg4,
    code: 'social_psychiatric_service',
    category: 'health',
    label: { de: 'Sozialpsychiatrischer Dienst', en: 'Social psychiatric service' },
    description: {
      de: 'Hilfe in psychischen Krisen; Teil des Gesundheitsamts.',
      en: 'Help in mental-health crises; part of the public health office.',
    },
    foundInAbi: false,
  },
  {
    ...kkg4,
    code: 'hospital_paediatrics',
    category: 'health',
    label: { de: 'Klinik für Kinder- und Jugendmedizin', en: 'Hospital paediatrics' },
    description: {
      de: 'Stationäre Kinder- und Jugendmedizin; Diagnostik und Dokumentation bei Verdacht auf Misshandlung.',
      en: 'Inpatient paediatrics; diagnostics and documentation when abuse is suspected.',
    },
    foundInAbi: true,
  },
  {
    ...kkg4,
    code: 'maternity_clinic',
    category: 'health',
    label: { de: 'Geburtsklinik', en: 'Maternity clinic' },
    description: {
      de: 'Geburtshilfe; Ort der Lotsendienste der Frühen Hilfen.',
      en: 'Obstetrics; where Frühe Hilfen navigator services work.',
    },
    foundInAbi: true,
  },
  {
    ...kkg4,
    code: 'hospital_child_protection_team',
    category: 'health',
    label: { de: 'Kinderschutzgruppe (Klinik)', en: 'Hospital child protection team' },
    description: {
      de: 'Interdisziplinäres Kinderschutzteam einer Klinik: Diagnostik, Dokumentation, Abklärung.',
      en: "A clinic's interdisciplinary child-protection team: diagnostics, documentation, clarification.",
    },
    foundInAbi: false,
  },
  {
    ...kkg4,
    code: 'paediatric_practice',
    category: 'health',
    label: { de: 'Kinder- und Jugendarztpraxis', en: 'Paediatric practice' },
    description: {
      de: 'Vorsorgeuntersuchungen (U-Untersuchungen), Erkennen von Anzeichen; Berufsgeheimnisträger nach § 4 KKG.',
      en: 'Check-ups (U-Untersuchungen), spotting signs; § 4 KKG professionals.',
    },
    foundInAbi: false,
  },
  {
    ...kkg4,
    code: 'gynaecology_practice',
    category: 'health',
    label: { de: 'Frauenarztpraxis', en: 'Gynaecology practice' },
    description: {
      de: 'Gynäkologische Versorgung und Schwangerenvorsorge; Weg in die Schwangerschaftsberatung.',
      en: 'Gynaecological and antenatal care; a way into pregnancy counselling.',
    },
    foundInAbi: false,
  },
  {
    ...kkg4,
    code: 'child_psychotherapy_practice',
    category: 'health',
    label: {
      de: 'Kinder- und Jugendlichenpsychotherapie',
      en: 'Child and adolescent psychotherapy practice',
    },
    description: {
      de: 'Psychotherapie für Kinder und Jugendliche; Berufsgeheimnisträger nach § 4 KKG.',
      en: 'Therapy for children and adolescents; § 4 KKG professionals.',
    },
    foundInAbi: true,
  },
  {
    ...kkg4,
    code: 'family_midwife_service',
    category: 'health',
    label: {
      de: 'Familienhebamme / Familien-Gesundheits- und Kinderkrankenpflege (FGKiKP)',
      en: 'Family midwife / family paediatric nurse (FGKiKP)',
    },
    description: {
      de: 'Hausbesuche bis zum ersten (Familienhebamme) oder dritten Geburtstag des Kindes (FGKiKP); psychosoziale Unterstützung.',
      en: "Home visits up to the child's first (family midwife) or third birthday (FGKiKP); psychosocial support.",
    },
    foundInAbi: false,
  },
  {
    ...kkg4,
    code: 'maternity_navigator_service',
    category: 'health',
    label: {
      de: 'Lotsendienst Frühe Hilfen / Babylotsen',
      en: 'Maternity navigator service (Babylotsen)',
    },
    description: {
      de: 'Screening in Geburtskliniken und Begleitung der Familien in die Frühen Hilfen.',
      en: 'Screening in maternity clinics and guiding families into Frühe Hilfen.',
    },
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'medical_child_protection_hotline',
    category: 'health',
    label: {
      de: 'Medizinische Kinderschutzhotline (§ 6 KKG)',
      en: 'Medical child protection hotline (§ 6 KKG)',
    },
    description: {
      de: 'Bundesweite telefonische Beratung im medizinischen Kinderschutz für Heilberufe, Jugendhilfe, Eingliederungshilfe und Familiengerichte; gesetzlich ab 1. Januar 2026.',
      en: 'Nationwide telephone advice on medical child protection for health professionals, youth welfare, Eingliederungshilfe and family judges; statutory from 1 January 2026.',
    },
    scope: 'federal',
    foundInAbi: false,
    // §2.1 (§ 6 KKG); route R10 needs it apart from the 116 016 helpline.
    origin: 'legal_text',
  },
  // The next three are § 3 Abs. 2 KKG partners (§2.1) that §8.2 has no code for.
  {
    ...kkg4,
    code: 'social_paediatric_centre',
    category: 'health',
    label: { de: 'Sozialpädiatrisches Zentrum (SPZ)', en: 'Social paediatric centre (SPZ)' },
    description: {
      de: 'Ambulante, interdisziplinäre Diagnostik und Behandlung von Kindern mit Entwicklungsauffälligkeiten.',
      en: 'Outpatient interdisciplinary diagnostics and treatment for children with developmental problems.',
    },
    foundInAbi: false,
    origin: 'legal_text',
  },
  {
    ...kkg4,
    code: 'early_intervention_centre',
    category: 'health',
    label: { de: 'Frühförderstelle', en: 'Early intervention centre' },
    description: {
      de: 'Frühförderung für Kinder mit Behinderung oder drohender Behinderung bis zum Schuleintritt.',
      en: 'Early intervention for children with a disability, or at risk of one, until school entry.',
    },
    foundInAbi: false,
    origin: 'legal_text',
  },
  {
    ...plain,
    code: 'mothers_convalescence_service',
    category: 'health',
    label: { de: 'Einrichtung der Müttergenesung', en: "Mothers' convalescence service" },
    description: {
      de: 'Beratung und Kuren für Mütter und für Mütter mit Kindern.',
      en: 'Advice and convalescence stays for mothers, and for mothers with their children.',
    },
    foundInAbi: false,
    origin: 'legal_text',
  },
  // Education and family
  {
    ...plain,
    code: 'childcare_centre',
    category: 'education_family',
    label: { de: 'Kindertageseinrichtung (Kita)', en: 'Childcare centre (Kita)' },
    description: {
      de: 'Früherkennung; Schutzauftrag nach § 8a Abs. 4 SGB VIII, in Anhalt-Bitterfeld mit einer Kinderschutzfachkraft je Kita.',
      en: 'Early noticing; § 8a(4) SGB VIII duty, in Anhalt-Bitterfeld with a Kinderschutzfachkraft in each Kita.',
    },
    foundInAbi: false,
  },
  {
    ...kkg4,
    code: 'school',
    category: 'education_family',
    label: { de: 'Schule', en: 'School' },
    description: {
      de: 'Erkennen von Anzeichen; Lehrkräfte sind Berufsgeheimnisträger nach § 4 KKG.',
      en: 'Noticing signs; teachers are § 4 KKG professionals.',
    },
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'family_centre',
    category: 'education_family',
    label: { de: 'Familienzentrum / Familienbildung', en: 'Family centre / family education' },
    description: {
      de: 'Niedrigschwellige Angebote für Familien und Familienbildung.',
      en: 'Low-threshold offers for families and family education.',
    },
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'multi_generation_house',
    category: 'education_family',
    label: { de: 'Mehrgenerationenhaus', en: 'Multi-generation house' },
    description: {
      de: 'Offener Treffpunkt für alle Generationen mit Familienangeboten.',
      en: 'An open meeting place for all generations with offers for families.',
    },
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'youth_club',
    category: 'education_family',
    label: { de: 'Jugendclub / Jugendfreizeiteinrichtung', en: 'Youth club' },
    description: {
      de: 'Offene Kinder- und Jugendarbeit.',
      en: 'Open youth work.',
    },
    foundInAbi: false,
  },
  // Social security and administration
  {
    ...plain,
    code: 'jobcenter',
    category: 'social_security_administration',
    label: { de: 'Jobcenter', en: 'Jobcenter' },
    description: {
      de: 'Grundsicherung nach SGB II, auch für Bewohnerinnen von Frauenhäusern; Umzugskosten.',
      en: 'Basic income under SGB II, including for shelter residents; relocation costs.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'social_welfare_office',
    category: 'social_security_administration',
    label: { de: 'Sozialamt', en: 'Social welfare office' },
    description: {
      de: 'Sozialhilfe und weitere Sozialleistungen der Kommune.',
      en: 'Social assistance and other municipal social benefits.',
    },
    foundInAbi: false,
  },
  {
    ...plain,
    code: 'equal_opportunities_officer',
    category: 'social_security_administration',
    label: { de: 'Gleichstellungsbeauftragte', en: 'Equal opportunities officer' },
    description: {
      de: 'Beruft Netzwerke ein (oft Vorsitz des Arbeitskreises), Kampagnen und Information; keine Einzelfallarbeit.',
      en: 'Convenes networks (often chairs the working group), awareness campaigns, information; no case handling.',
    },
    foundInAbi: true,
  },
  {
    ...plain,
    code: 'housing_company',
    category: 'social_security_administration',
    label: { de: 'Wohnungsunternehmen', en: 'Housing company' },
    description: {
      de: 'Vermietet Wohnraum, etwa beim Auszug aus dem Frauenhaus.',
      en: 'Rents out housing, for example when someone leaves a shelter.',
    },
    foundInAbi: false,
  },
  // The next two are § 3 Abs. 2 KKG partners (§2.1) that §8.2 has no code for.
  {
    ...plain,
    code: 'employment_agency',
    category: 'social_security_administration',
    label: { de: 'Agentur für Arbeit', en: 'Employment agency (Agentur für Arbeit)' },
    description: {
      de: 'Arbeitsvermittlung und Leistungen nach SGB III.',
      en: 'Job placement and benefits under SGB III.',
    },
    foundInAbi: false,
    origin: 'legal_text',
  },
  {
    ...plain,
    code: 'disability_support_provider',
    category: 'social_security_administration',
    label: {
      de: 'Leistungserbringer der Eingliederungshilfe',
      en: 'Disability support provider (Eingliederungshilfe)',
    },
    description: {
      de: 'Dienste und Einrichtungen der Eingliederungshilfe mit Vereinbarung nach § 125 SGB IX.',
      en: 'Disability support services with an agreement under § 125 SGB IX.',
    },
    foundInAbi: false,
    origin: 'legal_text',
  },
] as const satisfies readonly InstitutionKind<string>[];

/** Code of an institution kind, e.g. `'womens_shelter'`. */
export type InstitutionKindCode = (typeof INSTITUTION_KINDS)[number]['code'];

const kindList: readonly InstitutionKind[] = INSTITUTION_KINDS;
const kindIndex = indexByCode(kindList, 'institution kinds');
const kindCodes: ReadonlySet<string> = new Set(kindIndex.keys());

/** Narrows an untrusted string (GraphQL input, CSV cell) to an institution kind code. */
export function isInstitutionKindCode(value: unknown): value is InstitutionKindCode {
  return typeof value === 'string' && kindCodes.has(value);
}

/** The institution kind with this code. */
export function institutionKindByCode(code: InstitutionKindCode): InstitutionKind {
  return mustGet(kindIndex, code, 'institution kinds');
}

/** The kinds of one sector, in taxonomy order. */
export function institutionKindsInCategory(category: InstitutionCategory): InstitutionKindCode[] {
  return kindList.filter((kind) => kind.category === category).map((kind) => kind.code);
}

/** Kinds bound by § 4 KKG (see {@link InstitutionKind.kkg4Bound}), in taxonomy order. */
export const KKG4_BOUND_KINDS: readonly InstitutionKindCode[] = kindList
  .filter((kind) => kind.kkg4Bound)
  .map((kind) => kind.code);

/** Tells whether professionals of this kind are Berufsgeheimnisträger under § 4 Abs. 1 KKG. */
export function isKkg4Bound(code: InstitutionKindCode): boolean {
  return institutionKindByCode(code).kkg4Bound;
}

/** Tells whether institutions of this kind are anonymous lines the person calls herself. */
export function isAnonymousLine(code: InstitutionKindCode): boolean {
  return institutionKindByCode(code).anonymousLine;
}

/** Kinds whose address must never be stored: the server rejects an address for these. */
export const PROTECTED_ADDRESS_KINDS: readonly InstitutionKindCode[] = kindList
  .filter((kind) => kind.protectedAddress)
  .map((kind) => kind.code);

/** Tells whether institutions of this kind must be stored without an address. */
export function hasProtectedAddress(code: InstitutionKindCode): boolean {
  return institutionKindByCode(code).protectedAddress;
}
