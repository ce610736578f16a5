/**
 * The route finder's vocabulary: where a route starts, what the person needs, the constraints a
 * route is checked against, and what a search answers (routes with hops and cost terms,
 * rejections, relaxations). Types only.
 */
import type {
  AccessibilityFeature,
  ConsentRequirement,
  DataMode,
  InstitutionKindCode,
  LanguageCode,
  LocalizedLabel,
  ReferralRouteId,
  RegionCode,
  TargetGroupCode,
  TopicCode,
  Urgency,
} from '@schutznetz/domain';
import type { LanguageMatch } from '../matching';
import type { Availability } from '../opening-hours';

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
  /** Children who come along (e.g. to a shelter): every route must take each of them too. */
  readonly children?: readonly AccompanyingChild[];
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

/**
 * A named step of the child-protection procedure (§ 4 KKG, § 8a SGB VIII), in its order:
 * `conversation` with the child and the parents at the start institution itself (no contact
 * needed; left out when it would endanger the child), `consultation` of an insoweit erfahrene
 * Fachkraft (pseudonymised), `notification` of the ASD when the danger cannot be averted, and
 * `feedback` from the ASD to the reporting professional (§ 4 Abs. 4 KKG).
 */
export type ProcedureStepKind = 'conversation' | 'consultation' | 'notification' | 'feedback';

/**
 * What carries a hop: a referral path (recorded, or inferred from a template), the person's own
 * contact (`self` starts), the start institution's direct contact (it phones the receiver, with
 * the person's consent), or a procedure step that hands nobody over (the conversation at the
 * start, the feedback to it).
 */
export type HopVia = 'referral_path' | 'self_referral' | 'procedure_step' | 'direct_contact';

/** One step of a route. */
export interface ReferralHop {
  /** The institution that hands over; `null` when the person acts on their own. */
  readonly from: string | null;
  /** The institution reached; for a `conversation` step the start itself. */
  readonly to: string;
  readonly via: HopVia;
  /** The recorded path taken; `null` for self-referrals, procedure steps and inferred legs. */
  readonly referralPathId: string | null;
  readonly templateId: ReferralRouteId | null;
  /**
   * The leg has no recorded referral path: it is filled in from the route template `templateId`
   * with the institution of the template's target kind that serves the need's municipality
   * ("nach Vorlage, nicht vereinbart"). Absent means `false`.
   */
  readonly inferred?: boolean;
  /** The procedure step this hop is; absent (or `null`) for an ordinary hand-over. */
  readonly step?: ProcedureStepKind | null;
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

/**
 * The free places of a service with places at the route's moment: free or full when reported
 * within 24 hours of it, unknown otherwise (never reported, or the report is older).
 */
export interface CapacityState {
  readonly state: 'free' | 'full' | 'unknown';
  /** Free places reported; `null` when unknown. */
  readonly free: number | null;
  /** When the places were last reported (ISO), if ever. */
  readonly reportedAt: string | null;
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
  | 'out_of_area'
  | 'language_unknown'
  | 'eligibility_unknown';

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
  /**
   * In the start's own house, by direct self-referral, along referral paths, or the legal
   * child-protection procedure (§ 4 KKG / § 8a SGB VIII), which comes first whatever it costs.
   */
  readonly kind: 'in_house' | 'direct' | 'referral' | 'procedure';
  readonly startId: string | null;
  readonly hops: readonly ReferralHop[];
  readonly endService: {
    readonly id: string;
    readonly name: string;
    readonly institutionId: string;
    readonly institutionName: string;
  };
  /** The end service's free places at the route's moment; `null` for a service without places. */
  readonly endCapacity: CapacityState | null;
  /** Expected hours until the end service responds: response times plus waiting. */
  readonly expectedHours: number;
  /** The ranking key: expected hours plus penalties, in hours. */
  readonly cost: number;
  readonly costTerms: readonly CostTerm[];
  readonly explanation: LocalizedLabel;
  /**
   * How the end service meets the need's language: confirmed, by interpreting, or unknown (it
   * records no language: ask); `null` when the need names no language.
   */
  readonly languageMatch: RouteLanguageMatch | null;
  /** What the route leaves open and should be asked before the hand-over. */
  readonly openQuestions: readonly EligibilityReason[];
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

/** A constraint relaxed on its own, with the routes that then exist. */
export interface Relaxation {
  readonly constraint: RouteConstraint | 'municipality';
  readonly description: LocalizedLabel;
  /** The need with this one constraint relaxed. */
  readonly need: ReferralNeed;
  /** For a `municipality` relaxation: the neighbouring municipality tried (in the scope). */
  readonly municipality: { readonly code: RegionCode; readonly name: string } | null;
  readonly routes: readonly ReferralRoute[];
}

/** Why no route fits, and which single relaxations would yield one. */
export interface NoRouteExplanation {
  /** The original search's rejections, most frequent first. */
  readonly failedConstraints: readonly ConstraintRejection[];
  readonly summary: LocalizedLabel;
  /** Relaxations that yield routes, cheapest best route first. */
  readonly relaxations: readonly Relaxation[];
  /** Relaxations tried that still yield nothing (each condition once). */
  readonly fruitless: readonly (RouteConstraint | 'municipality')[];
  /** The neighbouring municipalities (in the scope) tried without a route. */
  readonly fruitlessMunicipalities: readonly { readonly code: RegionCode; readonly name: string }[];
}

/** A child who comes along with the person concerned. */
export interface AccompanyingChild {
  /** Age in completed years. */
  readonly age: number;
  /** Unstated: a limit for boys is then a question to ask, not a refusal. */
  readonly gender?: 'boy' | 'girl';
}

/** How a route's end service meets the need's language. */
export type RouteLanguageMatch = Exclude<LanguageMatch, 'none'>;

/** One condition a service fails (or leaves open), in words. */
export interface EligibilityReason {
  readonly constraint: RouteConstraint;
  /** The child it concerns (its position in `need.children`), or `null` for the person. */
  readonly child: number | null;
  readonly label: LocalizedLabel;
}

/** A service on the topic that no route ends at, with every condition it fails. */
export interface LeftOutService {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly institutionId: string;
  readonly institutionName: string;
  /** Where its institution sits. */
  readonly municipality: RegionCode;
  readonly reasons: readonly EligibilityReason[];
}

/**
 * What one condition left out of an answer: how many services on the topic fail it, and the
 * nearest of them (fewest failed conditions first, then those closest to the person).
 */
export interface LeftOut {
  readonly constraint: RouteConstraint;
  readonly serviceCount: number;
  /** The condition in words, e.g. "Sprache Russisch" or "no service on the topic in scope". */
  readonly description: LocalizedLabel;
  readonly nearest: readonly LeftOutService[];
}
