import {
  measureRecordedTrainings,
  NO_EFFECT,
  planTrainings,
  type PlannedSeat,
} from '@schutznetz/analysis';
import type { TopicCode } from '@schutznetz/domain';
import { Refs } from '../analysis/analysis.refs';
import { scopeView, type ResolvedScope, type ScopedGraph } from '../analysis/analysis.scope';
import type {
  PastTrainingsView,
  TrainingAudienceView,
  TrainingPlanView,
} from './training-plan.views';

/** A checked training-plan request: what the job needs, as plain data. */
export interface TrainingPlanJob {
  readonly scope: ResolvedScope;
  readonly topics: readonly TopicCode[] | undefined;
  readonly asOf: string;
  readonly count: number;
  readonly seats: number;
  readonly year: number;
  /** False for roles that may not see people: seats and trainers are not named. */
  readonly peopleVisible: boolean;
}

/** The seats of a training grouped by institution, in the order they were chosen. */
function audienceOf(refs: Refs, seats: readonly PlannedSeat[]): TrainingAudienceView[] {
  const groups = new Map<string, { people: string[]; openSeats: number; seats: number }>();
  for (const seat of seats) {
    const group = groups.get(seat.institutionId) ?? { people: [], openSeats: 0, seats: 0 };
    if (seat.personId === null) group.openSeats += seat.seats;
    else group.people.push(seat.personId);
    group.seats += seat.seats;
    groups.set(seat.institutionId, group);
  }
  return [...groups].flatMap(([id, group]) => {
    const institution = refs.institution(id);
    return institution === null
      ? []
      : [
          {
            institution,
            people: refs.people(group.people),
            openSeats: group.openSeats,
            seats: group.seats,
          },
        ];
  });
}

/** The year plan and its measured effect (runs in an analysis worker). */
export function trainingPlanView(scoped: ScopedGraph, job: TrainingPlanJob): TrainingPlanView {
  const { asOf, count, seats, year } = job;
  const topics = job.topics === undefined ? undefined : [...job.topics];
  const { snapshot, graph } = scoped;
  const key = JSON.stringify({ topics, asOf, count, seats, year });
  const plan = snapshot.memo(`training-plan:${job.scope.key}:${key}`, () =>
    planTrainings(graph, { asOf, count, seats, year, ...(topics !== undefined ? { topics } : {}) }),
  );
  const refs = new Refs(graph, job.peopleVisible);
  return {
    ...scopeView(scoped),
    asOf,
    year: plan.year,
    count: plan.count,
    seats: plan.seats,
    trainings: plan.trainings.map((t) => ({
      id: t.id,
      topic: t.topic,
      title: t.title,
      seats: t.seats.flatMap((seat) => {
        const institution = refs.institution(seat.institutionId);
        if (institution === null) return [];
        const person = seat.personId === null ? null : (refs.people([seat.personId])[0] ?? null);
        return [{ ...seat, person, institution }];
      }),
      audience: audienceOf(refs, t.seats),
      seatCount: t.seatCount,
      priority: t.priority,
      value: t.value,
      reasons: t.reasons,
      trainer:
        t.trainer === null
          ? null
          : {
              person: refs.people([t.trainer.personId])[0] ?? null,
              institution: refs.institution(t.trainer.institutionId),
              sibling: t.trainer.sibling,
            },
      year: t.year,
      quarter: t.quarter,
      format: t.format,
      date: t.date,
      holdersBefore: t.holdersBefore,
      holdersAfter: t.holdersAfter,
      effect: t.effect,
    })),
    effect: plan.effect,
    shortfall: plan.shortfall,
  };
}

/** A checked request for the recorded trainings. */
export interface PastTrainingsJob {
  readonly scope: ResolvedScope;
  readonly asOf: string;
  readonly peopleVisible: boolean;
}

/**
 * The trainings recorded as completed, newest first, each with its effect measured on the
 * coverage without and with the expertise it gave (runs in an analysis worker).
 */
export function pastTrainingsView(scoped: ScopedGraph, job: PastTrainingsJob): PastTrainingsView {
  const { snapshot, graph } = scoped;
  const completed = snapshot.data.trainings
    .filter((t) => t.completed)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  const effects = snapshot.memo(`past-trainings:${job.scope.key}:${job.asOf}`, () =>
    measureRecordedTrainings(
      graph,
      completed.map((t) => ({
        id: t.id,
        topics: t.topics,
        date: t.date,
        participantIds: t.participantIds,
      })),
      job.asOf,
    ),
  );
  const refs = new Refs(graph, job.peopleVisible);
  return {
    ...scopeView(scoped),
    asOf: job.asOf,
    trainings: completed.map((training, i) => {
      const effect = effects[i];
      return {
        id: training.id,
        title: training.title,
        date: training.date,
        provider: training.provider,
        topics: training.topics,
        participants: refs.people(training.participantIds),
        participantCount: training.participantIds.length,
        peopleTrained: refs.people(effect?.peopleTrained ?? []),
        effect: effect ?? NO_EFFECT,
      };
    }),
  };
}
