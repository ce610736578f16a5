import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MeetingKindEnum } from '../../graphql/enums';
import { AgendaItemKindEnum } from './meeting-agenda.type';
import {
  DateField,
  EntryIdField,
  FilterTextField,
  ListFilterField,
  NameField,
  OptionalField,
  TextField,
  VersionField,
} from '../../graphql/input-fields';
import { ClientMutationIdField } from '../../graphql/idempotency';

/** The period and the words in the title both lists of events are filtered by. */
@InputType()
abstract class EventFilterInput {
  @DateField('On or after this date (YYYY-MM-DD).')
  from?: string;

  @DateField('On or before this date (YYYY-MM-DD).')
  to?: string;

  @FilterTextField('Words in the title.')
  text?: string;
}

@InputType({ description: 'Filters of the meeting list.' })
export class MeetingFilterInput extends EventFilterInput {
  @ListFilterField(ID, 'Organising networks.')
  networks?: string[];

  @ListFilterField(ID, 'Institutions or people that took part.')
  participants?: string[];

  @ListFilterField(MeetingKindEnum, 'Meetings or conferences.')
  kinds?: string[];
}

@InputType({ description: 'Filters of the training list.' })
export class TrainingFilterInput extends EventFilterInput {
  @ListFilterField(ID, 'Topics covered (a group includes its topics).')
  topics?: string[];

  @ListFilterField(ID, 'People who took part.')
  participants?: string[];

  @ListFilterField(ID, 'Conferences the trainings were part of.')
  meetings?: string[];

  @Field({ nullable: true, description: 'Only completed (true) or planned (false) trainings.' })
  completed?: boolean;
}

@InputType({ description: "One item of a meeting's agenda, in the order given." })
export class AgendaItemInput {
  @NameField('What the item is about (2–200 characters, no personal data).', [2, 200])
  title!: string;

  @Field(() => AgendaItemKindEnum, {
    description: 'A member presents an offer, names a need, or another topic.',
  })
  kind!: string;

  @OptionalField(ID, 'The institution or person who presents it.')
  presenterId?: string | null;
}

@InputType()
class MeetingFieldsInput {
  @NameField('Where it takes place.', [2, 200], { nullable: true })
  location?: string | null;

  @TextField('Short anonymised summary (≤ 4000 chars).', [0, 4000])
  summary?: string | null;

  @OptionalField(Boolean, 'The date is invented (demo data).')
  isFictionalDate?: boolean | null;

  @OptionalField([ID], 'Organising networks (replaces the list).')
  @ArrayMaxSize(20)
  networkIds?: string[] | null;

  @OptionalField([ID], 'Institutions and people that took part (replaces the list).')
  @ArrayMaxSize(1000)
  participantIds?: string[] | null;

  @OptionalField([ID], 'Institutions and people excused (replaces the list).')
  @ArrayMaxSize(1000)
  excusedIds?: string[] | null;

  @OptionalField([AgendaItemInput], 'The agenda in its order (replaces the list).')
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  agenda?: AgendaItemInput[] | null;
}

@InputType({ description: 'A new meeting or conference.' })
export class CreateMeetingInput extends MeetingFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @NameField('Title (2–200 characters).', [2, 200])
  title!: string;

  @Field(() => MeetingKindEnum, { description: 'Meeting or conference.' })
  kind!: string;

  @DateField('Date (YYYY-MM-DD).', { required: true })
  date!: string;
}

@InputType({ description: 'Changes to a meeting; omitted fields stay as they are.' })
export class UpdateMeetingInput extends MeetingFieldsInput {
  @EntryIdField('meeting')
  id!: string;

  @VersionField('The version you read.')
  version!: number;

  @NameField('Title (2–200 characters).', [2, 200], { nullable: true })
  title?: string | null;

  @OptionalField(MeetingKindEnum, 'Meeting or conference.')
  kind?: string | null;

  @DateField('Date (YYYY-MM-DD).')
  date?: string | null;
}

@InputType()
class TrainingFieldsInput {
  @DateField('Date (YYYY-MM-DD).')
  date?: string | null;

  @NameField('Who gives it.', [2, 200], { nullable: true })
  provider?: string | null;

  @OptionalField(Boolean, 'It has taken place.')
  completed?: boolean | null;

  @OptionalField([ID], 'Topic codes covered (replaces the list).')
  @ArrayMaxSize(30)
  topics?: string[] | null;

  @OptionalField(ID, 'The conference it was a workshop of.')
  meetingId?: string | null;

  @OptionalField([ID], 'People who took part (replaces the list).')
  @ArrayMaxSize(1000)
  participantIds?: string[] | null;
}

@InputType({ description: 'A new training.' })
export class CreateTrainingInput extends TrainingFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @NameField('Title (2–200 characters).', [2, 200])
  title!: string;
}

@InputType({ description: 'Changes to a training; omitted fields stay as they are.' })
export class UpdateTrainingInput extends TrainingFieldsInput {
  @EntryIdField('training')
  id!: string;

  @VersionField('The version you read.')
  version!: number;

  @NameField('Title (2–200 characters).', [2, 200], { nullable: true })
  title?: string | null;
}
