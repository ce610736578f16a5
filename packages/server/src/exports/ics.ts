/**
 * iCalendar files (RFC 5545) of meetings and trainings, for Outlook, Thunderbird and phones. Dates
 * are the county's local dates: a day without a time is an all-day entry, a local time
 * (`YYYY-MM-DDTHH:mm`) is written as floating local time, which every calendar shows as given.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';

/** One entry of a calendar. */
export interface CalendarEntry {
  /** Stable id: a re-imported file updates the entry instead of adding it twice. */
  readonly id: string;
  readonly title: string;
  /** `YYYY-MM-DD` (all day) or `YYYY-MM-DDTHH:mm` (local time). */
  readonly start: string;
  /** Same form as `start`; default: the same day, or an hour after a timed start. */
  readonly end?: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
}

export interface Calendar {
  /** The calendar's name as the app shows it. */
  readonly name: string;
  readonly entries: readonly CalendarEntry[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The domain part of every entry's UID. */
const UID_DOMAIN = 'schutznetz';

/**
 * A wall-clock moment as a Date whose UTC fields hold it: ical-generator writes a floating time
 * and an all-day date from those fields, so no time zone of the server shifts it.
 */
function wallClock(value: string, field: string): { date: Date; allDay: boolean } {
  const day = DAY.exec(value);
  if (day) return { date: new Date(`${value}T00:00:00Z`), allDay: true };
  if (LOCAL_TIME.test(value)) return { date: new Date(`${value}:00Z`), allDay: false };
  throw new Error(`${field}: expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, got "${value}"`);
}

/** The calendar as the text of an .ics file. */
export function toIcs(calendar: Calendar): string {
  const cal = ical({
    name: calendar.name,
    prodId: { company: 'Schutznetz', product: 'Schutznetz', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const entry of calendar.entries) {
    const start = wallClock(entry.start, `${entry.id}.start`);
    const end =
      entry.end !== undefined
        ? wallClock(entry.end, `${entry.id}.end`).date
        : new Date(start.date.getTime() + (start.allDay ? 24 : 1) * 3_600_000);
    cal.createEvent({
      id: `${entry.id}@${UID_DOMAIN}`,
      summary: entry.title,
      start: start.date,
      end,
      allDay: start.allDay,
      floating: !start.allDay,
      timezone: null,
      ...(entry.description === undefined ? {} : { description: entry.description }),
      ...(entry.location === undefined ? {} : { location: entry.location }),
      ...(entry.url === undefined ? {} : { url: entry.url }),
    });
  }
  return cal.toString();
}
