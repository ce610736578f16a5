import { Label, Rel } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import type { TargetGroupRecord, TopicRecord } from './reference.service';

const { Topic, TargetGroup } = Label;

const SYNC_TOPICS = `
UNWIND $topics AS topic
MERGE (t:${Topic} {id: topic.id})
SET t.labelDe = topic.label.de, t.labelEn = topic.label.en, t.name = topic.label.de,
    t.criticality = topic.criticality, t.isGroup = topic.isGroup
WITH t, topic
OPTIONAL MATCH (t)-[old:${Rel.PART_OF}]->()
DELETE old
WITH DISTINCT t, topic
MATCH (parent:${Topic} {id: topic.parentCode})
MERGE (t)-[:${Rel.PART_OF}]->(parent)`;

const SYNC_TARGET_GROUPS = `
UNWIND $groups AS grp
MERGE (g:${TargetGroup} {id: grp.id})
SET g.labelDe = grp.label.de, g.labelEn = grp.label.en, g.minAge = grp.minAge, g.maxAge = grp.maxAge`;

/**
 * Writes the domain's taxonomies into the graph, so that traversals can reach them. The region
 * is not among them: it is loaded from a region file (decision 030).
 */
export class ReferenceRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  sync(topics: readonly TopicRecord[], groups: readonly TargetGroupRecord[]): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      // Groups first, so every topic finds its parent node.
      await tx.run(SYNC_TOPICS, { topics: topics.filter((t) => t.parentCode === null) });
      await tx.run(SYNC_TOPICS, { topics: topics.filter((t) => t.parentCode !== null) });
      await tx.run(SYNC_TARGET_GROUPS, { groups });
    });
  }
}
