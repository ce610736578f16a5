import { Field, Float, ID, ObjectType } from 'type-graphql';
import { StoredEntity } from '../../graphql/common.type';
import { Connection } from '../../graphql/pagination';

@ObjectType({ description: 'Where one node of a saved view is drawn, in model coordinates.' })
export class NodePosition {
  @Field(() => ID, { description: 'Id of the node (an institution, person, network or topic).' })
  nodeId!: string;

  @Field(() => Float, { description: 'Horizontal position, exactly as saved.' })
  x!: number;

  @Field(() => Float, { description: 'Vertical position, exactly as saved.' })
  y!: number;
}

@ObjectType({
  description:
    'A named view of the network explorer: its filters and styling and where each node is drawn, shared by link (/explorer?view=<id>).',
})
export class SavedView extends StoredEntity {
  @Field(() => ID, { description: 'Stable id, the `view` parameter of a shared link.' })
  id!: string;

  @Field({ description: 'Name of the view, e.g. "AK gegen Gewalt – Köthen, März".' })
  name!: string;

  @Field({
    description:
      'The explorer state as URL search parameters without "?" (filters, focus, size, styling), as the explorer writes them; empty for the defaults.',
  })
  state!: string;

  @Field({ description: 'Who saved the view first.' })
  createdBy!: string;

  positionIds!: readonly string[];
  positionXs!: readonly number[];
  positionYs!: readonly number[];
  sortKey!: string;
}

export const SavedViewConnection = Connection(SavedView, 'SavedView');
