import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StoredEntity } from '../../graphql/common.type';
import { Connection } from '../../graphql/pagination';
import { NullableField } from '../../graphql/type-fields';

/** The states of an action item, as stored (lower case) and named in the schema (upper case). */
export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const ActionItemStatusEnum = { OPEN: 'open', DONE: 'done' } as const;
registerEnumType(ActionItemStatusEnum, {
  name: 'ActionItemStatus',
  description: 'Whether an agreed action item is still to do.',
  valuesConfig: {
    OPEN: { description: 'offen / open' },
    DONE: { description: 'erledigt / done' },
  },
});

@ObjectType({
  description:
    'Something agreed at a meeting or in a case review: what, who is responsible, by when, and the gaps it works on. Anonymised like the minutes.',
})
export class ActionItem extends StoredEntity {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'What is to be done (3–500 characters, no personal data).' })
  text!: string;

  @Field(() => ActionItemStatusEnum, { description: 'Open or done.' })
  status!: ActionItemStatus;

  @NullableField(String, 'Due date (YYYY-MM-DD), if agreed.')
  dueDate!: string | null;

  responsibleIds!: readonly string[];
  meetingIds!: readonly string[];
  caseReviewIds!: readonly string[];
  gapIds!: readonly string[];
  sortKey!: string;
}

export const ActionItemConnection = Connection(ActionItem, 'ActionItem');
