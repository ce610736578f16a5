import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { AnalysisScopeInput } from '../analysis/analysis.input';
import { cellResolver, regions, topic, topics } from '../analysis/analysis.resolver';
import { Training } from '../event/event.type';
import { Region, Topic } from '../reference/reference.type';
import { RecordCompletedTrainingInput } from './training-plan.input';
import {
  CoverageCellRef,
  PlannedAttendee,
  ProposedTraining,
  RecordedTraining,
  TrainingPlan,
  TrainingSimulation,
} from './training-plan.type';
import type {
  ProposedTrainingView,
  RecordedTrainingView,
  TrainingPlanView,
} from './training-plan.views';

@Resolver()
export class TrainingPlanResolver {
  @Query(() => TrainingPlan, {
    description:
      'Proposed trainings from coverage gaps and single points of failure (topic, attendees, ' +
      'priority with reasons, expected coverage gain), and the coverage after the plan.',
  })
  trainingPlan(
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Arg('topics', () => [ID], { nullable: true, description: 'Topics to plan for; default: all.' })
    topicCodes: string[] | null,
    @Arg('asOf', () => String, {
      nullable: true,
      description: 'Count expertise valid on this date (YYYY-MM-DD). Default: today.',
    })
    asOf: string | null,
    @Arg('maxTrainings', () => Int, { defaultValue: 10, description: 'Trainings at most, 1–50.' })
    maxTrainings: number,
    @Arg('maxAttendees', () => Int, {
      defaultValue: 6,
      description: 'Attendees per training at most, 1–30.',
    })
    maxAttendees: number,
    @Ctx() ctx: Context,
  ): Promise<TrainingPlanView> {
    return ctx.services.trainingPlan.planTrainings(
      scope,
      { topics: topicCodes, asOf, maxTrainings, maxAttendees },
      ctx.viewer,
    );
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => RecordedTraining, {
    description:
      'Records a completed training in one transaction: the training (new, or an existing one ' +
      'marked completed), its participants, and basic expertise in the topic for participants ' +
      'without it. Coverage and plans are measured anew afterwards.',
  })
  recordCompletedTraining(
    @Arg('input', () => RecordCompletedTrainingInput) input: RecordCompletedTrainingInput,
    @Ctx() ctx: Context,
  ): Promise<RecordedTrainingView> {
    const { clientMutationId, ...fields } = input;
    const record = () => ctx.services.trainingPlan.recordCompletedTraining(fields, ctx.actor);
    if (clientMutationId === undefined || clientMutationId === null) return record();
    // A retry answers what the first call recorded (kept with the key: ids and counts only).
    return ctx.services.idempotency.create({
      key: clientMutationId,
      viewer: ctx.viewer.subject ?? ctx.actor,
      entity: 'RecordedTraining',
      input: fields,
      create: record,
      idOf: (answer) => (answer as { trainingId?: string } | null)?.trainingId,
      keepAnswer: true,
      find: async (trainingId, answer) => {
        const training = await ctx.services.event.findTraining(trainingId);
        if (!training) return null;
        const kept = answer as Pick<RecordedTrainingView, 'peopleUpdated' | 'expertiseCreated'>;
        return {
          trainingId,
          topic: fields.topic,
          date: fields.date ?? training.date ?? '',
          peopleUpdated: kept.peopleUpdated,
          expertiseCreated: kept.expertiseCreated,
        };
      },
    });
  }
}

@Resolver(() => PlannedAttendee)
export class PlannedAttendeeResolver {
  @FieldResolver(() => [Region], {
    description: 'Municipalities they will cover for the topic that nobody covers now.',
  })
  newlyCovered(
    @Root() attendee: ProposedTrainingView['attendees'][number],
    @Ctx() ctx: Context,
  ): Region[] {
    return regions(ctx, attendee.newlyCovered);
  }
}

@Resolver(() => ProposedTraining)
export class ProposedTrainingResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  topic(@Root() training: ProposedTrainingView, @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, training.topic);
  }
}

@Resolver(() => TrainingSimulation)
export class TrainingSimulationResolver {
  @FieldResolver(() => [Topic], { description: 'Topics one person holds, before the plan.' })
  singlePersonTopicsBefore(
    @Root() simulation: TrainingPlanView['simulation'],
    @Ctx() ctx: Context,
  ): Topic[] {
    return topics(ctx, simulation.singlePersonTopicsBefore);
  }

  @FieldResolver(() => [Topic], { description: 'Topics one person holds, after the plan.' })
  singlePersonTopicsAfter(
    @Root() simulation: TrainingPlanView['simulation'],
    @Ctx() ctx: Context,
  ): Topic[] {
    return topics(ctx, simulation.singlePersonTopicsAfter);
  }
}

@Resolver(() => RecordedTraining)
export class RecordedTrainingResolver {
  @FieldResolver(() => Training, { nullable: true, description: 'The training recorded.' })
  training(@Root() recorded: RecordedTrainingView, @Ctx() ctx: Context): Promise<Training | null> {
    return ctx.services.event.findTraining(recorded.trainingId);
  }

  @FieldResolver(() => Topic, { description: 'The topic of the expertise gained.' })
  topic(@Root() recorded: RecordedTrainingView, @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, recorded.topic);
  }
}

/** Resolver classes of the training planner, registered in schema.ts. */
export const TRAINING_PLAN_RESOLVERS: readonly ClassType[] = [
  TrainingPlanResolver,
  PlannedAttendeeResolver,
  ProposedTrainingResolver,
  TrainingSimulationResolver,
  RecordedTrainingResolver,
  cellResolver(CoverageCellRef),
];
