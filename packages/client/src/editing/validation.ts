/**
 * Client-side checks that mirror the server's (class-validator rules in
 * `packages/server/src/graphql/validation.ts` and the `*.input.ts` files, and the cross-field
 * rules of the services). The format of single values (phone, postal code, e-mail, web address,
 * date, time) is the domain's rule itself, the one the server enforces (docs/decisions/016).
 * They only save a round trip: the server checks again and its `BAD_USER_INPUT` errors are
 * shown at their field as well.
 */
import {
  isClockTime,
  isEmailAddress,
  isIsoDate,
  isPhoneNumber,
  isPostalCode,
  isWebUrl,
} from '@schutznetz/domain';
import {
  isOpeningRows,
  isStringList,
  textOf,
  type FieldSpec,
  type FieldValue,
  type FormProblems,
  type FormValues,
  type Problem,
} from './form-model';

/** The domain's rule for each kind of field that holds a formatted value. */
const FORMATS: Partial<Record<FieldSpec['kind'], [(value: string) => boolean, Problem['key']]>> = {
  email: [isEmailAddress, 'email'],
  phone: [isPhoneNumber, 'phone'],
  url: [isWebUrl, 'url'],
  postalCode: [isPostalCode, 'postalCode'],
  date: [isIsoDate, 'date'],
};

function isBlank(value: FieldValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'boolean') return false;
  return value.length === 0;
}

function checkText(spec: FieldSpec, value: string): Problem[] {
  const problems: Problem[] = [];
  if (spec.length) {
    const [min, max] = spec.length;
    if (value.length < min) problems.push({ key: 'tooShort', params: { min } });
    if (value.length > max) problems.push({ key: 'tooLong', params: { max } });
  }
  const check = FORMATS[spec.kind];
  if (check && !check[0](value)) problems.push({ key: check[1] });
  if (spec.kind === 'integer') {
    if (!/^-?\d+$/.test(value.trim())) problems.push({ key: 'integer' });
    else if (spec.range) {
      const number = Number(value);
      const [min, max] = spec.range;
      if (number < min || number > max) problems.push({ key: 'range', params: { min, max } });
    }
  }
  if (spec.kind === 'select' && spec.options && !spec.options.includes(value)) {
    problems.push({ key: 'option' });
  }
  return problems;
}

/** The problems of one field's value on its own (cross-field rules are the entity's). */
export function validateField(spec: FieldSpec, value: FieldValue | undefined): FormProblems {
  if (spec.readOnly) return {};
  if (isBlank(value)) {
    if (spec.required) return { [spec.name]: [{ key: 'required' }] };
    if (!spec.items || spec.items[0] === 0) return {};
  }
  const own: Problem[] = [];
  const nested: Record<string, Problem[]> = {};
  if (typeof value === 'string') own.push(...checkText(spec, value));
  if (isStringList(value) && spec.kind === 'multiselect') {
    if (spec.items) {
      const [min, max] = spec.items;
      if (value.length < min) own.push({ key: 'tooFew', params: { min } });
      if (value.length > max) own.push({ key: 'tooMany', params: { max } });
    }
    if (spec.options && value.some((item) => !spec.options?.includes(item))) {
      own.push({ key: 'option' });
    }
  }
  if (spec.kind === 'openingHours' && isOpeningRows(value)) {
    value.forEach((row, index) => {
      const path = `${spec.name}.${index}`;
      if (!isClockTime(row.opens)) nested[`${path}.opens`] = [{ key: 'time' }];
      if (!isClockTime(row.closes)) nested[`${path}.closes`] = [{ key: 'time' }];
      else if (isClockTime(row.opens) && row.closes <= row.opens) {
        nested[`${path}.closes`] = [{ key: 'closesBeforeOpens' }];
      }
    });
    if (value.length > 50) own.push({ key: 'tooMany', params: { max: 50 } });
  }
  return own.length ? { [spec.name]: own, ...nested } : nested;
}

/** A rule across fields, as a service on the server checks it. */
export type CrossFieldRule = (values: FormValues) => FormProblems;

/** Every field's problems plus those of the cross-field rules, merged by path. */
export function validateForm(
  specs: readonly FieldSpec[],
  values: FormValues,
  rules: readonly CrossFieldRule[] = [],
): FormProblems {
  const merged: Record<string, Problem[]> = {};
  const add = (problems: FormProblems) => {
    for (const [path, list] of Object.entries(problems)) {
      (merged[path] ??= []).push(...list);
    }
  };
  for (const spec of specs) add(validateField(spec, values[spec.name]));
  for (const rule of rules) add(rule(values));
  return merged;
}

export function hasProblems(problems: FormProblems): boolean {
  return Object.values(problems).some((list) => list.length > 0);
}

// Cross-field rules of the services ----------------------------------------------------------

/** `minAge` < `maxAge` when both are given (offering.service: reported on maxAge). */
export const ageOrder: CrossFieldRule = (values): FormProblems => {
  const min = textOf(values, 'minAge').trim();
  const max = textOf(values, 'maxAge').trim();
  if (min === '' || max === '' || Number.isNaN(Number(min)) || Number.isNaN(Number(max))) return {};
  return Number(min) >= Number(max) ? { maxAge: [{ key: 'ageOrder' }] } : {};
};

/** Free places need places in total and fit into them (offering.service `checkCapacity`). */
export const capacityFits: CrossFieldRule = (values): FormProblems => {
  const free = textOf(values, 'capacityFree').trim();
  const total = textOf(values, 'capacityTotal').trim();
  if (free === '') return {};
  if (total === '') return { capacityFree: [{ key: 'capacityWithoutPlaces' }] };
  return Number(free) > Number(total)
    ? { capacityFree: [{ key: 'capacityExceeded', params: { total } }] }
    : {};
};

/**
 * A person has both names or neither (a role contact), and the listing basis fits: role
 * contacts exactly when there is no name (person.service, domain.md §6.1).
 */
export const personNameAndBasis: CrossFieldRule = (values): FormProblems => {
  const given = textOf(values, 'givenName').trim();
  const family = textOf(values, 'familyName').trim();
  const basis = textOf(values, 'listingBasis');
  const problems: Record<string, Problem[]> = {};
  if (given && !family) problems['familyName'] = [{ key: 'nameIncomplete' }];
  if (family && !given) problems['givenName'] = [{ key: 'nameIncomplete' }];
  const named = given !== '' || family !== '';
  if (basis === 'ROLE_CONTACT' && named)
    problems['listingBasis'] = [{ key: 'roleContactWithName' }];
  if (basis !== '' && basis !== 'ROLE_CONTACT' && !named)
    problems['listingBasis'] = [{ key: 'namedNeedsBasis' }];
  return problems;
};

/** The address of a protected institution (women's shelter) stays empty (domain.md §6.1). */
export function protectedAddress(isProtected: (kind: string) => boolean): CrossFieldRule {
  return (values) => {
    if (!isProtected(textOf(values, 'kind'))) return {};
    const problems: Record<string, Problem[]> = {};
    for (const field of ['street', 'postalCode']) {
      if (textOf(values, field).trim() !== '') problems[field] = [{ key: 'protectedAddress' }];
    }
    return problems;
  };
}

/** `validUntil` after `since` when both are given (person.service `checkExpertise`). */
export const sinceBeforeValidUntil: CrossFieldRule = (values): FormProblems => {
  const since = textOf(values, 'since');
  const until = textOf(values, 'validUntil');
  return since && until && until <= since ? { validUntil: [{ key: 'validUntilBeforeSince' }] } : {};
};

/** A referral path leads to another institution (referral.service). */
export const differentEnds: CrossFieldRule = (values): FormProblems => {
  const from = textOf(values, 'fromId');
  return from !== '' && from === textOf(values, 'toId')
    ? { toId: [{ key: 'sameInstitution' }] }
    : {};
};
