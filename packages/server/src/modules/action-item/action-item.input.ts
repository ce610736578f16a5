import { ArrayMaxSize, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ClientMutationIdField } from '../../graphql/idempotency';
import {
  DateField,
  EntryIdField,
  ListFilterField,
  OptionalField,
  TextField,
  VersionField,
} from '../../graphql/input-fields';
import { ActionItemStatusEnum } from './action-item.type';

@InputType({ description: 'Filters of the action item list.' })
export class ActionItemFilterInput {
  @ListFilterField(ActionItemStatusEnum, 'States.')
  statuses?: string[];

  @ListFilterField(ID, 'Meetings they were agreed at.')
  meetings?: string[];

  @ListFilterField(ID, 'Case reviews they were agreed in.')
  caseReviews?: string[];

  @ListFilterField(ID, 'Gaps they work on.')
  gaps?: string[];

  @ListFilterField(ID, 'Institutions or people responsible.')
  responsible?: string[];
}

@InputType()
class ActionItemFieldsInput {
  @OptionalField(ActionItemStatusEnum, 'Open or done (new items are open).')
  status?: string | null;

  @DateField('Due date (YYYY-MM-DD).')
  dueDate?: string | null;

  @OptionalField([ID], 'Institutions or people responsible (replaces the list).')
  @ArrayMaxSize(20)
  responsibleIds?: string[] | null;

  @OptionalField(ID, 'The meeting it was agreed at.')
  meetingId?: string | null;

  @OptionalField(ID, 'The case review it was agreed in.')
  caseReviewId?: string | null;

  @OptionalField([ID], 'Gaps it works on (replaces the list).')
  @ArrayMaxSize(50)
  gapIds?: string[] | null;
}

@InputType({ description: 'A new action item (anonymised: no personal data in the text).' })
export class CreateActionItemInput extends ActionItemFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field({ description: 'What is to be done (3–500 characters).' })
  @Length(3, 500)
  text!: string;
}

@InputType({ description: 'Changes to an action item; omitted fields stay as they are.' })
export class UpdateActionItemInput extends ActionItemFieldsInput {
  @EntryIdField('action item')
  id!: string;

  @VersionField('The version you read.')
  version!: number;

  @TextField('What is to be done (3–500 characters).', [3, 500])
  text?: string | null;
}
