import type { LocalizedLabel } from '@schutznetz/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OpeningInterval } from '../../graphql/common.type';
import { NullableField } from '../../graphql/type-fields';
import { ConsentEnum, DataModeEnum } from '../../graphql/enums';
import { analysisEnum, InstitutionRef, ScopedAnswer, ServiceRef } from '../analysis/analysis.type';
import { LocalizedText } from '../reference/reference.type';
import { RouteConstraintEnum } from './route-constraint.enum';
import {
  EligibilityNote,
  RelaxedMunicipality,
  RouteLanguageMatchEnum,
  RouteLeftOut,
} from './left-out.type';

export const RouteKindEnum = analysisEnum('RouteKind', 'How a route reaches its end service.', {
  referral: 'Along referral paths between institutions.',
  direct: 'The person contacts a service that takes self-referrals.',
  in_house: 'The start institution offers a matching service itself.',
  procedure:
    'The legal child-protection procedure of a professional bound by § 4 KKG (talk to child and ' +
    'parents, InsoFa consultation, ASD, feedback): first, whatever the other routes cost.',
});

export const HopViaEnum = analysisEnum('RouteHopVia', 'What carries a hop of a route.', {
  referral_path:
    'A referral path (REFERS_TO) from one institution to the next, or one inferred from its ' +
    'route template where none is recorded (see `inferred`).',
  procedure_step:
    'A step of the child-protection procedure that hands nobody over: the conversation at the ' +
    'start, the feedback to it.',
  self_referral: 'The person gets in touch on their own (a start without an institution).',
  direct_contact:
    'The start institution contacts the receiver directly (by phone), with the person’s consent.',
});

export const CapacityStateEnum = analysisEnum(
  'RouteCapacityState',
  'Free places of a service with places at the route’s moment.',
  {
    free: 'Free places reported within 24 hours of the moment.',
    full: 'No free place reported within 24 hours of the moment: the route goes elsewhere.',
    unknown: 'Not reported within 24 hours of the moment (or never): ask; never taken as full.',
  },
);

@ObjectType({
  description:
    'The free places of a route’s end service at the route’s moment: a report counts for 24 hours.',
})
export class RouteCapacity {
  @Field(() => CapacityStateEnum, {
    description: 'Free, full, or unknown (report too old or missing).',
  })
  state!: string;

  @NullableField(Int, 'Free places reported; null when unknown.')
  free!: number | null;

  @NullableField(
    String,
    'When the free places were last reported (ISO 8601), also when that is too old to count.',
  )
  reportedAt!: string | null;
}

export const AvailabilityEnum = analysisEnum(
  'ReceiverAvailability',
  'Whether the receiving institution can be reached at the moment of the hand-over.',
  {
    open_24_7: 'Reachable around the clock.',
    open: 'Open at that moment.',
    closed: 'Closed at that moment: the route waits for the next opening.',
    unknown: 'Opening hours not recorded.',
  },
);

export const CostTermKindEnum = analysisEnum(
  'RouteCostKind',
  'One term of a route’s cost: expected time or an explicit penalty, in hours.',
  {
    response: 'Expected response times of the hops.',
    wait: 'Waiting for opening hours.',
    hand_over: 'Penalty per hand-over between institutions.',
    consent: 'Consent or prior information needed.',
    self_contact: 'The person must get in touch on their own.',
    capacity_unknown: 'A service with places does not report free ones.',
    hours_unknown: 'Opening hours of a receiver are unknown.',
    interpreter: 'An institution on the way does not speak the language.',
    out_of_area: 'Travel outside the home municipality.',
    language_unknown: 'The end service records no language: ask whether it can help in it.',
    eligibility_unknown:
      'A target group or a child’s age limit is not confirmed (not recorded, or not given).',
  },
);

@ObjectType({
  description: 'A person at a route step’s institution with their own contact details (members).',
})
export class RouteContactPerson {
  @Field(() => ID, { description: 'Person id, for a link to the entry.' })
  id!: string;

  @Field({ description: 'Display name: given and family name, or the function of a role contact.' })
  name!: string;

  @Field({ description: 'Their role at the institution.' })
  role!: string;

  @NullableField(String, 'Their own phone number.')
  phone!: string | null;

  @NullableField(String, 'Their own e-mail address.')
  email!: string | null;
}

@ObjectType({
  description:
    'How a step of a route is reached at the chosen moment: the function contacts of its ' +
    'institution, its address (never for a protected one) and the hours that apply then.',
})
export class RouteReach {
  @Field(() => ID, { description: 'The institution’s id, for a link to its entry.' })
  entryId!: string;

  @NullableField(ID, 'The end service’s id, for a link to its entry; null for other steps.')
  serviceId!: string | null;

  @NullableField(String, 'The institution’s function phone number (no personal number).')
  phone!: string | null;

  @NullableField(String, 'The institution’s function e-mail address (no personal address).')
  email!: string | null;

  @NullableField(String, 'The institution’s website.')
  website!: string | null;

  @Field({
    description:
      'The institution’s kind protects its address (women’s shelters): street and postal code ' +
      'are never given; contact by phone.',
  })
  addressProtected!: boolean;

  @NullableField(String, 'Street and number; always null when the address is protected.')
  street!: string | null;

  @NullableField(String, 'Postal code; always null when the address is protected.')
  postalCode!: string | null;

  @Field(() => ID, { description: 'Municipality or region code where the institution sits.' })
  municipality!: string;

  @Field({
    description: 'The moment the hours are evaluated at (ISO 8601): the need’s, or the query’s.',
  })
  at!: string;

  @Field(() => AvailabilityEnum, {
    description:
      'Open at that moment: around the clock, open, closed, or unknown (no hours recorded). ' +
      'The end service’s own hours, else its institution’s.',
  })
  availability!: string;

  @Field(() => [OpeningInterval], {
    description: 'The opening intervals of that weekday (Europe/Berlin); empty when none or 24/7.',
  })
  todayHours!: readonly OpeningInterval[];

  @NullableField(
    String,
    'The next opening at or after that moment, ISO 8601 with the Europe/Berlin offset; the ' +
      'moment itself when open, null when no hours are recorded.',
  )
  nextOpeningAt!: string | null;

  @Field({
    description:
      'Reachable around the clock, whatever the moment. The end service’s own flag, else its ' +
      'institution’s (like `availability`).',
  })
  available24x7!: boolean;

  @Field(() => [OpeningInterval], {
    description:
      'The whole week’s opening intervals (Europe/Berlin), Monday first and earliest first each ' +
      'day, for a card handed to a person: the end service’s own hours, else its ' +
      'institution’s (like `availability`); empty when none are recorded or around the clock.',
  })
  weeklyHours!: readonly OpeningInterval[];

  @NullableField(
    [RouteContactPerson],
    'People at the institution with their own phone or e-mail; null for the public (members only).',
  )
  people!: readonly RouteContactPerson[] | null;
}

export const ProcedureStepEnum = analysisEnum(
  'RouteProcedureStep',
  'A named step of the child-protection procedure (§ 4 KKG, § 8a SGB VIII), in its order.',
  {
    conversation:
      'Talk to the child and the parents, unless that endangers the child; at the start ' +
      'institution itself, no contact needed.',
    consultation:
      'Pseudonymised consultation of an insoweit erfahrene Fachkraft (§ 4 Abs. 2 KKG, § 8b SGB VIII).',
    notification: 'Inform the ASD when the danger cannot be averted otherwise (§ 4 Abs. 3 KKG).',
    feedback: 'The Jugendamt reports back to the reporting professional (§ 4 Abs. 4 KKG).',
  },
);

@ObjectType({ description: 'One step of a referral route, with its reason.' })
export class ReferralRouteHop {
  @NullableField(
    InstitutionRef,
    'The institution that hands over; null when the person acts on their own.',
  )
  from!: InstitutionRef | null;

  @Field(() => InstitutionRef, { description: 'The institution reached.' })
  to!: InstitutionRef;

  @Field(() => HopViaEnum, { description: 'A referral path or self-referral.' })
  via!: string;

  @NullableField(ID, 'The referral path taken, if any.')
  referralPathId!: string | null;

  /** Resolved to the route template type of the referral module. */
  templateId!: string | null;

  @Field({
    description:
      'No referral path is recorded for this leg: it follows the route template ' +
      '(`routeTemplate`) to the institution of the template’s kind serving the municipality ' +
      '("nach Vorlage, nicht vereinbart"); its response time is an estimate.',
  })
  inferred!: boolean;

  @NullableField(
    ProcedureStepEnum,
    'The step of the child-protection procedure this hop is; null for an ordinary hand-over.',
  )
  step!: string | null;

  @Field(() => LocalizedText, {
    description: 'Why this hop applies: the route template’s title and trigger, or self-referral.',
  })
  reason!: LocalizedLabel;

  @NullableField(String, 'The path’s own conditions (German).')
  conditions!: string | null;

  @NullableField(ConsentEnum, 'Consent the hop needs.')
  consent!: string | null;

  @NullableField(DataModeEnum, 'What personal data the hop passes on.')
  dataMode!: string | null;

  @Field(() => Float, { description: 'Expected hours until the receiver responds.' })
  responseHours!: number;

  @Field({
    description: 'The response time is a default for the urgency, not recorded on the path.',
  })
  responseEstimated!: boolean;

  @Field(() => Float, { description: 'Hours spent waiting for the receiver to open.' })
  waitHours!: number;

  @NullableField(String, 'When the hand-over happens (ISO 8601), if the need gave a moment.')
  handOverAt!: string | null;

  @NullableField(String, 'When the receiver is reached (ISO 8601), after waiting.')
  contactAt!: string | null;

  @NullableField(
    AvailabilityEnum,
    'Whether the receiver could be reached at the hand-over (null without a moment).',
  )
  receiverAvailability!: string | null;

  @NullableField(RouteReach, 'How the receiving institution is reached at the chosen moment.')
  reach!: RouteReach | null;
}

@ObjectType({ description: 'One term of a route’s cost, in hours.' })
export class RouteCostTerm {
  @Field(() => CostTermKindEnum, { description: 'What the term stands for.' })
  kind!: string;

  @Field(() => Float, { description: 'Hours.' })
  hours!: number;

  @Field(() => LocalizedText, { description: 'The term in words.' })
  label!: LocalizedLabel;
}

@ObjectType({ description: 'A route to a service that meets the need, every condition checked.' })
export class ReferralRoute {
  @Field(() => Int, { description: '1 for the best route.' })
  rank!: number;

  @Field(() => RouteKindEnum, { description: 'Along referral paths, direct, or in-house.' })
  kind!: string;

  @NullableField(InstitutionRef, 'The start institution; null for a self-referral start.')
  start!: InstitutionRef | null;

  @NullableField(RouteReach, 'How the start institution is reached at the chosen moment.')
  startReach!: RouteReach | null;

  @Field(() => [ReferralRouteHop], { description: 'The hops in order.' })
  hops!: ReferralRouteHop[];

  @Field(() => ServiceRef, { description: 'The service at the end that meets the need.' })
  endService!: ServiceRef;

  @Field(() => InstitutionRef, { description: 'The institution offering the end service.' })
  endInstitution!: InstitutionRef;

  @NullableField(
    RouteReach,
    'How the end service is reached at the chosen moment: its institution’s contacts and address, ' +
      'the service’s hours (its institution’s when it records none).',
  )
  endReach!: RouteReach | null;

  @NullableField(
    RouteCapacity,
    'The end service’s free places at the route’s moment; null for a service without places.',
  )
  endCapacity!: RouteCapacity | null;

  @Field(() => Float, { description: 'Expected hours until the end service responds.' })
  expectedHours!: number;

  @Field(() => Float, { description: 'The ranking key: expected hours plus penalties.' })
  cost!: number;

  @Field(() => [RouteCostTerm], { description: 'The cost, term by term.' })
  costTerms!: RouteCostTerm[];

  @Field(() => LocalizedText, { description: 'Why the route ranks where it does.' })
  explanation!: LocalizedLabel;

  @NullableField(
    RouteLanguageMatchEnum,
    'How the end service meets the need’s language: confirmed, by interpreting, or unknown ' +
      '(“Sprache unbekannt – bitte nachfragen”); confirmed matches rank first. Null without a language.',
  )
  languageMatch!: string | null;

  @Field(() => [EligibilityNote], {
    description:
      'What the route leaves open, to ask before the hand-over: an unknown language, interpreting, ' +
      'an unrecorded target group, a child’s age limit that depends on what was not given.',
  })
  openQuestions!: EligibilityNote[];
}

@ObjectType({ description: 'How many candidates one condition ruled out (with up to 20 of each).' })
export class ConstraintRejection {
  @Field(() => RouteConstraintEnum, { description: 'The condition.' })
  constraint!: string;

  @Field(() => Int, { description: 'End services on the topic that fail it.' })
  serviceCount!: number;

  @Field(() => [ServiceRef], { description: 'Some of them.' })
  services!: ServiceRef[];

  @Field(() => Int, { description: 'Referral paths the search could not take because of it.' })
  referralPathCount!: number;

  @Field(() => [ID], { description: 'Some of them.' })
  referralPathIds!: string[];

  @Field(() => Int, { description: 'Institutions on the way not reachable in time.' })
  institutionCount!: number;

  @Field(() => [InstitutionRef], { description: 'Some of them.' })
  institutions!: InstitutionRef[];
}

@ObjectType({ description: 'A single relaxed condition that yields routes.' })
export class RouteRelaxation {
  @Field(() => RouteConstraintEnum, { description: 'The condition relaxed.' })
  constraint!: string;

  @Field(() => LocalizedText, {
    description: 'The relaxation in words, e.g. "a route exists without the language".',
  })
  description!: LocalizedLabel;

  @NullableField(
    RelaxedMunicipality,
    'For MUNICIPALITY: the neighbouring municipality (within the scope) tried; null otherwise.',
  )
  municipality!: RelaxedMunicipality | null;

  @Field(() => [ReferralRoute], { description: 'The best route(s) with it relaxed.' })
  routes!: ReferralRoute[];
}

@ObjectType({ description: 'Why no route fits, and the nearest relaxations.' })
export class NoRouteExplanation {
  @Field(() => LocalizedText, { description: 'The failure in words.' })
  summary!: LocalizedLabel;

  @Field(() => [ConstraintRejection], {
    description: 'Conditions that failed, most frequent first.',
  })
  failedConstraints!: ConstraintRejection[];

  @Field(() => [RouteRelaxation], {
    description: 'Relaxations that yield routes, cheapest best route first.',
  })
  relaxations!: RouteRelaxation[];

  @Field(() => [RouteConstraintEnum], {
    description: 'Relaxations tried that still yield nothing, each condition once.',
  })
  fruitless!: string[];

  @Field(() => [RelaxedMunicipality], {
    description: 'The neighbouring municipalities (within the scope) tried without a route.',
  })
  fruitlessMunicipalities!: RelaxedMunicipality[];
}

@ObjectType({ description: 'The answer of `referralRoutes`.' })
export class ReferralRouteSearch extends ScopedAnswer {
  @Field(() => [ReferralRoute], { description: 'Up to k routes, best first.' })
  routes!: ReferralRoute[];

  @Field(() => [InstitutionRef], {
    description: 'The institutions the search started from (empty for a self start).',
  })
  startInstitutions!: InstitutionRef[];

  @Field(() => Int, { description: 'Services in scope on the need’s topic.' })
  topicServiceCount!: number;

  @Field(() => Int, {
    description: 'Of those, the ones that pass every check but time and reachability.',
  })
  matchingServiceCount!: number;

  @Field(() => [ConstraintRejection], { description: 'Candidates each condition ruled out.' })
  rejections!: ConstraintRejection[];

  @Field({ description: 'The search stopped at its budget before finding k routes.' })
  truncated!: boolean;

  @Field(() => LocalizedText, { description: 'How routes are ranked.' })
  ranking!: LocalizedLabel;

  @Field(() => [RouteLeftOut], {
    description:
      'What the answer left out and why, in every answer: per condition, the services on the ' +
      'topic it excluded (none at a route’s end), the nearest with every reason.',
  })
  leftOut!: RouteLeftOut[];

  @NullableField(
    NoRouteExplanation,
    'Present when no route fits: which condition failed and what relaxations give.',
  )
  noRoute!: NoRouteExplanation | null;
}
