/**
 * The moves of the route search. A label is a partial route standing at an institution, with
 * the hop it arrives by still pending (its receiver's opening hours are checked when the label
 * goes on); a candidate is a finished route to an end service. From a label the search either
 * finishes at a matching service of its institution or extends along the referral paths leaving
 * it; a self-referral is a candidate of its own.
 */
import { isAnonymousLine } from '@schutznetz/domain';
import type { AnalysisService } from '../graph';
import { listOf } from '../graph-index';
import { serviceHours } from '../matching';
import type { HasOpeningHours } from '../opening-hours';
import { referralPathFailure } from './constraints';
import { checkPath, reject, type SearchContext } from './context';
import {
  add,
  consentPenalty,
  DIRECT_RESPONSE_HOURS,
  endPenalties,
  hoursUnknownPenalty,
  interpreterPenalty,
  responseOf,
  ROUTE_PENALTY_HOURS,
  ZERO_COSTS,
  type Costs,
} from './cost';
import type { RoutePath } from './onward';
import { HOUR_MS, iso, reach, type Reach } from './timing';
import type { ReferralHop, ReferralRoute } from './types';
import { directContactReason, referralReason, selfReferralReason } from './wording';

/** A partial route. */
export interface Label {
  readonly node: string;
  readonly depth: number;
  readonly visited: readonly string[];
  /** Finished hops before the one this label arrives by. */
  readonly hops: readonly ReferralHop[];
  /** The hop this label arrives by (`null` at a start and after a direct contact). */
  readonly pending: RoutePath | null;
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

function hopFor(path: RoutePath, handOverMs: number | null, reached: Reached): ReferralHop {
  const response = responseOf(path);
  const inferred = path.inferred === true;
  return {
    from: path.fromId,
    to: path.toId,
    via: 'referral_path',
    referralPathId: inferred ? null : path.id,
    templateId: path.routeTemplate,
    inferred,
    reason: referralReason(path, inferred),
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
  pending: RoutePath,
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

/** A direct contact with `service` and what it costs so far, before the end's penalties. */
interface Contact {
  readonly hop: ReferralHop;
  readonly costs: Costs;
}

/**
 * The direct contact of `startId` with `service`: the start institution phones it, with the
 * person's consent (a hand-over), or, from a `self` start, when consent cannot be obtained or
 * when the service is an anonymous line, the person gets in touch herself.
 * `null` when the service cannot be reached in time (recorded as a time rejection if `record`).
 */
export function contact(
  ctx: SearchContext,
  startId: string | null,
  service: AnalysisService,
  record: boolean,
): Contact | null {
  const institution = ctx.index.institutions.get(service.institutionId);
  const hours = serviceHours(service, institution);
  const reached = record
    ? reachAtStart(ctx, service)
    : reach(ctx.maxWait, hours, ctx.atMs, false, 0);
  if (!reached?.ok) return null;
  const responseHours = hours.available24x7
    ? DIRECT_RESPONSE_HOURS.always
    : DIRECT_RESPONSE_HOURS.otherwise;
  // The institution acts only with the person's consent; otherwise it passes on the number. An
  // anonymous line (116 016, 116 111) takes no hand-over: the person calls it herself.
  const startName =
    startId === null ||
    ctx.need.consent === 'not_obtainable' ||
    (institution !== undefined && isAnonymousLine(institution.kind))
      ? null
      : (ctx.index.institutions.get(startId)?.name ?? startId);
  const hop: ReferralHop = {
    from: startId,
    to: service.institutionId,
    via: startName === null ? 'self_referral' : 'direct_contact',
    referralPathId: null,
    templateId: null,
    inferred: false,
    reason:
      startName === null
        ? selfReferralReason(service.name)
        : directContactReason(startName, service.name),
    conditions: null,
    consent: startName === null ? null : 'required',
    dataMode: startName === null ? 'none' : 'identified_with_consent',
    responseHours,
    responseEstimated: true,
    waitHours: reached.waitHours,
    handOverAt: iso(ctx.atMs),
    contactAt: iso(reached.contactMs),
    receiverAvailability: reached.availability,
  };
  const costs = add(ZERO_COSTS, {
    response: responseHours,
    wait: reached.waitHours,
    ...(startName === null
      ? { self_contact: ROUTE_PENALTY_HOURS.selfContact }
      : {
          hand_over: ROUTE_PENALTY_HOURS.handOver,
          consent: ROUTE_PENALTY_HOURS.directContactConsent,
        }),
    hours_unknown: hoursUnknownPenalty(reached.availability),
  });
  return { hop, costs };
}

/** A route by direct contact from `startId` (or the person alone) with `service`. */
export function direct(
  ctx: SearchContext,
  startId: string | null,
  service: AnalysisService,
): Candidate | null {
  const reached = contact(ctx, startId, service, true);
  if (reached === null) return null;
  const { hop } = reached;
  return {
    kind: 'direct',
    startId,
    hops: [hop],
    service,
    expectedHours: hop.responseHours + hop.waitHours,
    costs: add(reached.costs, endPenalties(ctx.index, ctx.need, service)),
  };
}

/**
 * The labels one step further along the referral paths leaving `label`'s institution, and along
 * `inferred` hand-overs (route templates where no path is recorded).
 */
export function extend(
  ctx: SearchContext,
  label: Label,
  inferred: readonly RoutePath[] = [],
): Label[] {
  let handOverMs = label.handOverMs;
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
    costs = add(costs, {
      response: hop.responseHours,
      wait: reached.waitHours,
      hours_unknown: hoursUnknownPenalty(reached.availability),
      interpreter: interpreterPenalty(ctx.need, institution),
    });
    waited += reached.waitHours;
    hops = [...hops, hop];
    handOverMs =
      reached.contactMs === null ? null : reached.contactMs + hop.responseHours * HOUR_MS;
  }
  const next: Label[] = [];
  const recorded: readonly RoutePath[] = listOf(ctx.index.outPaths, label.node);
  for (const path of inferred.length === 0 ? recorded : [...recorded, ...inferred]) {
    if (label.visited.includes(path.toId) || !ctx.index.institutions.has(path.toId)) continue;
    // An inferred hand-over is no recorded path: its failure is not reported as one.
    if (
      path.inferred === true ? referralPathFailure(path, ctx.need) !== null : !checkPath(ctx, path)
    ) {
      continue;
    }
    next.push({
      node: path.toId,
      depth: label.depth + 1,
      visited: [...label.visited, path.toId],
      hops,
      pending: path,
      handOverMs,
      waited,
      costs: add(costs, {
        hand_over:
          ROUTE_PENALTY_HOURS.handOver +
          (path.inferred === true ? ROUTE_PENALTY_HOURS.inferredHandOver : 0),
        consent: consentPenalty(path.consent),
      }),
    });
  }
  return next;
}
