import { Label, Rel, type GraphDataSet } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { matchById } from '../../neo4j/node-store';

const L = Label;
const R = Rel;

/**
 * Idempotent writes of a whole data set: nodes are merged by id and their properties replaced,
 * relationships merged. Running it twice leaves the graph as after the first run.
 */
const NODES = (label: string) => `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n.createdAt = $now, n.version = 1
SET n += row.props, n.updatedAt = $now, n.updatedBy = $actor`;

const LOCATED_IN = `
UNWIND $rows AS row
MATCH (n:${L.Institution} {id: row.id}), (m:${L.Region} {id: row.municipality})
OPTIONAL MATCH (n)-[old:${R.LOCATED_IN}]->(other) WHERE other <> m
DELETE old
MERGE (n)-[:${R.LOCATED_IN}]->(m)`;

const WORKS_AT = `
UNWIND $rows AS row
MATCH (p:${L.Person} {id: row.personId}), (i:${L.Institution} {id: row.institutionId})
MERGE (p)-[w:${R.WORKS_AT}]->(i)
SET w.role = row.role, w.since = row.since`;

const EXPERTISE = `
UNWIND $rows AS row
MATCH (p:${L.Person} {id: row.personId}), (t:${L.Topic} {id: row.topic})
MERGE (p)-[e:${R.HAS_EXPERTISE}]->(t)
SET e.level = row.level, e.qualification = row.qualification, e.since = row.since,
    e.validUntil = row.validUntil`;

const SERVICE_LINKS = `
UNWIND $rows AS row
MATCH (s:${L.Service} {id: row.id}), (i:${L.Institution} {id: row.institutionId})
MERGE (i)-[:${R.OFFERS}]->(s)
WITH s, row
CALL (s, row) {
  UNWIND row.topics AS code
  MATCH (t:${L.Topic} {id: code})
  MERGE (s)-[:${R.ADDRESSES_TOPIC}]->(t)
}
CALL (s, row) {
  UNWIND row.targetGroups AS code
  MATCH (g:${L.TargetGroup} {id: code})
  MERGE (s)-[:${R.SERVES_GROUP}]->(g)
}
CALL (s, row) {
  UNWIND row.area AS code
  MATCH (r:${L.Region} {id: code})
  MERGE (s)-[:${R.SERVES_AREA}]->(r)
}`;

const REFERRALS = `
UNWIND $rows AS row
MATCH (a:${L.Institution} {id: row.fromId}), (b:${L.Institution} {id: row.toId})
MERGE (a)-[r:${R.REFERS_TO} {id: row.id}]->(b)
ON CREATE SET r.createdAt = $now, r.version = 1
SET r += row.props, r.updatedAt = $now, r.updatedBy = $actor`;

const NETWORK_AREA = `
UNWIND $rows AS row
MATCH (n:${L.Network} {id: row.id})
UNWIND row.area AS code
MATCH (r:${L.Region} {id: code})
MERGE (n)-[:${R.SERVES_AREA}]->(r)`;

const MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (n:${L.Network} {id: row.networkId})
WITH n, row
${matchById('m', 'row.memberId', [L.Institution, L.Person])}
MERGE (m)-[r:${R.MEMBER_OF}]->(n)
SET r.role = row.role, r.since = row.since`;

const MEETING_LINKS = `
UNWIND $rows AS row
MATCH (e:${L.Meeting} {id: row.id})
CALL (e, row) {
  UNWIND row.networkIds AS networkId
  MATCH (n:${L.Network} {id: networkId})
  MERGE (e)-[:${R.ORGANISED_BY}]->(n)
}
CALL (e, row) {
  UNWIND row.participantIds AS participantId
  ${matchById('p', 'participantId', [L.Institution, L.Person])}
  MERGE (p)-[:${R.ATTENDED}]->(e)
}`;

const TRAINING_LINKS = `
UNWIND $rows AS row
MATCH (t:${L.Training} {id: row.id})
CALL (t, row) {
  UNWIND row.topics AS code
  MATCH (topic:${L.Topic} {id: code})
  MERGE (t)-[:${R.COVERS_TOPIC}]->(topic)
}
CALL (t, row) {
  MATCH (m:${L.Meeting} {id: row.meetingId})
  MERGE (t)-[:${R.PART_OF}]->(m)
}
CALL (t, row) {
  UNWIND row.participantIds AS personId
  MATCH (p:${L.Person} {id: personId})
  MERGE (p)-[:${R.PARTICIPATED_IN}]->(t)
}`;

const GAP_LINKS = `
UNWIND $rows AS row
MATCH (g:${L.Gap} {id: row.id})
CALL (g, row) {
  MATCH (t:${L.Topic} {id: row.topic})
  MERGE (g)-[:${R.ABOUT_TOPIC}]->(t)
}
CALL (g, row) {
  UNWIND row.area AS code
  MATCH (r:${L.Region} {id: code})
  MERGE (g)-[:${R.SERVES_AREA}]->(r)
}
CALL (g, row) {
  MATCH (n:${L.Network} {id: row.networkId})
  MERGE (g)-[:${R.RECORDED_IN}]->(n)
}`;

const REVIEW_LINKS = `
UNWIND $rows AS row
MATCH (c:${L.CaseReview} {id: row.id})
CALL (c, row) {
  MATCH (n:${L.Network} {id: row.networkId})
  MERGE (c)-[:${R.RECORDED_IN}]->(n)
}
CALL (c, row) {
  UNWIND row.gapIds AS gapId
  MATCH (g:${L.Gap} {id: gapId})
  MERGE (c)-[:${R.CONCERNS}]->(g)
}`;

const COUNT_NODES = `
MATCH (n) WHERE n:${L.Institution} OR n:${L.Person} OR n:${L.Network}
RETURN count(n) AS count`;

export class SeedRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Number of institutions, people and networks: zero means an empty database. */
  async countContent(): Promise<number> {
    const [row] = await this.executor.read<{ count: number }>(COUNT_NODES);
    return row?.count ?? 0;
  }

  /** Writes the data set in one transaction: all of it or nothing. */
  write(data: SeedRows, now: string, actor: string): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      const run = async (cypher: string, rows: readonly unknown[]): Promise<void> => {
        if (rows.length) await tx.run(cypher, { rows, now, actor });
      };
      await run(NODES(L.Institution), data.institutions);
      await run(LOCATED_IN, data.locations);
      await run(NODES(L.Person), data.people);
      await run(WORKS_AT, data.source.worksAt);
      await run(EXPERTISE, data.source.expertise);
      await run(NODES(L.Service), data.services);
      await run(SERVICE_LINKS, data.source.services);
      await run(REFERRALS, data.referralPaths);
      await run(NODES(L.Network), data.networks);
      await run(NETWORK_AREA, data.source.networks);
      await run(MEMBERSHIPS, data.source.memberships);
      await run(NODES(L.Meeting), data.meetings);
      await run(MEETING_LINKS, data.source.meetings);
      await run(NODES(L.Training), data.trainings);
      await run(TRAINING_LINKS, data.source.trainings);
      await run(NODES(L.Gap), data.gaps);
      await run(GAP_LINKS, data.source.gaps);
      await run(NODES(L.CaseReview), data.caseReviews);
      await run(REVIEW_LINKS, data.source.caseReviews);
    });
  }
}

/** A data set prepared for writing: node properties split from relationship data. */
export interface SeedRows {
  readonly source: GraphDataSet;
  readonly institutions: readonly { id: string; props: Record<string, unknown> }[];
  readonly locations: readonly { id: string; municipality: string }[];
  readonly people: readonly { id: string; props: Record<string, unknown> }[];
  readonly services: readonly { id: string; props: Record<string, unknown> }[];
  readonly referralPaths: readonly {
    id: string;
    fromId: string;
    toId: string;
    props: Record<string, unknown>;
  }[];
  readonly networks: readonly { id: string; props: Record<string, unknown> }[];
  readonly meetings: readonly { id: string; props: Record<string, unknown> }[];
  readonly trainings: readonly { id: string; props: Record<string, unknown> }[];
  readonly gaps: readonly { id: string; props: Record<string, unknown> }[];
  readonly caseReviews: readonly { id: string; props: Record<string, unknown> }[];
}
