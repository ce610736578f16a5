import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** One opening interval as the API gives it (Berlin time). */
export interface WeeklyInterval {
  readonly day: string;
  readonly opens: string;
  readonly closes: string;
}

/** The API's weekdays, Monday first. */
const WEEK = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;

/** Short weekday names in `language`, Monday first ("Mo", "Di" … in German). */
export function shortDayNames(language: string): readonly string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return WEEK.map((_, index) => format.format(new Date(Date.UTC(2024, 0, 1 + index))));
}

/**
 * A week of opening hours in one line for a printed card: days with the same hours run together
 * ("Mo–Do 08:00–16:00; Fr 08:00–12:00"); days without hours are left out. Empty for no hours.
 */
export function weeklyHoursText(
  intervals: readonly WeeklyInterval[],
  dayNames: readonly string[],
): string {
  const perDay = WEEK.map((day) =>
    intervals
      .filter((interval) => interval.day === day)
      .map((interval) => `${interval.opens}–${interval.closes}`)
      .sort()
      .join(', '),
  );
  const parts: string[] = [];
  let start = 0;
  for (let index = 1; index <= WEEK.length; index += 1) {
    if (index < WEEK.length && perDay[index] === perDay[start]) continue;
    const hours = perDay[start] ?? '';
    if (hours !== '') {
      const first = dayNames[start] ?? '';
      const last = dayNames[index - 1] ?? '';
      parts.push(`${index - 1 === start ? first : `${first}–${last}`} ${hours}`);
    }
    start = index;
  }
  return parts.join('; ');
}

/** `weeklyHoursText` with the UI language's day names ("Mo–Fr 08:00–16:00" in German). */
export function useWeeklyHoursText(): (intervals: readonly WeeklyInterval[]) => string {
  const { i18n } = useTranslation();
  const days = useMemo(() => shortDayNames(i18n.language), [i18n.language]);
  return useCallback((intervals) => weeklyHoursText(intervals, days), [days]);
}
