import { Field, ID, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { StoredEntity } from '../../graphql/common.type';
import { GapStatusEnum, InstitutionKindEnum } from '../../graphql/enums';
import { Connection } from '../../graphql/pagination';

@ObjectType({
  description:
    'An anonymised case review: lessons and action items for the network, never facts of a case or data about anyone helped.',
})
export class CaseReview extends StoredEntity {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Short title of the lesson.' })
  title!: string;

  @Field({ description: 'Date of the review (YYYY-MM-DD).' })
  date!: string;

  @NullableField(String, 'Referral route template concerned (R01–R22), if any.')
  routeTemplate!: string | null;

  @Field({ description: 'What the network learned (anonymised).' })
  lessons!: string;

  @Field(() => [String], { description: 'Agreed action items.' })
  actionItems!: readonly string[];

  networkIds!: readonly string[];
  gapIds!: readonly string[];
  sortKey!: string;
}

@ObjectType({
  description: 'A gap in the network or a training need, reported and tracked until closed.',
})
export class Gap extends StoredEntity {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Short title.' })
  title!: string;

  @Field({ description: 'What is missing, and where it shows.' })
  description!: string;

  @Field({ description: 'When it was recorded (YYYY-MM-DD).' })
  date!: string;

  @Field(() => GapStatusEnum, { description: 'Open, in progress or closed.' })
  status!: string;

  @Field({ description: 'True for a training need (Fortbildungsbedarf).' })
  isTrainingNeed!: boolean;

  @NullableField(InstitutionKindEnum, 'Kind of institution that reported it.')
  reportedByKind!: string | null;

  topics!: readonly string[];
  area!: readonly string[];
  networkIds!: readonly string[];
  sortKey!: string;
}

export const CaseReviewConnection = Connection(CaseReview, 'CaseReview');
export const GapConnection = Connection(Gap, 'Gap');
