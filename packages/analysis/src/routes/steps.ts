/**
 * The moves of the route search. A label is a partial route standing at an institution, with
 * the hop it arrives by still pending (its receiver's opening hours are checked when the label
 * goes on); a candidate is a finished route to an end service. From a label the search either
 * finishes at a matching service of its institution or extends along the referral paths leaving
 * it; a self-referral is a candidate of its own.
 */
import type { AnalysisReferralPath, AnalysisService } from '../graph';
import { listOf } from '../graph-index';
import { isServiceAlwaysOpen, serviceHours } from '../matching';
import type { HasOpeningHours } from '../opening-hours';
import { checkPath, reject, type SearchContext } from './context';
import {
  add,
  consentPenalty,
  DIRECT_RESPONSE_HOURS,
  endPenalties,
  hoursUnknownPenalty,
  responseOf,
  ROUTE_PENALTY_HOURS,
  ZERO_COSTS,
  type Costs,
} from './cost';
import { HOUR_MS, iso, reach, type Reach } from './timing';
import type { ReferralHop, ReferralRoute } from './types';
import { referralReason, selfReferralReason } from './wording';

/** A partial route. */
export interface Label {
  readonly node: string;
  readonly depth: number;
  readonly visited: readonly string[];
  /** Finished hops before the one this label arrives by. */
  readonly hops: readonly ReferralHop[];
  /** The hop this label arrives by (`null` at a start). */
  readonly pending: AnalysisReferralPath | null;
  readonly handOverMs: number | null;
  readonly waited: number;
  /** Costs of the finished hops plus the static penalties of the pending one. */
  readonly costs: Costs;
}

/** A finished route, before ranking. */
export interface Candidate {
  readonly kind: ReferralRoute['kind'];
  readonly startId: string | null;
  readonly hops: readonly ReferralHop[];
  readonly service: AnalysisService;
  readonly expectedHours: number;
  readonly costs: Costs;
}

type Reached = Extract<Reach, { ok: true }>;

/** The label a search starts with at institution `id`. */
export function startLabel(ctx: SearchContext, id: string): Label {
  return {
    node: id,
    depth: 0,
    visited: [id],
    hops: [],
    pending: null,
    handOverMs: ctx.atMs,
    waited: 0,
    costs: ZERO_COSTS,
  };
}

function hopFor(
  path: AnalysisReferralPath,
  handOverMs: number | null,
  reached: Reached,
): ReferralHop {
  const response = responseOf(path);
  return {
    from: path.fromId,
    to: path.toId,
    via: 'referral_path',
    referralPathId: path.id,
    templateId: path.routeTemplate,
    reason: referralReason(path),
    conditions: path.conditions,
    consent: path.consent,
    dataMode: path.dataMode,
    responseHours: response.hours,
    responseEstimated: response.estimated,
    waitHours: reached.waitHours,
    handOverAt: iso(handOverMs),
    contactAt: iso(reached.contactMs),
    receiverAvailability: reached.availability,
  };
}

/** The hop `label` arrives by, if its receiver (open as `holder`) is reached in time. */
function arrive(
  ctx: SearchContext,
  label: Label,
  pending: AnalysisReferralPath,
  holder: HasOpeningHours,
): { readonly hop: ReferralHop; readonly reached: Reached } | null {
  const reached = reach(
    ctx.maxWait,
    holder,
    label.handOverMs,
    pending.afterHours === 'available_24_7',
    label.waited,
  );
  return reached.ok ? { hop: hopFor(pending, label.handOverMs, reached), reached } : null;
}

/** Whether `service` can be reached at the start's moment (recorded as too late if not). */
function reachAtStart(ctx: SearchContext, service: AnalysisService): Reached | null {
  const institution = ctx.index.institutions.get(service.institutionId);
  const reached = reach(ctx.maxWait, serviceHours(service, institution), ctx.atMs, false, 0);
  if (reached.ok) return reached;
  reject(ctx, 'time', 'services', service.id);
  return null;
}

/** Finishes a label at an end service of its institution: the route, or `null` if too late. */
export function finish(
  ctx: SearchContext,
  label: Label,
  service: AnalysisService,
): Candidate | null {
  const pending = label.pending;
  if (pending === null) {
    const reached = reachAtStart(ctx, service);
    if (reached === null) return null;
    const costs = add(label.costs, {
      ...endPenalties(ctx.index, ctx.need, service),
      wait: reached.waitHours,
      hours_unknown: hoursUnknownPenalty(reached.availability),
    });
    return {
      kind: 'in_house',
      startId: label.node,
      hops: [],
      service,
      expectedHours: reached.waitHours,
      costs,
    };
  }
  const institution = ctx.index.institutions.get(service.institutionId);
  const arrived = arrive(ctx, label, pending, serviceHours(service, institution));
  if (arrived === null) {
    reject(ctx, 'time', 'services', service.id);
    return null;
  }
  const { hop, reached } = arrived;
  const hops = [...label.hops, hop];
  const costs = add(label.costs, {
    ...endPenalties(ctx.index, ctx.need, service),
    response: hop.responseHours,
    wait: reached.waitHours,
    hours_unknown: hoursUnknownPenalty(reached.availability),
  });
  return {
    kind: 'referral',
    startId: hops[0]?.from ?? null,
    hops,
    service,
    expectedHours: costs.response + costs.wait,
    costs,
  };
}

/** A route by self-referral from `startId` (or the person alone) to `service`. */
export function direct(
  ctx: SearchContext,
  startId: string | null,
  service: AnalysisService,
): Candidate | null {
  const reached = reachAtStart(ctx, service);
  if (reached === null) return null;
  const institution = ctx.index.institutions.get(service.institutionId);
  const responseHours = isServiceAlwaysOpen(service, institution)
    ? DIRECT_RESPONSE_HOURS.always
    : DIRECT_RESPONSE_HOURS.otherwise;
  const hop: ReferralHop = {
    from: startId,
    to: service.institutionId,
    via: 'self_referral',
    referralPathId: null,
    templateId: null,
    reason: selfReferralReason(service.name),
    conditions: null,
    consent: null,
    dataMode: 'none',
    responseHours,
    responseEstimated: true,
    waitHours: reached.waitHours,
    handOverAt: iso(ctx.atMs),
    contactAt: iso(reached.contactMs),
    receiverAvailability: reached.availability,
  };
  const costs = add(ZERO_COSTS, {
    ...endPenalties(ctx.index, ctx.need, service),
    response: responseHours,
    wait: reached.waitHours,
    self_contact: ROUTE_PENALTY_HOURS.selfContact,
    hours_unknown: hoursUnknownPenalty(reached.availability),
  });
  return {
    kind: 'direct',
    startId,
    hops: [hop],
    service,
    expectedHours: responseHours + reached.waitHours,
    costs,
  };
}

/** The labels one step further along the referral paths leaving `label`'s institution. */
export function extend(ctx: SearchContext, label: Label): Label[] {
  let handOverMs = ctx.atMs;
  let costs = label.costs;
  let waited = label.waited;
  let hops = label.hops;
  const pending = label.pending;
  if (pending !== null) {
    const institution = ctx.index.institutions.get(label.node);
    if (institution === undefined) return [];
    const arrived = arrive(ctx, label, pending, institution);
    if (arrived === null) {
      reject(ctx, 'time', 'institutions', institution.id);
      return [];
    }
    const { hop, reached } = arrived;
    const language = ctx.need.language;
    costs = add(costs, {
      response: hop.responseHours,
      wait: reached.waitHours,
      hours_unknown: hoursUnknownPenalty(reached.availability),
      interpreter:
        language !== undefined &&
        institution.languages.length > 0 &&
        !institution.languages.includes(language)
          ? ROUTE_PENALTY_HOURS.interpreter
          : 0,
    });
    waited += reached.waitHours;
    hops = [...hops, hop];
    handOverMs =
      reached.contactMs === null ? null : reached.contactMs + hop.responseHours * HOUR_MS;
  }
  const next: Label[] = [];
  for (const path of listOf(ctx.index.outPaths, label.node)) {
    if (label.visited.includes(path.toId) || !ctx.index.institutions.has(path.toId)) continue;
    if (!checkPath(ctx, path)) continue;
    next.push({
      node: path.toId,
      depth: label.depth + 1,
      visited: [...label.visited, path.toId],
      hops,
      pending: path,
      handOverMs,
      waited,
      costs: add(costs, {
        hand_over: ROUTE_PENALTY_HOURS.handOver,
        consent: consentPenalty(path.consent),
      }),
    });
  }
  return next;
}
