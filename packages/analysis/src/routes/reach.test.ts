import { berlinIso, reachHoursAt } from './reach';

const WEEKDAYS_8_TO_16 = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
  day,
  opens: '08:00',
  closes: '16:00',
}));
const office = { openingHours: WEEKDAYS_8_TO_16, available24x7: false };

describe('reachHoursAt: a step’s hours at the chosen moment (Europe/Berlin)', () => {
  it('is closed on a Saturday night with no hours that day and opens on Monday 08:00 (winter time)', () => {
    expect(reachHoursAt(office, '2026-03-14T23:00:00+01:00')).toEqual({
      availability: 'closed',
      todayHours: [],
      nextOpeningAt: '2026-03-16T08:00:00+01:00',
    });
  });

  it('is open on a Wednesday morning, lists that day’s hours and opens now (summer time)', () => {
    expect(reachHoursAt(office, '2026-07-08T07:30:00Z')).toEqual({
      availability: 'open',
      todayHours: [{ day: 'wed', opens: '08:00', closes: '16:00' }],
      nextOpeningAt: '2026-07-08T09:30:00+02:00',
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
      { availability: 'open_24_7', todayHours: [], nextOpeningAt: '2026-03-14T23:00:00+01:00' },
    );
    expect(
      reachHoursAt({ openingHours: [], available24x7: false }, '2026-03-14T22:00:00Z'),
    ).toEqual({ availability: 'unknown', todayHours: [], nextOpeningAt: null });
  });

  it('writes instants in Berlin local time with their offset', () => {
    expect(berlinIso('2026-01-01T00:00:00Z')).toBe('2026-01-01T01:00:00+01:00');
    expect(berlinIso('2026-06-30T22:15:00Z')).toBe('2026-07-01T00:15:00+02:00');
  });
});
