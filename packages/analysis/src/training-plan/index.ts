/**
 * The training planner: a year plan of trainings chosen to close the most severe coverage gaps
 * a training can close, to relieve topics and municipalities held by a single person, and to
 * give institutions that should hold a topic their first professional for it — under a budget
 * of trainings and seats — with audiences by institution, a trainer from the network, a
 * quarter, a format and a day each, and the plan's effect measured on the coverage.
 *
 * Files: `types`, `value` (the objective), `audience` (seats and trainers), `choose` (the greedy
 * choice), `schedule` (the year), `effect` (measured effects), `wording` (the sentences).
 */
import type { TopicCode } from '@schutznetz/domain';
import {
  CATALOGUE_TOPICS,
  computeCoverage,
  personReach,
  summarizeCoverage,
} from '../coverage-report';
import type { AnalysisGraph } from '../graph';
import { graphIndex } from '../graph-index';
import { audienceCandidates, audienceContext, chooseTrainer } from './audience';
import { choosePlan, type ChosenTraining, type TopicPlanning } from './choose';
import {
  applyTrainings,
  CLOSABLE_BY_TRAINING,
  compareCoverage,
  singlePersonTopics,
  unclosableGaps,
} from './effect';
import { scheduleTrainings } from './schedule';
import type { PlanEffect, ProposedTraining, TrainingPlan, TrainingPlanOptions } from './types';
import { holdersOf, topicState } from './value';
import { planSummary, shortfall, trainingReasons, trainingTitle } from './wording';

export * from './types';
export { PLAN_WEIGHTS } from './value';
export { MIN_GROUP, MAX_SEATS_PER_PERSON } from './choose';
export { OPEN_SEATS } from './audience';
export {
  applyTrainings,
  CLOSABLE_BY_TRAINING,
  measureRecordedTrainings,
  NO_EFFECT,
  WHY_NOT_CLOSABLE,
  type CompletedTraining,
  type RecordedTrainingEffect,
  type RecordedTrainingInput,
} from './effect';

function defaultYear(asOf: string | undefined): number {
  return (asOf === undefined ? new Date().getUTCFullYear() : Number(asOf.slice(0, 4))) + 1;
}

/** High: a critical topic with a gap closed or a single holder relieved; medium: either; low: depth. */
function priorityOf(training: ChosenTraining): ProposedTraining['priority'] {
  const closes = training.seats.some((s) => s.newlyCovered.length > 0);
  const relieves = training.seats.some((s) => s.secured.length > 0) || training.holdersBefore === 1;
  if (!closes && !relieves) return 'low';
  return training.criticality === 3 ? 'high' : 'medium';
}

/** Proposes a year plan of `count` trainings of at most `seats` seats (see the module doc). */
export function planTrainings(
  graph: AnalysisGraph,
  options: TrainingPlanOptions = {},
): TrainingPlan {
  const rows = options.topics ?? CATALOGUE_TOPICS;
  const asOf = options.asOf;
  const count = options.count ?? 10;
  const seats = options.seats ?? 12;
  const year = options.year ?? defaultYear(asOf);
  const coverage = options.coverage ?? computeCoverage(graph, { topics: rows, asOf });
  const index = graphIndex(graph);
  const columns = graph.municipalities.map((m) => m.code);
  const working = graph.people.filter((p) =>
    p.employments.some((e) => index.institutions.has(e.institutionId)),
  );
  const reachOf = new Map(working.map((p) => [p.id, personReach(index, p, columns)]));
  const audience = audienceContext(index, rows, asOf, reachOf, columns);
  const busy = new Map<string, number>();
  const holderNames = new Map<TopicCode, string | null>();
  const topics = new Map<TopicCode, TopicPlanning>();
  for (const topic of rows) {
    const holders = holdersOf(working, topic, asOf);
    holderNames.set(topic, holders.length === 1 ? (holders[0]?.name ?? null) : null);
    topics.set(topic, {
      state: topicState(index, coverage, topic, holders),
      candidates: audienceCandidates(graph, index, topic, audience),
      trainer: () => {
        const trainer = chooseTrainer(graph, index, topic, asOf, busy);
        if (trainer !== null) busy.set(trainer.personId, (busy.get(trainer.personId) ?? 0) + 1);
        return trainer;
      },
    });
  }
  const chosen = choosePlan(index, topics, count, seats);
  const severityOf = new Map(coverage.gaps.map((g) => [g.id, g.severity]));
  const trainings = scheduleTrainings(index, chosen, year).map(({ training, slot }) => {
    const covered = training.seats.flatMap((s) => s.newlyCovered.map((m) => ({ seat: s, m })));
    const secured = [...new Set(training.seats.flatMap((s) => s.secured))];
    const gapIds = covered.map(({ m }) => `no_qualified_person:${training.topic}:${m}`);
    const trainees = training.seats.length;
    const proposed: ProposedTraining = {
      id:
        training.ordinal > 1
          ? `training:${training.topic}:${training.ordinal}`
          : `training:${training.topic}`,
      topic: training.topic,
      title: trainingTitle(training.topic, training.ordinal),
      seats: training.seats.map((seat) => ({
        personId: seat.personId,
        name: seat.name,
        institutionId: seat.institutionId,
        seats: seat.seats,
        newlyCovered: seat.newlyCovered,
        reason: seat.reason,
      })),
      seatCount: training.seats.reduce((sum, s) => sum + s.seats, 0),
      institutionIds: [...new Set(training.seats.map((s) => s.institutionId))].sort(),
      priority: priorityOf(training),
      value: training.value,
      reasons: trainingReasons(
        index,
        training,
        training.holdersBefore === 1 ? (holderNames.get(training.topic) ?? null) : null,
      ),
      trainer: training.trainer,
      year,
      ...slot,
      holdersBefore: training.holdersBefore,
      holdersAfter: training.holdersBefore + trainees,
      effect: {
        gapsClosed: gapIds,
        severityRemoved: gapIds.reduce((sum, id) => sum + (severityOf.get(id) ?? 0), 0),
        cellsGained: covered.map(({ m }) => ({ topic: training.topic, municipality: m })),
        cellsSecured: secured.map((m) => ({ topic: training.topic, municipality: m })),
        populationReached: covered.reduce(
          (sum, { m }) => sum + (index.municipalities.get(m)?.population ?? 0),
          0,
        ),
      },
    };
    return proposed;
  });
  return {
    graphVersion: graph.version,
    asOf: asOf ?? null,
    year,
    count,
    seats,
    trainings,
    effect: measurePlan(graph, coverage, trainings, rows, asOf),
    shortfall: trainings.length < count ? shortfall(count, trainings.length) : null,
  };
}

/** Coverage re-computed with every seat of the plan trained, against the coverage before. */
function measurePlan(
  graph: AnalysisGraph,
  before: ReturnType<typeof computeCoverage>,
  trainings: readonly ProposedTraining[],
  rows: readonly TopicCode[],
  asOf: string | undefined,
): PlanEffect {
  const trained = applyTrainings(
    graph,
    trainings.map((t) => ({
      topic: t.topic,
      personIds: t.seats.flatMap((s) => (s.personId === null ? [] : [s.personId])),
      institutionIds: t.seats.flatMap((s) => (s.personId === null ? [s.institutionId] : [])),
    })),
    asOf ?? null,
  );
  const after = computeCoverage(trained, { topics: rows, asOf });
  const closable = before.gaps.filter((g) => CLOSABLE_BY_TRAINING.has(g.kind));
  const effect = {
    ...compareCoverage(graph, before, after),
    before: summarizeCoverage(before),
    after: summarizeCoverage(after),
    closableGaps: closable.length,
    closableSeverity: closable.reduce((sum, g) => sum + g.severity, 0),
    unclosable: unclosableGaps(before),
    singlePersonTopicsBefore: singlePersonTopics(graph, rows, asOf),
    singlePersonTopicsAfter: singlePersonTopics(trained, rows, asOf),
  };
  return { ...effect, summary: planSummary(effect) };
}
