import { Field, ID, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { StoredEntity } from '../../graphql/common.type';
import { MeetingKindEnum } from '../../graphql/enums';
import { Connection } from '../../graphql/pagination';

@ObjectType({
  description:
    'A network meeting (e.g. a quarterly AK session) or a conference (Fachtag). Minutes hold anonymised content only.',
})
export class Meeting extends StoredEntity {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => MeetingKindEnum, { description: 'Meeting or conference.' })
  kind!: string;

  @Field({ description: 'Date (YYYY-MM-DD).' })
  date!: string;

  @NullableField(String, 'Where it takes place.')
  location!: string | null;

  @Field({ description: 'True when the date is invented for the demo (planned, not documented).' })
  isFictionalDate!: boolean;

  @NullableField(String, 'Short summary, anonymised.')
  summary!: string | null;

  networkIds!: readonly string[];
  participantIds!: readonly string[];
  excusedIds!: readonly string[];
  /** The agenda as stored: one entry per item in each list (presenter empty for none; absent before any agenda). */
  agendaTitles?: readonly string[];
  agendaKinds?: readonly string[];
  agendaPresenterIds?: readonly string[];
  sortKey!: string;
}

@ObjectType({
  description:
    'A training (Fortbildung) or a workshop of a conference; completing it adds expertise in its topics.',
})
export class Training extends StoredEntity {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @NullableField(String, 'Date (YYYY-MM-DD), if fixed.')
  date!: string | null;

  @NullableField(String, 'Who gives it.')
  provider!: string | null;

  @Field({ description: 'True once it has taken place.' })
  completed!: boolean;

  topics!: readonly string[];
  meetingIds!: readonly string[];
  participantIds!: readonly string[];
  sortKey!: string;
}

export const MeetingConnection = Connection(Meeting, 'Meeting');
export const TrainingConnection = Connection(Training, 'Training');
