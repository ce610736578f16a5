import { Field, ID, ObjectType } from 'type-graphql';
import { OpeningInterval, StoredEntity } from '../../graphql/common.type';
import { AccessibilityEnum, InstitutionKindEnum, LanguageEnum } from '../../graphql/enums';
import { Connection } from '../../graphql/pagination';

@ObjectType({
  description:
    'An institution of the network: an office, a counselling centre, a shelter, a practice, a school, … ' +
    'Shelters never have an address.',
})
export class Institution extends StoredEntity {
  @Field(() => ID, { description: 'Stable id, e.g. "org:frauenhaus_biwo".' })
  id!: string;

  @Field({ description: 'Name of the institution.' })
  name!: string;

  @Field(() => InstitutionKindEnum, { description: 'Kind of institution.' })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Operator (Träger), e.g. "AWO Kreisverband".',
  })
  operator!: string | null;

  municipality!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Street and number of the public address; always null for protected addresses.',
  })
  street!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code of the public address.' })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Function phone number (not a person’s).' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Function e-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Website.' })
  website!: string | null;

  @Field(() => [OpeningInterval], { description: 'Opening hours; empty when unknown.' })
  openingHours!: readonly OpeningInterval[];

  @Field({ description: 'Reachable around the clock.' })
  available24x7!: boolean;

  @Field(() => [LanguageEnum], { description: 'Languages spoken.' })
  languages!: readonly string[];

  @Field(() => [AccessibilityEnum], { description: 'Accessibility features.' })
  accessibility!: readonly string[];

  @Field(() => String, { nullable: true, description: 'Public source of these data.' })
  sourceUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When these data were last verified (ISO date); drives re-verification.',
  })
  lastVerifiedAt!: string | null;

  @Field({ description: 'True for invented demo institutions.' })
  isFictional!: boolean;

  sortKey!: string;
}

export const InstitutionConnection = Connection(Institution, 'Institution');
