import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MeetingKindEnum } from '../../graphql/enums';
import { IsIsoDate, IsName } from '../../graphql/validation';
import { ClientMutationIdField } from '../../graphql/idempotency';

@InputType({ description: 'Filters of the meeting list.' })
export class MeetingFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Organising networks.' })
  networks?: string[];

  @Field(() => [ID], { nullable: true, description: 'Institutions or people that took part.' })
  participants?: string[];

  @Field(() => [MeetingKindEnum], { nullable: true, description: 'Meetings or conferences.' })
  kinds?: string[];

  @Field({ nullable: true, description: 'On or after this date (YYYY-MM-DD).' })
  @IsIsoDate()
  from?: string;

  @Field({ nullable: true, description: 'On or before this date (YYYY-MM-DD).' })
  @IsIsoDate()
  to?: string;

  @Field({ nullable: true, description: 'Words in the title.' })
  @IsOptional()
  @Length(1, 200)
  text?: string;
}

@InputType({ description: 'Filters of the training list.' })
export class TrainingFilterInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Topics covered (a group includes its topics).',
  })
  topics?: string[];

  @Field(() => [ID], { nullable: true, description: 'People who took part.' })
  participants?: string[];

  @Field(() => [ID], { nullable: true, description: 'Conferences the trainings were part of.' })
  meetings?: string[];

  @Field({ nullable: true, description: 'On or after this date (YYYY-MM-DD).' })
  @IsIsoDate()
  from?: string;

  @Field({ nullable: true, description: 'On or before this date (YYYY-MM-DD).' })
  @IsIsoDate()
  to?: string;

  @Field({ nullable: true, description: 'Only completed (true) or planned (false) trainings.' })
  completed?: boolean;

  @Field({ nullable: true, description: 'Words in the title.' })
  @IsOptional()
  @Length(1, 200)
  text?: string;
}

@InputType()
class MeetingFieldsInput {
  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  @IsOptional()
  @Length(2, 200)
  @IsName()
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Short anonymised summary (≤ 4000 chars).' })
  @IsOptional()
  @Length(0, 4000)
  summary?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The date is invented (demo data).' })
  isFictionalDate?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Organising networks (replaces the list).' })
  @ArrayMaxSize(20)
  networkIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Institutions and people that took part (replaces the list).',
  })
  @ArrayMaxSize(1000)
  participantIds?: string[] | null;
}

@InputType({ description: 'A new meeting or conference.' })
export class CreateMeetingInput extends MeetingFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field({ description: 'Title (2–200 characters).' })
  @Length(2, 200)
  @IsName()
  title!: string;

  @Field(() => MeetingKindEnum, { description: 'Meeting or conference.' })
  kind!: string;

  @Field({ description: 'Date (YYYY-MM-DD).' })
  @IsIsoDate()
  date!: string;
}

@InputType({ description: 'Changes to a meeting; omitted fields stay as they are.' })
export class UpdateMeetingInput extends MeetingFieldsInput {
  @Field(() => ID, { description: 'The meeting to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Title (2–200 characters).' })
  @IsOptional()
  @Length(2, 200)
  @IsName()
  title?: string | null;

  @Field(() => MeetingKindEnum, { nullable: true, description: 'Meeting or conference.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD).' })
  @IsIsoDate()
  date?: string | null;
}

@InputType()
class TrainingFieldsInput {
  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD).' })
  @IsIsoDate()
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Who gives it.' })
  @IsOptional()
  @Length(2, 200)
  @IsName()
  provider?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'It has taken place.' })
  completed?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Topic codes covered (replaces the list).' })
  @ArrayMaxSize(30)
  topics?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The conference it was a workshop of.' })
  meetingId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'People who took part (replaces the list).' })
  @ArrayMaxSize(1000)
  participantIds?: string[] | null;
}

@InputType({ description: 'A new training.' })
export class CreateTrainingInput extends TrainingFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field({ description: 'Title (2–200 characters).' })
  @Length(2, 200)
  @IsName()
  title!: string;
}

@InputType({ description: 'Changes to a training; omitted fields stay as they are.' })
export class UpdateTrainingInput extends TrainingFieldsInput {
  @Field(() => ID, { description: 'The training to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Title (2–200 characters).' })
  @IsOptional()
  @Length(2, 200)
  @IsName()
  title?: string | null;
}
