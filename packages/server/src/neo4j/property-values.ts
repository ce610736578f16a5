import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';

/**
 * Neo4j property values as JSON, exactly and with their types, for backups (decision 034). A property value
 * is never a map in Neo4j, so a JSON object always stands for a typed value `{"$": type, "v": …}`:
 * strings, booleans and lists are JSON as they are; an Integer is `{"$":"i","v":"42"}` (64 bits,
 * as a decimal string), a Float `{"$":"f","v":1.5}` (or "NaN", "Infinity", "-Infinity"), a byte
 * array `{"$":"bytes","v":base64}`, temporal and spatial values their fields.
 */
export type StoredValue =
  | string
  | boolean
  | StoredValue[]
  | { readonly $: string; readonly v: string | number | Record<string, string | number | null> };

/** A property value as the driver (with lossless integers) reads and writes it. */
export type PropertyValue = unknown;

export class UnsupportedValueError extends Error {
  override readonly name = 'UnsupportedValueError';
}

const whole = (value: number | Integer): string =>
  isInt(value) ? value.toString() : String(value);
const asInt = (value: string | number | null | undefined): Integer => neo4j.int(String(value ?? 0));

function encodeFloat(value: number): StoredValue {
  return { $: 'f', v: Number.isFinite(value) ? value : String(value) };
}

/** Encodes one property value read through a driver with lossless integers. */
export function encodeValue(value: PropertyValue): StoredValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return encodeFloat(value);
  if (isInt(value)) return { $: 'i', v: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Int8Array) {
    return {
      $: 'bytes',
      v: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
    };
  }
  if (isPoint(value)) {
    return {
      $: 'point',
      v: { srid: whole(value.srid), x: value.x, y: value.y, z: value.z ?? null },
    };
  }
  if (isDuration(value)) {
    return {
      $: 'duration',
      v: {
        months: whole(value.months),
        days: whole(value.days),
        seconds: whole(value.seconds),
        nanoseconds: whole(value.nanoseconds),
      },
    };
  }
  // DateTime before LocalDateTime etc.: each check tests for its own class only.
  if (isDateTime(value)) return temporal('datetime', value);
  if (isLocalDateTime(value)) return temporal('localdatetime', value);
  if (isDate(value)) return temporal('date', value);
  if (isTime(value)) return temporal('time', value);
  if (isLocalTime(value)) return temporal('localtime', value);
  throw new UnsupportedValueError(
    value === null || value === undefined
      ? 'A property without a value cannot be backed up'
      : typeof value === 'object'
        ? `A property value of type ${value.constructor.name} cannot be backed up`
        : `A property value of type ${typeof value} cannot be backed up`,
  );
}

/** The fields of a temporal value, integers as decimal strings, the time zone as it is. */
function temporal(type: string, value: object): StoredValue {
  const fields: Record<string, string | number | null> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || field === null) fields[key] = null;
    else if (typeof field === 'string') fields[key] = field;
    else fields[key] = whole(field as number | Integer);
  }
  return { $: type, v: fields };
}

/** The value the driver writes back as the same Neo4j type as the one encoded. */
export function decodeValue(stored: StoredValue): PropertyValue {
  if (typeof stored === 'string' || typeof stored === 'boolean') return stored;
  if (Array.isArray(stored)) return stored.map(decodeValue);
  const { $: type, v } = stored;
  switch (type) {
    case 'i':
      return neo4j.int(typeof v === 'object' ? 0 : v);
    case 'f':
      return Number(v);
    case 'bytes': {
      const bytes = Buffer.from(typeof v === 'string' ? v : '', 'base64');
      return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    default:
      return decodeStructure(type, typeof v === 'object' ? v : {});
  }
}

type StoredFields = Record<string, string | number | null>;

const DATE_FIELDS = ['year', 'month', 'day'] as const;
const TIME_FIELDS = ['hour', 'minute', 'second', 'nanosecond'] as const;
const DURATION_FIELDS = ['months', 'days', 'seconds', 'nanoseconds'] as const;

/** The named integer fields, in the order a driver constructor takes them. */
function ints<const K extends readonly string[]>(
  f: StoredFields,
  keys: K,
): { -readonly [I in keyof K]: Integer } {
  return keys.map((key) => asInt(f[key])) as { -readonly [I in keyof K]: Integer };
}

function decodeStructure(type: string, f: StoredFields): PropertyValue {
  const { DateTime, Duration, LocalDateTime, LocalTime, Point, Time } = neo4j.types;
  switch (type) {
    case 'point':
      return f['z'] === null || f['z'] === undefined
        ? new Point(asInt(f['srid']), Number(f['x']), Number(f['y']))
        : new Point(asInt(f['srid']), Number(f['x']), Number(f['y']), Number(f['z']));
    case 'duration':
      return new Duration(...ints(f, DURATION_FIELDS));
    case 'date':
      return new neo4j.types.Date(...ints(f, DATE_FIELDS));
    case 'localtime':
      return new LocalTime(...ints(f, TIME_FIELDS));
    case 'time':
      return new Time(...ints(f, TIME_FIELDS), asInt(f['timeZoneOffsetSeconds']));
    case 'localdatetime':
      return new LocalDateTime(...ints(f, DATE_FIELDS), ...ints(f, TIME_FIELDS));
    case 'datetime': {
      const zoneId = typeof f['timeZoneId'] === 'string' ? f['timeZoneId'] : undefined;
      // A date-time with a zone id is written with the id only; Neo4j derives the offset.
      const offset = zoneId === undefined ? asInt(f['timeZoneOffsetSeconds']) : undefined;
      return new DateTime(...ints(f, DATE_FIELDS), ...ints(f, TIME_FIELDS), offset, zoneId);
    }
    default:
      throw new UnsupportedValueError(`Unknown value type '${type}' in the backup`);
  }
}

/** A node's or relationship's properties, keys sorted so that equal graphs give equal lines. */
export function encodeProperties(
  properties: Record<string, PropertyValue>,
): Record<string, StoredValue> {
  const encoded: Record<string, StoredValue> = {};
  for (const key of Object.keys(properties).sort()) encoded[key] = encodeValue(properties[key]);
  return encoded;
}

export function decodeProperties(
  stored: Record<string, StoredValue>,
): Record<string, PropertyValue> {
  const decoded: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(stored)) decoded[key] = decodeValue(value);
  return decoded;
}
