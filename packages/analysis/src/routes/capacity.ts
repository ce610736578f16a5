/**
 * Free places as the route finder trusts them: a report counts for {@link CAPACITY_FRESH_HOURS}
 * around the route's moment (`need.at`, or now without one); an older report, or free places
 * without a report time, are unknown, never full. Only a fresh report of no free places rules an
 * end service out.
 */
import type { AnalysisService } from '../graph';
import { toEpochMs } from '../opening-hours';
import type { CapacityState, ReferralNeed } from './types';

/** How long a report of free places is trusted, in hours either side of the route's moment. */
export const CAPACITY_FRESH_HOURS = 24;

const HOUR_MS = 3_600_000;

/** The moment a need's capacity reports are judged against: its own, or now. */
export function capacityMomentMs(need: Pick<ReferralNeed, 'at'>): number {
  return need.at === undefined ? Date.now() : toEpochMs(need.at);
}

type WithCapacity = Pick<AnalysisService, 'capacityTotal' | 'capacityFree' | 'capacityReportedAt'>;

/**
 * The free places of `service` at `atMs`: `null` for a service without places (counselling, a
 * hotline); free or full when reported within {@link CAPACITY_FRESH_HOURS}; unknown otherwise.
 */
export function capacityState(service: WithCapacity, atMs: number): CapacityState | null {
  if (service.capacityTotal === null || service.capacityTotal <= 0) return null;
  const reportedAt = service.capacityReportedAt;
  const reportedMs = reportedAt === null ? Number.NaN : Date.parse(reportedAt);
  const free = service.capacityFree;
  // NaN (no or an unreadable report time) is never within the window.
  if (free === null || !(Math.abs(atMs - reportedMs) <= CAPACITY_FRESH_HOURS * HOUR_MS)) {
    return { state: 'unknown', free: null, reportedAt };
  }
  return free > 0 ? { state: 'free', free, reportedAt } : { state: 'full', free: 0, reportedAt };
}

/** Whether `service` reported no free places within a day of `atMs` (a stale 0 never counts). */
export function isReportedFull(service: WithCapacity, atMs: number): boolean {
  return capacityState(service, atMs)?.state === 'full';
}

/** Whether the free places of a service with places are unknown at `atMs` (not or not lately reported). */
export function isCapacityUnknown(service: WithCapacity, atMs: number): boolean {
  return capacityState(service, atMs)?.state === 'unknown';
}
