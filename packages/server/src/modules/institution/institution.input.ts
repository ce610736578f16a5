import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OpeningIntervalInput } from '../../graphql/common.type';
import { AccessibilityEnum, InstitutionKindEnum, LanguageEnum } from '../../graphql/enums';
import {
  IsEmailAddress,
  IsIsoDate,
  IsPhoneNumber,
  IsPostalCode,
  IsWebUrl,
  IsName,
} from '../../graphql/validation';
import { ClientMutationIdField } from '../../graphql/idempotency';

@InputType({ description: 'Filters of the institution list; each list matches any of its values.' })
export class InstitutionFilterInput {
  @Field(() => [InstitutionKindEnum], { nullable: true, description: 'Kinds of institution.' })
  kinds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Municipality or region codes where the institution is located.',
  })
  municipalities?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Topic codes (a group includes its topics) of services the institution offers.',
  })
  topics?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Target group codes of services the institution offers.',
  })
  targetGroups?: string[];

  @Field(() => [ID], { nullable: true, description: 'Networks the institution is a member of.' })
  networks?: string[];

  @Field(() => [LanguageEnum], { nullable: true, description: 'Languages spoken.' })
  languages?: string[];

  @Field({ nullable: true, description: 'Words in the name, operator or description.' })
  @IsOptional()
  @Length(1, 200)
  text?: string;
}

/** Fields shared by create and update; all optional. */
@InputType()
abstract class InstitutionFieldsInput {
  @Field(() => String, { nullable: true, description: 'Operator (Träger).' })
  @IsOptional()
  @Length(2, 200)
  @IsName()
  operator?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Street and number; must stay empty for kinds with a protected address.',
  })
  @IsOptional()
  @Length(3, 200)
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Five-digit postal code.' })
  @IsPostalCode()
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Function phone number.' })
  @IsPhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Function e-mail address.' })
  @IsEmailAddress()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Website (http or https).' })
  @IsWebUrl()
  website?: string | null;

  @Field(() => [OpeningIntervalInput], { nullable: true, description: 'Opening hours.' })
  @IsOptional()
  @ValidateNested()
  @ArrayMaxSize(50)
  openingHours?: OpeningIntervalInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Reachable around the clock.' })
  available24x7?: boolean | null;

  @Field(() => [LanguageEnum], { nullable: true, description: 'Languages spoken.' })
  languages?: string[] | null;

  @Field(() => [AccessibilityEnum], { nullable: true, description: 'Accessibility features.' })
  accessibility?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Public source of these data.' })
  @IsWebUrl()
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the data were verified (YYYY-MM-DD).' })
  @IsIsoDate()
  lastVerifiedAt?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for invented demo data.' })
  isFictional?: boolean | null;
}

@InputType({ description: 'A new institution.' })
export class CreateInstitutionInput extends InstitutionFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field({ description: 'Name (2–200 characters).' })
  @Length(2, 200)
  @IsName()
  name!: string;

  @Field(() => InstitutionKindEnum, { description: 'Kind of institution.' })
  kind!: string;

  @Field(() => ID, { description: 'Code of the municipality or region it is located in.' })
  municipality!: string;
}

@InputType({
  description:
    'Changes to an institution. Omitted fields stay as they are; null clears an optional field.',
})
export class UpdateInstitutionInput extends InstitutionFieldsInput {
  @Field(() => ID, { description: 'The institution to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one means a conflict.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Name (2–200 characters).' })
  @IsOptional()
  @Length(2, 200)
  @IsName()
  name?: string | null;

  @Field(() => InstitutionKindEnum, { nullable: true, description: 'Kind of institution.' })
  kind?: string | null;

  @Field(() => ID, { nullable: true, description: 'Code of the municipality or region.' })
  municipality?: string | null;
}
