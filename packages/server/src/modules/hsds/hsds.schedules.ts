/**
 * Opening hours ↔ HSDS schedules. Each distinct time span becomes one weekly schedule with the
 * days it applies (RFC 5545 BYDAY: "MO,TU"), times as "HH:MM" local time (Europe/Berlin; HSDS's
 * numeric `timezone` cannot say "summer time", so it is left out and the description says so).
 * Round the clock (24/7) is one schedule without days, recognised by its `description`.
 */
import { WEEKDAYS, type OpeningInterval, type Weekday } from '@schutznetz/domain';
import { hsdsId } from './hsds.ids';
import type { HsdsSchedule } from './hsds.types';

const BYDAY: Readonly<Record<Weekday, string>> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

const DAY_DE: Readonly<Record<Weekday, string>> = {
  mon: 'Mo',
  tue: 'Di',
  wed: 'Mi',
  thu: 'Do',
  fri: 'Fr',
  sat: 'Sa',
  sun: 'So',
};

/** The description of the one schedule of a place open round the clock. */
export const ROUND_THE_CLOCK = 'Rund um die Uhr erreichbar (24/7)';

/** The schedules of an owner (`{ service_id }` or `{ location_id }`) with id parts `idParts`. */
export function schedulesOf(
  owner: { service_id: string } | { location_id: string },
  ownerKey: string,
  hours: readonly OpeningInterval[],
  available24x7: boolean,
): HsdsSchedule[] {
  const spans = new Map<string, Weekday[]>();
  for (const interval of hours) {
    const key = `${interval.opens}-${interval.closes}`;
    spans.set(key, [...(spans.get(key) ?? []), interval.day]);
  }
  const schedules: HsdsSchedule[] = [...spans].map(([key, days]) => {
    const [opens, closes] = key.split('-') as [string, string];
    const ordered = WEEKDAYS.filter((day) => days.includes(day));
    return {
      id: hsdsId('schedule', ownerKey, key),
      ...owner,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: ordered.map((day) => BYDAY[day]).join(','),
      opens_at: opens,
      closes_at: closes,
      description: `${ordered.map((day) => DAY_DE[day]).join(', ')} ${opens}–${closes} Uhr (Ortszeit)`,
    };
  });
  if (available24x7) {
    schedules.unshift({
      id: hsdsId('schedule', ownerKey, '24x7'),
      ...owner,
      description: ROUND_THE_CLOCK,
    });
  }
  return schedules;
}

/** What the import reads of a schedule (any HSDS source: fields may be null). */
export interface ScheduleFields {
  readonly freq?: string | null;
  readonly byday?: string | null;
  readonly opens_at?: string | null;
  readonly closes_at?: string | null;
  readonly description?: string | null;
}

const WEEKDAY_OF = new Map(Object.entries(BYDAY).map(([day, code]) => [code, day as Weekday]));
const TIME = /^(\d{2}):(\d{2})/;

/** Opening hours of weekly schedules (days and times), sorted as the week runs. */
export function openingHoursOf(schedules: readonly ScheduleFields[]): OpeningInterval[] {
  const hours = schedules.flatMap((schedule) => {
    const opens = TIME.exec(schedule.opens_at ?? '')?.[0];
    const closes = TIME.exec(schedule.closes_at ?? '')?.[0];
    if (schedule.freq === 'MONTHLY' || opens === undefined || closes === undefined) return [];
    const days = (schedule.byday ?? '').split(',').map((code) => WEEKDAY_OF.get(code.trim()));
    return days.flatMap((day) => (day ? [{ day, opens, closes }] : []));
  });
  return hours.sort(
    (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens),
  );
}

/** True when one of the schedules says round the clock. */
export function isRoundTheClock(schedules: readonly ScheduleFields[]): boolean {
  return schedules.some((schedule) => schedule.description === ROUND_THE_CLOCK);
}
