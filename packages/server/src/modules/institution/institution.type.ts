import { Field, ID, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
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

  @NullableField(String, 'Operator (Träger), e.g. "AWO Kreisverband".')
  operator!: string | null;

  municipality!: string;

  @NullableField(
    String,
    'Street and number of the public address; always null for protected addresses.',
  )
  street!: string | null;

  @NullableField(String, 'Postal code of the public address.')
  postalCode!: string | null;

  @NullableField(String, 'Function phone number (not a person’s).')
  phone!: string | null;

  @NullableField(String, 'Function e-mail address.')
  email!: string | null;

  @NullableField(String, 'Website.')
  website!: string | null;

  @Field(() => [OpeningInterval], { description: 'Opening hours; empty when unknown.' })
  openingHours!: readonly OpeningInterval[];

  @Field({ description: 'Reachable around the clock.' })
  available24x7!: boolean;

  @Field(() => [LanguageEnum], { description: 'Languages spoken.' })
  languages!: readonly string[];

  @Field(() => [AccessibilityEnum], { description: 'Accessibility features.' })
  accessibility!: readonly string[];

  @NullableField(String, 'Public source of these data.')
  sourceUrl!: string | null;

  @NullableField(String, 'When these data were last verified (ISO date); drives re-verification.')
  lastVerifiedAt!: string | null;

  @Field({ description: 'True for invented demo institutions.' })
  isFictional!: boolean;

  sortKey!: string;
}

export const InstitutionConnection = Connection(Institution, 'Institution');
