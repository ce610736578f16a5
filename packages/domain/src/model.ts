/**
 * The graph model as plain data: what a node or relationship holds, independent of Neo4j and of
 * GraphQL. Repositories return these shapes; the demo data is written in them.
 * See docs/decisions/004-graph-model.md.
 */
import type {
  ConsentRequirement,
  DataMode,
  ReferralRouteId,
  Urgency,
} from './taxonomy/referral-routes';
import type { InstitutionKindCode } from './taxonomy/institution-kinds';
import type { NetworkKindCode } from './taxonomy/network-kinds';
import type { RegionCode, RegionDefinition } from './region/definition';
import type { TargetGroupCode } from './taxonomy/target-groups';
import type { TopicCode } from './taxonomy/topics';

/** ISO 639-1 codes of the languages services and people work in. */
export const LANGUAGES = [
  'de',
  'en',
  'ru',
  'uk',
  'ar',
  'pl',
  'tr',
  'fa',
  'ku',
  'ro',
  'vi',
  'fr',
  'dgs', // Deutsche Gebärdensprache (no ISO 639-1 code)
] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

/** Accessibility features of a site or service. */
export const ACCESSIBILITY_FEATURES = [
  'step_free_access',
  'accessible_toilet',
  'hearing_loop',
  'sign_language',
  'easy_language',
  'home_visits',
  'online_counselling',
  'phone_counselling',
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening interval, local time (Europe/Berlin), "HH:MM"; `closes` after `opens`. */
export interface OpeningInterval {
  readonly day: Weekday;
  readonly opens: string;
  readonly closes: string;
}

/** Bookkeeping every node carries. */
export interface NodeMeta {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Optimistic concurrency: an update names the version it read. */
  readonly version: number;
  readonly updatedBy: string;
}

/** Qualifications recognised in the network (InsoFa = insoweit erfahrene Fachkraft, § 8a SGB VIII). */
export const QUALIFICATIONS = [
  'insofa',
  'childcare_child_protection_lead',
  'family_midwife',
  'fgkikp',
  'trauma_counselling',
  'victim_protection_officer',
  'school_social_work',
  'systemic_counselling',
  'addiction_counselling',
  'forensic_interviewing',
] as const;
export type QualificationCode = (typeof QUALIFICATIONS)[number];

export const EXPERTISE_LEVELS = ['basic', 'advanced', 'expert'] as const;
export type ExpertiseLevel = (typeof EXPERTISE_LEVELS)[number];

/** Why a professional may be listed (GDPR Art. 6): consent, or a public function role contact. */
export const LISTING_BASES = ['consent', 'public_function', 'role_contact'] as const;
export type ListingBasis = (typeof LISTING_BASES)[number];

export const MEMBERSHIP_ROLES = ['member', 'coordinator', 'guest'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const GAP_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

export const COSTS = ['free', 'health_insurance', 'fee', 'means_tested'] as const;
export type Cost = (typeof COSTS)[number];

export interface InstitutionData {
  readonly id: string;
  readonly name: string;
  readonly kind: InstitutionKindCode;
  readonly operator: string | null;
  readonly municipality: RegionCode;
  /** Always null for kinds with a protected address (women's shelters). */
  readonly street: string | null;
  readonly postalCode: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly website: string | null;
  readonly openingHours: readonly OpeningInterval[];
  readonly available24x7: boolean;
  readonly languages: readonly LanguageCode[];
  readonly accessibility: readonly AccessibilityFeature[];
  readonly sourceUrl: string | null;
  readonly lastVerifiedAt: string | null;
  readonly isFictional: boolean;
}

export interface PersonData {
  readonly id: string;
  /** Null for a role contact without a name (e.g. "Team Frauenhaus"). */
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly functionTitle: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly languages: readonly LanguageCode[];
  readonly qualifications: readonly QualificationCode[];
  readonly listingBasis: ListingBasis;
  readonly isFictional: boolean;
}

export interface WorksAtData {
  readonly personId: string;
  readonly institutionId: string;
  readonly role: string;
  readonly since: string | null;
}

export interface ExpertiseData {
  readonly personId: string;
  readonly topic: TopicCode;
  readonly level: ExpertiseLevel;
  readonly qualification: QualificationCode | null;
  readonly since: string | null;
  readonly validUntil: string | null;
}

export interface ServiceData {
  readonly id: string;
  readonly institutionId: string;
  readonly name: string;
  readonly description: string | null;
  readonly topics: readonly TopicCode[];
  readonly targetGroups: readonly TargetGroupCode[];
  readonly minAge: number | null;
  readonly maxAge: number | null;
  readonly languages: readonly LanguageCode[];
  readonly area: readonly RegionCode[];
  readonly openingHours: readonly OpeningInterval[];
  readonly available24x7: boolean;
  readonly selfReferral: boolean;
  readonly consentRequired: boolean;
  readonly cost: Cost;
  readonly accessibility: readonly AccessibilityFeature[];
  /** Places (e.g. shelter family places); null when the service has no places. */
  readonly capacityTotal: number | null;
  readonly capacityFree: number | null;
  readonly capacityReportedAt: string | null;
  /** Interpreting (Sprachmittlung) can be arranged: the service is open to any language. */
  readonly interpreting: boolean;
  /**
   * Sons who come with their mother are admitted up to this age (completed years, inclusive),
   * as women's shelters record it; null when the service records no such limit.
   */
  readonly boysMaxAge: number | null;
}

export interface ReferralPathData {
  readonly id: string;
  readonly fromId: string;
  readonly toId: string;
  readonly routeTemplate: ReferralRouteId | null;
  readonly topics: readonly TopicCode[];
  readonly consent: ConsentRequirement;
  readonly dataMode: DataMode;
  readonly urgency: Urgency;
  /** Typical response time in hours. */
  readonly responseHours: number | null;
  readonly formalAgreement: boolean;
  readonly afterHours: 'available_24_7' | 'next_working_day' | 'not_applicable' | 'unknown';
  readonly conditions: string | null;
}

export interface NetworkData {
  readonly id: string;
  readonly name: string;
  readonly kind: NetworkKindCode;
  readonly description: string | null;
  readonly area: readonly RegionCode[];
}

export interface MembershipData {
  readonly networkId: string;
  /** An institution or a person. */
  readonly memberId: string;
  readonly role: MembershipRole;
  readonly since: string | null;
}

export interface MeetingData {
  readonly id: string;
  readonly networkIds: readonly string[];
  readonly title: string;
  readonly kind: 'meeting' | 'conference';
  readonly date: string;
  readonly location: string | null;
  readonly isFictionalDate: boolean;
  readonly summary: string | null;
  /** Institutions and people that took part. */
  readonly participantIds: readonly string[];
}

export interface TrainingData {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly provider: string | null;
  readonly topics: readonly TopicCode[];
  /** The conference (Fachtag) the training was a workshop of, if any. */
  readonly meetingId: string | null;
  readonly participantIds: readonly string[];
  readonly completed: boolean;
}

/** Anonymised lessons only: never facts of a case, never data about a person helped. */
export interface CaseReviewData {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly networkId: string | null;
  readonly routeTemplate: ReferralRouteId | null;
  readonly lessons: string;
  readonly actionItems: readonly string[];
  readonly gapIds: readonly string[];
}

export interface GapData {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly topic: TopicCode | null;
  readonly area: readonly RegionCode[];
  readonly reportedByKind: InstitutionKindCode | null;
  readonly networkId: string | null;
  readonly date: string;
  readonly status: GapStatus;
  readonly isTrainingNeed: boolean;
}

/** A whole data set: what the demo seed and a backup hold. */
export interface GraphDataSet {
  readonly institutions: readonly InstitutionData[];
  readonly people: readonly PersonData[];
  readonly worksAt: readonly WorksAtData[];
  readonly expertise: readonly ExpertiseData[];
  readonly services: readonly ServiceData[];
  readonly referralPaths: readonly ReferralPathData[];
  readonly networks: readonly NetworkData[];
  readonly memberships: readonly MembershipData[];
  readonly meetings: readonly MeetingData[];
  readonly trainings: readonly TrainingData[];
  readonly caseReviews: readonly CaseReviewData[];
  readonly gaps: readonly GapData[];
  /**
   * The loaded region (decision 030) the data refers to, as its region file; absent or null in a
   * data set without one (the analyses then know no municipalities).
   */
  readonly region?: RegionDefinition | null;
}
