import { Label, Rel } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import type { RegionRecord, TargetGroupRecord, TopicRecord } from './reference.service';

const { Topic, TargetGroup, Region, Municipality } = Label;

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

const SYNC_REGIONS = `
UNWIND $regions AS region
MERGE (r:${Region} {id: region.id})
SET r.kind = region.kind, r.nameDe = region.name.de, r.nameEn = region.name.en,
    r.ags = region.ags, r.population = region.population
WITH r, region WHERE region.kind = 'municipality'
SET r:${Municipality}`;

/** Writes the domain's taxonomies into the graph, so that traversals can reach them. */
export class ReferenceRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  sync(
    topics: readonly TopicRecord[],
    groups: readonly TargetGroupRecord[],
    regions: readonly RegionRecord[],
  ): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      // Groups first, so every topic finds its parent node.
      await tx.run(SYNC_TOPICS, { topics: topics.filter((t) => t.parentCode === null) });
      await tx.run(SYNC_TOPICS, { topics: topics.filter((t) => t.parentCode !== null) });
      await tx.run(SYNC_TARGET_GROUPS, { groups });
      await tx.run(SYNC_REGIONS, { regions });
    });
  }
}
