import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { OpeningInterval, StoredEntity } from '../../graphql/common.type';
import { AccessibilityEnum, CostEnum, LanguageEnum } from '../../graphql/enums';
import { Connection } from '../../graphql/pagination';

@ObjectType({
  description:
    'A service an institution offers: counselling, shelter places, a hotline, a course, … with the ' +
    'topics, people and area it serves and how to get in.',
})
export class Service extends StoredEntity {
  @Field(() => ID, { description: 'Stable id, e.g. "svc:frauenhaus_biwo_places".' })
  id!: string;

  @Field({ description: 'Name of the service.' })
  name!: string;

  @NullableField(String, 'What the service does, in a few lines.')
  description!: string | null;

  @NullableField(Int, 'Lowest age served, in completed years (inclusive); null for no lower limit.')
  minAge!: number | null;

  @NullableField(
    Int,
    'Age from which the service no longer applies (exclusive); null for no limit.',
  )
  maxAge!: number | null;

  @Field(() => [LanguageEnum], { description: 'Languages the service is offered in.' })
  languages!: readonly string[];

  @Field(() => [OpeningInterval], { description: 'Opening hours; empty when unknown.' })
  openingHours!: readonly OpeningInterval[];

  @Field({ description: 'Reachable around the clock.' })
  available24x7!: boolean;

  @Field({ description: 'People may come on their own, without a referral.' })
  selfReferral!: boolean;

  @Field({ description: 'The person’s consent is needed before another professional refers.' })
  consentRequired!: boolean;

  @Field(() => CostEnum, { description: 'What the service costs the person helped.' })
  cost!: string;

  @Field(() => [AccessibilityEnum], { description: 'Accessibility features of the service.' })
  accessibility!: readonly string[];

  @NullableField(Int, 'Places in total (e.g. shelter family places); null when it has no places.')
  capacityTotal!: number | null;

  @NullableField(Int, 'Free places as last reported; see capacityReportedAt for how fresh that is.')
  capacityFree!: number | null;

  @NullableField(String, 'When the free places were last reported (ISO 8601).')
  capacityReportedAt!: string | null;

  @Field({
    description:
      'Interpreting (Sprachmittlung) can be arranged: the route finder matches the service for any ' +
      'language, marked as by interpreting. Default: false.',
  })
  interpreting!: boolean;

  @NullableField(
    Int,
    'Sons who come with their mother are admitted up to this age (completed years, inclusive), ' +
      'as women’s shelters record it; null when the service records no such limit.',
  )
  boysMaxAge!: number | null;

  institutionId!: string;
  topics!: readonly string[];
  targetGroups!: readonly string[];
  area!: readonly string[];
  sortKey!: string;
}

export const ServiceConnection = Connection(Service, 'Service');
