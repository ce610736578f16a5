import { Label } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { NodeStore, type NodeStoreSpec } from '../../neo4j/node-store';
import type { NodeRecord } from '../../records';

/**
 * A saved explorer view as stored: the explorer's URL parameters as one string, and the node
 * positions as three lists of one length (ids, x, y), so each coordinate is a stored float and
 * comes back exactly as it was sent.
 */
export interface SavedViewRecord extends NodeRecord {
  readonly id: string;
  readonly name: string;
  readonly state: string;
  readonly positionIds: readonly string[];
  readonly positionXs: readonly number[];
  readonly positionYs: readonly number[];
  /** Who saved it first (the audit trail keeps every later change). */
  readonly createdBy: string;
}

const SAVED_VIEWS: NodeStoreSpec = {
  label: Label.SavedView,
  entity: 'SavedView',
  links: [],
  conditions: {
    createdBy: 'n.createdBy = $createdBy',
  },
};

export class SavedViewRepository {
  readonly views: NodeStore<SavedViewRecord>;

  constructor(executor: Neo4jExecutor) {
    this.views = new NodeStore(executor, SAVED_VIEWS);
  }
}
