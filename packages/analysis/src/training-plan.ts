/**
 * The training planner: from coverage gaps and single points of failure to proposed trainings
 * (topic, who should attend, priority with reasons, expected coverage gain), and a simulation
 * of the coverage after a plan. A trained person counts like any holder of the topic: they
 * reach the municipalities their employers sit in and serve (see coverage).
 */
import {
  topicByCode,
  type LocalizedLabel,
  type RegionCode,
  type TopicCode,
} from '@schutznetz/domain';
import {
  CATALOGUE_TOPICS,
  computeCoverage,
  personReach,
  personTopics,
  summarizeCoverage,
  type CoverageReport,
  type CoverageSummary,
} from './coverage-report';
import type { AnalysisGraph, AnalysisPerson } from './graph';
import { graphIndex, listOf } from './graph-index';
import { isExpertiseValid, topicsMatch } from './matching';

/** Options of {@link planTrainings}. */
export interface TrainingPlanOptions {
  /** Expertise must be valid on this date; also the date planned expertise starts. */
  readonly asOf?: string;
  readonly topics?: readonly TopicCode[];
  /** Trainings to propose at most; default 10. */
  readonly maxTrainings?: number;
  /** Attendees per training at most; default 6. */
  readonly maxAttendees?: number;
  /** A coverage report of the same graph and options, to save computing it again. */
  readonly coverage?: CoverageReport;
}

/** Someone proposed to attend. */
export interface PlannedAttendee {
  readonly personId: string;
  readonly name: string;
  /** Their (first) employer in scope. */
  readonly institutionId: string;
  /** The municipalities they will cover for the topic that nobody covers now. */
  readonly newlyCovered: readonly RegionCode[];
}

/** A coverage cell (topic × municipality). */
export interface CellRef {
  readonly topic: TopicCode;
  readonly municipality: RegionCode;
}

/** A proposed training. */
export interface ProposedTraining {
  /** `training:<topic>`. */
  readonly id: string;
  readonly topic: TopicCode;
  readonly title: LocalizedLabel;
  readonly attendees: readonly PlannedAttendee[];
  readonly institutionIds: readonly string[];
  readonly priority: 'high' | 'medium' | 'low';
  /** The ranking key: population weight of the cells gained plus the single-point bonus. */
  readonly score: number;
  readonly reasons: readonly LocalizedLabel[];
  readonly expectedGain: {
    readonly cellsGained: readonly CellRef[];
    readonly populationReached: number;
    readonly holdersBefore: number;
    readonly holdersAfter: number;
  };
  /** Ids of the coverage gaps the training addresses. */
  readonly gapIds: readonly string[];
}

/** A plan: trainings in priority order. */
export interface TrainingPlan {
  readonly graphVersion: string;
  readonly asOf: string | null;
  readonly trainings: readonly ProposedTraining[];
}

/** Bonus in the score for a topic held by one person or by nobody (per criticality point). */
export const SINGLE_POINT_BONUS = 10_000;

interface Candidate {
  readonly person: AnalysisPerson;
  readonly reach: readonly RegionCode[];
  /** 2 when an employer offers the topic, plus 1 for expertise in a sibling topic. */
  readonly relevance: number;
  readonly institutionId: string;
}

/** What the topics planned so far share: who is already proposed, and how often. */
interface PlanState {
  readonly reachOf: ReadonlyMap<string, readonly RegionCode[]>;
  readonly load: Map<string, number>;
}

function planTopic(
  graph: AnalysisGraph,
  coverage: CoverageReport,
  topic: TopicCode,
  options: TrainingPlanOptions,
  state: PlanState,
): ProposedTraining | null {
  const index = graphIndex(graph);
  const criticality = topicByCode(topic).criticality;
  const asOf = options.asOf;
  const maxAttendees = options.maxAttendees ?? 6;
  const cells = coverage.cells.filter((c) => c.topic === topic);
  const weight = new Map<RegionCode, number>();
  for (const cell of cells) {
    if (cell.personCount === 0) {
      const population = index.municipalities.get(cell.municipality)?.population ?? 0;
      weight.set(cell.municipality, population * criticality);
    }
  }
  const holders = graph.people.filter(
    (p) =>
      p.employments.some((e) => index.institutions.has(e.institutionId)) &&
      personTopics(p, [topic], asOf).length > 0,
  );
  const holderInstitutions = new Set(
    holders.flatMap((p) => p.employments.map((e) => e.institutionId)),
  );
  const singlePoint = holders.length <= 1;
  if (weight.size === 0 && !singlePoint) return null;

  const parent = topicByCode(topic).parent;
  const candidates: Candidate[] = graph.people
    .filter((p) => p.employments.length > 0 && personTopics(p, [topic], asOf).length === 0)
    .map((person) => {
      const institutionIds = person.employments.map((e) => e.institutionId);
      const offers = institutionIds.some((id) =>
        listOf(index.servicesOf, id).some((s) => topicsMatch(s.topics, topic)),
      );
      const sibling =
        parent !== null &&
        person.expertise.some(
          (e) => isExpertiseValid(e, asOf) && topicByCode(e.topic).parent === parent,
        );
      return {
        person,
        reach: state.reachOf.get(person.id) ?? [],
        relevance: (offers ? 2 : 0) + (sibling ? 1 : 0),
        institutionId: institutionIds[0] ?? '',
      };
    });

  const chosen: { candidate: Candidate; newlyCovered: RegionCode[] }[] = [];
  const covered = new Set<RegionCode>();
  const gainOf = (c: Candidate): number =>
    c.reach.reduce((sum, code) => sum + (covered.has(code) ? 0 : (weight.get(code) ?? 0)), 0);
  const better = (a: Candidate, b: Candidate): boolean => {
    const ga = gainOf(a);
    const gb = gainOf(b);
    if (ga !== gb) return ga > gb;
    if (a.relevance !== b.relevance) return a.relevance > b.relevance;
    const la = state.load.get(a.person.id) ?? 0;
    const lb = state.load.get(b.person.id) ?? 0;
    if (la !== lb) return la < lb;
    const aNew = !holderInstitutions.has(a.institutionId);
    const bNew = !holderInstitutions.has(b.institutionId);
    if (aNew !== bNew) return aNew;
    return a.person.id < b.person.id;
  };
  const remaining = [...candidates];
  while (chosen.length < maxAttendees && remaining.length > 0) {
    let best: Candidate | undefined;
    for (const candidate of remaining) {
      if (best === undefined || better(candidate, best)) best = candidate;
    }
    if (best === undefined) break;
    const gain = gainOf(best);
    // Beyond closing gaps, a single point of failure needs a second holder, ideally elsewhere.
    const needsSecond = singlePoint && holders.length + chosen.length < 2;
    if (gain === 0 && !needsSecond) break;
    const newlyCovered = best.reach.filter((code) => !covered.has(code) && weight.has(code));
    for (const code of newlyCovered) covered.add(code);
    chosen.push({ candidate: best, newlyCovered });
    remaining.splice(remaining.indexOf(best), 1);
  }
  if (chosen.length === 0) return null;
  for (const { candidate } of chosen) {
    state.load.set(candidate.person.id, (state.load.get(candidate.person.id) ?? 0) + 1);
  }

  const cellsGained = [...covered].map((municipality) => ({ topic, municipality }));
  const populationReached = [...covered].reduce(
    (sum, code) => sum + (index.municipalities.get(code)?.population ?? 0),
    0,
  );
  const gainScore = [...covered].reduce((sum, code) => sum + (weight.get(code) ?? 0), 0);
  const score = gainScore + (singlePoint ? criticality * SINGLE_POINT_BONUS : 0);
  const label = topicByCode(topic).label;
  const names = (codes: Iterable<RegionCode>): string =>
    [...codes].map((code) => index.municipalities.get(code)?.name ?? code).join(', ');
  const reasons: LocalizedLabel[] = [];
  if (covered.size > 0) {
    reasons.push({
      de: `Keine Fachkraft mit gültiger Expertise zu „${label.de}“ erreicht bisher ${names(covered)} (${populationReached.toLocaleString('de-DE')} Einwohner); Kritikalität ${criticality}.`,
      en: `No professional with valid expertise in "${label.en}" reaches ${names(covered)} yet (${populationReached.toLocaleString('en-GB')} inhabitants); criticality ${criticality}.`,
    });
  }
  if (singlePoint) {
    const holder = holders[0];
    reasons.push(
      holder === undefined
        ? {
            de: `Niemand im Ausschnitt hält das Thema „${label.de}“.`,
            en: `Nobody in scope holds the topic "${label.en}".`,
          }
        : {
            de: `Nur ${holder.name} hält das Thema „${label.de}“: fällt die Person aus, ist es unbesetzt.`,
            en: `Only ${holder.name} holds the topic "${label.en}": if they leave, nobody does.`,
          },
    );
  }
  const gapIds = coverage.gaps
    .filter(
      (g) =>
        g.topic === topic &&
        g.municipality !== null &&
        covered.has(g.municipality) &&
        (g.kind === 'no_qualified_person' || g.kind === 'no_service'),
    )
    .map((g) => g.id);
  const priority =
    (criticality === 3 && (covered.size > 0 || singlePoint)) ||
    (singlePoint && holders.length === 0)
      ? 'high'
      : covered.size > 0 || singlePoint
        ? 'medium'
        : 'low';
  return {
    id: `training:${topic}`,
    topic,
    title: { de: `Fortbildung: ${label.de}`, en: `Training: ${label.en}` },
    attendees: chosen.map(({ candidate, newlyCovered }) => ({
      personId: candidate.person.id,
      name: candidate.person.name,
      institutionId: candidate.institutionId,
      newlyCovered,
    })),
    institutionIds: [...new Set(chosen.map((c) => c.candidate.institutionId))].sort(),
    priority,
    score,
    reasons,
    expectedGain: {
      cellsGained,
      populationReached,
      holdersBefore: holders.length,
      holdersAfter: holders.length + chosen.length,
    },
    gapIds,
  };
}

const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * Proposes trainings: per topic, the people whose training closes the most severe coverage
 * gaps (greedy maximum coverage, weighted by population × criticality). Ties go to people whose
 * institution offers the topic or who know a sibling topic, then to people not yet proposed
 * for another training, then (for a topic one person holds) to people at another institution.
 * Ordered by priority, then score.
 */
export function planTrainings(
  graph: AnalysisGraph,
  options: TrainingPlanOptions = {},
): TrainingPlan {
  const rows = options.topics ?? CATALOGUE_TOPICS;
  const coverage = options.coverage ?? computeCoverage(graph, { topics: rows, asOf: options.asOf });
  const index = graphIndex(graph);
  const columns = graph.municipalities.map((m) => m.code);
  const state: PlanState = {
    reachOf: new Map(graph.people.map((p) => [p.id, personReach(index, p, columns)])),
    load: new Map(),
  };
  // The most severe topics choose their attendees first; later topics prefer people not yet
  // proposed, so one person is not sent to every training.
  const uncoveredWeight = (topic: TopicCode): number =>
    coverage.cells
      .filter((c) => c.topic === topic && c.personCount === 0)
      .reduce(
        (sum, c) =>
          sum +
          (index.municipalities.get(c.municipality)?.population ?? 0) *
            topicByCode(topic).criticality,
        0,
      );
  const trainings = [...rows]
    .map((topic) => ({ topic, weight: uncoveredWeight(topic) }))
    .sort((a, b) => b.weight - a.weight || a.topic.localeCompare(b.topic))
    .map(({ topic }) => planTopic(graph, coverage, topic, options, state))
    .filter((t) => t !== null)
    .sort(
      (a, b) =>
        PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
        b.score - a.score ||
        a.topic.localeCompare(b.topic),
    )
    .slice(0, options.maxTrainings ?? 10);
  return { graphVersion: graph.version, asOf: options.asOf ?? null, trainings };
}

/** Trainings to count as done: a topic and who took part. */
export interface CompletedTraining {
  readonly topic: TopicCode;
  readonly personIds: readonly string[];
}

/**
 * The graph after trainings: every participant gains basic expertise in the topic from `date`
 * (no expiry). Used by the simulation and for trainings recorded as completed.
 */
export function applyTrainings(
  graph: AnalysisGraph,
  trainings: readonly CompletedTraining[],
  date: string | null = null,
): AnalysisGraph {
  const added = new Map<string, TopicCode[]>();
  for (const training of trainings) {
    for (const id of training.personIds) added.set(id, [...(added.get(id) ?? []), training.topic]);
  }
  return {
    ...graph,
    version: `${graph.version}+trainings`,
    people: graph.people.map((person) => {
      const topics = added.get(person.id);
      if (topics === undefined) return person;
      return {
        ...person,
        expertise: [
          ...person.expertise,
          ...topics.map((topic) => ({
            topic,
            level: 'basic' as const,
            qualification: null,
            since: date,
            validUntil: null,
          })),
        ],
      };
    }),
  };
}

/** Coverage before and after a plan. */
export interface TrainingSimulation {
  readonly before: CoverageSummary;
  readonly after: CoverageSummary;
  /** Cells without a qualified person before and with one after. */
  readonly cellsGained: readonly CellRef[];
  readonly singlePersonTopicsBefore: readonly TopicCode[];
  readonly singlePersonTopicsAfter: readonly TopicCode[];
  /** The graph with the planned expertise, for further analyses. */
  readonly graph: AnalysisGraph;
}

function singlePersonTopics(
  graph: AnalysisGraph,
  rows: readonly TopicCode[],
  asOf: string | undefined,
): TopicCode[] {
  const index = graphIndex(graph);
  const working = graph.people.filter((p) =>
    p.employments.some((e) => index.institutions.has(e.institutionId)),
  );
  return rows.filter(
    (topic) => working.filter((p) => personTopics(p, [topic], asOf).length > 0).length === 1,
  );
}

/** Re-measures coverage as if every attendee of `plan` had been trained. */
export function simulateTrainingPlan(
  graph: AnalysisGraph,
  plan: TrainingPlan,
  options: { readonly topics?: readonly TopicCode[]; readonly asOf?: string } = {},
): TrainingSimulation {
  const rows = options.topics ?? CATALOGUE_TOPICS;
  const asOf = options.asOf ?? plan.asOf ?? undefined;
  const trained = applyTrainings(
    graph,
    plan.trainings.map((t) => ({ topic: t.topic, personIds: t.attendees.map((a) => a.personId) })),
    asOf ?? null,
  );
  const before = computeCoverage(graph, { topics: rows, asOf });
  const after = computeCoverage(trained, { topics: rows, asOf });
  const cellsGained: CellRef[] = [];
  before.cells.forEach((cell, i) => {
    const next = after.cells[i];
    if (next !== undefined && cell.personCount === 0 && next.personCount > 0) {
      cellsGained.push({ topic: cell.topic, municipality: cell.municipality });
    }
  });
  return {
    before: summarizeCoverage(before),
    after: summarizeCoverage(after),
    cellsGained,
    singlePersonTopicsBefore: singlePersonTopics(graph, rows, asOf),
    singlePersonTopicsAfter: singlePersonTopics(trained, rows, asOf),
    graph: trained,
  };
}
