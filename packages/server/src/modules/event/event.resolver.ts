import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { crudResolver } from '../../graphql/crud.resolver';
import { storedReadResolver } from '../../graphql/stored-read.resolver';
import { present } from '../../graphql/present';
import { Institution } from '../institution/institution.type';
import { Network } from '../network/network.type';
import { Person } from '../person/person.type';
import { Topic } from '../reference/reference.type';
import {
  CreateMeetingInput,
  CreateTrainingInput,
  MeetingFilterInput,
  TrainingFilterInput,
  UpdateMeetingInput,
  UpdateTrainingInput,
} from './event.input';
import { Meeting, MeetingConnection, Training, TrainingConnection } from './event.type';
import { AgendaItem, type AgendaItemKind } from './meeting-agenda.type';
import { ActionItem } from '../action-item/action-item.type';

/** An id kept as '' for none, as null. */
function nonEmpty(id: string | undefined): string | null {
  return id === undefined || id === '' ? null : id;
}

const MeetingCrudResolver = crudResolver({
  name: 'Meeting',
  type: Meeting,
  createInput: CreateMeetingInput,
  updateInput: UpdateMeetingInput,
  descriptions: {
    create: 'Records a meeting or conference.',
    update: 'Changes a meeting; CONFLICT when `version` is stale.',
    delete: 'Deletes a meeting; returns its id.',
  },
  writes: ({ event }) => ({
    create: (...args) => event.createMeeting(...args),
    findById: (id) => event.findMeeting(id),
    update: (...args) => event.updateMeeting(...args),
    delete: (...args) => event.deleteMeeting(...args),
  }),
});

/** `meetings` and `meeting(id)`, read from the stored records. */
const MeetingReadResolver = storedReadResolver({
  list: { name: 'meetings', description: 'Meetings and conferences, by date.' },
  one: { name: 'meeting', description: 'One meeting by id.' },
  type: Meeting,
  connection: MeetingConnection,
  filter: MeetingFilterInput,
  reads: ({ event }) => ({
    list: (...args) => event.listMeetings(...args),
    findById: (id) => event.findMeeting(id),
  }),
});

@Resolver(() => Meeting)
export class MeetingResolver extends MeetingCrudResolver {
  @FieldResolver(() => [Network], { description: 'Networks that organised it.' })
  networks(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Network[]> {
    return present(Promise.all(meeting.networkIds.map((id) => ctx.services.network.findById(id))));
  }

  @FieldResolver(() => [Institution], { description: 'Institutions that took part.' })
  institutions(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Institution[]> {
    return present(
      Promise.all(meeting.participantIds.map((id) => ctx.services.institution.findById(id))),
    );
  }

  @Authorized<Role>('member')
  @FieldResolver(() => [Person], { description: 'People who took part.' })
  people(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Person[]> {
    return present(
      Promise.all(meeting.participantIds.map((id) => ctx.services.person.findById(id))),
    );
  }

  @FieldResolver(() => [Training], { description: 'Workshops of a conference.' })
  workshops(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Training[]> {
    return ctx.services.event.workshopsOf(meeting.id);
  }

  @FieldResolver(() => [AgendaItem], { description: 'The agenda, in its order.' })
  agenda(@Root() meeting: Meeting): AgendaItem[] {
    const titles = meeting.agendaTitles ?? [];
    return titles.map((title, index) => ({
      position: index + 1,
      title,
      kind: (meeting.agendaKinds?.[index] ?? 'topic') as AgendaItemKind,
      presenterId: nonEmpty(meeting.agendaPresenterIds?.[index]),
    }));
  }

  @FieldResolver(() => [Institution], { description: 'Institutions excused from it.' })
  excusedInstitutions(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Institution[]> {
    return present(
      Promise.all(meeting.excusedIds.map((id) => ctx.services.institution.findById(id))),
    );
  }

  @Authorized<Role>('member')
  @FieldResolver(() => [Person], { description: 'People excused from it.' })
  excusedPeople(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Person[]> {
    return present(Promise.all(meeting.excusedIds.map((id) => ctx.services.person.findById(id))));
  }

  @Authorized<Role>('member')
  @FieldResolver(() => [ActionItem], {
    description: 'Action items agreed at it, by due date (undated last).',
  })
  actionItems(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<ActionItem[]> {
    return ctx.services.actionItem.ofMeeting(meeting.id);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The institution that presents it, if an institution does.',
  })
  presenterInstitution(
    @Root() item: AgendaItem,
    @Ctx() ctx: Context,
  ): Promise<Institution | null> | null {
    return item.presenterId ? ctx.services.institution.findById(item.presenterId) : null;
  }

  @Authorized<Role>('member')
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person who presents it, if a person does.',
  })
  presenterPerson(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<Person | null> | null {
    return item.presenterId ? ctx.services.person.findById(item.presenterId) : null;
  }
}

const TrainingCrudResolver = crudResolver({
  name: 'Training',
  type: Training,
  createInput: CreateTrainingInput,
  updateInput: UpdateTrainingInput,
  descriptions: {
    create: 'Records a training.',
    update: 'Changes a training; CONFLICT when `version` is stale.',
    delete: 'Deletes a training; returns its id.',
  },
  writes: ({ event }) => ({
    create: (...args) => event.createTraining(...args),
    findById: (id) => event.findTraining(id),
    update: (...args) => event.updateTraining(...args),
    delete: (...args) => event.deleteTraining(...args),
  }),
});

/** `trainings` and `training(id)`, read from the stored records. */
const TrainingReadResolver = storedReadResolver({
  list: { name: 'trainings', description: 'Trainings and workshops, by date.' },
  one: { name: 'training', description: 'One training by id.' },
  type: Training,
  connection: TrainingConnection,
  filter: TrainingFilterInput,
  reads: ({ event }) => ({
    list: (...args) => event.listTrainings(...args),
    findById: (id) => event.findTraining(id),
  }),
});

@Resolver(() => Training)
export class TrainingResolver extends TrainingCrudResolver {
  @FieldResolver(() => [Topic], { description: 'Topics it covers.' })
  topics(@Root() training: Training, @Ctx() ctx: Context): Topic[] {
    return training.topics.flatMap((code) => ctx.services.reference.findTopic(code) ?? []);
  }

  @Authorized<Role>('member')
  @FieldResolver(() => [Person], { description: 'People who took part.' })
  participants(@Root() training: Training, @Ctx() ctx: Context): Promise<Person[]> {
    return present(
      Promise.all(training.participantIds.map((id) => ctx.services.person.findById(id))),
    );
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The conference it was part of.' })
  meeting(@Root() training: Training, @Ctx() ctx: Context): Promise<Meeting | null> | null {
    const [meetingId] = training.meetingIds;
    return meetingId ? ctx.services.event.findMeeting(meetingId) : null;
  }
}

export const EVENT_RESOLVERS = [
  MeetingResolver,
  AgendaItemResolver,
  MeetingReadResolver,
  TrainingResolver,
  TrainingReadResolver,
];
