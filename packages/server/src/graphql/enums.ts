import {
  ACCESSIBILITY_FEATURES,
  COSTS,
  EXPERTISE_LEVELS,
  GAP_STATUSES,
  INSTITUTION_KINDS,
  LANGUAGES,
  LISTING_BASES,
  MEMBERSHIP_ROLES,
  NETWORK_KINDS,
  QUALIFICATIONS,
  URGENCY_ORDER,
  WEEKDAYS,
  type LocalizedLabel,
} from '@schutznetz/domain';
import { registerEnumType } from 'type-graphql';

/**
 * GraphQL enums from the domain's code lists. Names are the codes in upper case
 * (`WOMENS_SHELTER`); the server works with the codes themselves (`womens_shelter`).
 */
function codeEnum<Code extends string>(
  name: string,
  description: string,
  codes: readonly Code[],
  labels: (code: Code) => LocalizedLabel | string | undefined = () => undefined,
): Record<string, Code> {
  const values = Object.fromEntries(codes.map((code) => [code.toUpperCase(), code]));
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      codes.map((code) => {
        const label = labels(code);
        const text = typeof label === 'string' ? label : label && `${label.de} / ${label.en}`;
        return [code.toUpperCase(), { description: text ?? code.replace(/_/g, ' ') }];
      }),
    ),
  });
  return values;
}

const kindLabels = new Map(INSTITUTION_KINDS.map((kind) => [kind.code as string, kind.label]));
const networkLabels = new Map(NETWORK_KINDS.map((kind) => [kind.code as string, kind.label]));

export const InstitutionKindEnum = codeEnum(
  'InstitutionKind',
  'Kind of institution (domain.md §8.2), e.g. WOMENS_SHELTER, GENERAL_SOCIAL_SERVICE.',
  INSTITUTION_KINDS.map((kind) => kind.code),
  (code) => kindLabels.get(code),
);
export const NetworkKindEnum = codeEnum(
  'NetworkKind',
  'Kind of network, e.g. the Arbeitskreis gegen Gewalt or the Netzwerk Frühe Hilfen.',
  NETWORK_KINDS.map((kind) => kind.code),
  (code) => networkLabels.get(code),
);
export const LanguageEnum = codeEnum(
  'Language',
  'Language of a service or professional (ISO 639-1; DGS = German Sign Language).',
  LANGUAGES,
);
export const AccessibilityEnum = codeEnum(
  'Accessibility',
  'Accessibility feature of a site or service.',
  ACCESSIBILITY_FEATURES,
);
export const WeekdayEnum = codeEnum('Weekday', 'Day of the week.', WEEKDAYS);
export const QualificationEnum = codeEnum(
  'Qualification',
  'A recognised qualification, e.g. INSOFA (insoweit erfahrene Fachkraft, § 8a SGB VIII).',
  QUALIFICATIONS,
);
export const ExpertiseLevelEnum = codeEnum(
  'ExpertiseLevel',
  'How deep a professional’s expertise in a topic goes.',
  EXPERTISE_LEVELS,
);
export const ListingBasisEnum = codeEnum(
  'ListingBasis',
  'Legal basis on which a professional is listed: consent, a public function, or a role contact without a name.',
  LISTING_BASES,
);
export const MembershipRoleEnum = codeEnum(
  'MembershipRole',
  'Role of a member in a network.',
  MEMBERSHIP_ROLES,
);
export const GapStatusEnum = codeEnum('GapStatus', 'State of a recorded gap.', GAP_STATUSES);
export const CostEnum = codeEnum('Cost', 'What a service costs the person helped.', COSTS);
export const UrgencyEnum = codeEnum('Urgency', 'How fast a referral must happen.', URGENCY_ORDER);
export const ConsentEnum = codeEnum('Consent', 'Whether a referral needs consent.', [
  'required',
  'not_required',
  'inform_before',
  'not_applicable',
  'legal_basis_required',
] as const);
export const DataModeEnum = codeEnum(
  'DataMode',
  'What personal data a referral passes on: none (anonymous consultation), pseudonymised, identified with consent, or identified by law (e.g. § 8a SGB VIII, § 4 KKG).',
  ['none', 'pseudonymised', 'identified_with_consent', 'identified_by_law'] as const,
);
export const AfterHoursEnum = codeEnum(
  'AfterHours',
  'How a referral path behaves outside office hours.',
  ['available_24_7', 'next_working_day', 'not_applicable', 'unknown'] as const,
);
export const MeetingKindEnum = codeEnum(
  'MeetingKind',
  'A regular network meeting or a conference (Fachtag) with workshops.',
  ['meeting', 'conference'] as const,
);
