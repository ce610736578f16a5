import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { StoredEntity } from '../../graphql/common.type';
import {
  AfterHoursEnum,
  ConsentEnum,
  DataModeEnum,
  InstitutionKindEnum,
  UrgencyEnum,
} from '../../graphql/enums';
import { Connection } from '../../graphql/pagination';
import { LocalizedText } from '../reference/reference.type';

@ObjectType({
  description:
    'A typical referral route of the network (domain.md §7, R01–R22): which kinds of ' +
    'institution it connects, when it applies and how it works.',
})
export class ReferralRouteTemplate {
  @Field(() => ID, { description: 'Route id, "R01" … "R22".' })
  id!: string;

  @Field(() => LocalizedText, { description: 'Short name, e.g. "Police → intervention centre".' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'Condition or trigger: when the route applies.' })
  trigger!: LocalizedText;

  @Field(() => LocalizedText, { description: 'Mechanism and legal basis: how the route works.' })
  mechanism!: LocalizedText;

  @NullableField(
    [InstitutionKindEnum],
    'Kinds of institution that start the route; null when any member may start it.',
  )
  fromKinds!: readonly string[] | null;

  @Field(() => [[InstitutionKindEnum]], {
    description: 'The steps in order, each as the kinds it may lead to; the last is where it ends.',
  })
  steps!: readonly (readonly string[])[];
}

@ObjectType({
  description:
    'A referral path: one institution refers people to another, under conditions (consent, ' +
    'what data travels, how fast, out of hours). May instantiate a route template.',
})
export class ReferralPath extends StoredEntity {
  @Field(() => ID, {
    description: 'Stable id of the path, e.g. "ref:polizei_interventionsstelle".',
  })
  id!: string;

  @Field(() => ConsentEnum, { description: 'Consent needed before the path is used.' })
  consent!: string;

  @Field(() => DataModeEnum, { description: 'What personal data the referral passes on.' })
  dataMode!: string;

  @Field(() => UrgencyEnum, { description: 'How fast the referral happens.' })
  urgency!: string;

  @NullableField(Int, 'Typical response time in hours.')
  responseHours!: number | null;

  @Field({ description: 'A formal cooperation agreement covers this path.' })
  formalAgreement!: boolean;

  @Field(() => AfterHoursEnum, { description: 'What happens outside office hours.' })
  afterHours!: string;

  @NullableField(String, 'Further conditions in words, e.g. "only after talking to the parents".')
  conditions!: string | null;

  fromId!: string;
  toId!: string;
  routeTemplate!: string | null;
  topics!: readonly string[];
  sortKey!: string;
}

export const ReferralPathConnection = Connection(ReferralPath, 'ReferralPath');
