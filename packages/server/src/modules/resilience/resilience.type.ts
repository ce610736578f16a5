import type { LocalizedLabel } from '@schutznetz/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import {
  analysisEnum,
  BetweennessMethodEnum,
  InstitutionRef,
  MemberKindEnum,
  PersonRef,
  ScopedAnswer,
} from '../analysis/analysis.type';
import { LocalizedText } from '../reference/reference.type';

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

export const PersonLinkKindEnum = analysisEnum(
  'PersonLinkKind',
  'Kind of link of a person in the link graph (decision 024).',
  {
    employment: 'The person works at an institution (WORKS_AT).',
    membership: 'The person is a member of a network (MEMBER_OF, any role).',
  },
);

export const LostCoverageEnum = analysisEnum('LostCoverage', 'What a coverage cell loses.', {
  services: 'Its last service.',
  people: 'Its last qualified person.',
  services_and_people: 'Both.',
});

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

  @NullableField(Int, 'Sampled sources; null when exact.')
  samples!: number | null;

  @NullableField(Int, 'Seed of the sample; null when exact.')
  seed!: number | null;

  @Field(() => [Broker], { description: 'Highest betweenness first.' })
  brokers!: Broker[];
}

@ObjectType({
  description:
    'A person whose leaving cuts institutions off the networks: each of them reached a network ' +
    'only through this person (decision 024).',
})
export class PersonCutPoint {
  @Field(() => PersonRef, { description: 'The person.' })
  person!: PersonRef;

  @Field(() => [InstitutionRef], {
    description: 'The institutions that reach no network any more without the person, by id.',
  })
  cutOff!: InstitutionRef[];
}

@ObjectType({
  description:
    'An employment or a network membership of a person whose loss alone cuts institutions off ' +
    'the networks.',
})
export class PersonBridge {
  @Field(() => PersonRef, { description: 'The person.' })
  person!: PersonRef;

  @Field(() => CollaborationNode, {
    description: 'The other end: the institution (employment) or the network (membership).',
  })
  other!: CollaborationNode;

  @Field(() => PersonLinkKindEnum, { description: 'Employment or membership.' })
  kind!: string;

  @Field(() => [InstitutionRef], {
    description: 'The institutions that reach no network any more without this link, by id.',
  })
  cutOff!: InstitutionRef[];
}

@ObjectType({
  description:
    "People on whom an institution's link to the networks hangs, in the link graph of " +
    'institutions, people and networks (referral paths, employments, memberships; decision 024).',
})
export class PersonLinks {
  @Field(() => Int, { description: 'Nodes of the link graph: institutions, people, networks.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Links: referral pairs, employments, memberships.' })
  linkCount!: number;

  @Field(() => [PersonCutPoint], { description: 'Most institutions cut off first.' })
  cutPoints!: PersonCutPoint[];

  @Field(() => [PersonBridge], { description: 'Most institutions cut off first.' })
  bridges!: PersonBridge[];
}

@ObjectType({
  description:
    'Isolated institutions, in two senses that are listed apart: a membership held through ' +
    'staff links an institution to the networks, never to the referral graph (decision 024).',
})
export class Isolation {
  @Field(() => [InstitutionRef], {
    description: 'No referral path in or out, whatever their memberships; by id.',
  })
  inReferralGraph!: InstitutionRef[];

  @Field(() => [InstitutionRef], {
    description:
      'No network membership, neither their own nor through anyone who works there; by id.',
  })
  inNetworks!: InstitutionRef[];
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

  @Field(() => [InstitutionRef], {
    description:
      'Institutions cut off: for an institution, those losing every referral connection to the ' +
      'rest; for a person, those whose every link to the networks ran through them.',
  })
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
