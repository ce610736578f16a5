import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ExpertiseLevelEnum,
  InstitutionKindEnum,
  LanguageEnum,
  ListingBasisEnum,
  QualificationEnum,
} from '../../graphql/enums';
import { IsEmailAddress, IsIsoDate, IsPhoneNumber, IsName } from '../../graphql/validation';
import { ClientMutationIdField } from '../../graphql/idempotency';

@InputType({ description: 'Filters of the people list; each list matches any of its values.' })
export class PersonFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Institutions the person works at.' })
  institutions?: string[];

  @Field(() => [InstitutionKindEnum], {
    nullable: true,
    description: 'Kinds of the institutions the person works at.',
  })
  institutionKinds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Topic codes of the person’s expertise (a group includes its topics).',
  })
  topics?: string[];

  @Field(() => [QualificationEnum], {
    nullable: true,
    description: 'Qualifications the person holds (listed, or behind an expertise).',
  })
  qualifications?: string[];

  @Field(() => [LanguageEnum], { nullable: true, description: 'Languages the person works in.' })
  languages?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Municipality or region codes where the person’s institution is located.',
  })
  municipalities?: string[];

  @Field(() => [ID], { nullable: true, description: 'Networks the person is a member of.' })
  networks?: string[];

  @Field({ nullable: true, description: 'Words in the name or the function title.' })
  @IsOptional()
  @Length(1, 200)
  text?: string;
}

/** Fields shared by create and update; all optional. */
@InputType()
abstract class PersonFieldsInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Given name (1–100 characters); leave empty together with familyName for a role contact.',
  })
  @IsOptional()
  @Length(1, 100)
  @IsName()
  givenName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Family name (1–100 characters); leave empty together with givenName for a role contact.',
  })
  @IsOptional()
  @Length(1, 100)
  @IsName()
  familyName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Work e-mail address (never a private one).',
  })
  @IsEmailAddress()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone number (never a private one).' })
  @IsPhoneNumber()
  phone?: string | null;

  @Field(() => [LanguageEnum], { nullable: true, description: 'Languages the person works in.' })
  languages?: string[] | null;

  @Field(() => [QualificationEnum], {
    nullable: true,
    description: 'Qualifications relevant to routing.',
  })
  qualifications?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True for invented demo data.' })
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

  @Field({ description: 'Job title or function (2–200 characters).' })
  @Length(2, 200)
  @IsName()
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
  @Field(() => ID, { description: 'The person to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one means a conflict.' })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Job title or function (2–200 characters).',
  })
  @IsOptional()
  @Length(2, 200)
  @IsName()
  functionTitle?: string | null;

  @Field(() => ListingBasisEnum, {
    nullable: true,
    description: 'Legal basis of the listing; ROLE_CONTACT exactly when there is no name.',
  })
  listingBasis?: string | null;
}

/** Arguments of `addEmployment`, checked like an input. */
@ArgsType()
export class EmploymentArgs {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => ID, { description: 'The institution the person works at.' })
  institutionId!: string;

  @Field({ description: 'Role at the institution (2–100 characters), e.g. "Leitung".' })
  @Length(2, 100)
  @IsName()
  role!: string;

  @Field(() => String, { nullable: true, description: 'Since when (YYYY-MM-DD).' })
  @IsIsoDate()
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

  @Field(() => QualificationEnum, {
    nullable: true,
    description: 'The qualification behind the expertise, if any.',
  })
  qualification?: string | null;

  @Field(() => String, { nullable: true, description: 'Held since (YYYY-MM-DD).' })
  @IsIsoDate()
  since?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Valid until (YYYY-MM-DD), after `since`.',
  })
  @IsIsoDate()
  validUntil?: string | null;
}
