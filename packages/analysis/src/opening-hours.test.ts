import fc from 'fast-check';
import {
  availabilityAt,
  berlinLocalTime,
  instantFromBerlinLocal,
  isOpenAt,
  nextOpeningAt,
  parseClock,
} from './opening-hours';
import { OFFICE_HOURS } from './testing/fixtures';

const office = { openingHours: OFFICE_HOURS, available24x7: false };

describe('berlinLocalTime', () => {
  it('adds one hour in winter and two in summer', () => {
    expect(berlinLocalTime('2025-01-15T08:30:00Z')).toEqual({
      year: 2025,
      month: 1,
      day: 15,
      weekday: 'wed',
      minutes: 9 * 60 + 30,
    });
    expect(berlinLocalTime('2025-07-15T08:30:00Z')).toMatchObject({
      weekday: 'tue',
      minutes: 10 * 60 + 30,
    });
  });

  it('jumps from 02:00 to 03:00 on the last Sunday of March', () => {
    expect(berlinLocalTime('2025-03-30T00:59:00Z')).toMatchObject({ minutes: 60 + 59 });
    expect(berlinLocalTime('2025-03-30T01:00:00Z')).toMatchObject({ minutes: 3 * 60 });
  });

  it('passes 02:30 twice on the last Sunday of October', () => {
    expect(berlinLocalTime('2025-10-26T00:30:00Z')).toMatchObject({ minutes: 150 });
    expect(berlinLocalTime('2025-10-26T01:30:00Z')).toMatchObject({ minutes: 150 });
  });

  it('crosses midnight into the local date', () => {
    expect(berlinLocalTime('2025-01-14T23:30:00Z')).toMatchObject({
      day: 15,
      weekday: 'wed',
      minutes: 30,
    });
  });

  it('rejects an invalid instant', () => {
    expect(() => berlinLocalTime('not a date')).toThrow(RangeError);
  });
});

describe('instantFromBerlinLocal', () => {
  it('inverts berlinLocalTime for any instant outside the autumn repeat', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }), (raw) => {
        const ms = raw - (raw % 60_000);
        const local = berlinLocalTime(ms);
        const back = instantFromBerlinLocal(local.year, local.month, local.day, local.minutes);
        // Autumn's repeated hour maps to its first occurrence, an hour earlier.
        expect([ms, ms - 3_600_000]).toContain(back);
        expect(berlinLocalTime(back)).toEqual(local);
      }),
      { seed: 20250330, numRuns: 500 },
    );
  });

  it('maps a time skipped in spring to an hour later on the clock', () => {
    const instant = instantFromBerlinLocal(2025, 3, 30, 150);
    expect(new Date(instant).toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(berlinLocalTime(instant).minutes).toBe(210);
  });
});

describe('opening hours', () => {
  it('is open in office hours in local time, summer and winter alike', () => {
    expect(isOpenAt(office, '2025-01-13T07:30:00Z')).toBe(true); // Mon 08:30 CET
    expect(isOpenAt(office, '2025-01-13T06:30:00Z')).toBe(false); // Mon 07:30 CET
    expect(isOpenAt(office, '2025-07-14T06:30:00Z')).toBe(true); // Mon 08:30 CEST
    expect(isOpenAt(office, '2025-07-14T14:00:00Z')).toBe(false); // Mon 16:00 CEST, closed
    expect(isOpenAt(office, '2025-07-12T10:00:00Z')).toBe(false); // Saturday
  });

  it('treats 24/7 as always open and no hours as unknown', () => {
    expect(availabilityAt({ openingHours: [], available24x7: true }, '2025-07-12T01:00:00Z')).toBe(
      'open_24_7',
    );
    expect(availabilityAt({ openingHours: [], available24x7: false }, '2025-07-14T08:00:00Z')).toBe(
      'unknown',
    );
    expect(isOpenAt({ openingHours: [], available24x7: false }, '2025-07-14T08:00:00Z')).toBe(
      false,
    );
  });

  it('reads 24:00 as the end of the day', () => {
    expect(parseClock('24:00')).toBe(1440);
    const late = {
      openingHours: [{ day: 'sat' as const, opens: '20:00', closes: '24:00' }],
      available24x7: false,
    };
    expect(isOpenAt(late, '2025-07-12T21:59:00Z')).toBe(true); // Sat 23:59 CEST
  });

  it('finds the next opening after a weekend that changes the clocks', () => {
    // Saturday 29 March 2025, 12:00 CET → Monday 31 March, 08:00 CEST.
    const next = nextOpeningAt(office, '2025-03-29T11:00:00Z');
    expect(next === null ? null : new Date(next).toISOString()).toBe('2025-03-31T06:00:00.000Z');
  });

  it('returns the instant itself when open, and null without hours', () => {
    expect(nextOpeningAt(office, '2025-01-13T07:30:00Z')).toBe(Date.parse('2025-01-13T07:30:00Z'));
    expect(
      nextOpeningAt({ openingHours: [], available24x7: false }, '2025-01-13T07:30:00Z'),
    ).toBeNull();
  });

  it('finds the opening later the same day', () => {
    const next = nextOpeningAt(office, '2025-01-13T05:00:00Z'); // Mon 06:00 CET
    expect(next === null ? null : new Date(next).toISOString()).toBe('2025-01-13T07:00:00.000Z');
  });

  it('always returns a moment at which the holder is open', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }), (ms) => {
        const next = nextOpeningAt(office, ms);
        expect(next).not.toBeNull();
        if (next !== null) {
          expect(next).toBeGreaterThanOrEqual(ms);
          expect(isOpenAt(office, next)).toBe(true);
          expect(next - ms).toBeLessThanOrEqual(4 * 24 * 3_600_000);
        }
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
