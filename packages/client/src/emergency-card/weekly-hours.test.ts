import { shortDayNames, weeklyHoursText } from './weekly-hours';

const GERMAN_DAYS = shortDayNames('de');
const workingDays = (opens: string, closes: string, days = ['MON', 'TUE', 'WED', 'THU']) =>
  days.map((day) => ({ day, opens, closes }));

describe('weeklyHoursText', () => {
  it('runs days with the same hours together and keeps a different Friday apart', () => {
    const text = weeklyHoursText(
      [...workingDays('08:00', '16:00'), { day: 'FRI', opens: '08:00', closes: '12:00' }],
      GERMAN_DAYS,
    );
    expect(text).toBe(
      `${GERMAN_DAYS[0]}–${GERMAN_DAYS[3]} 08:00–16:00; ${GERMAN_DAYS[4]} 08:00–12:00`,
    );
  });

  it('lists a day with a break as two intervals and leaves closed days out', () => {
    const text = weeklyHoursText(
      [
        { day: 'TUE', opens: '13:00', closes: '18:00' },
        { day: 'TUE', opens: '09:00', closes: '12:00' },
        { day: 'SAT', opens: '10:00', closes: '12:00' },
      ],
      ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
    );
    expect(text).toBe('Di 09:00–12:00, 13:00–18:00; Sa 10:00–12:00');
  });

  it('says nothing when no hours are recorded', () => {
    expect(weeklyHoursText([], GERMAN_DAYS)).toBe('');
  });

  it('names the days in German, Monday first', () => {
    expect(GERMAN_DAYS[0]).toMatch(/^Mo/);
    expect(GERMAN_DAYS[6]).toMatch(/^So/);
  });
});
