import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { OpeningIntervalInput } from '../../graphql/common.type';
import {
  AccessibilityEnum,
  CostEnum,
  InstitutionKindEnum,
  LanguageEnum,
} from '../../graphql/enums';
import {
  EntryIdField,
  FilterTextField,
  IdListField,
  IntField,
  ListFilterField,
  NameField,
  OptionalField,
  TextField,
  VersionField,
} from '../../graphql/input-fields';
import { ClientMutationIdField } from '../../graphql/idempotency';

const MAX_AGE = 120;
const MAX_PLACES = 100_000;

@InputType({ description: 'Filters of the service list; each list matches any of its values.' })
export class ServiceFilterInput {
  @ListFilterField(ID, 'Topic codes the service addresses; a group includes its topics.')
  topics?: string[];

  @ListFilterField(ID, 'Target group codes the service serves.')
  targetGroups?: string[];

  @IntField('Age of the person, in completed years: services with minAge ≤ age < maxAge.', [
    0,
    MAX_AGE,
  ])
  age?: number;

  @ListFilterField(ID, 'Municipality or region codes the service area must include.')
  municipalities?: string[];

  @ListFilterField(ID, 'Institutions offering the service.')
  institutions?: string[];

  @ListFilterField(InstitutionKindEnum, 'Kinds of the institution offering the service.')
  institutionKinds?: string[];

  @ListFilterField(LanguageEnum, 'Languages the service is offered in.')
  languages?: string[];

  @OptionalField(Boolean, 'Only services reachable around the clock.')
  available24x7?: boolean;

  @OptionalField(
    Boolean,
    'Only services people may (true) or may not (false) come to on their own.',
  )
  selfReferral?: boolean;

  @FilterTextField('Words in the name or description.')
  text?: string;
}

/** Fields shared by create and update; all optional. */
@InputType()
abstract class ServiceFieldsInput {
  @TextField('What the service does (up to 2000 characters).', [2, 2000])
  description?: string | null;

  @IdListField('Target group codes the service serves; replaces all of them. Default: none.', 50)
  targetGroups?: string[] | null;

  @IdListField(
    'Municipality or region codes of the service area; replaces all. Default: none.',
    100,
  )
  area?: string[] | null;

  @IntField('Lowest age served (0–120, inclusive).', [0, MAX_AGE])
  minAge?: number | null;

  @IntField('Age from which the service no longer applies (0–120, exclusive), above minAge.', [
    0,
    MAX_AGE,
  ])
  maxAge?: number | null;

  @OptionalField([LanguageEnum], 'Languages. Default: DE.')
  languages?: string[] | null;

  @OptionalField([OpeningIntervalInput], 'Opening hours.')
  @IsOptional()
  @ValidateNested()
  @ArrayMaxSize(50)
  openingHours?: OpeningIntervalInput[] | null;

  @OptionalField(Boolean, 'Reachable around the clock. Default: false.')
  available24x7?: boolean | null;

  @OptionalField(Boolean, 'People may come on their own. Default: true.')
  selfReferral?: boolean | null;

  @OptionalField(Boolean, 'Consent is needed before a referral. Default: false.')
  consentRequired?: boolean | null;

  @OptionalField(CostEnum, 'Cost for the person. Default: FREE.')
  cost?: string | null;

  @OptionalField([AccessibilityEnum], 'Accessibility features.')
  accessibility?: string[] | null;

  @IntField('Places in total; null for a service without places.', [0, MAX_PLACES])
  capacityTotal?: number | null;

  @IntField('Free places (at most capacityTotal); setting it records the report time.', [
    0,
    MAX_PLACES,
  ])
  capacityFree?: number | null;

  @OptionalField(Boolean, 'Interpreting (Sprachmittlung) can be arranged. Default: false.')
  interpreting?: boolean | null;

  @IntField(
    'Sons who come with their mother are admitted up to this age (0–17, inclusive); null for no ' +
      'such limit. Default: null.',
    [0, 17],
  )
  boysMaxAge?: number | null;
}

@InputType({ description: 'A new service of an institution.' })
export class CreateServiceInput extends ServiceFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => ID, { description: 'The institution that offers the service.' })
  institutionId!: string;

  @NameField('Name (2–200 characters).', [2, 200])
  name!: string;

  @Field(() => [ID], { description: 'Topic codes the service addresses (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  topics!: string[];
}

@InputType({
  description:
    'Changes to a service. Omitted fields stay as they are; null clears an optional field; a ' +
    'given list of topics, target groups or area replaces the stored one.',
})
export class UpdateServiceInput extends ServiceFieldsInput {
  @EntryIdField('service')
  id!: string;

  @VersionField()
  version!: number;

  @NameField('Name (2–200 characters).', [2, 200], { nullable: true })
  name?: string | null;

  @OptionalField([ID], 'Topic codes the service addresses (at least one); replaces all of them.')
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  topics?: string[] | null;
}

@ArgsType()
export class ReportCapacityArgs {
  @Field(() => ID, { description: 'The service whose free places are reported.' })
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => Int, { description: 'Free places now (0 to capacityTotal).' })
  @Min(0)
  @Max(MAX_PLACES)
  capacityFree!: number;
}
