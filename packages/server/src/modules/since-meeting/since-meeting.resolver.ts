import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { present } from '../../graphql/present';
import { ActionItem } from '../action-item/action-item.type';
import { Meeting, Training } from '../event/event.type';
import { Region, Topic } from '../reference/reference.type';
import { Gap } from '../review/review.type';
import { ChangedGap, SinceMeeting } from './since-meeting.type';

@ArgsType()
class SinceMeetingArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The meeting to compare with. Default: the latest meeting before today.',
  })
  meetingId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Without `meetingId`: the latest meeting of this network before today.',
  })
  networkId?: string | null;
}

@Resolver(() => SinceMeeting)
export class SinceMeetingResolver {
  @Query(() => SinceMeeting, {
    name: 'sinceLastMeeting',
    description:
      'What changed since the last meeting (or the one named): new and departed members, institutions, coverage gaps opened and closed (the dated snapshot of the meeting against the graph now), trainings done, gaps recorded and closed, open action items.',
  })
  sinceLastMeeting(@Args() args: SinceMeetingArgs, @Ctx() ctx: Context): Promise<SinceMeeting> {
    return ctx.services.sinceMeeting.sinceMeeting(args);
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The meeting compared with; null when none was held yet.',
  })
  meeting(@Root() since: SinceMeeting, @Ctx() ctx: Context): Promise<Meeting | null> | null {
    return since.meetingId ? ctx.services.event.findMeeting(since.meetingId) : null;
  }

  @FieldResolver(() => [Training], { description: 'Trainings completed since, by date.' })
  trainingsDone(@Root() since: SinceMeeting, @Ctx() ctx: Context): Promise<Training[]> {
    return present(Promise.all(since.trainingIds.map((id) => ctx.services.event.findTraining(id))));
  }

  @FieldResolver(() => [Gap], { description: 'Gaps recorded since, by date.' })
  gapsRecorded(@Root() since: SinceMeeting, @Ctx() ctx: Context): Promise<Gap[]> {
    return present(Promise.all(since.recordedGapIds.map((id) => ctx.services.review.findGap(id))));
  }

  @FieldResolver(() => [Gap], {
    description: 'Recorded gaps closed since (known only when a snapshot of the meeting exists).',
  })
  recordedGapsClosed(@Root() since: SinceMeeting, @Ctx() ctx: Context): Promise<Gap[]> {
    return present(Promise.all(since.closedGapIds.map((id) => ctx.services.review.findGap(id))));
  }

  @FieldResolver(() => [ActionItem], {
    description: 'Action items still open (at most `first`, by due date).',
  })
  async openActionItems(
    @Root() _since: SinceMeeting,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many (1–500).' })
    first: number,
  ): Promise<ActionItem[]> {
    const page = await ctx.services.actionItem.list(
      { statuses: ['open'] },
      { first: Math.max(1, Math.min(500, first)), after: null },
    );
    return [...page.items];
  }
}

@Resolver(() => ChangedGap)
export class ChangedGapResolver {
  @FieldResolver(() => Topic, { nullable: true, description: 'Topic of the gap.' })
  topic(@Root() gap: ChangedGap, @Ctx() ctx: Context): Topic | undefined {
    return ctx.services.reference.findTopic(gap.topicCode);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Municipality of the gap.' })
  municipality(@Root() gap: ChangedGap, @Ctx() ctx: Context): Region | undefined {
    return gap.municipalityCode
      ? ctx.services.reference.findRegion(gap.municipalityCode)
      : undefined;
  }
}

export const SINCE_MEETING_RESOLVERS = [SinceMeetingResolver, ChangedGapResolver];
