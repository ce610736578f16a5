import { Field, ID, InputType } from 'type-graphql';
import { AfterHoursEnum, ConsentEnum, DataModeEnum, UrgencyEnum } from '../../graphql/enums';
import { ClientMutationIdField } from '../../graphql/idempotency';
import {
  EntryIdField,
  IdListField,
  IntField,
  ListFilterField,
  OptionalField,
  TextField,
  VersionField,
} from '../../graphql/input-fields';

const MAX_RESPONSE_HOURS = 24 * 365;

@InputType({
  description: 'Filters of the referral path list; each list matches any of its values.',
})
export class ReferralPathFilterInput {
  @ListFilterField(ID, 'Institutions the paths start at.')
  from?: string[];

  @ListFilterField(ID, 'Institutions the paths lead to.')
  to?: string[];

  @ListFilterField(ID, 'Route template ids, e.g. "R08".')
  routeTemplates?: string[];

  @ListFilterField(ID, 'Topic codes of the paths; a group includes its topics.')
  topics?: string[];

  @ListFilterField(UrgencyEnum, 'Urgencies of the paths.')
  urgency?: string[];

  @ListFilterField(ID, 'Municipality or region codes where either end is located.')
  municipalities?: string[];
}

/** Fields shared by create and update. */
@InputType()
abstract class ReferralPathFieldsInput {
  @OptionalField(
    ID,
    'Route template ("R01" … "R22") this path instantiates; the ends must be of its kinds.',
  )
  routeTemplate?: string | null;

  @IdListField('Topic codes the path is used for.', 50)
  topics?: string[] | null;

  @IntField('Typical response time in hours (0–8760).', [0, MAX_RESPONSE_HOURS])
  responseHours?: number | null;

  @OptionalField(Boolean, 'A formal cooperation agreement covers this path. Default: false.')
  formalAgreement?: boolean | null;

  @OptionalField(AfterHoursEnum, 'What happens outside office hours. Default: UNKNOWN.')
  afterHours?: string | null;

  @TextField('Further conditions in words (2–1000).', [2, 1000])
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
  @EntryIdField('referral path')
  id!: string;

  @VersionField()
  version!: number;

  @OptionalField(ConsentEnum, 'Consent needed before use.')
  consent?: string | null;

  @OptionalField(DataModeEnum, 'What personal data travels.')
  dataMode?: string | null;

  @OptionalField(UrgencyEnum, 'How fast the referral happens.')
  urgency?: string | null;
}
