import { Field, ID, InputType, Int } from 'type-graphql';
import { InstitutionKindEnum } from '../../graphql/enums';
import { IdListField } from '../../graphql/input-fields';
import { GraphEdgeKindEnum, GraphNodeKindEnum } from './network-graph.type';

@InputType({ description: 'Filters of the network graph; each list matches any of its values.' })
export class NetworkGraphFilterInput {
  @Field(() => [GraphNodeKindEnum], { nullable: true, description: 'Kinds of node. Default: all.' })
  nodeKinds?: string[] | null;

  @Field(() => [GraphEdgeKindEnum], { nullable: true, description: 'Kinds of edge. Default: all.' })
  edgeKinds?: string[] | null;

  @Field(() => [InstitutionKindEnum], { nullable: true, description: 'Kinds of institution.' })
  institutionKinds?: string[] | null;

  @IdListField('Topics: keeps these topics and the institutions and people holding them.', 50)
  topics?: string[] | null;

  @IdListField('Networks: keeps them, their members and the members’ employers.', 50)
  networks?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Focus: only the neighbourhood of this node (after the other filters).',
  })
  focus?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Depth of the focus neighbourhood in edges (0–6). Default: 1.',
  })
  depth?: number | null;
}
