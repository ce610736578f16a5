/**
 * The formats of single values people type into contact data, dates and opening hours: one rule
 * each, enforced by the server (class-validator decorators in `graphql/validation.ts`) and
 * mirrored by the client's forms (`editing/validation.ts`). Pure functions, no I/O.
 */
import isEmail from 'validator/lib/isEmail';
import isURL from 'validator/lib/isURL';

/**
 * Phone numbers as people write them in Germany: +49 30 23125 101, 0345/123456, 0345 12-34.
 * Starts with + or a digit and ends with a digit, so "(0345) 12-34" is refused.
 */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()/-]{4,24}[0-9]$/;

/** A German postal code: five digits. */
export const POSTAL_CODE_PATTERN = /^\d{5}$/;

/** A time of day as HH:MM, 00:00–23:59 (opening hours). */
export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a phone number: digits, spaces, + ( ) / - (see {@link PHONE_PATTERN}). */
export function isPhoneNumber(value: string): boolean {
  return PHONE_PATTERN.test(value);
}

/** True for a German postal code of five digits. */
export function isPostalCode(value: string): boolean {
  return POSTAL_CODE_PATTERN.test(value);
}

/** True for a time of day as HH:MM. */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME_PATTERN.test(value);
}

/** True for a real calendar date written as YYYY-MM-DD (2024-02-29 yes, 2023-02-29 no). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** True for an e-mail address with a domain (validator's `isEmail` with its defaults). */
export function isEmailAddress(value: string): boolean {
  return isEmail(value);
}

/** True for an http(s) address whose host has a top-level domain. */
export function isWebUrl(value: string): boolean {
  return isURL(value, { protocols: ['http', 'https'], require_protocol: true, require_tld: true });
}
