import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  ExpertiseLevelEnum,
  InstitutionKindEnum,
  LanguageEnum,
  ListingBasisEnum,
  QualificationEnum,
} from '../../graphql/enums';
import { IsEmailAddress, IsPhoneNumber } from '../../graphql/validation';
import {
  DateField,
  EntryIdField,
  FilterTextField,
  ListFilterField,
  NameField,
  OptionalField,
  VersionField,
} from '../../graphql/input-fields';
import { ClientMutationIdField } from '../../graphql/idempotency';

@InputType({ description: 'Filters of the people list; each list matches any of its values.' })
export class PersonFilterInput {
  @ListFilterField(ID, 'Institutions the person works at.')
  institutions?: string[];

  @ListFilterField(InstitutionKindEnum, 'Kinds of the institutions the person works at.')
  institutionKinds?: string[];

  @ListFilterField(ID, 'Topic codes of the person’s expertise (a group includes its topics).')
  topics?: string[];

  @ListFilterField(
    QualificationEnum,
    'Qualifications the person holds (listed, or behind an expertise).',
  )
  qualifications?: string[];

  @ListFilterField(LanguageEnum, 'Languages the person works in.')
  languages?: string[];

  @ListFilterField(ID, 'Municipality or region codes where the person’s institution is located.')
  municipalities?: string[];

  @ListFilterField(ID, 'Networks the person is a member of.')
  networks?: string[];

  @FilterTextField('Words in the name or the function title.')
  text?: string;
}

/** Fields shared by create and update; all optional. */
@InputType()
abstract class PersonFieldsInput {
  @NameField(
    'Given name (1–100 characters); leave empty together with familyName for a role contact.',
    [1, 100],
    { nullable: true },
  )
  givenName?: string | null;

  @NameField(
    'Family name (1–100 characters); leave empty together with givenName for a role contact.',
    [1, 100],
    { nullable: true },
  )
  familyName?: string | null;

  @OptionalField(String, 'Work e-mail address (never a private one).')
  @IsEmailAddress()
  email?: string | null;

  @OptionalField(String, 'Work phone number (never a private one).')
  @IsPhoneNumber()
  phone?: string | null;

  @OptionalField([LanguageEnum], 'Languages the person works in.')
  languages?: string[] | null;

  @OptionalField([QualificationEnum], 'Qualifications relevant to routing.')
  qualifications?: string[] | null;

  @OptionalField(Boolean, 'True for invented demo data.')
  isFictional?: boolean | null;
}

@InputType({
  description:
    'A new person: either with given and family name, or a role contact with neither ' +
    '(then listingBasis must be ROLE_CONTACT).',
})
export class CreatePersonInput extends PersonFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @NameField('Job title or function (2–200 characters).', [2, 200])
  functionTitle!: string;

  @Field(() => ListingBasisEnum, {
    description: 'Legal basis of the listing; ROLE_CONTACT exactly when there is no name.',
  })
  listingBasis!: string;
}

@InputType({
  description:
    'Changes to a person. Omitted fields stay as they are; null clears an optional field.',
})
export class UpdatePersonInput extends PersonFieldsInput {
  @EntryIdField('person')
  id!: string;

  @VersionField()
  version!: number;

  @NameField('Job title or function (2–200 characters).', [2, 200], { nullable: true })
  functionTitle?: string | null;

  @OptionalField(
    ListingBasisEnum,
    'Legal basis of the listing; ROLE_CONTACT exactly when there is no name.',
  )
  listingBasis?: string | null;
}

/** Arguments of `addEmployment`, checked like an input. */
@ArgsType()
export class EmploymentArgs {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => ID, { description: 'The institution the person works at.' })
  institutionId!: string;

  @NameField('Role at the institution (2–100 characters), e.g. "Leitung".', [2, 100])
  role!: string;

  @DateField('Since when (YYYY-MM-DD).')
  since?: string | null;
}

@InputType({
  description: 'A person’s expertise in a topic; replaces the expertise in that topic if present.',
})
export class SetExpertiseInput {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => ID, { description: 'Topic code, e.g. "domestic_violence".' })
  topic!: string;

  @Field(() => ExpertiseLevelEnum, { description: 'How deep the expertise goes.' })
  level!: string;

  @OptionalField(QualificationEnum, 'The qualification behind the expertise, if any.')
  qualification?: string | null;

  @DateField('Held since (YYYY-MM-DD).')
  since?: string | null;

  @DateField('Valid until (YYYY-MM-DD), after `since`.')
  validUntil?: string | null;
}
