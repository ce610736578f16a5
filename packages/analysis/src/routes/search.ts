/**
 * The route search: from a start (an institution, the institutions of a kind in a municipality,
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
import type { AnalysisGraph, AnalysisService } from '../graph';
import { graphIndex, listOf, servicesForTopic } from '../graph-index';
import { withChildProtection } from './child-protection';
import { serviceFailures } from './constraints';
import { reject, searchContext, summariseRejections } from './context';
import { routeEligibility } from './eligibility';
import { capacityMomentMs, capacityState } from './capacity';
import { responseOf, total } from './cost';
import { contactLabels, shelterHandOvers, startsWithContact } from './onward';
import { PriorityQueue } from './queue';
import { direct, extend, finish, startLabel, type Candidate, type Label } from './steps';
import type { ReferralNeed, RouteSearchOptions, RouteSearchResult, RouteStart } from './types';
import { explainRank } from './wording';

/** Routes to one end service in an answer while routes to other ends remain. */
const MAX_ROUTES_PER_END = 2;

type QueueItem = { readonly type: 'label'; readonly label: Label } | Candidate;

function isCandidate(item: QueueItem): item is Candidate {
  return !('type' in item);
}

/** One key per route: the same start, hops and end service are the same route. */
function signature(candidate: Candidate): string {
  return [
    candidate.startId ?? 'self',
    ...candidate.hops.map((h) => h.referralPathId ?? `${h.via}:${h.from ?? ''}>${h.to}`),
    candidate.service.id,
  ].join('|');
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
              listOf(index.servicesOf, i.id).some((s) =>
                index.region.covers(s.area, start.municipality),
              ),
            );
      return chosen.map((i) => i.id).sort();
    }
  }
}

/**
 * Up to `k` ranked routes from `start` to services that meet `need`. Every route respects
 * every constraint of the need: the end service's topic, target group, age range, language,
 * service area, accessibility, free capacity (where reported) and consent; each hop's topic,
 * template target groups and age limits, consent and data mode; and, when `need.at` is given,
 * opening hours at the moment each receiver is reached (waiting no longer than the urgency
 * allows). Routes are ranked by expected hours plus {@link ROUTE_PENALTY_HOURS}; each carries
 * its cost terms and an explanation. Self-referrals fill at most half of the `k` places
 * (`options.maxDirect`) and one end service at most two, unless other routes run out. A direct
 * contact may go on along referral paths, and a shelter may hand over to another by R05 where no
 * path is recorded (see `onward`). When none is found, `rejections` says
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
  const ctx = searchContext(index, need, options);
  const endServices = new Map<string, AnalysisService[]>();
  const matching: string[] = [];
  for (const service of topicServices) {
    const institution = index.institutions.get(service.institutionId);
    const failures = serviceFailures(index.region, service, institution, need, start);
    for (const failure of failures) reject(ctx, failure, 'services', service.id);
    if (failures.length === 0) {
      matching.push(service.id);
      const list = endServices.get(service.institutionId);
      if (list === undefined) endServices.set(service.institutionId, [service]);
      else list.push(service);
    }
  }
  const startIds = resolveStart(graph, start);
  const heap = new PriorityQueue<QueueItem>();
  const limit = Math.max(1, k);
  const handOvers = shelterHandOvers(ctx, endServices.keys());
  const pushLabel = (label: Label): void => {
    const pending = label.pending;
    const lowerBound = total(label.costs) + (pending === null ? 0 : responseOf(pending).hours);
    heap.push(lowerBound, { type: 'label', label });
  };

  if (start.kind === 'self') {
    for (const list of endServices.values()) {
      for (const service of list) {
        if (!service.selfReferral) continue;
        const candidate = direct(ctx, null, service);
        if (candidate !== null) heap.push(total(candidate.costs), candidate);
      }
    }
    contactLabels(ctx, null, new Set(), topicServices).forEach(pushLabel);
  } else {
    for (const id of startIds) {
      heap.push(0, { type: 'label', label: startLabel(ctx, id) });
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
      contactLabels(ctx, firstStart, starts, topicServices).forEach(pushLabel);
    }
  }

  const routes: Candidate[] = [];
  const seen = new Set<string>();
  const pops = new Map<string, number>();
  const maxLabels = options.maxLabels ?? 100_000;
  const maxDirect = start.kind === 'self' ? k : (options.maxDirect ?? Math.ceil(k / 2));
  // Self-referrals beyond the cap, and routes to an end already reached twice, wait here and
  // fill the answer if other routes run out.
  const deferred: Candidate[] = [];
  const perEnd = new Map<string, number>();
  let directCount = 0;
  let expanded = 0;
  let truncated = false;
  for (let item = heap.pop(); item !== undefined && routes.length < k; item = heap.pop()) {
    if (isCandidate(item)) {
      const key = signature(item);
      if (seen.has(key)) continue;
      seen.add(key);
      const toEnd = perEnd.get(item.service.id) ?? 0;
      if (toEnd >= MAX_ROUTES_PER_END || (item.kind === 'direct' && directCount >= maxDirect)) {
        deferred.push(item);
        continue;
      }
      routes.push(item);
      perEnd.set(item.service.id, toEnd + 1);
      if (item.kind === 'direct') directCount += 1;
      continue;
    }
    const { label } = item;
    // Routes after a direct contact have their own budget: they must not crowd out the paths.
    const popKey = `${label.node}#${label.depth}${startsWithContact(label) ? '#contact' : ''}`;
    const popped = pops.get(popKey) ?? 0;
    if (popped >= limit) continue;
    pops.set(popKey, popped + 1);
    if (expanded >= maxLabels) {
      truncated = true;
      break;
    }
    expanded += 1;
    // A label after a direct contact finishes only by going on: its own end is the direct route.
    if (label.pending !== null || (label.depth === 0 && options.includeInHouse === true)) {
      for (const service of endServices.get(label.node) ?? []) {
        // After a direct contact, a service the start could contact directly is no gain.
        if (service.selfReferral && startsWithContact(label)) continue;
        const candidate = finish(ctx, label, service);
        if (candidate !== null) heap.push(total(candidate.costs), candidate);
      }
    }
    if (label.depth < ctx.maxHops) extend(ctx, label, handOvers(label.node)).forEach(pushLabel);
  }

  for (const candidate of deferred) {
    if (routes.length >= k) break;
    routes.push(candidate);
  }
  routes.sort((a, b) => total(a.costs) - total(b.costs));
  const best = routes[0] === undefined ? 0 : total(routes[0].costs);
  const capacityMs = capacityMomentMs(need);
  return withChildProtection(graph, start, need, k, {
    routes: routes.map((candidate, i) => {
      const institutionName =
        index.institutions.get(candidate.service.institutionId)?.name ??
        candidate.service.institutionId;
      const { terms, explanation } = explainRank(i + 1, candidate, best, institutionName);
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
        endCapacity: capacityState(candidate.service, capacityMs),
        expectedHours: candidate.expectedHours,
        cost: total(candidate.costs),
        costTerms: terms,
        explanation,
        ...routeEligibility(
          candidate.service,
          index.institutions.get(candidate.service.institutionId),
          need,
        ),
      };
    }),
    startIds,
    topicServiceCount: topicServices.length,
    matchingServiceIds: matching.sort(),
    rejections: summariseRejections(ctx),
    labelsExpanded: expanded,
    truncated,
  });
}
