import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OpeningIntervalInput } from '../../graphql/common.type';
import { AccessibilityEnum, InstitutionKindEnum, LanguageEnum } from '../../graphql/enums';
import {
  IsEmailAddress,
  IsIsoDate,
  IsPhoneNumber,
  IsPostalCode,
  IsWebUrl,
} from '../../graphql/validation';
import {
  EntryIdField,
  FilterTextField,
  ListFilterField,
  NameField,
  OptionalField,
  TextField,
  VersionField,
} from '../../graphql/input-fields';
import { ClientMutationIdField } from '../../graphql/idempotency';

@InputType({ description: 'Filters of the institution list; each list matches any of its values.' })
export class InstitutionFilterInput {
  @ListFilterField(InstitutionKindEnum, 'Kinds of institution.')
  kinds?: string[];

  @ListFilterField(ID, 'Municipality or region codes where the institution is located.')
  municipalities?: string[];

  @ListFilterField(
    ID,
    'Topic codes (a group includes its topics) of services the institution offers.',
  )
  topics?: string[];

  @ListFilterField(ID, 'Target group codes of services the institution offers.')
  targetGroups?: string[];

  @ListFilterField(ID, 'Networks the institution is a member of.')
  networks?: string[];

  @ListFilterField(LanguageEnum, 'Languages spoken.')
  languages?: string[];

  @FilterTextField('Words in the name, operator or description.')
  text?: string;
}

/** Fields shared by create and update; all optional. */
@InputType()
abstract class InstitutionFieldsInput {
  @NameField('Operator (Träger).', [2, 200], { nullable: true })
  operator?: string | null;

  @TextField('Street and number; must stay empty for kinds with a protected address.', [3, 200])
  street?: string | null;

  @OptionalField(String, 'Five-digit postal code.')
  @IsPostalCode()
  postalCode?: string | null;

  @OptionalField(String, 'Function phone number.')
  @IsPhoneNumber()
  phone?: string | null;

  @OptionalField(String, 'Function e-mail address.')
  @IsEmailAddress()
  email?: string | null;

  @OptionalField(String, 'Website (http or https).')
  @IsWebUrl()
  website?: string | null;

  @OptionalField([OpeningIntervalInput], 'Opening hours.')
  @IsOptional()
  @ValidateNested()
  @ArrayMaxSize(50)
  openingHours?: OpeningIntervalInput[] | null;

  @OptionalField(Boolean, 'Reachable around the clock.')
  available24x7?: boolean | null;

  @OptionalField([LanguageEnum], 'Languages spoken.')
  languages?: string[] | null;

  @OptionalField([AccessibilityEnum], 'Accessibility features.')
  accessibility?: string[] | null;

  @OptionalField(String, 'Public source of these data.')
  @IsWebUrl()
  sourceUrl?: string | null;

  @OptionalField(String, 'Date the data were verified (YYYY-MM-DD).')
  @IsIsoDate()
  lastVerifiedAt?: string | null;

  @OptionalField(Boolean, 'True for invented demo data.')
  isFictional?: boolean | null;
}

@InputType({ description: 'A new institution.' })
export class CreateInstitutionInput extends InstitutionFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @NameField('Name (2–200 characters).', [2, 200])
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
  @EntryIdField('institution')
  id!: string;

  @VersionField()
  version!: number;

  @NameField('Name (2–200 characters).', [2, 200], { nullable: true })
  name?: string | null;

  @OptionalField(InstitutionKindEnum, 'Kind of institution.')
  kind?: string | null;

  @OptionalField(ID, 'Code of the municipality or region.')
  municipality?: string | null;
}
