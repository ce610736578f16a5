import { CLOCK_TIME_PATTERN as TIME } from '@schutznetz/domain';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Matches } from 'class-validator';
import { WeekdayEnum } from './enums';

@ObjectType({ description: 'One opening interval (local time, Europe/Berlin).' })
export class OpeningInterval {
  @Field(() => WeekdayEnum, { description: 'Day of the week.' })
  day!: string;

  @Field({ description: 'Opening time, "HH:MM".' })
  opens!: string;

  @Field({ description: 'Closing time, "HH:MM", after the opening time.' })
  closes!: string;
}

@InputType({ description: 'One opening interval (local time, Europe/Berlin).' })
export class OpeningIntervalInput {
  @Field(() => WeekdayEnum, { description: 'Day of the week.' })
  day!: string;

  @Field({ description: 'Opening time, "HH:MM".' })
  @Matches(TIME, { message: 'must be a time as HH:MM' })
  opens!: string;

  @Field({ description: 'Closing time, "HH:MM", after the opening time.' })
  @Matches(TIME, { message: 'must be a time as HH:MM' })
  closes!: string;
}

/** Bookkeeping fields shared by every stored entity. */
@ObjectType()
export abstract class StoredEntity {
  @Field({ description: 'When this entry was created (ISO 8601).' })
  createdAt!: string;

  @Field({ description: 'When this entry was last changed (ISO 8601).' })
  updatedAt!: string;

  @Field(() => Int, {
    description: 'Version for optimistic concurrency: send it back with an update or delete.',
  })
  version!: number;

  @Field({ description: 'Who made the last change.' })
  updatedBy!: string;
}
