import {
  Label,
  Rel,
  type CaseReviewData,
  type ExpertiseData,
  type GapData,
  type GraphDataSet,
  type InstitutionData,
  type MeetingData,
  type MembershipData,
  type NetworkData,
  type PersonData,
  type ReferralPathData,
  type ServiceData,
  type TrainingData,
  type WorksAtData,
} from '@schutznetz/domain';
import { readStoredRegion } from './region.read';
import { definitionOf } from './region.rows';
import type { Neo4jExecutor, TxRunner } from '../neo4j/executor';
import { decodeOpeningHours } from '../records';

const L = Label;
const R = Rel;

/**
 * Where a field of a domain record comes from: a stored property (missing means null), a stored
 * list (missing means empty), or a Cypher expression over the bound variables.
 */
type Source = 'property' | 'list' | { readonly cypher: string };

/**
 * One source per field of `T`: the compiler rejects a projection that misses a field of the
 * domain type or names one it does not have, so the snapshot follows the model.
 */
type Projection<T> = { readonly [K in keyof T]-?: Source };

/** A map projection of `variable` that returns exactly the fields of `T`, nothing of the bookkeeping. */
function project<T>(variable: string, fields: Projection<T>): string {
  const entries = Object.entries<Source>(fields).map(([field, source]) => {
    if (source === 'property') return `.${field}`;
    if (source === 'list') return `${field}: coalesce(${variable}.${field}, [])`;
    return `${field}: ${source.cypher}`;
  });
  return `${variable} {${entries.join(', ')}}`;
}

/** Ids of the nodes at the other end of `pattern` (which binds `t`), sorted: a stable list. */
const ids = (pattern: string): Source => ({
  cypher: `COLLECT { MATCH ${pattern} RETURN t.id ORDER BY t.id }`,
});

/** The id of the one node at the other end of `pattern` (which binds `t`), or null. */
const id = (pattern: string): Source => ({
  cypher: `head(COLLECT { MATCH ${pattern} RETURN t.id ORDER BY t.id })`,
});

const INSTITUTION = project<InstitutionData>('n', {
  id: 'property',
  name: 'property',
  kind: 'property',
  operator: 'property',
  municipality: id(`(n)-[:${R.LOCATED_IN}]->(t:${L.Region})`),
  street: 'property',
  postalCode: 'property',
  phone: 'property',
  email: 'property',
  website: 'property',
  openingHours: 'list',
  available24x7: 'property',
  languages: 'list',
  accessibility: 'list',
  sourceUrl: 'property',
  lastVerifiedAt: 'property',
  isFictional: 'property',
});

const PERSON = project<PersonData>('n', {
  id: 'property',
  givenName: 'property',
  familyName: 'property',
  functionTitle: 'property',
  email: 'property',
  phone: 'property',
  languages: 'list',
  qualifications: 'list',
  listingBasis: 'property',
  isFictional: 'property',
});

const SERVICE = project<ServiceData>('n', {
  id: 'property',
  institutionId: id(`(t:${L.Institution})-[:${R.OFFERS}]->(n)`),
  name: 'property',
  description: 'property',
  topics: ids(`(n)-[:${R.ADDRESSES_TOPIC}]->(t:${L.Topic})`),
  targetGroups: ids(`(n)-[:${R.SERVES_GROUP}]->(t:${L.TargetGroup})`),
  minAge: 'property',
  maxAge: 'property',
  languages: 'list',
  area: ids(`(n)-[:${R.SERVES_AREA}]->(t:${L.Region})`),
  openingHours: 'list',
  available24x7: 'property',
  selfReferral: 'property',
  consentRequired: 'property',
  cost: 'property',
  accessibility: 'list',
  capacityTotal: 'property',
  capacityFree: 'property',
  capacityReportedAt: 'property',
  // Stored before interpreting was recorded: none arranged.
  interpreting: { cypher: 'coalesce(n.interpreting, false)' },
  boysMaxAge: 'property',
});

/** Binds `a`, `r`, `b` (see READ_REFERRAL_PATHS). */
const REFERRAL_PATH = project<ReferralPathData>('r', {
  id: 'property',
  fromId: { cypher: 'a.id' },
  toId: { cypher: 'b.id' },
  routeTemplate: 'property',
  topics: 'list',
  consent: 'property',
  dataMode: 'property',
  urgency: 'property',
  responseHours: 'property',
  formalAgreement: 'property',
  afterHours: 'property',
  conditions: 'property',
});

const NETWORK = project<NetworkData>('n', {
  id: 'property',
  name: 'property',
  kind: 'property',
  description: 'property',
  area: ids(`(n)-[:${R.SERVES_AREA}]->(t:${L.Region})`),
});

const MEETING = project<MeetingData>('n', {
  id: 'property',
  networkIds: ids(`(n)-[:${R.ORGANISED_BY}]->(t:${L.Network})`),
  title: 'property',
  kind: 'property',
  date: 'property',
  location: 'property',
  isFictionalDate: 'property',
  summary: 'property',
  participantIds: ids(`(t:${L.Institution}|${L.Person})-[:${R.ATTENDED}]->(n)`),
});

const TRAINING = project<TrainingData>('n', {
  id: 'property',
  title: 'property',
  date: 'property',
  provider: 'property',
  topics: ids(`(n)-[:${R.COVERS_TOPIC}]->(t:${L.Topic})`),
  meetingId: id(`(n)-[:${R.PART_OF}]->(t:${L.Meeting})`),
  participantIds: ids(`(t:${L.Person})-[:${R.PARTICIPATED_IN}]->(n)`),
  completed: 'property',
});

const CASE_REVIEW = project<CaseReviewData>('n', {
  id: 'property',
  title: 'property',
  date: 'property',
  networkId: id(`(n)-[:${R.RECORDED_IN}]->(t:${L.Network})`),
  routeTemplate: 'property',
  lessons: 'property',
  actionItems: 'list',
  gapIds: ids(`(n)-[:${R.CONCERNS}]->(t:${L.Gap})`),
});

const GAP = project<GapData>('n', {
  id: 'property',
  title: 'property',
  description: 'property',
  topic: id(`(n)-[:${R.ABOUT_TOPIC}]->(t:${L.Topic})`),
  area: ids(`(n)-[:${R.SERVES_AREA}]->(t:${L.Region})`),
  reportedByKind: 'property',
  networkId: id(`(n)-[:${R.RECORDED_IN}]->(t:${L.Network})`),
  date: 'property',
  status: 'property',
  isTrainingNeed: 'property',
});

/** Every node of `label`, projected, ordered by id (the unique constraint's index). */
const readNodes = (label: string, projection: string): string => `
MATCH (n:${label})
RETURN ${projection} AS item
ORDER BY n.id`;

const READ_INSTITUTIONS = readNodes(L.Institution, INSTITUTION);
const READ_PEOPLE = readNodes(L.Person, PERSON);
const READ_SERVICES = readNodes(L.Service, SERVICE);
const READ_NETWORKS = readNodes(L.Network, NETWORK);
const READ_MEETINGS = readNodes(L.Meeting, MEETING);
const READ_TRAININGS = readNodes(L.Training, TRAINING);
const READ_CASE_REVIEWS = readNodes(L.CaseReview, CASE_REVIEW);
const READ_GAPS = readNodes(L.Gap, GAP);

const READ_WORKS_AT = `
MATCH (p:${L.Person})-[w:${R.WORKS_AT}]->(i:${L.Institution})
RETURN {personId: p.id, institutionId: i.id, role: w.role, since: w.since} AS item
ORDER BY p.id, i.id`;

const READ_EXPERTISE = `
MATCH (p:${L.Person})-[e:${R.HAS_EXPERTISE}]->(t:${L.Topic})
RETURN {personId: p.id, topic: t.id, level: e.level, qualification: e.qualification,
        since: e.since, validUntil: e.validUntil} AS item
ORDER BY p.id, t.id`;

const READ_REFERRAL_PATHS = `
MATCH (a:${L.Institution})-[r:${R.REFERS_TO}]->(b:${L.Institution})
RETURN ${REFERRAL_PATH} AS item
ORDER BY r.id`;

const READ_MEMBERSHIPS = `
MATCH (m:${L.Institution}|${L.Person})-[r:${R.MEMBER_OF}]->(n:${L.Network})
RETURN {networkId: n.id, memberId: m.id, role: r.role, since: r.since} AS item
ORDER BY n.id, m.id`;

/** Labels of the nodes users write; every relationship they write starts at one of them. */
const CONTENT_LABELS = [
  L.Institution,
  L.Person,
  L.Service,
  L.Network,
  L.Meeting,
  L.Training,
  L.CaseReview,
  L.Gap,
].join('|');

/**
 * A fingerprint of the content: every write of the API either creates or deletes a content node
 * or relationship (the counts change) or sets `updatedAt` and raises `version` on the node or
 * referral path it changes — relationship edits (memberships, employments, expertise, links)
 * touch their node too. The version sum catches two updates within one millisecond, which
 * `max(updatedAt)` alone would miss. Relationships are counted by the out-degree of content
 * nodes (a degree lookup, no relationship is read); taxonomy nodes are left out, since they
 * change only with the code. Reads every content node's two bookkeeping properties and every
 * referral path's: far cheaper than a snapshot, but not free.
 */
const GRAPH_VERSION = `
CALL () {
  MATCH (n:${CONTENT_LABELS})
  RETURN count(n) AS nodes, sum(COUNT { (n)-->() }) AS relationships,
         sum(coalesce(n.version, 0)) AS nodeVersions, max(n.updatedAt) AS nodesUpdatedAt
}
CALL () {
  MATCH ()-[r:${R.REFERS_TO}]->()
  RETURN sum(coalesce(r.version, 1)) AS pathVersions, max(r.updatedAt) AS pathsUpdatedAt
}
CALL () {
  OPTIONAL MATCH (s:${L.RegionSetup})
  RETURN coalesce(max(s.version), 0) AS region
}
RETURN nodes, relationships, nodeVersions + pathVersions AS versions, region,
       CASE WHEN pathsUpdatedAt > nodesUpdatedAt THEN pathsUpdatedAt ELSE nodesUpdatedAt END
         AS updatedAt`;

/** What `graphVersion` reads: equal values mean no write happened in between. */
export interface GraphVersion {
  /** Latest `updatedAt` of a content node or referral path; null in an empty database. */
  readonly updatedAt: string | null;
  readonly nodes: number;
  readonly relationships: number;
  /** Sum of the `version` of every content node and referral path. */
  readonly versions: number;
  /** The loaded region's version (decision 030); 0 without one. */
  readonly region: number;
}

type Stored<T extends { openingHours: unknown }> = Omit<T, 'openingHours'> & {
  openingHours: string[];
};

async function readItems<T>(tx: TxRunner, cypher: string): Promise<T[]> {
  const rows = await tx.run<{ item: T }>(cypher);
  return rows.map((row) => row.item);
}

/**
 * Every collection of the graph in the shapes of `GraphDataSet`, one statement each, in the
 * transaction `tx` (a read transaction here; the dated snapshot store reads it inside the write
 * that stores it).
 */
export async function readGraphDataSet(tx: TxRunner): Promise<GraphDataSet> {
  const institutions = await readItems<Stored<InstitutionData>>(tx, READ_INSTITUTIONS);
  const people = await readItems<PersonData>(tx, READ_PEOPLE);
  const worksAt = await readItems<WorksAtData>(tx, READ_WORKS_AT);
  const expertise = await readItems<ExpertiseData>(tx, READ_EXPERTISE);
  const services = await readItems<Stored<ServiceData>>(tx, READ_SERVICES);
  const referralPaths = await readItems<ReferralPathData>(tx, READ_REFERRAL_PATHS);
  const networks = await readItems<NetworkData>(tx, READ_NETWORKS);
  const memberships = await readItems<MembershipData>(tx, READ_MEMBERSHIPS);
  const meetings = await readItems<MeetingData>(tx, READ_MEETINGS);
  const trainings = await readItems<TrainingData>(tx, READ_TRAININGS);
  const caseReviews = await readItems<CaseReviewData>(tx, READ_CASE_REVIEWS);
  const gaps = await readItems<GapData>(tx, READ_GAPS);
  const stored = await readStoredRegion(tx);
  return {
    region: definitionOf(stored.setup, stored.regions),
    institutions: institutions.map((row) => ({
      ...row,
      openingHours: decodeOpeningHours(row.openingHours),
    })),
    people,
    worksAt,
    expertise,
    services: services.map((row) => ({
      ...row,
      openingHours: decodeOpeningHours(row.openingHours),
    })),
    referralPaths,
    networks,
    memberships,
    meetings,
    trainings,
    caseReviews,
    gaps,
  };
}

/**
 * Reads the whole graph back in the shapes of `GraphDataSet`: the inverse of the seed's writes,
 * without bookkeeping, every collection and id list ordered by id.
 */
export class SnapshotRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** One read transaction, one statement per collection: a consistent snapshot. */
  readDataSet(): Promise<GraphDataSet> {
    return this.executor.readTransaction(readGraphDataSet);
  }

  /** A cheap fingerprint of the content that changes with every write (see GRAPH_VERSION). */
  async graphVersion(): Promise<GraphVersion> {
    const [row] = await this.executor.read<GraphVersion>(GRAPH_VERSION);
    return row ?? { updatedAt: null, nodes: 0, relationships: 0, versions: 0, region: 0 };
  }
}
