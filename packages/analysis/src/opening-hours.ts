/**
 * Opening hours in Europe/Berlin local time. Instants are converted with `Intl.DateTimeFormat`
 * (no date library); the UTC offset is memoised per UTC hour, which is exact because German
 * clocks change only on full UTC hours (01:00 UTC), so a search that checks thousands of
 * instants calls `Intl` a few times only.
 */
import { WEEKDAYS, type OpeningInterval, type Weekday } from '@schutznetz/domain';

/** Anything with opening hours: an institution or a service. */
export interface HasOpeningHours {
  readonly openingHours: readonly OpeningInterval[];
  readonly available24x7: boolean;
}

/** Wall-clock time in Europe/Berlin. */
export interface BerlinLocalTime {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly weekday: Weekday;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

/** Whether someone can be reached at a moment: around the clock, in opening hours, or not. */
export type Availability = 'open_24_7' | 'open' | 'closed' | 'unknown';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

const offsetCache = new Map<number, number>();

/** The Europe/Berlin UTC offset in minutes at epoch milliseconds `ms` (60 or 120). */
export function berlinOffsetMinutes(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  const cached = offsetCache.get(hour);
  if (cached !== undefined) return cached;
  const start = hour * HOUR_MS;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatter.formatToParts(new Date(start))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const local = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  const offset = Math.round((local - start) / MINUTE_MS);
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(hour, offset);
  return offset;
}

/** Parses an ISO 8601 instant (or takes epoch milliseconds); throws on an invalid one. */
export function toEpochMs(at: string | number): number {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`not a valid instant: ${String(at)}`);
  return ms;
}

// Date#getUTCDay counts from Sunday; WEEKDAYS starts on Monday.
const WEEKDAY_BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The Europe/Berlin wall-clock time of an instant, DST included. */
export function berlinLocalTime(at: string | number): BerlinLocalTime {
  const ms = toEpochMs(at);
  const local = new Date(ms + berlinOffsetMinutes(ms) * MINUTE_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: WEEKDAY_BY_UTC_DAY[local.getUTCDay()] ?? 'mon',
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/**
 * The instant of a Europe/Berlin wall-clock time. A time skipped by the spring change maps to
 * the instant an hour later on the clock; a time repeated in autumn to its first occurrence.
 */
export function instantFromBerlinLocal(
  year: number,
  month: number,
  day: number,
  minutes: number,
): number {
  const naive = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
  const before = berlinOffsetMinutes(naive - 120 * MINUTE_MS);
  const guess = naive - before * MINUTE_MS;
  const offset = berlinOffsetMinutes(guess);
  if (offset === before) return guess;
  const corrected = naive - offset * MINUTE_MS;
  return berlinOffsetMinutes(corrected) === offset ? corrected : Math.max(guess, corrected);
}

const minutesCache = new Map<string, number>();

/** "HH:MM" as minutes since midnight; "24:00" is the end of the day. */
export function parseClock(clock: string): number {
  let minutes = minutesCache.get(clock);
  if (minutes === undefined) {
    const match = /^(\d{1,2}):(\d{2})$/.exec(clock);
    if (match === null) throw new RangeError(`not a clock time: ${clock}`);
    minutes = Number(match[1]) * 60 + Number(match[2]);
    minutesCache.set(clock, minutes);
  }
  return minutes;
}

function isOpenLocal(intervals: readonly OpeningInterval[], local: BerlinLocalTime): boolean {
  return intervals.some(
    (interval) =>
      interval.day === local.weekday &&
      parseClock(interval.opens) <= local.minutes &&
      local.minutes < parseClock(interval.closes),
  );
}

/**
 * Whether `holder` can be reached at `at`: `open_24_7`, `open` in its hours, `closed`, or
 * `unknown` when it is not 24/7 and lists no hours at all.
 */
export function availabilityAt(holder: HasOpeningHours, at: string | number): Availability {
  if (holder.available24x7) return 'open_24_7';
  if (holder.openingHours.length === 0) return 'unknown';
  return isOpenLocal(holder.openingHours, berlinLocalTime(at)) ? 'open' : 'closed';
}

/** Whether `holder` is open at `at` (24/7 counts; unknown hours do not). */
export function isOpenAt(holder: HasOpeningHours, at: string | number): boolean {
  const availability = availabilityAt(holder, at);
  return availability === 'open' || availability === 'open_24_7';
}

/**
 * The first instant at or after `at` when `holder` is open, in epoch milliseconds: `at` itself
 * when it is open (or 24/7), `null` when it lists no hours. Looks at most eight days ahead.
 */
export function nextOpeningAt(holder: HasOpeningHours, at: string | number): number | null {
  const ms = toEpochMs(at);
  if (holder.available24x7) return ms;
  if (holder.openingHours.length === 0) return null;
  const local = berlinLocalTime(ms);
  if (isOpenLocal(holder.openingHours, local)) return ms;
  const firstDay = WEEKDAYS.indexOf(local.weekday);
  for (let offset = 0; offset <= 7; offset += 1) {
    const weekday = WEEKDAYS[(firstDay + offset) % 7];
    let earliest = DAY_MINUTES;
    for (const interval of holder.openingHours) {
      if (interval.day !== weekday) continue;
      const opens = parseClock(interval.opens);
      if (opens < parseClock(interval.closes) && (offset > 0 || opens > local.minutes)) {
        earliest = Math.min(earliest, opens);
      }
    }
    if (earliest < DAY_MINUTES) {
      const date = new Date(Date.UTC(local.year, local.month - 1, local.day + offset));
      return instantFromBerlinLocal(
        date.getUTCFullYear(),
        date.getUTCMonth() + 1,
        date.getUTCDate(),
        earliest,
      );
    }
  }
  return null;
}
