import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AfterHoursEnum, ConsentEnum, DataModeEnum, UrgencyEnum } from '../../graphql/enums';
import { ClientMutationIdField } from '../../graphql/idempotency';

const MAX_RESPONSE_HOURS = 24 * 365;

@InputType({
  description: 'Filters of the referral path list; each list matches any of its values.',
})
export class ReferralPathFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Institutions the paths start at.' })
  from?: string[];

  @Field(() => [ID], { nullable: true, description: 'Institutions the paths lead to.' })
  to?: string[];

  @Field(() => [ID], { nullable: true, description: 'Route template ids, e.g. "R08".' })
  routeTemplates?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Topic codes of the paths; a group includes its topics.',
  })
  topics?: string[];

  @Field(() => [UrgencyEnum], { nullable: true, description: 'Urgencies of the paths.' })
  urgency?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Municipality or region codes where either end is located.',
  })
  municipalities?: string[];
}

/** Fields shared by create and update. */
@InputType()
abstract class ReferralPathFieldsInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Route template ("R01" … "R22") this path instantiates; the ends must be of its kinds.',
  })
  routeTemplate?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Topic codes the path is used for.' })
  @IsOptional()
  @ArrayMaxSize(50)
  topics?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Typical response time in hours (0–8760).',
  })
  @IsOptional()
  @Min(0)
  @Max(MAX_RESPONSE_HOURS)
  responseHours?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A formal cooperation agreement covers this path. Default: false.',
  })
  formalAgreement?: boolean | null;

  @Field(() => AfterHoursEnum, {
    nullable: true,
    description: 'What happens outside office hours. Default: UNKNOWN.',
  })
  afterHours?: string | null;

  @Field(() => String, { nullable: true, description: 'Further conditions in words (2–1000).' })
  @IsOptional()
  @Length(2, 1000)
  conditions?: string | null;
}

@InputType({ description: 'A new referral path between two institutions.' })
export class CreateReferralPathInput extends ReferralPathFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => ID, { description: 'The institution that refers.' })
  fromId!: string;

  @Field(() => ID, { description: 'The institution referred to; another than fromId.' })
  toId!: string;

  @Field(() => ConsentEnum, { description: 'Consent needed before the path is used.' })
  consent!: string;

  @Field(() => DataModeEnum, { description: 'What personal data the referral passes on.' })
  dataMode!: string;

  @Field(() => UrgencyEnum, { description: 'How fast the referral happens.' })
  urgency!: string;
}

@InputType({
  description:
    'Changes to a referral path. Omitted fields stay as they are; null clears an optional ' +
    'field. The ends cannot change: delete the path and create another.',
})
export class UpdateReferralPathInput extends ReferralPathFieldsInput {
  @Field(() => ID, { description: 'The referral path to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one means a conflict.' })
  version!: number;

  @Field(() => ConsentEnum, { nullable: true, description: 'Consent needed before use.' })
  consent?: string | null;

  @Field(() => DataModeEnum, { nullable: true, description: 'What personal data travels.' })
  dataMode?: string | null;

  @Field(() => UrgencyEnum, { nullable: true, description: 'How fast the referral happens.' })
  urgency?: string | null;
}
