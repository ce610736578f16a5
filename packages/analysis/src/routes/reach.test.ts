import { berlinIso, reachHoursAt } from './reach';

const WEEKDAYS_8_TO_16 = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
  day,
  opens: '08:00',
  closes: '16:00',
}));
const office = { openingHours: WEEKDAYS_8_TO_16, available24x7: false };
const WEEK = { available24x7: false, weeklyHours: WEEKDAYS_8_TO_16 };

describe('reachHoursAt: a step’s hours at the chosen moment (Europe/Berlin)', () => {
  it('is closed on a Saturday night with no hours that day and opens on Monday 08:00 (winter time)', () => {
    expect(reachHoursAt(office, '2026-03-14T23:00:00+01:00')).toEqual({
      availability: 'closed',
      todayHours: [],
      nextOpeningAt: '2026-03-16T08:00:00+01:00',
      ...WEEK,
    });
  });

  it('is open on a Wednesday morning, lists that day’s hours and opens now (summer time)', () => {
    expect(reachHoursAt(office, '2026-07-08T07:30:00Z')).toEqual({
      availability: 'open',
      todayHours: [{ day: 'wed', opens: '08:00', closes: '16:00' }],
      nextOpeningAt: '2026-07-08T09:30:00+02:00',
      ...WEEK,
    });
  });

  it('opens the same day later when asked before opening, across the spring clock change', () => {
    // Monday 30 March 2026, 07:00 local (05:00 UTC, summer time since Sunday).
    expect(reachHoursAt(office, '2026-03-30T05:00:00Z').nextOpeningAt).toBe(
      '2026-03-30T08:00:00+02:00',
    );
  });

  it('is open around the clock for a 24/7 holder and unknown without hours', () => {
    expect(reachHoursAt({ openingHours: [], available24x7: true }, '2026-03-14T22:00:00Z')).toEqual(
      {
        availability: 'open_24_7',
        todayHours: [],
        nextOpeningAt: '2026-03-14T23:00:00+01:00',
        available24x7: true,
        weeklyHours: [],
      },
    );
    expect(
      reachHoursAt({ openingHours: [], available24x7: false }, '2026-03-14T22:00:00Z'),
    ).toEqual({
      availability: 'unknown',
      todayHours: [],
      nextOpeningAt: null,
      available24x7: false,
      weeklyHours: [],
    });
  });

  it('lists the whole week Monday first and each day earliest first, whatever the recorded order', () => {
    const recorded = [
      { day: 'fri', opens: '08:00', closes: '12:00' },
      { day: 'tue', opens: '13:00', closes: '18:00' },
      { day: 'mon', opens: '09:00', closes: '12:00' },
      { day: 'tue', opens: '09:00', closes: '12:00' },
      { day: 'sun', opens: '10:00', closes: '11:00' },
    ] as const;
    const reach = reachHoursAt(
      { openingHours: recorded, available24x7: false },
      '2026-03-17T10:00:00Z',
    );
    expect(reach.weeklyHours.map((h) => `${h.day} ${h.opens}`)).toEqual([
      'mon 09:00',
      'tue 09:00',
      'tue 13:00',
      'fri 08:00',
      'sun 10:00',
    ]);
    expect(reach.todayHours.map((h) => h.opens)).toEqual(['09:00', '13:00']);
  });

  it('gives no week of hours for a holder open around the clock, even with hours recorded', () => {
    const reach = reachHoursAt({ ...office, available24x7: true }, '2026-03-17T10:00:00Z');
    expect(reach.available24x7).toBe(true);
    expect(reach.weeklyHours).toEqual([]);
  });

  it('writes instants in Berlin local time with their offset', () => {
    expect(berlinIso('2026-01-01T00:00:00Z')).toBe('2026-01-01T01:00:00+01:00');
    expect(berlinIso('2026-06-30T22:15:00Z')).toBe('2026-07-01T00:15:00+02:00');
  });
});
