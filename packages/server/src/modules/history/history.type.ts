import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { Connection } from '../../graphql/pagination';

/** What a change did to its entry (the audit trail's `action`, in upper case). */
export const ChangeAction = {
  CREATED: 'create',
  UPDATED: 'update',
  DELETED: 'delete',
  RESTORED: 'restore',
} as const;
export type ChangeAction = (typeof ChangeAction)[keyof typeof ChangeAction];

registerEnumType(ChangeAction, {
  name: 'ChangeAction',
  description: 'What a change did to its entry.',
  valuesConfig: {
    CREATED: { description: 'The entry was created.' },
    UPDATED: { description: 'Fields of the entry changed.' },
    DELETED: { description: 'The entry was deleted (it can be restored).' },
    RESTORED: { description: 'A deleted entry was restored.' },
  },
});

@ObjectType({ description: 'One changed field of an entry, with its value before and after.' })
export class FieldChange {
  @Field({
    description:
      'The field: a property name (`name`, `phone`, …) or a relationship, `→TYPE` outgoing and `←TYPE` incoming (`→LOCATED_IN` is the municipality).',
  })
  field!: string;

  @NullableField(String, 'The value before, as JSON; null if unset.')
  before!: string | null;

  @NullableField(String, 'The value after, as JSON; null if unset.')
  after!: string | null;
}

@ObjectType({
  description:
    'One change of the audit trail: who changed which entry when, and how. Coordinators and admins only; never holds the address of a protected institution.',
})
export class Change {
  @Field(() => ID, { description: 'Id of this change.' })
  id!: string;

  @Field({ description: 'When (ISO 8601).' })
  at!: string;

  @Field({ description: 'Who made the change (the name of the signed-in user).' })
  actor!: string;

  @Field(() => ChangeAction, { description: 'Created, updated, deleted or restored.' })
  action!: ChangeAction;

  @Field({ description: 'Kind of entry: `Institution`, `Person`, `Service`, `ReferralPath`, …' })
  entity!: string;

  @Field(() => ID, { description: 'Id of the entry changed.' })
  entryId!: string;

  @NullableField(String, 'Name or title of the entry at the time of the change.')
  name!: string | null;

  @Field(() => [FieldChange], { description: 'The fields that changed, by name.' })
  changes!: FieldChange[];

  /** Set when the entry was deleted along with another (an institution's services). */
  cascadeOf!: string | null;
  sortKey!: string;
}

export const ChangeConnection = Connection(Change, 'Change');

@ObjectType({ description: 'What a restore brought back.' })
export class RestoredEntry {
  @Field(() => ID, { description: 'The entry restored.' })
  id!: string;

  @Field({ description: 'Kind of entry.' })
  entity!: string;

  @Field(() => [ID], {
    description: 'Every entry restored: the entry and those deleted with it (its services).',
  })
  restored!: string[];

  @Field(() => Int, { description: 'Relationships restored (to entries that still exist).' })
  relationships!: number;

  @Field(() => [ID], {
    description: 'Entries its relationships led to that no longer exist: those stay gone.',
  })
  missingEnds!: string[];
}
