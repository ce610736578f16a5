import { Field, ID, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { StoredEntity } from '../../graphql/common.type';
import {
  ExpertiseLevelEnum,
  LanguageEnum,
  ListingBasisEnum,
  QualificationEnum,
} from '../../graphql/enums';
import { Connection } from '../../graphql/pagination';

/** domain.md §6.1: only work contact data, and only for those allowed to see it. */
export const CONTACT_DATA_NOTE =
  'work contact; visible only to roles allowed to see contact data. Never a private one.';

@ObjectType({
  description:
    'A professional of the network, or a role contact without a name (e.g. "Team Frauenhaus"). ' +
    'Holds work contact data only, never data about people helped or cases (domain.md §6).',
})
export class Person extends StoredEntity {
  @Field(() => ID, { description: 'Stable id, e.g. "person:p0001".' })
  id!: string;

  @NullableField(String, 'Given name; null for a role contact.')
  givenName!: string | null;

  @NullableField(String, 'Family name; null for a role contact.')
  familyName!: string | null;

  @Field({
    description: 'Job title or function, e.g. "Kinderschutzfachkraft" or "Team Frauenhaus".',
  })
  functionTitle!: string;

  /** Exposed through PersonResolver, which hides it from roles without contact access. */
  email!: string | null;

  phone!: string | null;

  @Field(() => [LanguageEnum], { description: 'Languages the person works in.' })
  languages!: readonly string[];

  @Field(() => [QualificationEnum], {
    description: 'Qualifications relevant to routing, e.g. INSOFA or FAMILY_MIDWIFE.',
  })
  qualifications!: readonly string[];

  @Field(() => ListingBasisEnum, {
    description:
      'Legal basis of the listing (GDPR Art. 6): consent, a public function, or a role contact.',
  })
  listingBasis!: string;

  @Field({ description: 'True for invented demo people.' })
  isFictional!: boolean;

  sortKey!: string;
}

export const PersonConnection = Connection(Person, 'Person');

@ObjectType({ description: 'A person working at an institution (WORKS_AT).' })
export class Employment {
  personId!: string;

  institutionId!: string;

  @Field({ description: 'Role at the institution, e.g. "Leitung" or "Beraterin".' })
  role!: string;

  @NullableField(String, 'Since when (YYYY-MM-DD), if known.')
  since!: string | null;
}

@ObjectType({ description: 'A person’s expertise in a topic (HAS_EXPERTISE).' })
export class Expertise {
  personId!: string;

  /** The topic code; the `topic` field resolves it to the topic. */
  topic!: string;

  @Field(() => ExpertiseLevelEnum, { description: 'How deep the expertise goes.' })
  level!: string;

  @NullableField(QualificationEnum, 'The qualification behind the expertise, e.g. INSOFA, if any.')
  qualification!: string | null;

  @NullableField(String, 'Held since (YYYY-MM-DD), if known.')
  since!: string | null;

  @NullableField(String, 'Valid until (YYYY-MM-DD), e.g. for a certificate that must be renewed.')
  validUntil!: string | null;
}
