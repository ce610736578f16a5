import { ID, InputType, Int } from 'type-graphql';
import { InstitutionKindEnum } from '../../graphql/enums';
import { IdListField, OptionalField } from '../../graphql/input-fields';
import { GraphEdgeKindEnum, GraphNodeKindEnum } from './network-graph.type';

@InputType({ description: 'Filters of the network graph; each list matches any of its values.' })
export class NetworkGraphFilterInput {
  @OptionalField([GraphNodeKindEnum], 'Kinds of node. Default: all.')
  nodeKinds?: string[] | null;

  @OptionalField([GraphEdgeKindEnum], 'Kinds of edge. Default: all.')
  edgeKinds?: string[] | null;

  @OptionalField([InstitutionKindEnum], 'Kinds of institution.')
  institutionKinds?: string[] | null;

  @IdListField('Topics: keeps these topics and the institutions and people holding them.', 50)
  topics?: string[] | null;

  @IdListField('Networks: keeps them, their members and the members’ employers.', 50)
  networks?: string[] | null;

  @IdListField(
    'Municipalities (region codes): keeps the institutions located there, the people working at ' +
      'one of them, and networks and topics.',
    50,
  )
  municipalities?: string[] | null;

  @OptionalField(ID, 'Focus: only the neighbourhood of this node (after the other filters).')
  focus?: string | null;

  @OptionalField(Int, 'Depth of the focus neighbourhood in edges (0–6). Default: 1.')
  depth?: number | null;
}
