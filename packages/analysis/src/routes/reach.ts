/**
 * How a step of a route can be reached at a moment: whether it is open, its hours that day and
 * when it opens next, from the opening hours and 24/7 flag of a service or institution.
 */
import { WEEKDAYS, type OpeningInterval } from '@schutznetz/domain';
import {
  availabilityAt,
  berlinLocalTime,
  berlinOffsetMinutes,
  nextOpeningAt,
  toEpochMs,
  type Availability,
  type HasOpeningHours,
} from '../opening-hours';

/** Opening state of a service or institution at one moment (Europe/Berlin). */
export interface ReachHours {
  /** Open around the clock, open, closed, or unknown (no hours recorded). */
  readonly availability: Availability;
  /** The intervals of the moment's weekday, earliest first; empty when none or 24/7. */
  readonly todayHours: readonly OpeningInterval[];
  /**
   * The first moment at or after the given one when it is open, ISO 8601 with the Berlin
   * offset; the moment itself when open, null when no hours are recorded.
   */
  readonly nextOpeningAt: string | null;
  /** Open around the clock, whatever the moment. */
  readonly available24x7: boolean;
  /**
   * The whole week's intervals, Monday first and earliest first each day, for a card handed to
   * a person; empty when none are recorded or when open around the clock.
   */
  readonly weeklyHours: readonly OpeningInterval[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An instant as ISO 8601 in Europe/Berlin local time with its offset, e.g. `…T08:00:00+01:00`. */
export function berlinIso(at: string | number): string {
  const ms = toEpochMs(at);
  const offset = berlinOffsetMinutes(ms);
  const local = new Date(ms + offset * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${time}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** Whether `holder` is open at `at`, its hours that day, its next opening and its week's hours. */
export function reachHoursAt(holder: HasOpeningHours, at: string | number): ReachHours {
  const availability = availabilityAt(holder, at);
  const weekday = berlinLocalTime(at).weekday;
  const weeklyHours = holder.available24x7
    ? []
    : holder.openingHours
        .slice()
        .sort(
          (a, b) =>
            WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens),
        );
  const todayHours = weeklyHours.filter((interval) => interval.day === weekday);
  const next = nextOpeningAt(holder, at);
  return {
    availability,
    todayHours,
    nextOpeningAt: next === null ? null : berlinIso(next),
    available24x7: holder.available24x7,
    weeklyHours,
  };
}
