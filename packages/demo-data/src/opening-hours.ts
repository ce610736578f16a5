/**
 * Opening-hour patterns the demo institutions and services share. Times are local
 * (Europe/Berlin); a 24/7 service has no intervals and sets `available24x7` instead.
 */
import type { OpeningInterval, Weekday } from '@schutznetz/domain';

export const WORKING_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** One interval on each of `days`. */
export function openOn(days: readonly Weekday[], opens: string, closes: string): OpeningInterval[] {
  return days.map((day) => ({ day, opens, closes }));
}

/** Public hours of a county office (Sprechzeiten): mornings, two long afternoons. */
export const AUTHORITY_HOURS: readonly OpeningInterval[] = [
  ...openOn(['mon', 'tue', 'thu', 'fri'], '09:00', '12:00'),
  { day: 'tue', opens: '13:00', closes: '18:00' },
  { day: 'thu', opens: '13:00', closes: '15:30' },
];

/** A counselling centre: full days Monday to Thursday, Friday mornings. */
export const COUNSELLING_HOURS: readonly OpeningInterval[] = [
  ...openOn(['mon', 'tue', 'wed', 'thu'], '08:00', '16:00'),
  { day: 'fri', opens: '08:00', closes: '13:00' },
];

/** A counselling centre with one late evening for working parents. */
export const COUNSELLING_HOURS_LATE: readonly OpeningInterval[] = [
  ...openOn(['mon', 'wed', 'fri'], '08:00', '14:00'),
  ...openOn(['tue', 'thu'], '10:00', '19:00'),
];

/** A doctor's practice: mornings every working day, three afternoons. */
export const PRACTICE_HOURS: readonly OpeningInterval[] = [
  ...openOn(WORKING_DAYS, '08:00', '12:00'),
  ...openOn(['mon', 'tue', 'thu'], '14:00', '17:30'),
];

/** A court's Rechtsantragstelle, where protection-order applications are taken down. */
export const COURT_HOURS: readonly OpeningInterval[] = openOn(WORKING_DAYS, '08:30', '12:00');

export const KITA_HOURS: readonly OpeningInterval[] = openOn(WORKING_DAYS, '06:00', '17:00');

export const SCHOOL_HOURS: readonly OpeningInterval[] = openOn(WORKING_DAYS, '07:15', '15:30');

/** The Elterntelefon: Monday to Friday 9–17, Tuesday and Thursday until 19. */
export const ELTERNTELEFON_HOURS: readonly OpeningInterval[] = (
  ['mon', 'tue', 'wed', 'thu', 'fri'] as const
).map((day) => ({
  day,
  opens: '09:00',
  closes: day === 'tue' || day === 'thu' ? '19:00' : '17:00',
}));
