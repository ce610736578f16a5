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
  PastTraining,
  PastTrainings,
  PlanEffect,
  PlannedSeat,
  ProposedTraining,
  RecordedTraining,
  TrainingPlan,
} from './training-plan.type';
import type {
  PastTrainingsView,
  PastTrainingView,
  PlanEffectView,
  PlannedSeatView,
  ProposedTrainingView,
  RecordedTrainingView,
  TrainingPlanView,
} from './training-plan.views';

@Resolver()
export class TrainingPlanResolver {
  @Query(() => TrainingPlan, {
    description:
      'A year plan of trainings chosen to close the most severe coverage gaps a training can ' +
      'close (no qualified person), to give topics held by one person a second holder and ' +
      'institutions that should hold a topic their first, under a budget of trainings and ' +
      'seats (decision 023): audiences by institution, a trainer from the network, a quarter, ' +
      'format and day each, and the plan measured on the coverage.',
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
    @Arg('count', () => Int, {
      defaultValue: 10,
      description: 'Trainings in the plan (the budget), 1–50.',
    })
    count: number,
    @Arg('seats', () => Int, {
      defaultValue: 12,
      description: 'Seats per training (the budget), 4–30.',
    })
    seats: number,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'Year of the plan. Default: the year after `asOf`.',
    })
    year: number | null,
    @Ctx() ctx: Context,
  ): Promise<TrainingPlanView> {
    return ctx.services.trainingPlan.planTrainings(
      scope,
      { topics: topicCodes, asOf, count, seats, year },
      ctx.viewer,
    );
  }

  @Query(() => PastTrainings, {
    description:
      'Trainings recorded as completed, newest first, each with its effect: coverage ' +
      'measured without and with the expertise its participants gained from it.',
  })
  pastTrainings(
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Arg('asOf', () => String, {
      nullable: true,
      description: 'Count expertise valid on this date (YYYY-MM-DD). Default: today.',
    })
    asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<PastTrainingsView> {
    return ctx.services.trainingPlan.pastTrainings(scope, asOf, ctx.viewer);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => RecordedTraining, {
    description:
      'Records a completed training in one transaction: the training (new — proposed or not — ' +
      'or an existing one marked completed), its participants (anyone recorded), and expertise ' +
      'in the topic for participants without it. Coverage, plans and `pastTrainings` are ' +
      'measured anew afterwards.',
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

@Resolver(() => PlannedSeat)
export class PlannedSeatResolver {
  @FieldResolver(() => [Region], {
    description: 'Municipalities where the seat closes a gap (no qualified person so far).',
  })
  newlyCovered(@Root() seat: PlannedSeatView, @Ctx() ctx: Context): Region[] {
    return regions(ctx, seat.newlyCovered);
  }
}

@Resolver(() => ProposedTraining)
export class ProposedTrainingResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  topic(@Root() training: ProposedTrainingView, @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, training.topic);
  }
}

@Resolver(() => PlanEffect)
export class PlanEffectResolver {
  @FieldResolver(() => [Topic], { description: 'Topics one person holds, before the plan.' })
  singlePersonTopicsBefore(@Root() effect: PlanEffectView, @Ctx() ctx: Context): Topic[] {
    return topics(ctx, effect.singlePersonTopicsBefore);
  }

  @FieldResolver(() => [Topic], { description: 'Topics one person holds, after the plan.' })
  singlePersonTopicsAfter(@Root() effect: PlanEffectView, @Ctx() ctx: Context): Topic[] {
    return topics(ctx, effect.singlePersonTopicsAfter);
  }
}

@Resolver(() => PastTraining)
export class PastTrainingResolver {
  @FieldResolver(() => [Topic], { description: 'Topics it covered.' })
  topics(@Root() training: PastTrainingView, @Ctx() ctx: Context): Topic[] {
    return topics(ctx, training.topics);
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
  PlannedSeatResolver,
  ProposedTrainingResolver,
  PlanEffectResolver,
  PastTrainingResolver,
  RecordedTrainingResolver,
  cellResolver(CoverageCellRef),
];
