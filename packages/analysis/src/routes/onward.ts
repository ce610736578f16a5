/**
 * Routes that go on: a direct contact followed by referral paths from the institution contacted
 * (the police phone a shelter that hands over to one with places; the person calls a counselling
 * centre that refers onward), and the shelter-to-shelter hand-over of R05 where no referral path
 * between two shelters is recorded (inferred from the template, "nach Vorlage, nicht vereinbart").
 */
import { referralRouteById, selectionIncludes } from '@schutznetz/domain';
import type { AnalysisReferralPath, AnalysisService } from '../graph';
import { listOf } from '../graph-index';
import { capacityMomentMs, isReportedFull } from './capacity';
import { add, interpreterPenalty } from './cost';
import type { SearchContext } from './context';
import { contact, type Label } from './steps';
import { HOUR_MS } from './timing';

/** A referral path the search may take: recorded, or inferred from a route template. */
export type RoutePath = AnalysisReferralPath & { readonly inferred?: boolean };

/** The template by which shelters hand over to each other. */
const SHELTER_HAND_OVER = referralRouteById('R05');

/** The path R05 implies from shelter `fromId` to shelter `toId`, with the template's conditions. */
function shelterHandOver(fromId: string, toId: string): RoutePath {
  const { conditions, hops } = SHELTER_HAND_OVER;
  const urgency = conditions.urgency.kind === 'range' ? conditions.urgency.slowest : 'same_day';
  return {
    id: `inferred:${SHELTER_HAND_OVER.id}:${fromId}>${toId}`,
    fromId,
    toId,
    routeTemplate: SHELTER_HAND_OVER.id,
    topics: [],
    consent: conditions.consent,
    dataMode: hops[0].dataModes[0],
    urgency,
    responseHours: null,
    afterHours: conditions.afterHours,
    conditions: null,
    inferred: true,
  };
}

/**
 * The R05 hand-overs the search may add at each institution: from a shelter reported full to
 * every shelter among `endInstitutionIds` (those with a service that meets the need) to which it
 * records no referral path. (A shelter with places hands over only along recorded paths: the
 * template's other trigger, distance for safety, is agreed case by case.) Computed once per
 * institution and query.
 */
export function shelterHandOvers(
  ctx: SearchContext,
  endInstitutionIds: Iterable<string>,
): (institutionId: string) => readonly RoutePath[] {
  const isShelter = (id: string, side: 'from' | 'to'): boolean => {
    const kind = ctx.index.institutions.get(id)?.kind;
    if (kind === undefined) return false;
    return side === 'from'
      ? selectionIncludes(SHELTER_HAND_OVER.from, kind)
      : SHELTER_HAND_OVER.hops[0].to.includes(kind);
  };
  const targets = [...endInstitutionIds].filter((id) => isShelter(id, 'to'));
  const atMs = capacityMomentMs(ctx.need);
  const isFull = (id: string): boolean =>
    listOf(ctx.index.servicesOf, id).some((service) => isReportedFull(service, atMs));
  const cache = new Map<string, readonly RoutePath[]>();
  return (institutionId) => {
    let paths = cache.get(institutionId);
    if (paths === undefined) {
      const recorded = new Set(listOf(ctx.index.outPaths, institutionId).map((p) => p.toId));
      paths =
        targets.length === 0 || !isShelter(institutionId, 'from') || !isFull(institutionId)
          ? []
          : targets
              .filter((id) => id !== institutionId && !recorded.has(id))
              .map((id) => shelterHandOver(institutionId, id));
      cache.set(institutionId, paths);
    }
    return paths;
  };
}

/**
 * Labels standing at the institutions a direct contact reaches, from which referral paths go
 * on: one per institution (not a start, nor of a start's kind) with a service on the topic that
 * takes direct contact, reachable at the moment; the first such service (24/7 ones first) carries
 * the contact. The service need not meet the need itself: a full shelter takes the call and hands
 * over.
 */
export function contactLabels(
  ctx: SearchContext,
  startId: string | null,
  startIds: ReadonlySet<string>,
  topicServices: readonly AnalysisService[],
): Label[] {
  // Not the start's own kind: the police in Zerbst do not hand over to the police in Köthen.
  const startKinds = new Set([...startIds].map((id) => ctx.index.institutions.get(id)?.kind));
  const chosen = new Map<string, AnalysisService>();
  for (const service of topicServices) {
    if (!service.selfReferral || startIds.has(service.institutionId)) continue;
    if (startKinds.has(ctx.index.institutions.get(service.institutionId)?.kind)) continue;
    const current = chosen.get(service.institutionId);
    if (current === undefined || (!current.available24x7 && service.available24x7)) {
      chosen.set(service.institutionId, service);
    }
  }
  const labels: Label[] = [];
  for (const [institutionId, service] of chosen) {
    const reached = contact(ctx, startId, service, false);
    if (reached === null) continue;
    const { hop } = reached;
    const contactMs = hop.contactAt === null ? null : Date.parse(hop.contactAt);
    const institution = ctx.index.institutions.get(institutionId);
    labels.push({
      node: institutionId,
      depth: 1,
      visited: startId === null ? [institutionId] : [startId, institutionId],
      hops: [hop],
      pending: null,
      handOverMs: contactMs === null ? null : contactMs + hop.responseHours * HOUR_MS,
      waited: hop.waitHours,
      costs:
        institution === undefined
          ? reached.costs
          : add(reached.costs, { interpreter: interpreterPenalty(ctx.need, institution) }),
    });
  }
  return labels;
}

/** Whether a partial route began with a direct contact (then goes on along referral paths). */
export function startsWithContact(label: Label): boolean {
  const first = label.hops[0];
  return first !== undefined && (first.via === 'direct_contact' || first.via === 'self_referral');
}
