import { ArrayMaxSize, Length } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ClientMutationIdField } from '../../graphql/idempotency';
import {
  EntryIdField,
  NameField,
  OptionalField,
  TextField,
  VersionField,
} from '../../graphql/input-fields';
import { MAX_POSITIONS, MAX_STATE_LENGTH } from './saved-view.service';

const NAME = [3, 120] as const;

@InputType({ description: 'Where one node is drawn, in model coordinates.' })
export class NodePositionInput {
  @Field(() => ID, { description: 'Id of the node.' })
  @Length(1, 200)
  nodeId!: string;

  @Field(() => Float, { description: 'Horizontal position.' })
  x!: number;

  @Field(() => Float, { description: 'Vertical position.' })
  y!: number;
}

@InputType({ description: 'Filters of the saved views list.' })
export class SavedViewFilterInput {
  @Field({ nullable: true, description: 'Only views first saved by this name.' })
  createdBy?: string;
}

@InputType({ description: 'A new saved explorer view.' })
export class CreateSavedViewInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @NameField('Name of the view (3–120 characters).', NAME)
  name!: string;

  @TextField(
    `The explorer state as URL search parameters without "?" (at most ${MAX_STATE_LENGTH} characters).`,
    [0, MAX_STATE_LENGTH],
  )
  state?: string | null;

  @OptionalField([NodePositionInput], `Node positions (at most ${MAX_POSITIONS}).`)
  @ArrayMaxSize(MAX_POSITIONS)
  positions?: NodePositionInput[] | null;
}

@InputType({
  description: 'Changes to a saved view (a rename, new positions); omitted fields stay.',
})
export class UpdateSavedViewInput {
  @EntryIdField('saved view')
  id!: string;

  @VersionField('The version you read.')
  version!: number;

  @NameField('New name (3–120 characters).', NAME, { nullable: true })
  name?: string | null;

  @TextField('The explorer state as URL search parameters without "?".', [0, MAX_STATE_LENGTH])
  state?: string | null;

  @OptionalField([NodePositionInput], 'Node positions (replaces the list).')
  @ArrayMaxSize(MAX_POSITIONS)
  positions?: NodePositionInput[] | null;
}
