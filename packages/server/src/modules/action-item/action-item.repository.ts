import { Label, Rel } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { NodeStore, type NodeStoreSpec } from '../../neo4j/node-store';
import type { NodeRecord } from '../../records';
import type { ActionItemStatus } from './action-item.type';

const { ActionItem, Meeting, CaseReview, Gap, Institution, Person } = Label;

/** An action item as stored; `meetingIds` and `caseReviewIds` hold at most one id each. */
export interface ActionItemRecord extends NodeRecord {
  readonly id: string;
  readonly text: string;
  readonly status: ActionItemStatus;
  readonly dueDate: string | null;
  readonly responsibleIds: string[];
  readonly meetingIds: string[];
  readonly caseReviewIds: string[];
  readonly gapIds: string[];
  readonly sortKey: string;
}

const ACTION_ITEMS: NodeStoreSpec = {
  label: ActionItem,
  entity: 'ActionItem',
  links: [
    {
      field: 'responsibleIds',
      rel: Rel.RESPONSIBLE_FOR,
      targets: [Institution, Person],
      direction: 'in',
    },
    {
      field: 'meetingIds',
      inputField: 'meetingId',
      rel: Rel.AGREED_AT,
      targets: [Meeting],
      direction: 'out',
    },
    {
      field: 'caseReviewIds',
      inputField: 'caseReviewId',
      rel: Rel.AGREED_AT,
      targets: [CaseReview],
      direction: 'out',
    },
    { field: 'gapIds', rel: Rel.CONCERNS, targets: [Gap], direction: 'out' },
  ],
  conditions: {
    statuses: 'n.status IN $statuses',
    meetings: `EXISTS { (n)-[:${Rel.AGREED_AT}]->(m:${Meeting}) WHERE m.id IN $meetings }`,
    caseReviews: `EXISTS { (n)-[:${Rel.AGREED_AT}]->(r:${CaseReview}) WHERE r.id IN $caseReviews }`,
    gaps: `EXISTS { (n)-[:${Rel.CONCERNS}]->(g:${Gap}) WHERE g.id IN $gaps }`,
    responsible: `EXISTS { (p)-[:${Rel.RESPONSIBLE_FOR}]->(n) WHERE p.id IN $responsible }`,
  },
};

/** Action items of meetings and case reviews. */
export class ActionItemRepository {
  readonly actionItems: NodeStore<ActionItemRecord>;

  constructor(executor: Neo4jExecutor) {
    this.actionItems = new NodeStore(executor, ACTION_ITEMS);
  }
}
