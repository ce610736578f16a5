import type { LocalizedLabel } from '@schutznetz/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ConsentEnum,
  DataModeEnum,
  InstitutionKindEnum,
  LanguageEnum,
  NetworkKindEnum,
} from '../../graphql/enums';
import { LocalizedText } from '../reference/reference.type';

/** A GraphQL enum whose values are the codes in upper case; the server works with the codes. */
function analysisEnum<Code extends string>(
  name: string,
  description: string,
  values: Readonly<Record<Code, string>>,
): Record<string, Code> {
  const codes = Object.keys(values) as Code[];
  const enumObject = Object.fromEntries(codes.map((code) => [code.toUpperCase(), code]));
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      codes.map((code) => [code.toUpperCase(), { description: values[code] }]),
    ),
  });
  return enumObject;
}

export const RouteKindEnum = analysisEnum('RouteKind', 'How a route reaches its end service.', {
  referral: 'Along referral paths between institutions.',
  direct: 'The person contacts a service that takes self-referrals.',
  in_house: 'The start institution offers a matching service itself.',
});

export const HopViaEnum = analysisEnum('RouteHopVia', 'What carries a hop of a route.', {
  referral_path: 'A referral path (REFERS_TO) from one institution to the next.',
  self_referral: 'The person gets in touch on their own.',
});

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
  },
);

export const RouteConstraintEnum = analysisEnum(
  'RouteConstraint',
  'A condition a route is checked against; named when it rules candidates out or is relaxed.',
  {
    topic: 'The end service addresses the topic.',
    target_group: 'The end service is for the target group.',
    age: 'The person’s age is within the service’s limits.',
    language: 'The end service works in the language.',
    area: 'The end service’s area covers the municipality.',
    time: 'Open (or 24/7) when the route gets there, within what the urgency allows.',
    capacity: 'Free places, where they are reported.',
    accessibility: 'The accessibility features asked for.',
    consent: 'Hops that need consent when it cannot be obtained.',
    data_mode: 'Hops passing data in a mode that is not allowed.',
    structural: 'Paths for structural matters only (no individual case).',
    municipality: 'Relaxation: look in the neighbouring municipalities.',
  },
);

export const CoverageGapKindEnum = analysisEnum('CoverageGapKind', 'Kind of coverage gap.', {
  no_service: 'No service on the topic reaches the municipality.',
  no_local_specialist:
    'Only general services, or specialised ones from outside the scope, reach the municipality.',
  no_qualified_person: 'No professional with valid expertise reaches the municipality.',
  no_24x7: 'A critical topic has no service reachable around the clock.',
  language: 'The topic is served, but not in the language.',
  shelter_capacity: 'Fewer shelter family places than the benchmark.',
});

export const TrainingPriorityEnum = analysisEnum(
  'TrainingPriority',
  'Priority of a proposed training.',
  {
    high: 'A critical topic with gaps, or a topic nobody holds.',
    medium: 'Closes gaps or removes a single point of failure.',
    low: 'Useful, nothing urgent.',
  },
);

export const GraphNodeKindEnum = analysisEnum(
  'GraphNodeKind',
  'Kind of node of the network graph.',
  {
    institution: 'An institution.',
    person: 'A professional (members and up only).',
    network: 'A network.',
    topic: 'A topic of services or expertise.',
  },
);

export const GraphEdgeKindEnum = analysisEnum(
  'GraphEdgeKind',
  'Kind of edge of the network graph.',
  {
    works_at: 'Person → institution (WORKS_AT).',
    refers_to: 'Institution → institution (REFERS_TO): a referral path.',
    member_of: 'Institution or person → network (MEMBER_OF).',
    expertise: 'Person → topic (HAS_EXPERTISE).',
    offers_topic: 'Institution → topic: one of its services addresses the topic.',
  },
);

export const CollaborationNodeKindEnum = analysisEnum(
  'CollaborationNodeKind',
  'Kind of node of the collaboration graph.',
  { institution: 'An institution.', network: 'A network (only with networksAsNodes).' },
);

export const CollaborationEdgeKindEnum = analysisEnum(
  'CollaborationEdgeKind',
  'Kind of edge of the collaboration graph.',
  {
    referral: 'At least one referral path between two institutions, either direction.',
    membership: 'An institution belongs to a network (only with networksAsNodes).',
  },
);

export const MemberKindEnum = analysisEnum(
  'MemberKind',
  'Whether a member is an institution or a person.',
  {
    institution: 'An institution.',
    person: 'A person.',
  },
);

export const BetweennessMethodEnum = analysisEnum(
  'BetweennessMethod',
  'How betweenness was computed.',
  {
    exact: 'Exact (Brandes) on a small scope.',
    sampled: 'Sampled from a fixed number of seeded sources on a large scope (reproducible).',
  },
);

export const LostCoverageEnum = analysisEnum('LostCoverage', 'What a coverage cell loses.', {
  services: 'Its last service.',
  people: 'Its last qualified person.',
  services_and_people: 'Both.',
});

// References ------------------------------------------------------------------------------------

@ObjectType({
  description:
    'An institution as the analysis sees it (public data). `institution` loads the full entry.',
})
export class InstitutionRef {
  @Field(() => ID, { description: 'Institution id.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => InstitutionKindEnum, { description: 'Kind of institution.' })
  kind!: string;

  @Field(() => ID, { description: 'Municipality or region code where it sits.' })
  municipality!: string;

  @Field({ description: 'Reachable around the clock.' })
  available24x7!: boolean;
}

@ObjectType({
  description: 'A service (offer) as the analysis sees it. `service` loads the full entry.',
})
export class ServiceRef {
  @Field(() => ID, { description: 'Service id.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => ID, { description: 'The institution offering it.' })
  institutionId!: string;

  @Field({ description: 'The service or its institution is reachable around the clock.' })
  available24x7!: boolean;
}

@ObjectType({
  description:
    'A professional in an analysis; only members and up ever get one. `person` loads the entry ' +
    '(with work contacts as the role allows).',
})
export class PersonRef {
  @Field(() => ID, { description: 'Person id.' })
  id!: string;

  @Field({ description: 'Display name (or the function of a role contact).' })
  name!: string;
}

@ObjectType({ description: 'A network as the analysis sees it. `network` loads the full entry.' })
export class NetworkRef {
  @Field(() => ID, { description: 'Network id.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => NetworkKindEnum, { description: 'Kind of network.' })
  kind!: string;
}

/** Fields every analysis answer carries. */
@ObjectType()
abstract class ScopedAnswer {
  @Field({
    description:
      'The version of the graph the answer was computed from; it changes with every write.',
  })
  graphVersion!: string;

  @Field(() => [ID], {
    description:
      'Municipality codes of the scope. External services (Dessau-Roßlau, the Land, federal ' +
      'hotlines) take part when their service area covers one of them.',
  })
  municipalities!: string[];
}

// Referral routes -------------------------------------------------------------------------------

@ObjectType({ description: 'One step of a referral route, with its reason.' })
export class ReferralRouteHop {
  @Field(() => InstitutionRef, {
    nullable: true,
    description: 'The institution that hands over; null when the person acts on their own.',
  })
  from!: InstitutionRef | null;

  @Field(() => InstitutionRef, { description: 'The institution reached.' })
  to!: InstitutionRef;

  @Field(() => HopViaEnum, { description: 'A referral path or self-referral.' })
  via!: string;

  @Field(() => ID, { nullable: true, description: 'The referral path taken, if any.' })
  referralPathId!: string | null;

  /** Resolved to the route template type of the referral module. */
  templateId!: string | null;

  @Field(() => LocalizedText, {
    description: 'Why this hop applies: the route template’s title and trigger, or self-referral.',
  })
  reason!: LocalizedLabel;

  @Field(() => String, { nullable: true, description: 'The path’s own conditions (German).' })
  conditions!: string | null;

  @Field(() => ConsentEnum, { nullable: true, description: 'Consent the hop needs.' })
  consent!: string | null;

  @Field(() => DataModeEnum, {
    nullable: true,
    description: 'What personal data the hop passes on.',
  })
  dataMode!: string | null;

  @Field(() => Float, { description: 'Expected hours until the receiver responds.' })
  responseHours!: number;

  @Field({
    description: 'The response time is a default for the urgency, not recorded on the path.',
  })
  responseEstimated!: boolean;

  @Field(() => Float, { description: 'Hours spent waiting for the receiver to open.' })
  waitHours!: number;

  @Field(() => String, {
    nullable: true,
    description: 'When the hand-over happens (ISO 8601), if the need gave a moment.',
  })
  handOverAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the receiver is reached (ISO 8601), after waiting.',
  })
  contactAt!: string | null;

  @Field(() => AvailabilityEnum, {
    nullable: true,
    description: 'Whether the receiver could be reached at the hand-over (null without a moment).',
  })
  receiverAvailability!: string | null;
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

  @Field(() => InstitutionRef, {
    nullable: true,
    description: 'The start institution; null for a self-referral start.',
  })
  start!: InstitutionRef | null;

  @Field(() => [ReferralRouteHop], { description: 'The hops in order.' })
  hops!: ReferralRouteHop[];

  @Field(() => ServiceRef, { description: 'The service at the end that meets the need.' })
  endService!: ServiceRef;

  @Field(() => InstitutionRef, { description: 'The institution offering the end service.' })
  endInstitution!: InstitutionRef;

  @Field(() => Float, { description: 'Expected hours until the end service responds.' })
  expectedHours!: number;

  @Field(() => Float, { description: 'The ranking key: expected hours plus penalties.' })
  cost!: number;

  @Field(() => [RouteCostTerm], { description: 'The cost, term by term.' })
  costTerms!: RouteCostTerm[];

  @Field(() => LocalizedText, { description: 'Why the route ranks where it does.' })
  explanation!: LocalizedLabel;
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
    description: 'Relaxations tried that still yield nothing.',
  })
  fruitless!: string[];
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

  @Field(() => NoRouteExplanation, {
    nullable: true,
    description: 'Present when no route fits: which condition failed and what relaxations give.',
  })
  noRoute!: NoRouteExplanation | null;
}

// Coverage --------------------------------------------------------------------------------------

@ObjectType({
  description:
    'One cell of the coverage matrix (topic × municipality, optionally × target group) and ' +
    'what stands behind it.',
})
export class CoverageCell {
  @Field(() => Int, { description: 'Services whose area covers the municipality.' })
  serviceCount!: number;

  @Field(() => [ServiceRef], { description: 'Those services.' })
  services!: ServiceRef[];

  @Field(() => [InstitutionRef], { description: 'Institutions offering them.' })
  institutions!: InstitutionRef[];

  @Field(() => Int, {
    description:
      'Professionals with valid expertise reaching the municipality (a count for everyone).',
  })
  personCount!: number;

  @Field(() => [PersonRef], {
    description: 'Those professionals (members and up; empty otherwise).',
  })
  people!: PersonRef[];

  @Field(() => [ServiceRef], { description: 'Services among them reachable 24/7.' })
  services24x7!: ServiceRef[];

  @Field(() => [LanguageEnum], { description: 'Languages at least one of the services works in.' })
  languages!: string[];
}

@ObjectType({ description: 'A coverage gap with its reason, ranked by severity.' })
export class CoverageGap {
  @Field(() => ID, { description: 'Stable id: kind, topic, municipality and language.' })
  id!: string;

  @Field(() => CoverageGapKindEnum, { description: 'Kind of gap.' })
  kind!: string;

  @Field(() => LanguageEnum, {
    nullable: true,
    description: 'The language missing, for language gaps.',
  })
  language!: string | null;

  @Field(() => Int, { description: 'Inhabitants affected.' })
  peopleAffected!: number;

  @Field(() => Int, { description: 'Criticality of the topic, 1–3.' })
  criticality!: number;

  @Field(() => Float, { description: 'peopleAffected × criticality × weight of the kind.' })
  severity!: number;

  @Field(() => LocalizedText, { description: 'Why this is a gap.' })
  reason!: LocalizedLabel;

  @Field(() => [ServiceRef], {
    description: 'Services that exist for the cell but do not close it.',
  })
  services!: ServiceRef[];
}

@ObjectType({
  description: 'Shelter family places in scope against the Istanbul Convention benchmark.',
})
export class ShelterCapacity {
  @Field(() => Int, { description: 'Inhabitants of the scope.' })
  population!: number;

  @Field(() => Float, { description: 'Benchmark: places per 10,000 inhabitants.' })
  placesPer10k!: number;

  @Field(() => Float, { description: 'Places the benchmark requires.' })
  requiredPlaces!: number;

  @Field(() => Int, { description: 'Places of shelters serving the scope.' })
  places!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Free places reported; null when none reports.',
  })
  freePlaces!: number | null;

  @Field(() => Float, { description: 'Places missing against the benchmark.' })
  shortfall!: number;

  @Field(() => Float, { nullable: true, description: 'Places per required place.' })
  ratio!: number | null;

  @Field(() => [ServiceRef], { description: 'The shelter services counted.' })
  services!: ServiceRef[];
}

@ObjectType({ description: 'Headline numbers of a coverage report.' })
export class CoverageSummary {
  @Field(() => Int, { description: 'Cells of the topic × municipality matrix.' })
  cells!: number;

  @Field(() => Int, { description: 'Cells with at least one service.' })
  cellsWithService!: number;

  @Field(() => Int, { description: 'Cells with at least one qualified person.' })
  cellsWithPerson!: number;

  @Field(() => Int, { description: 'Gaps.' })
  gaps!: number;

  @Field(() => Float, { description: 'Sum of the gaps’ severities.' })
  totalSeverity!: number;
}

@ObjectType({ description: 'The answer of `coverage`: matrix, shelter capacity and ranked gaps.' })
export class Coverage extends ScopedAnswer {
  @Field({ description: 'Expertise counted is valid on this date (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => [CoverageCell], { description: 'Topic × municipality, row by row.' })
  cells!: CoverageCell[];

  @Field(() => [CoverageCell], {
    description:
      'Topic × municipality × target group, when asked for (byTargetGroup or targetGroups).',
  })
  targetGroupCells!: CoverageCell[];

  @Field(() => ShelterCapacity, { description: 'Shelter places against the benchmark.' })
  shelterCapacity!: ShelterCapacity;

  @Field(() => [CoverageGap], { description: 'Gaps, most severe first.' })
  gaps!: CoverageGap[];

  @Field(() => CoverageSummary, { description: 'Headline numbers.' })
  summary!: CoverageSummary;
}

// Resilience ------------------------------------------------------------------------------------

@ObjectType({ description: 'Who holds a topic in scope.' })
export class TopicHolders {
  @Field(() => Int, { description: 'Professionals with valid expertise working in scope.' })
  personCount!: number;

  @Field(() => [PersonRef], {
    description: 'Those professionals (members and up; empty otherwise).',
  })
  people!: PersonRef[];

  @Field(() => [InstitutionRef], {
    description: 'Institutions offering a service on it or employing one of those professionals.',
  })
  institutions!: InstitutionRef[];

  @Field({ description: 'Exactly one person holds it: a single point of failure.' })
  singlePerson!: boolean;

  @Field({ description: 'Exactly one institution holds it: a single point of failure.' })
  singleInstitution!: boolean;
}

@ObjectType({ description: 'A coverage cell served by a single institution.' })
export class SingleInstitutionCell {
  @Field(() => InstitutionRef, { description: 'The only institution.' })
  institution!: InstitutionRef;
}

@ObjectType({ description: 'Topics and cells that hang on one person or one institution.' })
export class SinglePoints {
  @Field(() => [TopicHolders], { description: 'Every topic with its holders.' })
  topics!: TopicHolders[];

  @Field(() => [SingleInstitutionCell], { description: 'Cells served by one institution only.' })
  singleInstitutionCells!: SingleInstitutionCell[];
}

@ObjectType({ description: 'A node of the collaboration graph.' })
export class CollaborationNode {
  @Field(() => ID, { description: 'Institution or network id.' })
  id!: string;

  @Field(() => CollaborationNodeKindEnum, { description: 'Institution or network.' })
  kind!: string;

  @Field({ description: 'Name.' })
  name!: string;
}

@ObjectType({ description: 'A node whose removal splits the collaboration graph.' })
export class ArticulationPoint {
  @Field(() => CollaborationNode, { description: 'The node.' })
  node!: CollaborationNode;

  @Field(() => [Int], { description: 'Sizes of the parts its removal leaves, largest first.' })
  parts!: number[];

  @Field(() => [CollaborationNode], {
    description: 'Who loses the connection (outside the largest part).',
  })
  cutOff!: CollaborationNode[];
}

@ObjectType({ description: 'An edge whose removal splits the collaboration graph.' })
export class CollaborationBridge {
  @Field(() => CollaborationNode, { description: 'One end.' })
  source!: CollaborationNode;

  @Field(() => CollaborationNode, { description: 'The other end.' })
  target!: CollaborationNode;

  @Field(() => CollaborationEdgeKindEnum, { description: 'Referral or membership edge.' })
  kind!: string;

  @Field(() => [ID], { description: 'The referral paths behind it.' })
  referralPathIds!: string[];

  @Field(() => [Int], { description: 'Sizes of the two sides, larger first.' })
  sides!: number[];

  @Field(() => [CollaborationNode], { description: 'The nodes of the smaller side.' })
  cutOff!: CollaborationNode[];
}

@ObjectType({ description: 'Articulation points and bridges of the collaboration graph.' })
export class CollaborationStructure {
  @Field(() => Int, { description: 'Nodes of the collaboration graph.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Edges.' })
  edgeCount!: number;

  @Field(() => Int, { description: 'Connected components.' })
  components!: number;

  @Field(() => [ArticulationPoint], { description: 'Most cut off first.' })
  articulationPoints!: ArticulationPoint[];

  @Field(() => [CollaborationBridge], { description: 'Largest smaller side first.' })
  bridges!: CollaborationBridge[];
}

@ObjectType({ description: 'A broker: a node many shortest paths run through.' })
export class Broker {
  @Field(() => CollaborationNode, { description: 'The node.' })
  node!: CollaborationNode;

  @Field(() => Float, { description: 'Normalised betweenness, 0–1.' })
  score!: number;
}

@ObjectType({ description: 'Brokers by betweenness, computed once per graph version and scope.' })
export class BrokerReport {
  @Field(() => BetweennessMethodEnum, { description: 'Exact or sampled.' })
  method!: string;

  @Field(() => Int, { description: 'Nodes of the collaboration graph.' })
  nodeCount!: number;

  @Field(() => Int, { nullable: true, description: 'Sampled sources; null when exact.' })
  samples!: number | null;

  @Field(() => Int, { nullable: true, description: 'Seed of the sample; null when exact.' })
  seed!: number | null;

  @Field(() => [Broker], { description: 'Highest betweenness first.' })
  brokers!: Broker[];
}

@ObjectType({ description: 'A coverage cell that drops to zero.' })
export class LostCell {
  @Field(() => LostCoverageEnum, { description: 'What it loses.' })
  lost!: string;
}

@ObjectType({
  description: 'A start that reached a topic along referral paths and no longer does.',
})
export class BrokenRoute {
  @Field(() => InstitutionRef, { description: 'The start.' })
  start!: InstitutionRef;

  @Field(() => [InstitutionRef], { description: 'End institutions it reached before.' })
  previouslyReached!: InstitutionRef[];
}

@ObjectType({ description: 'What would be lost if an institution or a person left.' })
export class WhatIfRemoved {
  @Field(() => ID, { description: 'The institution or person removed.' })
  removedId!: string;

  @Field(() => MemberKindEnum, { description: 'Institution or person.' })
  removedKind!: string;

  @Field({ description: 'Name.' })
  removedName!: string;

  @Field(() => [LostCell], { description: 'Cells that lose all services or all people.' })
  lostCells!: LostCell[];

  @Field(() => Int, { description: 'Cells that keep some coverage but lose some.' })
  reducedCells!: number;

  @Field(() => [BrokenRoute], { description: 'Referral routes that break.' })
  brokenRoutes!: BrokenRoute[];

  @Field(() => [InstitutionRef], { description: 'Institutions cut off from the rest.' })
  cutOffInstitutions!: InstitutionRef[];

  @Field(() => LocalizedText, { description: 'The loss in one sentence.' })
  summary!: LocalizedLabel;
}

@ObjectType({
  description:
    'Resilience of a scope. Each field is computed when asked for; the expensive ones ' +
    '(structure, brokers) once per graph version and scope.',
})
export class Resilience extends ScopedAnswer {
  @Field({ description: 'Expertise counted is valid on this date (YYYY-MM-DD).' })
  asOf!: string;

  @Field({ description: 'Networks are nodes of the collaboration graph.' })
  networksAsNodes!: boolean;
}

// Network composition ---------------------------------------------------------------------------

@ObjectType({ description: 'An expected partner some member provides.' })
export class MetRequirement {
  @Field(() => ID, { description: 'Requirement id.' })
  requirementId!: string;

  @Field(() => LocalizedText, { description: 'The partner expected.' })
  label!: LocalizedLabel;

  @Field({ description: 'The provision that expects it.' })
  provision!: string;

  @Field(() => [InstitutionRef], { description: 'Members that meet it.' })
  institutions!: InstitutionRef[];
}

@ObjectType({ description: 'An expected partner no member provides.' })
export class MissingRequirement {
  @Field(() => ID, { description: 'Requirement id.' })
  requirementId!: string;

  @Field(() => LocalizedText, { description: 'The partner expected.' })
  label!: LocalizedLabel;

  @Field({ description: 'The provision that expects it.' })
  provision!: string;

  @Field(() => [InstitutionKindEnum], { description: 'Any of these kinds would meet it.' })
  anyOf!: string[];

  @Field(() => [InstitutionRef], {
    description: 'Institutions in scope of those kinds that are not members: whom to invite.',
  })
  candidates!: InstitutionRef[];
}

@ObjectType({ description: 'One list of expected partners (law or practice) checked.' })
export class PartnerExpectationCheck {
  @Field(() => ID, { description: 'Code of the expectation list.' })
  code!: string;

  @Field(() => LocalizedText, { description: 'Name of the list.' })
  label!: LocalizedLabel;

  @Field({ description: '"law" or "practice".' })
  basis!: string;

  @Field({ description: 'Source citation.' })
  source!: string;

  @Field(() => [MetRequirement], { description: 'Expected partners present.' })
  met!: MetRequirement[];

  @Field(() => [MissingRequirement], { description: 'Expected partners missing.' })
  missing!: MissingRequirement[];
}

@ObjectType({ description: 'Another network sharing members with this one.' })
export class NetworkOverlap {
  @Field(() => NetworkRef, { description: 'The other network.' })
  other!: NetworkRef;

  @Field(() => [InstitutionRef], { description: 'Institutions in both.' })
  sharedInstitutions!: InstitutionRef[];

  @Field(() => Int, { description: 'People in both.' })
  sharedPersonCount!: number;

  @Field(() => [PersonRef], { description: 'People in both (members and up; empty otherwise).' })
  sharedPeople!: PersonRef[];

  @Field(() => Float, { description: 'Shared institutions over all institutions of the two.' })
  jaccard!: number;
}

@ObjectType({ description: 'A member of this network and at least one other.' })
export class BridgingMember {
  @Field(() => ID, { description: 'Institution or person id.' })
  id!: string;

  @Field(() => MemberKindEnum, {
    description: 'Institution or person (people for members and up).',
  })
  kind!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => [NetworkRef], { description: 'The networks it belongs to.' })
  networks!: NetworkRef[];
}

@ObjectType({
  description:
    'A network’s composition: partner kinds the law (§ 3 KKG, § 3 KiSchG LSA) and practice ' +
    'expect, present or missing; overlaps with other networks; members who bridge them.',
})
export class NetworkComposition extends ScopedAnswer {
  @Field(() => NetworkRef, { description: 'The network.' })
  network!: NetworkRef;

  @Field(() => [InstitutionRef], { description: 'Member institutions, directly or through staff.' })
  institutions!: InstitutionRef[];

  @Field(() => Int, { description: 'Member people.' })
  personCount!: number;

  @Field(() => [PersonRef], { description: 'Member people (members and up; empty otherwise).' })
  people!: PersonRef[];

  @Field(() => [InstitutionKindEnum], { description: 'Kinds of institution present.' })
  presentKinds!: string[];

  @Field(() => [PartnerExpectationCheck], { description: 'Each expectation list checked.' })
  expectations!: PartnerExpectationCheck[];

  @Field(() => Int, { description: 'Expected partners missing, over all lists.' })
  missingCount!: number;

  @Field(() => [NetworkOverlap], { description: 'Networks sharing members, most shared first.' })
  overlaps!: NetworkOverlap[];

  @Field(() => [BridgingMember], { description: 'Members also in other networks.' })
  bridgingMembers!: BridgingMember[];
}

// Training plan ---------------------------------------------------------------------------------

@ObjectType({ description: 'A coverage cell (topic × municipality).' })
export class CoverageCellRef {}

@ObjectType({ description: 'Someone proposed to attend a training.' })
export class PlannedAttendee {
  @Field(() => PersonRef, {
    nullable: true,
    description: 'The person (members and up; null otherwise).',
  })
  person!: PersonRef | null;

  @Field(() => InstitutionRef, { description: 'Their (first) employer in scope.' })
  institution!: InstitutionRef;
}

@ObjectType({ description: 'A proposed training, with priority, reasons and expected gain.' })
export class ProposedTraining {
  @Field(() => ID, { description: '"training:<topic>".' })
  id!: string;

  @Field(() => LocalizedText, { description: 'Title.' })
  title!: LocalizedLabel;

  @Field(() => [PlannedAttendee], { description: 'Who should attend.' })
  attendees!: PlannedAttendee[];

  @Field(() => [InstitutionRef], { description: 'Their institutions.' })
  institutions!: InstitutionRef[];

  @Field(() => TrainingPriorityEnum, { description: 'Priority.' })
  priority!: string;

  @Field(() => Float, {
    description: 'Ranking key: population weight of cells gained + single-point bonus.',
  })
  score!: number;

  @Field(() => [LocalizedText], {
    description: 'Why: the gaps it closes, the single point it removes.',
  })
  reasons!: LocalizedLabel[];

  @Field(() => [CoverageCellRef], { description: 'Cells that gain a qualified person.' })
  cellsGained!: CoverageCellRef[];

  @Field(() => Int, { description: 'Inhabitants of the municipalities gained.' })
  populationReached!: number;

  @Field(() => Int, { description: 'People holding the topic now.' })
  holdersBefore!: number;

  @Field(() => Int, { description: 'People holding it after the training.' })
  holdersAfter!: number;

  @Field(() => [ID], { description: 'Ids of the coverage gaps it addresses.' })
  gapIds!: string[];
}

@ObjectType({ description: 'Coverage before and after every proposed training took place.' })
export class TrainingSimulation {
  @Field(() => CoverageSummary, { description: 'Before.' })
  before!: CoverageSummary;

  @Field(() => CoverageSummary, { description: 'After.' })
  after!: CoverageSummary;

  @Field(() => [CoverageCellRef], {
    description: 'Cells without a qualified person before, with one after.',
  })
  cellsGained!: CoverageCellRef[];
}

@ObjectType({ description: 'The answer of `trainingPlan`.' })
export class TrainingPlan extends ScopedAnswer {
  @Field({ description: 'Expertise counted is valid on this date; planned expertise starts then.' })
  asOf!: string;

  @Field(() => [ProposedTraining], { description: 'Proposed trainings, by priority then score.' })
  trainings!: ProposedTraining[];

  @Field(() => TrainingSimulation, { description: 'Coverage after the plan.' })
  simulation!: TrainingSimulation;
}

@ObjectType({ description: 'The result of `recordCompletedTraining`.' })
export class RecordedTraining {
  @Field({ description: 'Date of the training (YYYY-MM-DD).' })
  date!: string;

  @Field(() => [ID], { description: 'People who gained expertise in the topic.' })
  peopleUpdated!: string[];

  @Field(() => Int, { description: 'Expertise relationships created.' })
  expertiseCreated!: number;
}

// Network graph ---------------------------------------------------------------------------------

@ObjectType({
  description:
    'A node of the network graph with its metrics; maps to a Cytoscape node ({ data: { id, … } }).',
})
export class GraphNode {
  @Field(() => ID, { description: 'Id of the institution, person, network or topic.' })
  id!: string;

  @Field(() => GraphNodeKindEnum, { description: 'Kind of node.' })
  kind!: string;

  @Field({ description: 'Label to show.' })
  label!: string;

  @Field(() => InstitutionKindEnum, { nullable: true, description: 'For institutions: the kind.' })
  institutionKind!: string | null;

  @Field(() => NetworkKindEnum, { nullable: true, description: 'For networks: the kind.' })
  networkKind!: string | null;

  @Field(() => ID, { nullable: true, description: 'For institutions: the municipality code.' })
  municipality!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For institutions: reachable 24/7.' })
  available24x7!: boolean | null;

  @Field(() => Int, {
    description: 'Edges of the node in the whole scoped graph the viewer may see (before filters).',
  })
  degree!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Normalised betweenness in the collaboration graph of institutions (referral paths); ' +
      'null for people, networks and topics.',
  })
  betweenness!: number | null;

  @Field({ description: 'An institution whose removal splits the collaboration graph.' })
  articulationPoint!: boolean;

  @Field({
    description:
      'The only person or institution holding some topic in scope; for a topic: it hangs on one.',
  })
  singlePointOfFailure!: boolean;
}

@ObjectType({
  description:
    'An edge of the network graph; maps to a Cytoscape edge ({ data: { id, source, target } }).',
})
export class GraphEdge {
  @Field(() => ID, { description: 'Referral path id, or "<kind>:<source>:<target>".' })
  id!: string;

  @Field(() => ID, { description: 'Source node id.' })
  source!: string;

  @Field(() => ID, { description: 'Target node id.' })
  target!: string;

  @Field(() => GraphEdgeKindEnum, { description: 'Kind of edge.' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'For referral paths: the route template.' })
  routeTemplate!: string | null;

  @Field(() => String, { nullable: true, description: 'For referral paths: the urgency code.' })
  urgency!: string | null;

  @Field(() => String, { nullable: true, description: 'For expertise: the level code.' })
  level!: string | null;

  @Field({ description: 'For referral paths: a bridge of the collaboration graph.' })
  bridge!: boolean;
}

@ObjectType({ description: 'Elements of the network graph for the explorer, with metrics.' })
export class NetworkGraph extends ScopedAnswer {
  @Field(() => BetweennessMethodEnum, { description: 'How betweenness was computed.' })
  betweennessMethod!: string;

  @Field(() => [GraphNode], { description: 'Nodes.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Edges between the nodes returned.' })
  edges!: GraphEdge[];
}
