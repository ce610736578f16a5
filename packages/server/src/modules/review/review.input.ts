import { ArrayMaxSize, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GapStatusEnum, InstitutionKindEnum } from '../../graphql/enums';
import {
  DateField,
  EntryIdField,
  ListFilterField,
  NameField,
  OptionalField,
  TextField,
  VersionField,
} from '../../graphql/input-fields';
import { ClientMutationIdField } from '../../graphql/idempotency';

@InputType({ description: 'Filters of the case review list.' })
export class CaseReviewFilterInput {
  @ListFilterField(ID, 'Networks the reviews were held in.')
  networks?: string[];

  @ListFilterField(String, 'Route templates (R01–R22).')
  routeTemplates?: string[];

  @ListFilterField(ID, 'Gaps the reviews point at.')
  gaps?: string[];

  @DateField('On or after this date.')
  from?: string;

  @DateField('On or before this date.')
  to?: string;
}

@InputType({ description: 'Filters of the gap list.' })
export class GapFilterInput {
  @ListFilterField(GapStatusEnum, 'States.')
  statuses?: string[];

  @ListFilterField(ID, 'Topics (a group includes its topics).')
  topics?: string[];

  @ListFilterField(ID, 'Municipalities or regions affected.')
  municipalities?: string[];

  @ListFilterField(ID, 'Networks that recorded them.')
  networks?: string[];

  @Field({ nullable: true, description: 'Only training needs (true) or other gaps (false).' })
  isTrainingNeed?: boolean;
}

const LESSON = [10, 4000] as const;
const TITLE = [3, 200] as const;

@InputType()
class CaseReviewFieldsInput {
  @OptionalField(String, 'Route template concerned (R01–R22).')
  routeTemplate?: string | null;

  @OptionalField([String], 'Agreed action items (replaces the list).')
  @ArrayMaxSize(50)
  @Length(3, 500, { each: true })
  actionItems?: string[] | null;

  @OptionalField(ID, 'Network the review was held in.')
  networkId?: string | null;

  @OptionalField([ID], 'Gaps it points at (replaces the list).')
  @ArrayMaxSize(50)
  gapIds?: string[] | null;
}

@InputType({ description: 'A new anonymised case review (no facts of the case).' })
export class CreateCaseReviewInput extends CaseReviewFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @NameField('Short title (3–200 characters).', TITLE)
  title!: string;

  @DateField('Date of the review (YYYY-MM-DD).', { required: true })
  date!: string;

  @Field({ description: 'Lessons learned, anonymised (10–4000 characters).' })
  @Length(...LESSON)
  lessons!: string;
}

@InputType({ description: 'Changes to a case review; omitted fields stay as they are.' })
export class UpdateCaseReviewInput extends CaseReviewFieldsInput {
  @EntryIdField('review')
  id!: string;

  @VersionField('The version you read.')
  version!: number;

  @NameField('Short title (3–200 characters).', TITLE, { nullable: true })
  title?: string | null;

  @DateField('Date (YYYY-MM-DD).')
  date?: string | null;

  @TextField('Lessons learned, anonymised.', LESSON)
  lessons?: string | null;
}

@InputType()
class GapFieldsInput {
  @OptionalField(GapStatusEnum, 'State (new gaps are open).')
  status?: string | null;

  @OptionalField(Boolean, 'It is a training need.')
  isTrainingNeed?: boolean | null;

  @OptionalField(InstitutionKindEnum, 'Kind that reported it.')
  reportedByKind?: string | null;

  @OptionalField(ID, 'Topic code.')
  topic?: string | null;

  @OptionalField([ID], 'Regions affected (replaces the list).')
  @ArrayMaxSize(30)
  area?: string[] | null;

  @OptionalField(ID, 'Network that recorded it.')
  networkId?: string | null;
}

@InputType({ description: 'A new gap or training need.' })
export class CreateGapInput extends GapFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @NameField('Short title (3–200 characters).', TITLE)
  title!: string;

  @Field({ description: 'What is missing (10–4000 characters).' })
  @Length(10, 4000)
  description!: string;

  @DateField('Date recorded (YYYY-MM-DD).', { required: true })
  date!: string;
}

@InputType({ description: 'Changes to a gap; omitted fields stay as they are.' })
export class UpdateGapInput extends GapFieldsInput {
  @EntryIdField('gap')
  id!: string;

  @VersionField('The version you read.')
  version!: number;

  @NameField('Short title.', TITLE, { nullable: true })
  title?: string | null;

  @TextField('What is missing.', [10, 4000])
  description?: string | null;

  @DateField('Date recorded (YYYY-MM-DD).')
  date?: string | null;
}
