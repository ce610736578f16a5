/**
 * Dates and times as people in the network read them: in the active language and in the
 * county's time zone, whatever the browser's own zone. Numbers need nothing of their own:
 * translations use i18next's built-in `{{value, number}}` (Intl.NumberFormat in the active
 * language). The functions here are registered as i18next formats, so texts write
 * `{{asOf, date}}`, `{{updatedAt, timestamp}}` or `{{at, wallClock}}`.
 */

/** The time zone every moment is shown in: the network works in Saxony-Anhalt. */
export const DISPLAY_TIME_ZONE = 'Europe/Berlin';

/**
 * A number in the language's digits and grouping: 2350435 → "2.350.435" (de), "2,350,435" (en).
 * The same Intl.NumberFormat i18next's `{{value, number}}` uses, for numbers shown outside a text.
 */
export function formatNumber(
  value: number,
  language: string,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(language, options).format(value);
}

/**
 * A duration in hours as people say it, in the language's words and digits: under an hour in
 * minutes ("45 Minuten"), under two days in hours ("3,5 Stunden"), else in days ("2 Tage");
 * Intl.NumberFormat's units, one decimal at most.
 */
export function formatDuration(hours: number, language: string): string {
  const [value, unit] =
    hours < 1
      ? [Math.round(hours * 60), 'minute']
      : hours < 48
        ? [hours, 'hour']
        : [hours / 24, 'day'];
  return formatNumber(value, language, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
}

/** An instant or calendar day as the API sends it (ISO 8601), or already a Date. */
export type DateInput = Date | string | number;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** The value as a Date, or null when it is not one (an empty or malformed string). */
function toDate(value: DateInput): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A calendar day: "25.11.2026" in German, "Nov 25, 2026" in English. A plain day
 * ("2026-11-25") stays that day; an instant is the day it is in Berlin.
 */
export function formatDate(value: DateInput, language: string): string {
  if (typeof value === 'string' && CALENDAR_DAY.test(value)) {
    // A day has no time zone: read and written in UTC it cannot shift.
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(date);
}

/** An instant in Berlin time: "25.11.2026, 03:15" in German, "Nov 25, 2026, 3:15 AM" in English. */
export function formatTimestamp(value: DateInput, language: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(date);
}

/**
 * A Berlin wall-clock time as the form holds it (`YYYY-MM-DDTHH:mm`), with its weekday:
 * "Samstag, 14.03.2026, 23:00" in German, "Saturday, 03/14/2026, 11:00 PM" in English.
 * Empty for anything else, so a half-typed value shows nothing rather than nonsense.
 */
export function formatWallClock(local: string, language: string): string {
  if (!WALL_CLOCK.test(local)) return '';
  // The digits are already Berlin time: read and written in UTC they come out unchanged.
  const date = new Date(`${local.length === 16 ? `${local}:00` : local}Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
}

/** A format function as i18next calls it: value, language, options of the call. */
export type I18nFormat = (value: unknown, language: string | undefined) => string;

const asDateInput = (value: unknown): DateInput | null =>
  value instanceof Date || typeof value === 'string' || typeof value === 'number' ? value : null;

function dateFormat(format: (value: DateInput, language: string) => string): I18nFormat {
  return (value, language) => {
    const input = asDateInput(value);
    return input === null ? String(value) : format(input, language ?? 'de');
  };
}

/** The formats this app adds to i18next, by the name texts use after the comma. */
export const I18N_FORMATS: Readonly<Record<string, I18nFormat>> = {
  date: dateFormat(formatDate),
  timestamp: dateFormat(formatTimestamp),
  wallClock: (value, language) =>
    typeof value === 'string' ? formatWallClock(value, language ?? 'de') : String(value),
};
