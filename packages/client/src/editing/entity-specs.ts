/**
 * The fields of each edit form with the server's rules for them, transcribed from the
 * `*.input.ts` files of the server modules (lengths, ranges, list sizes, required fields) and
 * the services' cross-field rules. A test pins them, so a change on the server is noticed here.
 */
import type { FieldSpec } from './form-model';
import { OPTION_VALUES, isProtectedAddressKind } from './options';
import {
  ageOrder,
  capacityFits,
  differentEnds,
  personNameAndBasis,
  protectedAddress,
  sinceBeforeValidUntil,
  type CrossFieldRule,
} from './validation';

const MAX_AGE = 120;
const MAX_PLACES = 100_000;
const MAX_RESPONSE_HOURS = 24 * 365;

export const INSTITUTION_FIELDS: readonly FieldSpec[] = [
  { name: 'name', kind: 'text', required: true, length: [2, 200] },
  {
    name: 'kind',
    kind: 'select',
    required: true,
    optionSet: 'institutionKind',
    options: OPTION_VALUES.institutionKind,
  },
  {
    name: 'municipality',
    kind: 'select',
    required: true,
    optionSet: 'region',
    options: OPTION_VALUES.region,
  },
  { name: 'operator', kind: 'text', length: [2, 200] },
  { name: 'street', kind: 'text', length: [3, 200] },
  { name: 'postalCode', kind: 'postalCode' },
  { name: 'phone', kind: 'phone' },
  { name: 'email', kind: 'email' },
  { name: 'website', kind: 'url' },
  { name: 'openingHours', kind: 'openingHours' },
  { name: 'available24x7', kind: 'checkbox' },
  {
    name: 'languages',
    kind: 'multiselect',
    optionSet: 'language',
    options: OPTION_VALUES.language,
  },
  {
    name: 'accessibility',
    kind: 'multiselect',
    optionSet: 'accessibility',
    options: OPTION_VALUES.accessibility,
  },
  { name: 'sourceUrl', kind: 'url' },
  { name: 'lastVerifiedAt', kind: 'date' },
];

export const INSTITUTION_RULES: readonly CrossFieldRule[] = [
  protectedAddress(isProtectedAddressKind),
];

export const PERSON_FIELDS: readonly FieldSpec[] = [
  { name: 'givenName', kind: 'text', length: [1, 100] },
  { name: 'familyName', kind: 'text', length: [1, 100] },
  { name: 'functionTitle', kind: 'text', required: true, length: [2, 200] },
  {
    name: 'listingBasis',
    kind: 'select',
    required: true,
    optionSet: 'listingBasis',
    options: OPTION_VALUES.listingBasis,
  },
  { name: 'email', kind: 'email' },
  { name: 'phone', kind: 'phone' },
  {
    name: 'languages',
    kind: 'multiselect',
    optionSet: 'language',
    options: OPTION_VALUES.language,
  },
  {
    name: 'qualifications',
    kind: 'multiselect',
    optionSet: 'qualification',
    options: OPTION_VALUES.qualification,
  },
];

export const PERSON_RULES: readonly CrossFieldRule[] = [personNameAndBasis];

export const EXPERTISE_FIELDS: readonly FieldSpec[] = [
  {
    name: 'topic',
    kind: 'select',
    required: true,
    optionSet: 'topic',
    options: OPTION_VALUES.topic,
  },
  {
    name: 'level',
    kind: 'select',
    required: true,
    optionSet: 'expertiseLevel',
    options: OPTION_VALUES.expertiseLevel,
  },
  {
    name: 'qualification',
    kind: 'select',
    optionSet: 'qualification',
    options: OPTION_VALUES.qualification,
  },
  { name: 'since', kind: 'date' },
  { name: 'validUntil', kind: 'date' },
];

export const EXPERTISE_RULES: readonly CrossFieldRule[] = [sinceBeforeValidUntil];

export const EMPLOYMENT_FIELDS: readonly FieldSpec[] = [
  { name: 'institutionId', kind: 'entity', required: true, searchKinds: ['INSTITUTION'] },
  { name: 'role', kind: 'text', required: true, length: [2, 100] },
  { name: 'since', kind: 'date' },
];

export const SERVICE_FIELDS: readonly FieldSpec[] = [
  { name: 'name', kind: 'text', required: true, length: [2, 200] },
  { name: 'description', kind: 'textarea', length: [2, 2000] },
  {
    name: 'topics',
    kind: 'multiselect',
    required: true,
    items: [1, 50],
    optionSet: 'topic',
    options: OPTION_VALUES.topic,
  },
  {
    name: 'targetGroups',
    kind: 'multiselect',
    items: [0, 50],
    optionSet: 'targetGroup',
    options: OPTION_VALUES.targetGroup,
  },
  {
    name: 'area',
    kind: 'multiselect',
    items: [0, 100],
    optionSet: 'region',
    options: OPTION_VALUES.region,
  },
  { name: 'minAge', kind: 'integer', range: [0, MAX_AGE] },
  { name: 'maxAge', kind: 'integer', range: [0, MAX_AGE] },
  {
    name: 'languages',
    kind: 'multiselect',
    optionSet: 'language',
    options: OPTION_VALUES.language,
  },
  { name: 'openingHours', kind: 'openingHours' },
  { name: 'available24x7', kind: 'checkbox' },
  { name: 'selfReferral', kind: 'checkbox' },
  { name: 'consentRequired', kind: 'checkbox' },
  { name: 'cost', kind: 'select', optionSet: 'cost', options: OPTION_VALUES.cost },
  {
    name: 'accessibility',
    kind: 'multiselect',
    optionSet: 'accessibility',
    options: OPTION_VALUES.accessibility,
  },
  { name: 'capacityTotal', kind: 'integer', range: [0, MAX_PLACES] },
  { name: 'capacityFree', kind: 'integer', range: [0, MAX_PLACES] },
];

export const SERVICE_RULES: readonly CrossFieldRule[] = [ageOrder, capacityFits];

/** The ends of a referral path; only set when it is created (they cannot change after). */
export const REFERRAL_END_FIELDS: readonly FieldSpec[] = [
  { name: 'fromId', kind: 'entity', required: true, searchKinds: ['INSTITUTION'] },
  { name: 'toId', kind: 'entity', required: true, searchKinds: ['INSTITUTION'] },
];

export const REFERRAL_FIELDS: readonly FieldSpec[] = [
  {
    name: 'routeTemplate',
    kind: 'select',
    optionSet: 'routeTemplate',
    options: OPTION_VALUES.routeTemplate,
  },
  {
    name: 'topics',
    kind: 'multiselect',
    items: [0, 50],
    optionSet: 'topic',
    options: OPTION_VALUES.topic,
  },
  {
    name: 'consent',
    kind: 'select',
    required: true,
    optionSet: 'consent',
    options: OPTION_VALUES.consent,
  },
  {
    name: 'dataMode',
    kind: 'select',
    required: true,
    optionSet: 'dataMode',
    options: OPTION_VALUES.dataMode,
  },
  {
    name: 'urgency',
    kind: 'select',
    required: true,
    optionSet: 'urgency',
    options: OPTION_VALUES.urgency,
  },
  { name: 'responseHours', kind: 'integer', range: [0, MAX_RESPONSE_HOURS] },
  { name: 'formalAgreement', kind: 'checkbox' },
  {
    name: 'afterHours',
    kind: 'select',
    optionSet: 'afterHours',
    options: OPTION_VALUES.afterHours,
  },
  { name: 'conditions', kind: 'textarea', length: [2, 1000] },
];

export const REFERRAL_RULES: readonly CrossFieldRule[] = [differentEnds];

export const MEMBERSHIP_FIELDS: readonly FieldSpec[] = [
  { name: 'memberId', kind: 'entity', required: true, searchKinds: ['INSTITUTION', 'PERSON'] },
  {
    name: 'role',
    kind: 'select',
    required: true,
    optionSet: 'membershipRole',
    options: OPTION_VALUES.membershipRole,
  },
  { name: 'since', kind: 'date' },
];

export const MEETING_FIELDS: readonly FieldSpec[] = [
  { name: 'title', kind: 'text', required: true, length: [2, 200] },
  {
    name: 'kind',
    kind: 'select',
    required: true,
    optionSet: 'meetingKind',
    options: OPTION_VALUES.meetingKind,
  },
  { name: 'date', kind: 'date', required: true },
  { name: 'location', kind: 'text', length: [2, 200] },
  { name: 'summary', kind: 'textarea', length: [0, 4000] },
  { name: 'networkIds', kind: 'multiselect', items: [0, 20], optionSet: 'network' },
];
