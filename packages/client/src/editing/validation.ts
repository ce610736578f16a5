/**
 * Client-side checks that mirror the server's (class-validator rules in
 * `packages/server/src/graphql/validation.ts` and the `*.input.ts` files, and the cross-field
 * rules of the services). They only save a round trip: the server checks again and its
 * `BAD_USER_INPUT` errors are shown at their field as well.
 */
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

/** Same pattern as the server's `PHONE_PATTERN`: +49 30 23125 101, 0345/123456, (0345) 12-34. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()/-]{4,24}[0-9]$/;
export const POSTAL_CODE_PATTERN = /^\d{5}$/;
/** Same as the server's opening-time pattern: HH:MM, 00:00–23:59. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real calendar date written as YYYY-MM-DD (the server's `isIsoDate`). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * An e-mail address with a domain, close to validator's `isEmail` defaults: one @, a local part
 * of at most 64 characters without spaces, a host with a top-level domain of 2+ letters.
 */
export function isEmailAddress(value: string): boolean {
  const match = /^([^\s@]+)@([^\s@]+)$/.exec(value);
  if (!match) return false;
  const [, local = '', host = ''] = match;
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return false;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return (
    labels.length >= 2 &&
    labels.every((label) =>
      /^[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?$/i.test(label),
    ) &&
    /^[a-z\u00a1-\uffff]{2,}$/i.test(tld)
  );
}

/** An http(s) address with a host that has a top-level domain (the server's `IsWebUrl`). */
export function isWebUrl(value: string): boolean {
  if (/\s/.test(value) || !/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    const labels = url.hostname.split('.');
    return labels.length >= 2 && /^[a-z\u00a1-\uffff]{2,}$/i.test(labels[labels.length - 1] ?? '');
  } catch {
    return false;
  }
}

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
  const pattern: Partial<Record<FieldSpec['kind'], [(v: string) => boolean, Problem['key']]>> = {
    email: [isEmailAddress, 'email'],
    phone: [(v) => PHONE_PATTERN.test(v), 'phone'],
    url: [isWebUrl, 'url'],
    postalCode: [(v) => POSTAL_CODE_PATTERN.test(v), 'postalCode'],
    date: [isIsoDate, 'date'],
  };
  const check = pattern[spec.kind];
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
      if (!TIME_PATTERN.test(row.opens)) nested[`${path}.opens`] = [{ key: 'time' }];
      if (!TIME_PATTERN.test(row.closes)) nested[`${path}.closes`] = [{ key: 'time' }];
      else if (TIME_PATTERN.test(row.opens) && row.closes <= row.opens) {
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
