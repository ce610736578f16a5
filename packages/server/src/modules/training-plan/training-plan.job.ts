import { planTrainings, simulateTrainingPlan } from '@schutznetz/analysis';
import type { LocalizedLabel, TopicCode } from '@schutznetz/domain';
import { Refs } from '../analysis/analysis.refs';
import { scopeView, type ResolvedScope, type ScopedGraph } from '../analysis/analysis.scope';
import type { TrainingPlanView } from './training-plan.views';

/** Reasons without people's names, for the public view. */
function withoutNames(count: number) {
  return (reason: LocalizedLabel): LocalizedLabel =>
    reason.en.startsWith('Only ')
      ? {
          de: 'Nur eine Person hält dieses Thema: fällt sie aus, ist es unbesetzt.',
          en: `Only one person holds this topic: if they leave, nobody does (${count} proposed).`,
        }
      : reason;
}

/** A checked training-plan request: what the job needs, as plain data. */
export interface TrainingPlanJob {
  readonly scope: ResolvedScope;
  readonly topics: readonly TopicCode[] | undefined;
  readonly asOf: string;
  readonly maxTrainings: number;
  readonly maxAttendees: number;
  /** False for the public view: attendees are not named. */
  readonly peopleVisible: boolean;
}

/** Proposed trainings and the coverage after them (runs in an analysis worker). */
export function trainingPlanView(scoped: ScopedGraph, job: TrainingPlanJob): TrainingPlanView {
  const { asOf, maxTrainings, maxAttendees } = job;
  const topics = job.topics === undefined ? undefined : [...job.topics];
  const resolved = job.scope;
  const { snapshot, graph } = scoped;
  const key = JSON.stringify({ topics, asOf, maxTrainings, maxAttendees });
  const { plan, simulation } = snapshot.memo(`training-plan:${resolved.key}:${key}`, () => {
    const options = {
      asOf,
      maxTrainings,
      maxAttendees,
      ...(topics !== undefined ? { topics } : {}),
    };
    const computed = planTrainings(graph, options);
    return {
      plan: computed,
      simulation: simulateTrainingPlan(graph, computed, {
        asOf,
        ...(topics !== undefined ? { topics } : {}),
      }),
    };
  });
  const refs = new Refs(graph, job.peopleVisible);
  return {
    ...scopeView(scoped),
    asOf,
    trainings: plan.trainings.map((t) => ({
      id: t.id,
      topic: t.topic,
      title: t.title,
      attendees: t.attendees.flatMap((a) => {
        const institution = refs.institution(a.institutionId);
        if (institution === null) return [];
        return [
          {
            person: refs.people([a.personId])[0] ?? null,
            institution,
            newlyCovered: a.newlyCovered,
          },
        ];
      }),
      institutions: refs.institutions(t.institutionIds),
      priority: t.priority,
      score: t.score,
      reasons: refs.peopleVisible ? t.reasons : t.reasons.map(withoutNames(t.attendees.length)),
      cellsGained: t.expectedGain.cellsGained,
      populationReached: t.expectedGain.populationReached,
      holdersBefore: t.expectedGain.holdersBefore,
      holdersAfter: t.expectedGain.holdersAfter,
      gapIds: t.gapIds,
    })),
    simulation: {
      before: simulation.before,
      after: simulation.after,
      cellsGained: simulation.cellsGained,
      singlePersonTopicsBefore: simulation.singlePersonTopicsBefore,
      singlePersonTopicsAfter: simulation.singlePersonTopicsAfter,
    },
  };
}
