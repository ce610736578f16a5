import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GapStatusEnum, InstitutionKindEnum } from '../../graphql/enums';
import { IsIsoDate, IsName } from '../../graphql/validation';
import { ClientMutationIdField } from '../../graphql/idempotency';

@InputType({ description: 'Filters of the case review list.' })
export class CaseReviewFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Networks the reviews were held in.' })
  networks?: string[];

  @Field(() => [String], { nullable: true, description: 'Route templates (R01–R22).' })
  routeTemplates?: string[];

  @Field(() => [ID], { nullable: true, description: 'Gaps the reviews point at.' })
  gaps?: string[];

  @Field({ nullable: true, description: 'On or after this date.' })
  @IsIsoDate()
  from?: string;

  @Field({ nullable: true, description: 'On or before this date.' })
  @IsIsoDate()
  to?: string;
}

@InputType({ description: 'Filters of the gap list.' })
export class GapFilterInput {
  @Field(() => [GapStatusEnum], { nullable: true, description: 'States.' })
  statuses?: string[];

  @Field(() => [ID], { nullable: true, description: 'Topics (a group includes its topics).' })
  topics?: string[];

  @Field(() => [ID], { nullable: true, description: 'Municipalities or regions affected.' })
  municipalities?: string[];

  @Field(() => [ID], { nullable: true, description: 'Networks that recorded them.' })
  networks?: string[];

  @Field({ nullable: true, description: 'Only training needs (true) or other gaps (false).' })
  isTrainingNeed?: boolean;
}

const LESSON = { min: 10, max: 4000 };

@InputType()
class CaseReviewFieldsInput {
  @Field(() => String, { nullable: true, description: 'Route template concerned (R01–R22).' })
  routeTemplate?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Agreed action items (replaces the list).',
  })
  @ArrayMaxSize(50)
  @Length(3, 500, { each: true })
  actionItems?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Network the review was held in.' })
  networkId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Gaps it points at (replaces the list).' })
  @ArrayMaxSize(50)
  gapIds?: string[] | null;
}

@InputType({ description: 'A new anonymised case review (no facts of the case).' })
export class CreateCaseReviewInput extends CaseReviewFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field({ description: 'Short title (3–200 characters).' })
  @Length(3, 200)
  @IsName()
  title!: string;

  @Field({ description: 'Date of the review (YYYY-MM-DD).' })
  @IsIsoDate()
  date!: string;

  @Field({ description: 'Lessons learned, anonymised (10–4000 characters).' })
  @Length(LESSON.min, LESSON.max)
  lessons!: string;
}

@InputType({ description: 'Changes to a case review; omitted fields stay as they are.' })
export class UpdateCaseReviewInput extends CaseReviewFieldsInput {
  @Field(() => ID, { description: 'The review to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Short title (3–200 characters).' })
  @IsOptional()
  @Length(3, 200)
  @IsName()
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD).' })
  @IsIsoDate()
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Lessons learned, anonymised.' })
  @IsOptional()
  @Length(LESSON.min, LESSON.max)
  lessons?: string | null;
}

@InputType()
class GapFieldsInput {
  @Field(() => GapStatusEnum, { nullable: true, description: 'State (new gaps are open).' })
  status?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'It is a training need.' })
  isTrainingNeed?: boolean | null;

  @Field(() => InstitutionKindEnum, { nullable: true, description: 'Kind that reported it.' })
  reportedByKind?: string | null;

  @Field(() => ID, { nullable: true, description: 'Topic code.' })
  topic?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Regions affected (replaces the list).' })
  @ArrayMaxSize(30)
  area?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Network that recorded it.' })
  networkId?: string | null;
}

@InputType({ description: 'A new gap or training need.' })
export class CreateGapInput extends GapFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field({ description: 'Short title (3–200 characters).' })
  @Length(3, 200)
  @IsName()
  title!: string;

  @Field({ description: 'What is missing (10–4000 characters).' })
  @Length(10, 4000)
  description!: string;

  @Field({ description: 'Date recorded (YYYY-MM-DD).' })
  @IsIsoDate()
  date!: string;
}

@InputType({ description: 'Changes to a gap; omitted fields stay as they are.' })
export class UpdateGapInput extends GapFieldsInput {
  @Field(() => ID, { description: 'The gap to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Short title.' })
  @IsOptional()
  @Length(3, 200)
  @IsName()
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'What is missing.' })
  @IsOptional()
  @Length(10, 4000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Date recorded (YYYY-MM-DD).' })
  @IsIsoDate()
  date?: string | null;
}
