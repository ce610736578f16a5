import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { InstitutionKindEnum, NetworkKindEnum } from '../../graphql/enums';
import { analysisEnum, BetweennessMethodEnum, ScopedAnswer } from '../analysis/analysis.type';

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

export const GraphLayoutEnum = analysisEnum(
  'GraphLayout',
  'What the default picture of the network graph groups its nodes by.',
  {
    municipality: 'Institutions by municipality, people with their employer.',
    network: 'Members by their largest network, each network amid its members.',
    none: 'No groups: laid out by the connections alone.',
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

  @NullableField(InstitutionKindEnum, 'For institutions: the kind.')
  institutionKind!: string | null;

  @NullableField(NetworkKindEnum, 'For networks: the kind.')
  networkKind!: string | null;

  @NullableField(ID, 'For institutions: the municipality code.')
  municipality!: string | null;

  @NullableField(Boolean, 'For institutions: reachable 24/7.')
  available24x7!: boolean | null;

  @Field(() => Int, {
    description: 'Edges of the node in the whole scoped graph the viewer may see (before filters).',
  })
  degree!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Normalised betweenness in the collaboration graph of institutions (referral paths); ' +
      'null for people, networks and topics, and for the public view (a weak-point measure).',
  })
  betweenness!: number | null;

  @NullableField(
    Boolean,
    'An institution whose removal splits the collaboration graph; null for the public view.',
  )
  articulationPoint!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The only person or institution holding some topic in scope; for a topic: it hangs on ' +
      'one. Null for the public view.',
  })
  singlePointOfFailure!: boolean | null;

  @NullableField(String, 'For institutions: the operator; for people: their function.')
  subtitle!: string | null;

  @Field(() => [GraphNodeService], {
    description: 'For institutions: their services (id and name), by name; empty otherwise.',
  })
  services!: GraphNodeService[];

  @Field(() => [ID], {
    description:
      'For institutions: the topics their services address; for people: the topics of their ' +
      'expertise; empty otherwise.',
  })
  topics!: string[];

  @Field(() => [ID], {
    description: 'For institutions: the target groups of their services; empty otherwise.',
  })
  targetGroups!: string[];

  @Field(() => [ID], {
    description: 'For institutions and people: the networks they are members of.',
  })
  networks!: string[];

  @NullableField(
    Float,
    'Horizontal position in the default picture (grouped as `layout` asks), computed once per ' +
      'graph version before any filter, so every filtered answer keeps it.',
  )
  x!: number | null;

  @NullableField(Float, 'Vertical position in the default picture (see `x`).')
  y!: number | null;
}

@ObjectType({ description: 'A service of an institution node, as the explorer lists it.' })
export class GraphNodeService {
  @Field(() => ID, { description: 'Service id.' })
  id!: string;

  @Field({ description: 'Service name.' })
  name!: string;
}

@ObjectType({
  description: 'How many nodes of a kind an answer left out to stay within its limit.',
})
export class GraphHiddenCount {
  @Field(() => GraphNodeKindEnum, { description: 'Kind of node.' })
  kind!: string;

  @Field(() => Int, { description: 'Nodes of this kind left out.' })
  count!: number;
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

  @NullableField(ID, 'For referral paths: the route template.')
  routeTemplate!: string | null;

  @NullableField(String, 'For referral paths: the urgency code.')
  urgency!: string | null;

  @NullableField(String, 'For expertise: the level code.')
  level!: string | null;

  @NullableField(
    Boolean,
    'For referral paths: a bridge of the collaboration graph; null for the public view.',
  )
  bridge!: boolean | null;
}

@ObjectType({ description: 'Elements of the network graph for the explorer, with metrics.' })
export class NetworkGraph extends ScopedAnswer {
  @Field(() => BetweennessMethodEnum, { description: 'How betweenness was computed.' })
  betweennessMethod!: string;

  @Field(() => [GraphNode], { description: 'Nodes.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Edges between the nodes returned.' })
  edges!: GraphEdge[];

  @Field(() => [GraphHiddenCount], {
    description:
      'Nodes that matched the filters but were left out to keep the answer within `limit`, per ' +
      'kind (the least connected first); empty when the answer is complete.',
  })
  hidden!: GraphHiddenCount[];

  @Field(() => Int, { description: 'The most nodes this answer could hold (the `limit` used).' })
  limit!: number;
}
