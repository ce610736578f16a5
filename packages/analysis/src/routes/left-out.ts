/**
 * Nothing is excluded silently: for every answer, what each condition left out, with the
 * nearest services it excluded and every reason they fail (naming the child a limit concerns).
 * When no service on the topic exists in the scope at all, a `topic` entry says so.
 */
import {
  targetGroupByCode,
  topicByCode,
  type LocalizedLabel,
  type RegionCatalog,
  type RegionCode,
} from '@schutznetz/domain';
import type { AnalysisGraph, AnalysisInstitution, AnalysisService } from '../graph';
import { graphIndex, servicesForTopic, type GraphIndex } from '../graph-index';
import { serviceHours } from '../matching';
import { toEpochMs } from '../opening-hours';
import { MAX_WAIT_HOURS } from './cost';
import { serviceFailures } from './constraints';
import { exclusionReasons, languageName, regionName, timeReason } from './eligibility';
import { reach } from './timing';
import type {
  LeftOut,
  LeftOutService,
  ReferralNeed,
  RouteConstraint,
  RouteSearchResult,
  RouteStart,
} from './types';

/** Services listed per condition at most. */
export const LEFT_OUT_NEAREST = 8;

/** The condition as the need states it, e.g. "Sprache: Russisch". */
function conditionText(
  region: RegionCatalog,
  constraint: RouteConstraint,
  need: ReferralNeed,
  selfAsks = false,
): LocalizedLabel {
  switch (constraint) {
    case 'topic': {
      const topic = topicByCode(need.topic).label;
      return {
        de: `Kein Angebot zum Thema „${topic.de}“ im Gebiet der Abfrage`,
        en: `No service on the topic "${topic.en}" in the scope`,
      };
    }
    case 'language': {
      const name = need.language === undefined ? null : languageName(need.language);
      return { de: `Sprache: ${name?.de ?? '–'}`, en: `Language: ${name?.en ?? '–'}` };
    }
    case 'area': {
      const place = regionName(region, need.municipality);
      return { de: `Wohnort: ${place.de}`, en: `Home municipality: ${place.en}` };
    }
    case 'age': {
      const ages = (need.children ?? []).map((c) => c.age).join(', ');
      const person = need.age === undefined ? '' : String(need.age);
      return {
        de: `Alter: ${[person, ages && `Kinder ${ages}`].filter(Boolean).join('; ')}`,
        en: `Age: ${[person, ages && `children ${ages}`].filter(Boolean).join('; ')}`,
      };
    }
    case 'capacity':
      return { de: 'Plätze: voll belegt gemeldet', en: 'Places: reported full' };
    case 'time':
      return { de: 'Zeitpunkt: nicht rechtzeitig erreichbar', en: 'Moment: not reachable in time' };
    case 'target_group': {
      const group = need.targetGroup === undefined ? null : targetGroupByCode(need.targetGroup);
      // A `self` start: the person asks, not a professional (services only for them are out).
      const self = selfAsks
        ? { de: 'die Person selbst, keine Fachkraft', en: 'the person, not a professional' }
        : null;
      const named = [group?.label, self].filter((l): l is LocalizedLabel => l != null);
      return {
        de: `Zielgruppe: ${named.map((l) => l.de).join('; ') || '–'}`,
        en: `Target group: ${named.map((l) => l.en).join('; ') || '–'}`,
      };
    }
    case 'accessibility':
      return { de: 'Barrierefreiheit wie verlangt', en: 'Accessibility as asked' };
    case 'consent':
      return { de: 'Einwilligung nicht einholbar', en: 'Consent not obtainable' };
    case 'data_mode':
    case 'structural':
      // Conditions of referral paths, never of an end service.
      return { de: 'Hilfeweg', en: 'Referral path' };
  }
}

/**
 * How many hours after the need's moment `service` can be reached directly, within the waiting
 * its urgency accepts (hops before it left aside): 0 without a moment, `null` when not in time.
 */
function waitAt(
  need: ReferralNeed,
  service: AnalysisService,
  institution: AnalysisInstitution | undefined,
): number | null {
  if (need.at === undefined) return 0;
  const holder = serviceHours(service, institution);
  const reached = reach(
    MAX_WAIT_HOURS[need.urgency ?? 'days'],
    holder,
    toEpochMs(need.at),
    false,
    0,
  );
  return reached.ok ? reached.waitHours : null;
}

/** A service on the topic that no route ends at, with what it fails and how near it is. */
interface Candidate {
  readonly service: AnalysisService;
  readonly institution: AnalysisInstitution | undefined;
  readonly municipality: RegionCode;
  /** The conditions it fails, each once. */
  readonly failed: RouteConstraint[];
  /** It passes every check, but no route reached it in time. */
  readonly isLate: boolean;
  /** It fails other conditions and is closed at the moment too. */
  readonly closed: boolean;
  readonly wait: number;
  readonly distance: number;
}

const BY_NAME = new Intl.Collator('de');

/** A left-out service with every reason in words. */
function word(
  region: RegionCatalog,
  candidate: Candidate,
  need: ReferralNeed,
  start: RouteStart | undefined,
): LeftOutService {
  const { service, institution, municipality } = candidate;
  const reasons = candidate.isLate
    ? [timeReason()]
    : exclusionReasons(region, service, institution, need, start);
  return {
    serviceId: service.id,
    serviceName: service.name,
    institutionId: service.institutionId,
    institutionName: institution?.name ?? service.institutionId,
    municipality,
    reasons: candidate.closed ? [...reasons, timeReason()] : reasons,
  };
}

/** How far a service's institution sits from the person: 0 same place, 1 neighbour, 2 else. */
function distance(index: GraphIndex, need: ReferralNeed, municipality: string): number {
  if (municipality === need.municipality) return 0;
  const neighbours = index.municipalities.get(need.municipality)?.neighbours ?? [];
  return neighbours.some((n) => n === municipality) ? 1 : 2;
}

/**
 * What each condition left out of `result` (the answer of `findReferralRoutes` for `need`): one
 * entry per failed condition, most services first, each with up to `nearest` services ranked by
 * how close they come: fewest failed conditions, then soonest reachable at the need's moment
 * (a 24/7 shelter before an office that opens on Monday), then nearest to the person, by name. A
 * service that passes every check but no route reached in time is left out for `time`; one that
 * ends a route is never listed. `start` is the search's (an institution when not given): a `self`
 * start leaves out the services only for professionals.
 */
export function leftOutOf(
  graph: AnalysisGraph,
  need: ReferralNeed,
  result: Pick<RouteSearchResult, 'routes' | 'rejections' | 'matchingServiceIds'>,
  nearest = LEFT_OUT_NEAREST,
  start?: RouteStart,
): LeftOut[] {
  const index = graphIndex(graph);
  const topicServices = servicesForTopic(index, need.topic);
  if (topicServices.length === 0) {
    return [
      {
        constraint: 'topic',
        serviceCount: 0,
        description: conditionText(index.region, 'topic', need),
        nearest: [],
      },
    ];
  }
  const inRoutes = new Set(result.routes.map((r) => r.endService.id));
  const matching = new Set(result.matchingServiceIds);
  const late = new Set(result.rejections.find((r) => r.constraint === 'time')?.serviceIds ?? []);
  // First the conditions each service fails (cheap), then words for the nearest only.
  const candidates: Candidate[] = [];
  for (const service of topicServices) {
    if (inRoutes.has(service.id)) continue;
    const institution = index.institutions.get(service.institutionId);
    const isLate = matching.has(service.id) && late.has(service.id);
    const failed: RouteConstraint[] = isLate
      ? ['time']
      : serviceFailures(index.region, service, institution, need, start);
    if (failed.length === 0) continue;
    // Closed at the moment too (the search never got to ask): say so, it is one reason more.
    const wait = waitAt(need, service, institution);
    const closed = wait === null && !isLate;
    if (closed) failed.push('time');
    const municipality = institution?.municipality ?? need.municipality;
    candidates.push({
      service,
      institution,
      municipality,
      failed,
      isLate,
      closed,
      wait: wait ?? Number.POSITIVE_INFINITY,
      distance: distance(index, need, municipality),
    });
  }
  candidates.sort(
    (a, b) =>
      a.failed.length - b.failed.length ||
      a.wait - b.wait ||
      a.distance - b.distance ||
      BY_NAME.compare(a.service.name, b.service.name) ||
      a.service.id.localeCompare(b.service.id),
  );
  const counts = new Map<RouteConstraint, number>();
  const byConstraint = new Map<RouteConstraint, LeftOutService[]>();
  const worded = new Map<string, LeftOutService>();
  for (const candidate of candidates) {
    for (const constraint of candidate.failed) {
      counts.set(constraint, (counts.get(constraint) ?? 0) + 1);
      const list = byConstraint.get(constraint) ?? [];
      byConstraint.set(constraint, list);
      if (list.length >= nearest) continue;
      let left = worded.get(candidate.service.id);
      if (left === undefined) {
        left = word(index.region, candidate, need, start);
        worded.set(candidate.service.id, left);
      }
      list.push(left);
    }
  }
  return [...byConstraint.entries()]
    .map(([constraint, services]) => ({
      constraint,
      serviceCount: counts.get(constraint) ?? services.length,
      description: conditionText(index.region, constraint, need, start?.kind === 'self'),
      nearest: services,
    }))
    .sort((a, b) => b.serviceCount - a.serviceCount || a.constraint.localeCompare(b.constraint));
}
