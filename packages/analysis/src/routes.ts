/**
 * Referral routes: from a start (an institution, the institutions of a kind in a municipality,
 * or the person on their own) to services that meet a need, along `REFERS_TO` paths (at most
 * four hops) or by direct access where a service takes self-referrals.
 *
 * The search is best-first over partial routes. A partial route's key is a lower bound of
 * every completion (its costs so far plus the response time of the hop it arrives by), and a
 * finished route is queued with its exact cost, so routes leave the queue in cost order and
 * the first `k` are the `k` best. Each institution is expanded at most `k` times per depth,
 * which keeps the search small on dense graphs. Times run forward from `need.at`: a receiver
 * that is closed when a hand-over arrives is waited for (up to what the urgency allows),
 * unless the path promises a 24/7 hand-over.
 */
import {
  isAgeInRange,
  referralRouteById,
  routeMatchesNeed,
  topicByCode,
  type AccessibilityFeature,
  type ConsentRequirement,
  type DataMode,
  type InstitutionKindCode,
  type LanguageCode,
  type LocalizedLabel,
  type ReferralRouteId,
  type ReferralRouteTemplate,
  type RegionCode,
  type TargetGroupCode,
  type TopicCode,
  type Urgency,
} from '@schutznetz/domain';
import type {
  AnalysisGraph,
  AnalysisInstitution,
  AnalysisReferralPath,
  AnalysisService,
} from './graph';
import { graphIndex, listOf, servicesForTopic, type GraphIndex } from './graph-index';
import { MinHeap } from './heap';
import {
  areaCovers,
  isServiceAlwaysOpen,
  serviceHours,
  serviceLanguages,
  topicsMatch,
} from './matching';
import {
  availabilityAt,
  nextOpeningAt,
  toEpochMs,
  type Availability,
  type HasOpeningHours,
} from './opening-hours';
import { counted } from './wording';

/** Where a route starts. */
export type RouteStart =
  | { readonly kind: 'institution'; readonly institutionId: string }
  | {
      /** Every institution of this kind in the municipality (or serving it, if none sits there). */
      readonly kind: 'institution_kind';
      readonly institutionKind: InstitutionKindCode;
      readonly municipality: RegionCode;
    }
  /** The person on their own: only services that take self-referrals. */
  | { readonly kind: 'self' };

/** Whether the person's consent can be obtained for a hand-over. */
export type ConsentAvailability = 'obtainable' | 'not_obtainable';

/** What the person needs. Only `topic` and `municipality` are required. */
export interface ReferralNeed {
  readonly topic: TopicCode;
  /** Where the person lives; the end service's area must cover it. */
  readonly municipality: RegionCode;
  readonly targetGroup?: TargetGroupCode;
  /** Age of the person concerned in completed years. */
  readonly age?: number;
  /** The end service must work in this language. */
  readonly language?: LanguageCode;
  /** How long waiting for opening hours is acceptable; defaults to `days`. */
  readonly urgency?: Urgency;
  /** The moment the route starts (ISO 8601); without it opening hours are not checked. */
  readonly at?: string;
  /** Features the end service (or its institution) must offer. */
  readonly accessibility?: readonly AccessibilityFeature[];
  /** Defaults to `obtainable`; `not_obtainable` leaves only hops that run without consent. */
  readonly consent?: ConsentAvailability;
  /** The data modes hops may use; defaults to all. */
  readonly dataModes?: readonly DataMode[];
  /** Accept services reported full (a relaxation: a place may come free). */
  readonly ignoreFullCapacity?: boolean;
}

/** The constraints a route is checked against, as named in rejections and relaxations. */
export type RouteConstraint =
  | 'topic'
  | 'target_group'
  | 'age'
  | 'language'
  | 'area'
  | 'time'
  | 'capacity'
  | 'accessibility'
  | 'consent'
  | 'data_mode'
  | 'structural';

/** One step of a route. */
export interface ReferralHop {
  /** The institution that hands over; `null` when the person acts on their own. */
  readonly from: string | null;
  readonly to: string;
  readonly via: 'referral_path' | 'self_referral';
  readonly referralPathId: string | null;
  readonly templateId: ReferralRouteId | null;
  /** Why this hop applies: the template's title and trigger, or the self-referral. */
  readonly reason: LocalizedLabel;
  /** The path's own conditions text (German), if recorded. */
  readonly conditions: string | null;
  readonly consent: ConsentRequirement | null;
  readonly dataMode: DataMode | null;
  /** Expected hours until the receiver responds. */
  readonly responseHours: number;
  /** The response time is a default for the urgency, not recorded on the path. */
  readonly responseEstimated: boolean;
  /** Hours spent waiting for the receiver to open. */
  readonly waitHours: number;
  /** When the hand-over happens (ISO), if the need gave a moment. */
  readonly handOverAt: string | null;
  /** When the receiver is reached (ISO), after waiting. */
  readonly contactAt: string | null;
  /** Whether the receiver could be reached at the hand-over. */
  readonly receiverAvailability: Availability | null;
}

/** What a cost term stands for. */
export type CostTermKind =
  | 'response'
  | 'wait'
  | 'hand_over'
  | 'consent'
  | 'self_contact'
  | 'capacity_unknown'
  | 'hours_unknown'
  | 'interpreter'
  | 'out_of_area';

/** One term of a route's cost, in hours. */
export interface CostTerm {
  readonly kind: CostTermKind;
  readonly hours: number;
  readonly label: LocalizedLabel;
}

/** A route to a service that meets the need. */
export interface ReferralRoute {
  /** 1 for the best route. */
  readonly rank: number;
  /** In the start's own house, by direct self-referral, or along referral paths. */
  readonly kind: 'in_house' | 'direct' | 'referral';
  readonly startId: string | null;
  readonly hops: readonly ReferralHop[];
  readonly endService: {
    readonly id: string;
    readonly name: string;
    readonly institutionId: string;
    readonly institutionName: string;
  };
  /** Expected hours until the end service responds: response times plus waiting. */
  readonly expectedHours: number;
  /** The ranking key: expected hours plus penalties, in hours. */
  readonly cost: number;
  readonly costTerms: readonly CostTerm[];
  readonly explanation: LocalizedLabel;
}

/**
 * How many candidates a constraint ruled out (at least once: a service too late by one route
 * may still be reached by another), with up to 20 ids each.
 */
export interface ConstraintRejection {
  readonly constraint: RouteConstraint;
  /** End services on the topic that fail it. */
  readonly serviceCount: number;
  readonly serviceIds: readonly string[];
  /** Referral paths the search could not take because of it. */
  readonly referralPathCount: number;
  readonly referralPathIds: readonly string[];
  /** Institutions on the way that could not be reached in time. */
  readonly institutionCount: number;
  readonly institutionIds: readonly string[];
}

/** The answer of {@link findReferralRoutes}. */
export interface RouteSearchResult {
  readonly routes: readonly ReferralRoute[];
  /** The institutions the search started from (empty for `self`). */
  readonly startIds: readonly string[];
  /** Services in the graph whose topics cover the need's topic. */
  readonly topicServiceCount: number;
  /** Of those, the ones that pass every check but time and reachability. */
  readonly matchingServiceIds: readonly string[];
  readonly rejections: readonly ConstraintRejection[];
  readonly labelsExpanded: number;
  /** The search stopped at its label budget before finding `k` routes. */
  readonly truncated: boolean;
}

/** Options of {@link findReferralRoutes}. */
export interface RouteSearchOptions {
  /** Maximum number of referral hops; defaults to 4. */
  readonly maxHops?: number;
  /** Maximum partial routes to expand; defaults to 100,000. */
  readonly maxLabels?: number;
  /**
   * Self-referral routes among the `k` at most while referral routes remain; defaults to half
   * of `k`, rounded up, so that referral paths stay visible where many services take
   * self-referrals. Ignored for a `self` start.
   */
  readonly maxDirect?: number;
  /**
   * Also offer the start's own matching services (a route without hops); default `false`,
   * since the question is usually where to refer.
   */
  readonly includeInHouse?: boolean;
}

/** Waiting for opening hours each urgency accepts in total, in hours. */
export const MAX_WAIT_HOURS: Readonly<Record<Urgency, number>> = {
  immediate: 0,
  same_day: 12,
  days: 72,
  weeks: Number.POSITIVE_INFINITY,
};

/** Response time assumed for a path that records none, by its urgency. */
export const DEFAULT_RESPONSE_HOURS: Readonly<Record<Urgency, number>> = {
  immediate: 1,
  same_day: 8,
  days: 72,
  weeks: 336,
};

/** The penalties of the ranking, in hours; everything else is expected time. */
export const ROUTE_PENALTY_HOURS = {
  /** Each hand-over between institutions risks losing the person. */
  handOver: 1,
  /** The victim's consent must be obtained before the hand-over. */
  consentRequired: 2,
  /** The people concerned are informed first (§ 4 KKG). */
  informBefore: 1,
  /** A legal basis must be checked (R22). */
  legalBasisRequired: 2,
  /** The end service itself asks for consent. */
  serviceConsent: 1,
  /** The person must get in touch on their own. */
  selfContact: 2,
  /** A service with places does not report free ones: call first. */
  capacityUnknown: 6,
  /** A receiver's opening hours are unknown at the given moment. */
  hoursUnknown: 2,
  /** An institution on the way does not speak the person's language. */
  interpreter: 1,
  /** The end service sits outside the person's municipality and offers no remote contact. */
  outOfArea: 1,
} as const;

/** First response assumed for a self-referral: a hotline at once, otherwise a day. */
const DIRECT_RESPONSE_HOURS = { always: 1, otherwise: 24 } as const;
const REMOTE_FEATURES: readonly AccessibilityFeature[] = [
  'phone_counselling',
  'online_counselling',
  'home_visits',
];
const HOUR_MS = 3_600_000;
const EPSILON = 1e-9;
const SAMPLE_IDS = 20;

// Cost accumulators ---------------------------------------------------------------------------

type Costs = Readonly<Record<CostTermKind, number>>;

const ZERO_COSTS: Costs = {
  response: 0,
  wait: 0,
  hand_over: 0,
  consent: 0,
  self_contact: 0,
  capacity_unknown: 0,
  hours_unknown: 0,
  interpreter: 0,
  out_of_area: 0,
};

const COST_ORDER: readonly CostTermKind[] = [
  'response',
  'wait',
  'hand_over',
  'consent',
  'self_contact',
  'capacity_unknown',
  'hours_unknown',
  'interpreter',
  'out_of_area',
];

const TERM_LABELS: Readonly<Record<CostTermKind, LocalizedLabel>> = {
  response: { de: 'Antwortzeiten', en: 'response times' },
  wait: { de: 'Warten auf Öffnungszeiten', en: 'waiting for opening hours' },
  hand_over: { de: 'Übergaben', en: 'hand-overs' },
  consent: { de: 'Einwilligung oder Information vorab', en: 'consent or prior information' },
  self_contact: { de: 'Person meldet sich selbst', en: 'person gets in touch themselves' },
  capacity_unknown: { de: 'freie Plätze unbekannt', en: 'free places unknown' },
  hours_unknown: { de: 'Öffnungszeiten unbekannt', en: 'opening hours unknown' },
  interpreter: { de: 'Sprachmittlung unterwegs', en: 'interpreting on the way' },
  out_of_area: { de: 'Weg außerhalb des Wohnorts', en: 'travel outside the home municipality' },
};

function add(costs: Costs, delta: Partial<Costs>): Costs {
  const next: Record<CostTermKind, number> = { ...costs };
  for (const kind of COST_ORDER) next[kind] += delta[kind] ?? 0;
  return next;
}

function total(costs: Costs): number {
  let sum = 0;
  for (const kind of COST_ORDER) sum += costs[kind];
  return sum;
}

// Text ----------------------------------------------------------------------------------------

/** Hours as text: "26 h" below two days, "3,5 Tage" / "3.5 days" above. */
export function formatHours(hours: number): LocalizedLabel {
  const rounded = Math.round(hours * 10) / 10;
  if (rounded < 48) return { de: `${String(rounded).replace('.', ',')} h`, en: `${rounded} h` };
  const days = Math.round((rounded / 24) * 10) / 10;
  return { de: `${String(days).replace('.', ',')} Tage`, en: `${days} days` };
}

// Query context -------------------------------------------------------------------------------

interface Rejections {
  readonly services: Set<string>;
  readonly referralPaths: Set<string>;
  readonly institutions: Set<string>;
}

interface Context {
  readonly index: GraphIndex;
  readonly need: ReferralNeed;
  readonly atMs: number | null;
  readonly maxWait: number;
  readonly maxHops: number;
  readonly pathCheck: Map<string, RouteConstraint | null>;
  readonly rejections: Map<RouteConstraint, Rejections>;
}

function reject(
  ctx: Context,
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

/**
 * The constraints an end service fails for `need`, time excepted (that depends on when the
 * route arrives). Empty when the service fits.
 */
export function serviceFailures(
  service: AnalysisService,
  institution: AnalysisInstitution | undefined,
  need: ReferralNeed,
): RouteConstraint[] {
  const failures: RouteConstraint[] = [];
  if (!topicsMatch(service.topics, need.topic)) failures.push('topic');
  if (
    need.targetGroup !== undefined &&
    service.targetGroups.length > 0 &&
    !service.targetGroups.includes(need.targetGroup)
  ) {
    failures.push('target_group');
  }
  if (
    need.age !== undefined &&
    !isAgeInRange({ minAge: service.minAge, maxAge: service.maxAge }, need.age)
  ) {
    failures.push('age');
  }
  if (
    need.language !== undefined &&
    !serviceLanguages(service, institution).includes(need.language)
  ) {
    failures.push('language');
  }
  if (!areaCovers(service.area, need.municipality)) failures.push('area');
  const required = need.accessibility ?? [];
  if (
    required.some(
      (feature) =>
        !service.accessibility.includes(feature) &&
        !(institution?.accessibility.includes(feature) ?? false),
    )
  ) {
    failures.push('accessibility');
  }
  if (need.ignoreFullCapacity !== true && service.capacityFree === 0) failures.push('capacity');
  if (need.consent === 'not_obtainable' && service.consentRequired) failures.push('consent');
  return failures;
}

/** The template of a path, when it names one. */
function templateOf(path: AnalysisReferralPath): ReferralRouteTemplate | null {
  return path.routeTemplate === null ? null : referralRouteById(path.routeTemplate);
}

/**
 * The constraint a referral path fails for `need` (time excepted), or `null` when the search
 * may take it. The path's own topics, consent and data mode decide; its template adds target
 * groups and age limits. Structural routes (R21, "next meeting") carry no cases.
 */
export function referralPathFailure(
  path: AnalysisReferralPath,
  need: ReferralNeed,
): RouteConstraint | null {
  const template = templateOf(path);
  if (template?.conditions.urgency.kind === 'next_meeting') return 'structural';
  const topics = path.topics.length > 0 ? path.topics : template?.topics;
  if (topics !== undefined && topics !== 'any' && !topicsMatch(topics, need.topic)) return 'topic';
  if (template !== null) {
    if (
      need.targetGroup !== undefined &&
      !routeMatchesNeed(template, { targetGroup: need.targetGroup })
    ) {
      return 'target_group';
    }
    if (need.age !== undefined && !routeMatchesNeed(template, { age: need.age })) return 'age';
  }
  if (
    need.consent === 'not_obtainable' &&
    (path.consent === 'required' || path.dataMode === 'identified_with_consent')
  ) {
    return 'consent';
  }
  if (need.dataModes !== undefined && !need.dataModes.includes(path.dataMode)) return 'data_mode';
  return null;
}

function checkPath(ctx: Context, path: AnalysisReferralPath): boolean {
  let failure = ctx.pathCheck.get(path.id);
  if (failure === undefined) {
    failure = referralPathFailure(path, ctx.need);
    ctx.pathCheck.set(path.id, failure);
    if (failure !== null) reject(ctx, failure, 'referralPaths', path.id);
  }
  return failure === null;
}

function responseOf(path: AnalysisReferralPath): { hours: number; estimated: boolean } {
  return path.responseHours === null
    ? { hours: DEFAULT_RESPONSE_HOURS[path.urgency], estimated: true }
    : { hours: path.responseHours, estimated: false };
}

function consentPenalty(consent: ConsentRequirement): number {
  switch (consent) {
    case 'required':
      return ROUTE_PENALTY_HOURS.consentRequired;
    case 'inform_before':
      return ROUTE_PENALTY_HOURS.informBefore;
    case 'legal_basis_required':
      return ROUTE_PENALTY_HOURS.legalBasisRequired;
    case 'not_required':
    case 'not_applicable':
      return 0;
  }
}

type Reach =
  | {
      readonly ok: true;
      readonly waitHours: number;
      readonly contactMs: number | null;
      readonly availability: Availability | null;
    }
  | { readonly ok: false };

/** Whether a receiver can be reached after a hand-over at `handOverMs`, and how long it takes. */
function reach(
  ctx: Context,
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
  if (waitedHours + waitHours > ctx.maxWait + EPSILON) return { ok: false };
  return { ok: true, waitHours, contactMs: opens, availability };
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

function referralReason(path: AnalysisReferralPath): LocalizedLabel {
  const template = templateOf(path);
  if (template === null) {
    return { de: 'Vereinbarter Verweisungsweg', en: 'Agreed referral path' };
  }
  return {
    de: `${template.id} ${template.title.de}: ${template.trigger.de}`,
    en: `${template.id} ${template.title.en}: ${template.trigger.en}`,
  };
}

// Search --------------------------------------------------------------------------------------

interface Label {
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

interface Candidate {
  readonly kind: ReferralRoute['kind'];
  readonly startId: string | null;
  readonly hops: readonly ReferralHop[];
  readonly service: AnalysisService;
  readonly expectedHours: number;
  readonly costs: Costs;
}

type QueueItem = { readonly type: 'label'; readonly label: Label } | Candidate;

function isCandidate(item: QueueItem): item is Candidate {
  return !('type' in item);
}

function endPenalties(ctx: Context, service: AnalysisService): Partial<Costs> {
  const institution = ctx.index.institutions.get(service.institutionId);
  const remote = REMOTE_FEATURES.some((feature) => service.accessibility.includes(feature));
  return {
    capacity_unknown:
      service.capacityTotal !== null && service.capacityTotal > 0 && service.capacityFree === null
        ? ROUTE_PENALTY_HOURS.capacityUnknown
        : 0,
    out_of_area:
      institution !== undefined && institution.municipality !== ctx.need.municipality && !remote
        ? ROUTE_PENALTY_HOURS.outOfArea
        : 0,
    consent: service.consentRequired ? ROUTE_PENALTY_HOURS.serviceConsent : 0,
  };
}

function hopFor(
  path: AnalysisReferralPath,
  handOverMs: number | null,
  reached: Extract<Reach, { ok: true }>,
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

/** Finishes a label at an end service of its institution: the route, or `null` if too late. */
function finish(ctx: Context, label: Label, service: AnalysisService): Candidate | null {
  const institution = ctx.index.institutions.get(service.institutionId);
  const hours = serviceHours(service, institution);
  const pending = label.pending;
  if (pending === null) {
    const reached = reach(ctx, hours, ctx.atMs, false, 0);
    if (!reached.ok) {
      reject(ctx, 'time', 'services', service.id);
      return null;
    }
    const costs = add(label.costs, {
      ...endPenalties(ctx, service),
      wait: reached.waitHours,
      hours_unknown: reached.availability === 'unknown' ? ROUTE_PENALTY_HOURS.hoursUnknown : 0,
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
  const reached = reach(
    ctx,
    hours,
    label.handOverMs,
    pending.afterHours === 'available_24_7',
    label.waited,
  );
  if (!reached.ok) {
    reject(ctx, 'time', 'services', service.id);
    return null;
  }
  const hop = hopFor(pending, label.handOverMs, reached);
  const hops = [...label.hops, hop];
  const costs = add(label.costs, {
    ...endPenalties(ctx, service),
    response: hop.responseHours,
    wait: reached.waitHours,
    hours_unknown: reached.availability === 'unknown' ? ROUTE_PENALTY_HOURS.hoursUnknown : 0,
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
function direct(ctx: Context, startId: string | null, service: AnalysisService): Candidate | null {
  const institution = ctx.index.institutions.get(service.institutionId);
  const reached = reach(ctx, serviceHours(service, institution), ctx.atMs, false, 0);
  if (!reached.ok) {
    reject(ctx, 'time', 'services', service.id);
    return null;
  }
  const responseHours = isServiceAlwaysOpen(service, institution)
    ? DIRECT_RESPONSE_HOURS.always
    : DIRECT_RESPONSE_HOURS.otherwise;
  const hop: ReferralHop = {
    from: startId,
    to: service.institutionId,
    via: 'self_referral',
    referralPathId: null,
    templateId: null,
    reason: {
      de: `${service.name} nimmt Selbstmeldungen an: die Person kann sich direkt melden.`,
      en: `${service.name} takes self-referrals: the person can get in touch directly.`,
    },
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
    ...endPenalties(ctx, service),
    response: responseHours,
    wait: reached.waitHours,
    self_contact: ROUTE_PENALTY_HOURS.selfContact,
    hours_unknown: reached.availability === 'unknown' ? ROUTE_PENALTY_HOURS.hoursUnknown : 0,
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
function extend(ctx: Context, label: Label): Label[] {
  let handOverMs = ctx.atMs;
  let costs = label.costs;
  let waited = label.waited;
  let hops = label.hops;
  const pending = label.pending;
  if (pending !== null) {
    const institution = ctx.index.institutions.get(label.node);
    if (institution === undefined) return [];
    const reached = reach(
      ctx,
      institution,
      label.handOverMs,
      pending.afterHours === 'available_24_7',
      label.waited,
    );
    if (!reached.ok) {
      reject(ctx, 'time', 'institutions', institution.id);
      return [];
    }
    const hop = hopFor(pending, label.handOverMs, reached);
    const language = ctx.need.language;
    costs = add(costs, {
      response: hop.responseHours,
      wait: reached.waitHours,
      hours_unknown: reached.availability === 'unknown' ? ROUTE_PENALTY_HOURS.hoursUnknown : 0,
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

/** The institutions a start stands for, sorted by id. */
export function resolveStart(graph: AnalysisGraph, start: RouteStart): string[] {
  const index = graphIndex(graph);
  switch (start.kind) {
    case 'self':
      return [];
    case 'institution':
      return index.institutions.has(start.institutionId) ? [start.institutionId] : [];
    case 'institution_kind': {
      const ofKind = listOf(index.institutionsByKind, start.institutionKind);
      const local = ofKind.filter((i) => i.municipality === start.municipality);
      const chosen =
        local.length > 0
          ? local
          : ofKind.filter((i) =>
              listOf(index.servicesOf, i.id).some((s) => areaCovers(s.area, start.municipality)),
            );
      return chosen.map((i) => i.id).sort();
    }
  }
}

function explain(
  rank: number,
  candidate: Candidate,
  best: number,
  institutionName: string,
): { terms: CostTerm[]; explanation: LocalizedLabel } {
  const terms = COST_ORDER.filter((kind) => kind === 'response' || candidate.costs[kind] > 0).map(
    (kind) => ({
      kind,
      hours: candidate.costs[kind],
      label: TERM_LABELS[kind],
    }),
  );
  const cost = total(candidate.costs);
  const expected = formatHours(candidate.expectedHours);
  const how: LocalizedLabel =
    candidate.kind === 'in_house'
      ? { de: 'im eigenen Haus', en: 'in-house' }
      : candidate.kind === 'direct'
        ? { de: `Selbstmeldung bei ${institutionName}`, en: `self-referral to ${institutionName}` }
        : {
            de: `${counted(candidate.hops.length, ['Übergabe', 'Übergaben'], ['hand-over', 'hand-overs']).de} bis ${institutionName}`,
            en: `${counted(candidate.hops.length, ['Übergabe', 'Übergaben'], ['hand-over', 'hand-overs']).en} to ${institutionName}`,
          };
  const sum = (locale: 'de' | 'en'): string =>
    terms.map((t) => `${t.label[locale]} ${formatHours(t.hours)[locale]}`).join(' + ');
  const behind = formatHours(cost - best);
  return {
    terms,
    explanation: {
      de:
        `Rang ${rank}: ${how.de}; Antwort nach etwa ${expected.de} erwartet. ` +
        `Bewertung ${formatHours(cost).de} = ${sum('de')}.` +
        (rank > 1 ? ` ${behind.de} hinter Rang 1.` : ''),
      en:
        `Rank ${rank}: ${how.en}; response expected after about ${expected.en}. ` +
        `Score ${formatHours(cost).en} = ${sum('en')}.` +
        (rank > 1 ? ` ${behind.en} behind rank 1.` : ''),
    },
  };
}

function signature(candidate: Candidate): string {
  return [
    candidate.startId ?? 'self',
    ...candidate.hops.map((h) => h.referralPathId ?? `direct:${h.to}`),
    candidate.service.id,
  ].join('|');
}

function summarise(rejections: Map<RouteConstraint, Rejections>): ConstraintRejection[] {
  const sample = (ids: Set<string>): string[] => [...ids].sort().slice(0, SAMPLE_IDS);
  return [...rejections.entries()]
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

/**
 * Up to `k` ranked routes from `start` to services that meet `need`. Every route respects
 * every constraint of the need: the end service's topic, target group, age range, language,
 * service area, accessibility, free capacity (where reported) and consent; each hop's topic,
 * template target groups and age limits, consent and data mode; and, when `need.at` is given,
 * opening hours at the moment each receiver is reached (waiting no longer than the urgency
 * allows). Routes are ranked by expected hours plus {@link ROUTE_PENALTY_HOURS}; each carries
 * its cost terms and an explanation. Self-referrals fill at most half of the `k` places
 * (`options.maxDirect`) unless referral routes run out. When none is found, `rejections` says
 * which constraints ruled candidates out; {@link explainNoRoute} tries relaxations.
 */
export function findReferralRoutes(
  graph: AnalysisGraph,
  start: RouteStart,
  need: ReferralNeed,
  k = 3,
  options: RouteSearchOptions = {},
): RouteSearchResult {
  const index = graphIndex(graph);
  const topicServices = servicesForTopic(index, need.topic);
  const ctx: Context = {
    index,
    need,
    atMs: need.at === undefined ? null : toEpochMs(need.at),
    maxWait: MAX_WAIT_HOURS[need.urgency ?? 'days'],
    maxHops: options.maxHops ?? 4,
    pathCheck: new Map(),
    rejections: new Map(),
  };
  const endServices = new Map<string, AnalysisService[]>();
  const matching: string[] = [];
  for (const service of topicServices) {
    const failures = serviceFailures(service, index.institutions.get(service.institutionId), need);
    for (const failure of failures) reject(ctx, failure, 'services', service.id);
    if (failures.length === 0) {
      matching.push(service.id);
      const list = endServices.get(service.institutionId);
      if (list === undefined) endServices.set(service.institutionId, [service]);
      else list.push(service);
    }
  }
  const startIds = resolveStart(graph, start);
  const heap = new MinHeap<QueueItem>();
  const limit = Math.max(1, k);

  if (start.kind === 'self') {
    for (const list of endServices.values()) {
      for (const service of list) {
        if (!service.selfReferral) continue;
        const candidate = direct(ctx, null, service);
        if (candidate !== null) heap.push(total(candidate.costs), candidate);
      }
    }
  } else {
    for (const id of startIds) {
      heap.push(0, {
        type: 'label',
        label: {
          node: id,
          depth: 0,
          visited: [id],
          hops: [],
          pending: null,
          handOverMs: ctx.atMs,
          waited: 0,
          costs: ZERO_COSTS,
        },
      });
    }
    // Self-referral does not depend on which start hands over: offer it once, from the first.
    const firstStart = startIds[0];
    if (firstStart !== undefined) {
      const starts = new Set(startIds);
      for (const [institutionId, list] of endServices) {
        if (starts.has(institutionId)) continue;
        for (const service of list) {
          if (!service.selfReferral) continue;
          const candidate = direct(ctx, firstStart, service);
          if (candidate !== null) heap.push(total(candidate.costs), candidate);
        }
      }
    }
  }

  const routes: Candidate[] = [];
  const seen = new Set<string>();
  const pops = new Map<string, number>();
  const maxLabels = options.maxLabels ?? 100_000;
  const maxDirect = start.kind === 'self' ? k : (options.maxDirect ?? Math.ceil(k / 2));
  // Self-referrals beyond the cap wait here and fill the answer if referral routes run out.
  const deferred: Candidate[] = [];
  let directCount = 0;
  let expanded = 0;
  let truncated = false;
  for (let item = heap.pop(); item !== undefined && routes.length < k; item = heap.pop()) {
    if (isCandidate(item)) {
      const key = signature(item);
      if (seen.has(key)) continue;
      seen.add(key);
      if (item.kind !== 'direct') {
        routes.push(item);
      } else if (directCount < maxDirect) {
        routes.push(item);
        directCount += 1;
      } else {
        deferred.push(item);
      }
      continue;
    }
    const { label } = item;
    const popKey = `${label.node}#${label.depth}`;
    const popped = pops.get(popKey) ?? 0;
    if (popped >= limit) continue;
    pops.set(popKey, popped + 1);
    if (expanded >= maxLabels) {
      truncated = true;
      break;
    }
    expanded += 1;
    if (label.pending !== null || options.includeInHouse === true) {
      for (const service of endServices.get(label.node) ?? []) {
        const candidate = finish(ctx, label, service);
        if (candidate !== null) heap.push(total(candidate.costs), candidate);
      }
    }
    if (label.depth < ctx.maxHops) {
      for (const next of extend(ctx, label)) {
        const pending = next.pending;
        const lowerBound = total(next.costs) + (pending === null ? 0 : responseOf(pending).hours);
        heap.push(lowerBound, { type: 'label', label: next });
      }
    }
  }

  for (const candidate of deferred) {
    if (routes.length >= k) break;
    routes.push(candidate);
  }
  routes.sort((a, b) => total(a.costs) - total(b.costs));
  const best = routes[0] === undefined ? 0 : total(routes[0].costs);
  return {
    routes: routes.map((candidate, i) => {
      const institutionName =
        index.institutions.get(candidate.service.institutionId)?.name ??
        candidate.service.institutionId;
      const { terms, explanation } = explain(i + 1, candidate, best, institutionName);
      return {
        rank: i + 1,
        kind: candidate.kind,
        startId: candidate.startId,
        hops: candidate.hops,
        endService: {
          id: candidate.service.id,
          name: candidate.service.name,
          institutionId: candidate.service.institutionId,
          institutionName,
        },
        expectedHours: candidate.expectedHours,
        cost: total(candidate.costs),
        costTerms: terms,
        explanation,
      };
    }),
    startIds,
    topicServiceCount: topicServices.length,
    matchingServiceIds: matching.sort(),
    rejections: summarise(ctx.rejections),
    labelsExpanded: expanded,
    truncated,
  };
}

// Explaining an empty answer ------------------------------------------------------------------

/** A constraint relaxed on its own, with the routes that then exist. */
export interface Relaxation {
  readonly constraint: RouteConstraint | 'municipality';
  readonly description: LocalizedLabel;
  /** The need with this one constraint relaxed. */
  readonly need: ReferralNeed;
  readonly routes: readonly ReferralRoute[];
}

/** Why no route fits, and which single relaxations would yield one. */
export interface NoRouteExplanation {
  /** The original search's rejections, most frequent first. */
  readonly failedConstraints: readonly ConstraintRejection[];
  readonly summary: LocalizedLabel;
  /** Relaxations that yield routes, cheapest best route first. */
  readonly relaxations: readonly Relaxation[];
  /** Relaxations tried that still yield nothing. */
  readonly fruitless: readonly (RouteConstraint | 'municipality')[];
}

const CONSTRAINT_LABELS: Readonly<Record<RouteConstraint, LocalizedLabel>> = {
  topic: { de: 'Thema', en: 'topic' },
  target_group: { de: 'Zielgruppe', en: 'target group' },
  age: { de: 'Alter', en: 'age' },
  language: { de: 'Sprache', en: 'language' },
  area: { de: 'Einzugsgebiet', en: 'service area' },
  time: { de: 'Öffnungszeiten zum Zeitpunkt', en: 'opening hours at the moment' },
  capacity: { de: 'freie Plätze', en: 'free places' },
  accessibility: { de: 'Barrierefreiheit', en: 'accessibility' },
  consent: { de: 'Einwilligung', en: 'consent' },
  data_mode: { de: 'Datenweitergabe', en: 'data mode' },
  structural: { de: 'nur strukturell (kein Einzelfall)', en: 'structural only (no case)' },
};

function candidateRelaxations(
  graph: AnalysisGraph,
  need: ReferralNeed,
): { constraint: Relaxation['constraint']; description: LocalizedLabel; need: ReferralNeed }[] {
  const relaxations: {
    constraint: Relaxation['constraint'];
    description: LocalizedLabel;
    need: ReferralNeed;
  }[] = [];
  const without = (key: Exclude<keyof ReferralNeed, 'topic' | 'municipality'>): ReferralNeed => ({
    ...need,
    [key]: undefined,
  });
  if (need.language !== undefined) {
    relaxations.push({
      constraint: 'language',
      description: {
        de: 'Eine Route gibt es ohne die Sprachanforderung (Sprachmittlung nötig).',
        en: 'A route exists without the language constraint (interpreting needed).',
      },
      need: without('language'),
    });
  }
  if (need.at !== undefined && (need.urgency ?? 'days') !== 'weeks') {
    relaxations.push({
      constraint: 'time',
      description: {
        de: 'Eine Route gibt es, wenn auf die nächsten Öffnungszeiten gewartet werden kann.',
        en: 'A route exists if waiting for the next opening hours is acceptable.',
      },
      need: { ...need, urgency: 'weeks' },
    });
  }
  if (need.age !== undefined) {
    relaxations.push({
      constraint: 'age',
      description: {
        de: 'Eine Route gibt es ohne die Altersgrenze.',
        en: 'A route exists without the age limit.',
      },
      need: without('age'),
    });
  }
  if (need.targetGroup !== undefined) {
    relaxations.push({
      constraint: 'target_group',
      description: {
        de: 'Eine Route gibt es ohne die Zielgruppe.',
        en: 'A route exists without the target group.',
      },
      need: without('targetGroup'),
    });
  }
  const municipality = graphIndex(graph).municipalities.get(need.municipality);
  for (const neighbour of municipality?.neighbours ?? []) {
    const name = graphIndex(graph).municipalities.get(neighbour)?.name ?? neighbour;
    relaxations.push({
      constraint: 'municipality',
      description: {
        de: `Eine Route gibt es in der Nachbargemeinde ${name}.`,
        en: `A route exists in the neighbouring municipality ${name}.`,
      },
      need: { ...need, municipality: neighbour },
    });
  }
  if (need.ignoreFullCapacity !== true) {
    relaxations.push({
      constraint: 'capacity',
      description: {
        de: 'Eine Route gibt es, sobald ein Platz frei wird (Dienst derzeit voll).',
        en: 'A route exists once a place comes free (service currently full).',
      },
      need: { ...need, ignoreFullCapacity: true },
    });
  }
  if (need.accessibility !== undefined && need.accessibility.length > 0) {
    relaxations.push({
      constraint: 'accessibility',
      description: {
        de: 'Eine Route gibt es ohne die Anforderungen an Barrierefreiheit.',
        en: 'A route exists without the accessibility requirements.',
      },
      need: without('accessibility'),
    });
  }
  if (need.consent === 'not_obtainable') {
    relaxations.push({
      constraint: 'consent',
      description: {
        de: 'Eine Route gibt es, wenn die Einwilligung eingeholt werden kann.',
        en: 'A route exists if consent can be obtained.',
      },
      need: without('consent'),
    });
  }
  if (need.dataModes !== undefined) {
    relaxations.push({
      constraint: 'data_mode',
      description: {
        de: 'Eine Route gibt es mit einer anderen Form der Datenweitergabe.',
        en: 'A route exists with another data mode.',
      },
      need: without('dataModes'),
    });
  }
  const parent = topicByCode(need.topic).parent;
  if (parent !== null) {
    const label = topicByCode(parent).label;
    relaxations.push({
      constraint: 'topic',
      description: {
        de: `Eine Route gibt es zum übergeordneten Thema „${label.de}“.`,
        en: `A route exists for the wider topic "${label.en}".`,
      },
      need: { ...need, topic: parent },
    });
  }
  return relaxations;
}

/**
 * Explains an empty (or thin) answer: which constraints ruled candidates out, and which
 * single relaxation (language, time, age, target group, neighbouring municipality, capacity,
 * accessibility, consent, data mode, wider topic) yields routes, each with up to `k` routes.
 */
export function explainNoRoute(
  graph: AnalysisGraph,
  start: RouteStart,
  need: ReferralNeed,
  k = 1,
  options: RouteSearchOptions = {},
): NoRouteExplanation {
  const original = findReferralRoutes(graph, start, need, k, options);
  const relaxations: Relaxation[] = [];
  const fruitless: Relaxation['constraint'][] = [];
  for (const candidate of candidateRelaxations(graph, need)) {
    const result = findReferralRoutes(graph, start, candidate.need, k, options);
    if (result.routes.length > 0) relaxations.push({ ...candidate, routes: result.routes });
    else fruitless.push(candidate.constraint);
  }
  relaxations.sort((a, b) => (a.routes[0]?.cost ?? 0) - (b.routes[0]?.cost ?? 0));

  const parts = original.rejections
    .filter((r) => r.serviceCount > 0)
    .map((r) => ({
      de: `${r.serviceCount} an ${CONSTRAINT_LABELS[r.constraint].de}`,
      en: `${r.serviceCount} on ${CONSTRAINT_LABELS[r.constraint].en}`,
    }));
  const topicCount = original.topicServiceCount;
  const matchingCount = original.matchingServiceIds.length;
  const onTopic = counted(topicCount, ['Dienst', 'Dienste'], ['service', 'services']);
  const fitting = counted(
    matchingCount,
    ['passender Dienst', 'passende Dienste'],
    ['fitting service', 'fitting services'],
  );
  const summary: LocalizedLabel =
    topicCount === 0
      ? {
          de: 'Kein Dienst im Ausschnitt bietet dieses Thema an.',
          en: 'No service in scope offers this topic.',
        }
      : {
          de:
            `${onTopic.de} zum Thema; es scheitern ${parts.map((p) => p.de).join(', ') || 'keine an festen Bedingungen'}. ` +
            `${fitting.de}: ${original.routes.length === 0 ? 'vom Start aus nicht rechtzeitig erreichbar.' : 'erreichbar.'}`,
          en:
            `${onTopic.en} on the topic; failing: ${parts.map((p) => p.en).join(', ') || 'none on fixed conditions'}. ` +
            `${fitting.en}: ${original.routes.length === 0 ? 'cannot be reached from the start in time.' : 'can be reached.'}`,
        };
  return { failedConstraints: original.rejections, summary, relaxations, fruitless };
}
