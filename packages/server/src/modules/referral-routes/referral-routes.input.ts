import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import {
  AccessibilityEnum,
  DataModeEnum,
  InstitutionKindEnum,
  LanguageEnum,
  UrgencyEnum,
} from '../../graphql/enums';
import { IntField, OptionalField } from '../../graphql/input-fields';
import { ChildInput } from './child.input';

export const ConsentAvailabilityEnum = {
  OBTAINABLE: 'obtainable',
  NOT_OBTAINABLE: 'not_obtainable',
};
registerEnumType(ConsentAvailabilityEnum, {
  name: 'ConsentAvailability',
  description: 'Whether the person’s consent to a hand-over can be obtained.',
  valuesConfig: {
    OBTAINABLE: { description: 'Consent can be asked for (the default).' },
    NOT_OBTAINABLE: { description: 'Only hops that work without consent.' },
  },
});

@InputType({
  description:
    'Where a route starts: exactly one of `institutionId`, `institutionKind` with ' +
    '`municipality` ("a school in Aken"), or `self: true` (the person on their own).',
})
export class RouteStartInput {
  @OptionalField(ID, 'A starting institution.')
  institutionId?: string | null;

  @OptionalField(
    InstitutionKindEnum,
    'Every institution of this kind in the municipality (or serving it, if none sits there).',
  )
  institutionKind?: string | null;

  @OptionalField(ID, 'Municipality code, with institutionKind.')
  municipality?: string | null;

  @OptionalField(Boolean, 'The person on their own: only services that take self-referrals.')
  self?: boolean | null;
}

@InputType({ description: 'What the person needs. Only topic and municipality are required.' })
export class ReferralNeedInput {
  @Field(() => ID, { description: 'Topic code, e.g. "domestic_violence".' })
  topic!: string;

  @Field(() => ID, {
    description:
      'Where the person lives (municipality code); the end service’s area must cover it.',
  })
  municipality!: string;

  @OptionalField(ID, 'Target group code, e.g. "women".')
  targetGroup?: string | null;

  @IntField('Age in completed years (0–120).', [0, 120])
  age?: number | null;

  @OptionalField(LanguageEnum, 'The end service must work in it.')
  language?: string | null;

  @OptionalField(UrgencyEnum, 'How long waiting for opening hours is acceptable. Default: DAYS.')
  urgency?: string | null;

  @OptionalField(
    String,
    'The moment the route starts (ISO 8601, e.g. "2026-03-14T23:00:00+01:00"); opening hours ' +
      'and 24/7 are checked for it. Without it, hours are not checked.',
  )
  at?: string | null;

  @OptionalField([AccessibilityEnum], 'Features the end service (or its institution) must offer.')
  @IsOptional()
  @ArrayMaxSize(20)
  accessibility?: string[] | null;

  @OptionalField(ConsentAvailabilityEnum, 'Default: OBTAINABLE.')
  consent?: string | null;

  @OptionalField([DataModeEnum], 'The data modes hops may use. Default: all.')
  dataModes?: string[] | null;

  @OptionalField(Boolean, 'Accept services reported full (a place may come free). Default: false.')
  ignoreFullCapacity?: boolean | null;

  @OptionalField(
    [ChildInput],
    'Children who come along (at most 10), e.g. [{age: 9}, {age: 15, gender: BOY}]: each route ' +
      'respects their eligibility too (a service’s child age bands, a shelter’s age limit for boys).',
  )
  @IsOptional()
  @ValidateNested()
  @ArrayMaxSize(10)
  children?: ChildInput[] | null;
}
