/**
 * Explaining an empty (or thin) answer: which constraints ruled candidates out, and which single
 * relaxation of the need would yield routes.
 */
import { topicByCode, type LocalizedLabel } from '@schutznetz/domain';
import type { AnalysisGraph } from '../graph';
import { graphIndex } from '../graph-index';
import { findReferralRoutes } from './search';
import type {
  ConstraintRejection,
  NoRouteExplanation,
  ReferralNeed,
  Relaxation,
  RouteSearchOptions,
  RouteSearchResult,
  RouteStart,
} from './types';
import { noRouteSummary } from './wording';

/** A relaxation to try: the need with one constraint relaxed. */
type RelaxationCandidate = Omit<Relaxation, 'routes'>;

/** The single relaxations that apply to `need`, in the order they are tried. */
function candidateRelaxations(graph: AnalysisGraph, need: ReferralNeed): RelaxationCandidate[] {
  const relaxations: RelaxationCandidate[] = [];
  const offer = (
    constraint: Relaxation['constraint'],
    description: LocalizedLabel,
    relaxed: ReferralNeed,
    municipality: Relaxation['municipality'] = null,
  ): void => {
    relaxations.push({ constraint, description, need: relaxed, municipality });
  };
  const without = (key: Exclude<keyof ReferralNeed, 'topic' | 'municipality'>): ReferralNeed => ({
    ...need,
    [key]: undefined,
  });
  if (need.language !== undefined) {
    offer(
      'language',
      {
        de: 'Eine Route gibt es ohne die Sprachanforderung (Sprachmittlung nötig).',
        en: 'A route exists without the language constraint (interpreting needed).',
      },
      without('language'),
    );
  }
  if (need.at !== undefined && (need.urgency ?? 'days') !== 'weeks') {
    offer(
      'time',
      {
        de: 'Eine Route gibt es, wenn auf die nächsten Öffnungszeiten gewartet werden kann.',
        en: 'A route exists if waiting for the next opening hours is acceptable.',
      },
      { ...need, urgency: 'weeks' },
    );
  }
  if (need.age !== undefined) {
    offer(
      'age',
      {
        de: 'Eine Route gibt es ohne die Altersgrenze.',
        en: 'A route exists without the age limit.',
      },
      without('age'),
    );
  }
  if (need.children !== undefined && need.children.length > 0) {
    offer(
      'age',
      {
        de: 'Eine Route gibt es ohne die Altersgrenzen der Kinder.',
        en: 'A route exists without the children’s age limits.',
      },
      without('children'),
    );
  }
  if (need.targetGroup !== undefined) {
    offer(
      'target_group',
      {
        de: 'Eine Route gibt es ohne die Zielgruppe.',
        en: 'A route exists without the target group.',
      },
      without('targetGroup'),
    );
  }
  // Only neighbours within the scope: the answer speaks of the municipalities it looked at.
  const municipalities = graphIndex(graph).municipalities;
  for (const neighbour of municipalities.get(need.municipality)?.neighbours ?? []) {
    const name = municipalities.get(neighbour)?.name;
    if (name === undefined) continue;
    offer(
      'municipality',
      {
        de: `Eine Route gibt es in der Nachbargemeinde ${name}.`,
        en: `A route exists in the neighbouring municipality ${name}.`,
      },
      { ...need, municipality: neighbour },
      { code: neighbour, name },
    );
  }
  if (need.ignoreFullCapacity !== true) {
    offer(
      'capacity',
      {
        de: 'Eine Route gibt es, sobald ein Platz frei wird (Dienst derzeit voll).',
        en: 'A route exists once a place comes free (service currently full).',
      },
      { ...need, ignoreFullCapacity: true },
    );
  }
  if (need.accessibility !== undefined && need.accessibility.length > 0) {
    offer(
      'accessibility',
      {
        de: 'Eine Route gibt es ohne die Anforderungen an Barrierefreiheit.',
        en: 'A route exists without the accessibility requirements.',
      },
      without('accessibility'),
    );
  }
  if (need.consent === 'not_obtainable') {
    offer(
      'consent',
      {
        de: 'Eine Route gibt es, wenn die Einwilligung eingeholt werden kann.',
        en: 'A route exists if consent can be obtained.',
      },
      without('consent'),
    );
  }
  if (need.dataModes !== undefined) {
    offer(
      'data_mode',
      {
        de: 'Eine Route gibt es mit einer anderen Form der Datenweitergabe.',
        en: 'A route exists with another data mode.',
      },
      without('dataModes'),
    );
  }
  const parent = topicByCode(need.topic).parent;
  if (parent !== null) {
    const label = topicByCode(parent).label;
    offer(
      'topic',
      {
        de: `Eine Route gibt es zum übergeordneten Thema „${label.de}“.`,
        en: `A route exists for the wider topic "${label.en}".`,
      },
      { ...need, topic: parent },
    );
  }
  // One relaxation per relaxed need: the same need tried twice would only repeat its routes.
  const seen = new Set<string>();
  return relaxations.filter((r) => {
    const key = needKey(r.need);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A need as a stable key (its fields sorted, absent ones left out). */
function needKey(need: ReferralNeed): string {
  const entries = Object.entries(need)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

/**
 * The failed conditions of `original`; when no service on the topic exists in the scope at all,
 * a `topic` entry that says so comes first, so the list is never empty for lack of candidates.
 */
function failedConstraints(original: RouteSearchResult): ConstraintRejection[] {
  const failed = [...original.rejections];
  if (original.topicServiceCount === 0 && !failed.some((f) => f.constraint === 'topic')) {
    failed.unshift({
      constraint: 'topic',
      serviceCount: 0,
      serviceIds: [],
      referralPathCount: 0,
      referralPathIds: [],
      institutionCount: 0,
      institutionIds: [],
    });
  }
  return failed;
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
  const fruitlessMunicipalities: NonNullable<Relaxation['municipality']>[] = [];
  for (const candidate of candidateRelaxations(graph, need)) {
    const result = findReferralRoutes(graph, start, candidate.need, k, options);
    if (result.routes.length > 0) {
      relaxations.push({ ...candidate, routes: result.routes });
    } else {
      if (!fruitless.includes(candidate.constraint)) fruitless.push(candidate.constraint);
      if (candidate.municipality !== null) fruitlessMunicipalities.push(candidate.municipality);
    }
  }
  relaxations.sort((a, b) => (a.routes[0]?.cost ?? 0) - (b.routes[0]?.cost ?? 0));
  return {
    failedConstraints: failedConstraints(original),
    summary: noRouteSummary(original),
    relaxations,
    fruitless,
    fruitlessMunicipalities,
  };
}
