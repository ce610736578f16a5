/**
 * Time along a route: whether a receiver can be reached after a hand-over, given its opening
 * hours and how long the urgency lets the person wait in total.
 */
import {
  availabilityAt,
  nextOpeningAt,
  type Availability,
  type HasOpeningHours,
} from '../opening-hours';

export const HOUR_MS = 3_600_000;
const EPSILON = 1e-9;

export type Reach =
  | {
      readonly ok: true;
      readonly waitHours: number;
      readonly contactMs: number | null;
      readonly availability: Availability | null;
    }
  | { readonly ok: false };

/**
 * Whether a receiver can be reached after a hand-over at `handOverMs`, and how long it takes:
 * at once when it is open (or the path promises a 24/7 hand-over), after waiting for its next
 * opening when the waiting so far plus that stays within `maxWait` hours.
 */
export function reach(
  maxWait: number,
  holder: HasOpeningHours,
  handOverMs: number | null,
  channel24x7: boolean,
  waitedHours: number,
): Reach {
  if (handOverMs === null) return { ok: true, waitHours: 0, contactMs: null, availability: null };
  if (channel24x7) {
    return { ok: true, waitHours: 0, contactMs: handOverMs, availability: 'open_24_7' };
  }
  const availability = availabilityAt(holder, handOverMs);
  if (availability !== 'closed') {
    return { ok: true, waitHours: 0, contactMs: handOverMs, availability };
  }
  const opens = nextOpeningAt(holder, handOverMs);
  if (opens === null) return { ok: false };
  const waitHours = (opens - handOverMs) / HOUR_MS;
  if (waitedHours + waitHours > maxWait + EPSILON) return { ok: false };
  return { ok: true, waitHours, contactMs: opens, availability };
}

export function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
