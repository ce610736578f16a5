/**
 * The fields of each edit form with the server's rules for them, transcribed from the
 * `*.input.ts` files of the server modules (lengths, ranges, list sizes, required fields) and
 * the services' cross-field rules. A test pins them, so a change on the server is noticed here.
 */
import type { FieldSpec } from './form-model';
import { OPTION_VALUES, isProtectedAddressKind, type FixedOptionSet } from './options';
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
/** A shelter's age limit for sons: a child's age (the API takes 0–17). */
const MAX_BOYS_AGE = 17;
const MAX_RESPONSE_HOURS = 24 * 365;

/** A choice field's option set with the values it allows, in display order. */
function choices(set: FixedOptionSet): Pick<FieldSpec, 'optionSet' | 'options'> {
  return { optionSet: set, options: OPTION_VALUES[set] };
}

/** A choice among the loaded region's places; the form reads them from the region. */
const REGION_CHOICE: Pick<FieldSpec, 'optionSet'> = { optionSet: 'region' };

export const INSTITUTION_FIELDS: readonly FieldSpec[] = [
  { name: 'name', kind: 'text', required: true, length: [2, 200] },
  {
    name: 'kind',
    kind: 'select',
    required: true,
    ...choices('institutionKind'),
  },
  {
    name: 'municipality',
    kind: 'select',
    required: true,
    ...REGION_CHOICE,
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
    ...choices('language'),
  },
  {
    name: 'accessibility',
    kind: 'multiselect',
    ...choices('accessibility'),
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
    ...choices('listingBasis'),
  },
  { name: 'email', kind: 'email' },
  { name: 'phone', kind: 'phone' },
  {
    name: 'languages',
    kind: 'multiselect',
    ...choices('language'),
  },
  {
    name: 'qualifications',
    kind: 'multiselect',
    ...choices('qualification'),
  },
];

export const PERSON_RULES: readonly CrossFieldRule[] = [personNameAndBasis];

export const EXPERTISE_FIELDS: readonly FieldSpec[] = [
  {
    name: 'topic',
    kind: 'select',
    required: true,
    ...choices('topic'),
  },
  {
    name: 'level',
    kind: 'select',
    required: true,
    ...choices('expertiseLevel'),
  },
  {
    name: 'qualification',
    kind: 'select',
    ...choices('qualification'),
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
    ...choices('topic'),
  },
  {
    name: 'targetGroups',
    kind: 'multiselect',
    items: [0, 50],
    ...choices('targetGroup'),
  },
  {
    name: 'area',
    kind: 'multiselect',
    items: [0, 100],
    ...REGION_CHOICE,
  },
  { name: 'minAge', kind: 'integer', range: [0, MAX_AGE] },
  { name: 'maxAge', kind: 'integer', range: [0, MAX_AGE] },
  {
    name: 'languages',
    kind: 'multiselect',
    ...choices('language'),
  },
  { name: 'openingHours', kind: 'openingHours' },
  { name: 'available24x7', kind: 'checkbox' },
  { name: 'selfReferral', kind: 'checkbox' },
  { name: 'consentRequired', kind: 'checkbox' },
  { name: 'interpreting', kind: 'checkbox' },
  { name: 'cost', kind: 'select', ...choices('cost') },
  {
    name: 'accessibility',
    kind: 'multiselect',
    ...choices('accessibility'),
  },
  { name: 'capacityTotal', kind: 'integer', range: [0, MAX_PLACES] },
  { name: 'capacityFree', kind: 'integer', range: [0, MAX_PLACES] },
  { name: 'boysMaxAge', kind: 'integer', range: [0, MAX_BOYS_AGE] },
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
    ...choices('routeTemplate'),
  },
  {
    name: 'topics',
    kind: 'multiselect',
    items: [0, 50],
    ...choices('topic'),
  },
  {
    name: 'consent',
    kind: 'select',
    required: true,
    ...choices('consent'),
  },
  {
    name: 'dataMode',
    kind: 'select',
    required: true,
    ...choices('dataMode'),
  },
  {
    name: 'urgency',
    kind: 'select',
    required: true,
    ...choices('urgency'),
  },
  { name: 'responseHours', kind: 'integer', range: [0, MAX_RESPONSE_HOURS] },
  { name: 'formalAgreement', kind: 'checkbox' },
  {
    name: 'afterHours',
    kind: 'select',
    ...choices('afterHours'),
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
    ...choices('membershipRole'),
  },
  { name: 'since', kind: 'date' },
];

export const MEETING_FIELDS: readonly FieldSpec[] = [
  { name: 'title', kind: 'text', required: true, length: [2, 200] },
  {
    name: 'kind',
    kind: 'select',
    required: true,
    ...choices('meetingKind'),
  },
  { name: 'date', kind: 'date', required: true },
  { name: 'location', kind: 'text', length: [2, 200] },
  { name: 'summary', kind: 'textarea', length: [0, 4000] },
  { name: 'networkIds', kind: 'multiselect', items: [0, 20], optionSet: 'network' },
];
