/**
 * The state of one route query: the need, its clock and limits, the referral paths already
 * checked, and what each constraint ruled out (reported as rejections when the search ends).
 */
import type { AnalysisReferralPath } from '../graph';
import type { GraphIndex } from '../graph-index';
import { toEpochMs } from '../opening-hours';
import { MAX_WAIT_HOURS } from './cost';
import { referralPathFailure } from './constraints';
import type {
  ConstraintRejection,
  ReferralNeed,
  RouteConstraint,
  RouteSearchOptions,
} from './types';

/** Ids listed per kind of candidate in a rejection. */
const SAMPLE_IDS = 20;

interface Rejections {
  readonly services: Set<string>;
  readonly referralPaths: Set<string>;
  readonly institutions: Set<string>;
}

export interface SearchContext {
  readonly index: GraphIndex;
  readonly need: ReferralNeed;
  /** The moment the route starts, or `null` when opening hours are not checked. */
  readonly atMs: number | null;
  /** Hours of waiting for opening hours the urgency accepts in total. */
  readonly maxWait: number;
  readonly maxHops: number;
  readonly pathCheck: Map<string, RouteConstraint | null>;
  readonly rejections: Map<RouteConstraint, Rejections>;
}

export function searchContext(
  index: GraphIndex,
  need: ReferralNeed,
  options: RouteSearchOptions,
): SearchContext {
  return {
    index,
    need,
    atMs: need.at === undefined ? null : toEpochMs(need.at),
    maxWait: MAX_WAIT_HOURS[need.urgency ?? 'days'],
    maxHops: options.maxHops ?? 4,
    pathCheck: new Map(),
    rejections: new Map(),
  };
}

/** Records that `constraint` ruled out the service, referral path or institution `id`. */
export function reject(
  ctx: SearchContext,
  constraint: RouteConstraint,
  kind: keyof Rejections,
  id: string,
): void {
  let entry = ctx.rejections.get(constraint);
  if (entry === undefined) {
    entry = { services: new Set(), referralPaths: new Set(), institutions: new Set() };
    ctx.rejections.set(constraint, entry);
  }
  entry[kind].add(id);
}

/** Whether the search may take `path` (checked once per query; a failure is recorded). */
export function checkPath(ctx: SearchContext, path: AnalysisReferralPath): boolean {
  let failure = ctx.pathCheck.get(path.id);
  if (failure === undefined) {
    failure = referralPathFailure(path, ctx.need);
    ctx.pathCheck.set(path.id, failure);
    if (failure !== null) reject(ctx, failure, 'referralPaths', path.id);
  }
  return failure === null;
}

/** The rejections of a query, most services ruled out first. */
export function summariseRejections(ctx: SearchContext): ConstraintRejection[] {
  const sample = (ids: Set<string>): string[] => [...ids].sort().slice(0, SAMPLE_IDS);
  return [...ctx.rejections.entries()]
    .map(([constraint, r]) => ({
      constraint,
      serviceCount: r.services.size,
      serviceIds: sample(r.services),
      referralPathCount: r.referralPaths.size,
      referralPathIds: sample(r.referralPaths),
      institutionCount: r.institutions.size,
      institutionIds: sample(r.institutions),
    }))
    .sort(
      (a, b) =>
        b.serviceCount - a.serviceCount ||
        b.referralPathCount - a.referralPathCount ||
        a.constraint.localeCompare(b.constraint),
    );
}
