import neo4j, { isInt } from 'neo4j-driver';
import {
  decodeValue,
  encodeProperties,
  encodeValue,
  UnsupportedValueError,
  type StoredValue,
} from './property-values';

/** Round trip through JSON text, as a value goes through the backup file. */
const roundTrip = (value: unknown): unknown =>
  decodeValue(JSON.parse(JSON.stringify(encodeValue(value))) as StoredValue);

describe('backup values', () => {
  it('keeps a 64-bit integer exactly and as an Integer, and a whole float as a float', () => {
    const big = neo4j.int('9007199254740993');
    const back = roundTrip(big);
    expect(isInt(back)).toBe(true);
    expect(String(back)).toBe('9007199254740993');
    expect(roundTrip(neo4j.int(-1))).toEqual(neo4j.int(-1));

    const whole = roundTrip(400);
    expect(isInt(whole)).toBe(false);
    expect(whole).toBe(400);
    expect(roundTrip(2 / 3)).toBe(2 / 3);
    expect(roundTrip(Number.NaN)).toBeNaN();
    expect(roundTrip(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('keeps strings, booleans, lists of each type and empty lists', () => {
    expect(roundTrip('Köthen (Anhalt)')).toBe('Köthen (Anhalt)');
    expect(roundTrip(false)).toBe(false);
    expect(roundTrip(['de', 'ar'])).toEqual(['de', 'ar']);
    expect(roundTrip([neo4j.int(1), neo4j.int(2)])).toEqual([neo4j.int(1), neo4j.int(2)]);
    expect(roundTrip([1.5, 2])).toEqual([1.5, 2]);
    expect(roundTrip([])).toEqual([]);
  });

  it('keeps byte arrays (gzip’d snapshots) as byte arrays', () => {
    const bytes = new Int8Array([31, -117, 8, 0, 127, -128]);
    const back = roundTrip(bytes);
    expect(back).toBeInstanceOf(Int8Array);
    expect(Array.from(back as Int8Array)).toEqual(Array.from(bytes));
  });

  it('keeps dates, times, durations and points with their fields and zone', () => {
    const values = [
      new neo4j.types.Date(neo4j.int(2025), neo4j.int(3), neo4j.int(19)),
      new neo4j.types.DateTime(
        neo4j.int(2025),
        neo4j.int(3),
        neo4j.int(19),
        neo4j.int(19),
        neo4j.int(0),
        neo4j.int(0),
        neo4j.int(5),
        undefined,
        'Europe/Berlin',
      ),
      new neo4j.types.DateTime(
        neo4j.int(2025),
        neo4j.int(3),
        neo4j.int(19),
        neo4j.int(19),
        neo4j.int(0),
        neo4j.int(0),
        neo4j.int(5),
        neo4j.int(3600),
      ),
      new neo4j.types.LocalDateTime(
        neo4j.int(2025),
        neo4j.int(3),
        neo4j.int(19),
        neo4j.int(9),
        neo4j.int(30),
        neo4j.int(0),
        neo4j.int(0),
      ),
      new neo4j.types.Time(
        neo4j.int(9),
        neo4j.int(30),
        neo4j.int(0),
        neo4j.int(0),
        neo4j.int(-7200),
      ),
      new neo4j.types.LocalTime(neo4j.int(9), neo4j.int(30), neo4j.int(0), neo4j.int(1)),
      new neo4j.types.Duration(neo4j.int(1), neo4j.int(2), neo4j.int(3), neo4j.int(4)),
      new neo4j.types.Point(neo4j.int(4326), 12.1, 51.7),
      new neo4j.types.Point(neo4j.int(9157), 1, 2, 3),
    ];
    for (const value of values) {
      const back = roundTrip(value);
      expect(back?.constructor).toBe(value.constructor);
      expect(String(back)).toBe(String(value));
    }
  });

  it('sorts property keys, so equal nodes give equal lines', () => {
    expect(Object.keys(encodeProperties({ b: 'x', a: neo4j.int(1), c: true }))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('refuses what Neo4j never stores as a property, naming its type', () => {
    expect(() => encodeValue({ nested: 1 })).toThrow(UnsupportedValueError);
    expect(() => encodeValue(null)).toThrow('without a value');
  });
});
