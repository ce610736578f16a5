import { Label, Rel, type CaseReviewData, type GapData } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { NodeStore, type NodeStoreSpec } from '../../neo4j/node-store';
import type { NodeRecord } from '../../records';

const { CaseReview, Gap, Network, Topic, Region } = Label;

/** A case review as stored: lessons and action items only, never facts of a case. */
export type CaseReviewRecord = Omit<CaseReviewData, 'networkId'> &
  NodeRecord & { networkIds: string[] };

/** A gap or training need as stored. */
export type GapRecord = Omit<GapData, 'topic' | 'networkId'> &
  NodeRecord & { topics: string[]; networkIds: string[] };

const CASE_REVIEWS: NodeStoreSpec = {
  label: CaseReview,
  entity: 'CaseReview',
  links: [
    {
      field: 'networkIds',
      inputField: 'networkId',
      rel: Rel.RECORDED_IN,
      targets: [Network],
      direction: 'out',
    },
    { field: 'gapIds', rel: Rel.CONCERNS, targets: [Gap], direction: 'out' },
  ],
  conditions: {
    networks: `EXISTS { (n)-[:${Rel.RECORDED_IN}]->(w:${Network}) WHERE w.id IN $networks }`,
    routeTemplates: 'n.routeTemplate IN $routeTemplates',
    gaps: `EXISTS { (n)-[:${Rel.CONCERNS}]->(g:${Gap}) WHERE g.id IN $gaps }`,
    from: 'n.date >= $from',
    to: 'n.date <= $to',
  },
};

const GAPS: NodeStoreSpec = {
  label: Gap,
  entity: 'Gap',
  links: [
    {
      field: 'topics',
      inputField: 'topic',
      rel: Rel.ABOUT_TOPIC,
      targets: [Topic],
      direction: 'out',
    },
    { field: 'area', rel: Rel.SERVES_AREA, targets: [Region], direction: 'out' },
    {
      field: 'networkIds',
      inputField: 'networkId',
      rel: Rel.RECORDED_IN,
      targets: [Network],
      direction: 'out',
    },
  ],
  conditions: {
    statuses: 'n.status IN $statuses',
    topics: `EXISTS { (n)-[:${Rel.ABOUT_TOPIC}]->(t:${Topic}) WHERE t.id IN $topics }`,
    municipalities: `EXISTS { (n)-[:${Rel.SERVES_AREA}]->(r:${Region}) WHERE r.id IN $municipalities }`,
    networks: `EXISTS { (n)-[:${Rel.RECORDED_IN}]->(w:${Network}) WHERE w.id IN $networks }`,
    isTrainingNeed: 'n.isTrainingNeed = $isTrainingNeed',
  },
};

export class ReviewRepository {
  readonly caseReviews: NodeStore<CaseReviewRecord>;
  readonly gaps: NodeStore<GapRecord>;

  constructor(executor: Neo4jExecutor) {
    this.caseReviews = new NodeStore(executor, CASE_REVIEWS);
    this.gaps = new NodeStore(executor, GAPS);
  }
}
