/**
 * Child protection in the route finder's answer (decision 022): a professional asking for a child
 * is never told to let the child get in touch alone (no self-referral routes), route templates with several steps are
 * expanded into named steps (`templates.ts`), and for a start bound by § 4 KKG with a
 * child-endangerment need the legal procedure (`procedure.ts`) comes first, whatever the others
 * cost. Applied to every answer of the search, as its last step.
 */
import {
  referralRouteById,
  routeMatchesNeed,
  targetGroupByCode,
  type LocalizedLabel,
} from '@schutznetz/domain';
import type { AnalysisGraph } from '../graph';
import { graphIndex, type GraphIndex } from '../graph-index';
import { toEpochMs } from '../opening-hours';
import { capacityMomentMs, capacityState } from './capacity';
import { add, consentPenalty, total, ZERO_COSTS, type Costs } from './cost';
import { routeEligibility } from './eligibility';
import { buildProcedure, type ProcedureCandidate } from './procedure';
import { expandTemplateLegs, handOverPenalty } from './templates';
import type {
  ReferralHop,
  ReferralNeed,
  ReferralRoute,
  RouteSearchResult,
  RouteStart,
} from './types';
import { explainRank, formatHours } from './wording';

/**
 * Below this age a person is a child (§ 7 SGB VIII: Kind < 14): a professional asking for them is
 * never offered the child's self-referral.
 */
export const CHILD_AGE_LIMIT = 14;

/** The template whose topics define child endangerment for the procedure (§ 4 KKG). */
const KKG4_TEMPLATE = referralRouteById('R08');

/**
 * Whether the need's person is a child: younger than 14, or, without an age, of a target group
 * of children under 14. Adolescents (14–17) may still get in touch with services themselves.
 */
export function isChildNeed(need: Pick<ReferralNeed, 'age' | 'targetGroup'>): boolean {
  if (need.age !== undefined) return need.age < CHILD_AGE_LIMIT;
  if (need.targetGroup === undefined) return false;
  const group = targetGroupByCode(need.targetGroup);
  return (
    group.category === 'children_youth' && group.maxAge !== null && group.maxAge <= CHILD_AGE_LIMIT
  );
}

/**
 * Whether the need is a child-endangerment one the § 4 KKG procedure is for: a topic of the
 * child-harm family (abuse, neglect, emotional abuse, the "§ 8a / InsoFa" assessment, or their
 * group), for a minor (no age, or under 18) of no adult-only target group.
 */
export function isChildEndangermentNeed(
  need: Pick<ReferralNeed, 'topic' | 'age' | 'targetGroup'>,
): boolean {
  if (!routeMatchesNeed(KKG4_TEMPLATE, { topic: need.topic })) return false;
  if (need.age !== undefined && need.age >= 18) return false;
  return (
    need.targetGroup === undefined || targetGroupByCode(need.targetGroup).category !== 'adults'
  );
}

/** A route's costs per term, read back from its cost terms. */
function costsOf(route: ReferralRoute): Costs {
  const costs: Record<string, number> = { ...ZERO_COSTS };
  for (const term of route.costTerms) costs[term.kind] = term.hours;
  return costs as Costs;
}

/** A route with the legs of its templates filled in, and their time and penalties added. */
function expanded(index: GraphIndex, need: ReferralNeed, route: ReferralRoute): ReferralRoute {
  const hops = expandTemplateLegs(index, need, route.hops);
  const added = hops.filter((hop) => hop.inferred === true && !route.hops.includes(hop));
  const same = (hop: ReferralHop, i: number): boolean =>
    (hop.step ?? null) === (route.hops[i]?.step ?? null);
  if (added.length === 0 && hops.every(same)) return route;
  const response = added.reduce((sum, hop) => sum + hop.responseHours, 0);
  const costs = add(costsOf(route), {
    response,
    hand_over: added.reduce((sum, hop) => sum + handOverPenalty(hop), 0),
    consent: added.reduce(
      (sum, hop) => sum + (hop.consent === null ? 0 : consentPenalty(hop.consent)),
      0,
    ),
  });
  const expectedHours = route.expectedHours + response;
  const { terms } = explainRank(
    route.rank,
    { kind: route.kind, hops, expectedHours, costs },
    0,
    route.endService.institutionName,
  );
  return { ...route, hops, expectedHours, cost: total(costs), costTerms: terms };
}

/** The best procedure among the starts: fewest inferred legs, then cheapest, then by id. */
function bestProcedure(
  index: GraphIndex,
  startIds: readonly string[],
  need: ReferralNeed,
): ProcedureCandidate | null {
  const atMs = need.at === undefined ? null : toEpochMs(need.at);
  let best: ProcedureCandidate | null = null;
  for (const id of startIds) {
    const start = index.institutions.get(id);
    const candidate = start === undefined ? null : buildProcedure(index, start, need, atMs);
    if (candidate === null) continue;
    if (
      best === null ||
      candidate.inferredCount < best.inferredCount ||
      (candidate.inferredCount === best.inferredCount && total(candidate.costs) < total(best.costs))
    ) {
      best = candidate;
    }
  }
  return best;
}

const PROCEDURE_LEAD: LocalizedLabel = {
  de: 'das gesetzliche Verfahren bei Kindeswohlgefährdung (§ 4 KKG, § 8a SGB VIII) geht allen anderen Wegen vor',
  en: 'the legal child-protection procedure (§ 4 KKG, § 8a SGB VIII) comes before every other route',
};

/** The procedure as the answer's first route. */
function procedureRoute(
  index: GraphIndex,
  need: ReferralNeed,
  procedure: ProcedureCandidate,
): ReferralRoute {
  const { service } = procedure;
  const institution = index.institutions.get(service.institutionId);
  const institutionName = institution?.name ?? service.institutionId;
  const { terms } = explainRank(1, { ...procedure, kind: 'procedure' }, 0, institutionName);
  const expected = formatHours(procedure.expectedHours);
  const cost = total(procedure.costs);
  const sum = (locale: 'de' | 'en'): string =>
    terms.map((t) => `${t.label[locale]} ${formatHours(t.hours)[locale]}`).join(' + ');
  return {
    rank: 1,
    kind: 'procedure',
    startId: procedure.startId,
    hops: procedure.hops,
    endService: {
      id: service.id,
      name: service.name,
      institutionId: service.institutionId,
      institutionName,
    },
    endCapacity: capacityState(service, capacityMomentMs(need)),
    expectedHours: procedure.expectedHours,
    cost,
    costTerms: terms,
    explanation: {
      de:
        `Rang 1: ${PROCEDURE_LEAD.de}; Antwort von ${institutionName} nach etwa ${expected.de} erwartet. ` +
        `Bewertung ${formatHours(cost).de} = ${sum('de')}.`,
      en:
        `Rank 1: ${PROCEDURE_LEAD.en}; response from ${institutionName} expected after about ${expected.en}. ` +
        `Score ${formatHours(cost).en} = ${sum('en')}.`,
    },
    ...routeEligibility(service, institution, need),
  };
}

/** Whether `route` only repeats part of the procedure: same end, no path the procedure lacks. */
function repeats(route: ReferralRoute, procedure: ProcedureCandidate): boolean {
  if (route.endService.id !== procedure.service.id) return false;
  const paths = new Set(procedure.hops.map((hop) => hop.referralPathId));
  return route.hops.every((hop) => hop.referralPathId === null || paths.has(hop.referralPathId));
}

/**
 * The search's answer with the child-protection rules applied: self-referral routes removed when
 * a professional asks for a child, template legs filled in, and the procedure first where it applies; ranks and
 * explanations follow the new order, at most `k` routes.
 */
export function withChildProtection(
  graph: AnalysisGraph,
  start: RouteStart,
  need: ReferralNeed,
  k: number,
  result: RouteSearchResult,
): RouteSearchResult {
  const index = graphIndex(graph);
  // A professional asking for a child acts for the child; a child asking alone (the `self` start)
  // may seek advice on their own (§ 8 Abs. 3 SGB VIII).
  const professionalActs = start.kind !== 'self' && isChildNeed(need);
  const procedure =
    start.kind !== 'self' && isChildEndangermentNeed(need)
      ? bestProcedure(index, result.startIds, need)
      : null;
  const others = result.routes
    .filter((route) => !(professionalActs && route.hops.some((hop) => hop.via === 'self_referral')))
    .map((route) => expanded(index, need, route))
    .filter((route) => procedure === null || !repeats(route, procedure));
  const changed =
    procedure !== null ||
    others.length !== result.routes.length ||
    others.some((route, i) => route !== result.routes[i]);
  if (!changed) return result;
  others.sort((a, b) => a.cost - b.cost);
  const lead = procedure === null ? [] : [procedureRoute(index, need, procedure)];
  const best = others[0]?.cost ?? 0;
  const ranked = others.slice(0, Math.max(0, k - lead.length)).map((route, i) => {
    const rank = lead.length + i + 1;
    const { explanation } = explainRank(
      rank,
      { ...route, costs: costsOf(route) },
      best,
      route.endService.institutionName,
      lead.length + 1,
    );
    return { ...route, rank, explanation };
  });
  return { ...result, routes: [...lead, ...ranked] };
}
