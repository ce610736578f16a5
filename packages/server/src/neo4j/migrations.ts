import { IDENTIFIED_LABELS, Label, Rel } from '@schutznetz/domain';
import type { Driver } from 'neo4j-driver';
import { AUDIT_LABEL } from './audit';
import { translateNeo4jError } from './errors';
import { IDEMPOTENCY_KEY_LABEL } from './idempotency-keys';
import { FULL_TEXT_INDEX } from './paging';

/** A named, idempotent schema statement. */
export interface Migration {
  readonly name: string;
  readonly cypher: string;
}

const snake = (label: string): string => label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

const uniqueIds: Migration[] = IDENTIFIED_LABELS.map((label) => ({
  name: `${snake(label)}_id_unique`,
  cypher: `CREATE CONSTRAINT ${snake(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
}));

/** Lists are ordered by (sortKey, id); pages read the index in order. */
const SORTED_LABELS = [
  Label.Institution,
  Label.Person,
  Label.Service,
  Label.Network,
  Label.Meeting,
  Label.Training,
  Label.CaseReview,
  Label.Gap,
  Label.ActionItem,
  Label.SavedView,
] as const;

const sortIndexes: Migration[] = SORTED_LABELS.map((label) => ({
  name: `${snake(label)}_sort_key`,
  cypher: `CREATE INDEX ${snake(label)}_sort_key IF NOT EXISTS FOR (n:${label}) ON (n.sortKey, n.id)`,
}));

/** Referral paths are relationships with ids of their own. */
const referralPathIds: Migration = {
  name: 'referral_path_id_unique',
  cypher: `CREATE CONSTRAINT referral_path_id_unique IF NOT EXISTS FOR ()-[r:${Rel.REFERS_TO}]-() REQUIRE r.id IS UNIQUE`,
};

const filterIndexes: Migration[] = [
  {
    name: 'institution_kind',
    cypher: `CREATE INDEX institution_kind IF NOT EXISTS FOR (n:${Label.Institution}) ON (n.kind)`,
  },
  {
    name: 'network_kind',
    cypher: `CREATE INDEX network_kind IF NOT EXISTS FOR (n:${Label.Network}) ON (n.kind)`,
  },
];

/**
 * One full-text index over the names and descriptions of everything a user searches for. The
 * folding analyzer lower-cases and strips accents without stemming, so prefix queries ("hilf*")
 * find what users type. It replaced an index with the German (stemming) analyzer.
 */
const fullText: Migration[] = [
  { name: 'drop_search_text_german', cypher: 'DROP INDEX search_text IF EXISTS' },
  {
    name: FULL_TEXT_INDEX,
    cypher: `CREATE FULLTEXT INDEX ${FULL_TEXT_INDEX} IF NOT EXISTS
FOR (n:${Label.Institution}|${Label.Person}|${Label.Service}|${Label.Network}|${Label.Meeting}|${Label.Training})
ON EACH [n.name, n.title, n.givenName, n.familyName, n.functionTitle, n.operator, n.description]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
  },
];

/** Keys of idempotent creates: one per viewer and key; old ones are found by age to expire. */
const idempotencyKeys: Migration[] = [
  {
    name: 'idempotency_key_scope_unique',
    cypher: `CREATE CONSTRAINT idempotency_key_scope_unique IF NOT EXISTS FOR (k:${IDEMPOTENCY_KEY_LABEL}) REQUIRE k.scope IS UNIQUE`,
  },
  {
    name: 'idempotency_key_created_at',
    cypher: `CREATE INDEX idempotency_key_created_at IF NOT EXISTS FOR (k:${IDEMPOTENCY_KEY_LABEL}) ON (k.createdAt)`,
  },
];

/** The audit trail: an entry's history by its id, a change's entries by change, newest first. */
const auditTrail: Migration[] = [
  {
    name: 'audit_entry_id_unique',
    cypher: `CREATE CONSTRAINT audit_entry_id_unique IF NOT EXISTS FOR (n:${AUDIT_LABEL}) REQUIRE n.id IS UNIQUE`,
  },
  {
    name: 'audit_entry_entry_id',
    cypher: `CREATE INDEX audit_entry_entry_id IF NOT EXISTS FOR (n:${AUDIT_LABEL}) ON (n.entryId)`,
  },
  {
    name: 'audit_entry_change_id',
    cypher: `CREATE INDEX audit_entry_change_id IF NOT EXISTS FOR (n:${AUDIT_LABEL}) ON (n.changeId)`,
  },
  {
    name: 'audit_entry_sort_key',
    cypher: `CREATE INDEX audit_entry_sort_key IF NOT EXISTS FOR (n:${AUDIT_LABEL}) ON (n.sortKey, n.id)`,
  },
];

/** An imported entry's id in the coordinator's list (decision 031): unique per kind. */
const externalIds: Migration[] = [Label.Institution, Label.Service, Label.Person].map((label) => ({
  name: `${snake(label)}_external_id_unique`,
  cypher: `CREATE CONSTRAINT ${snake(label)}_external_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.externalId IS UNIQUE`,
}));

/**
 * Constraints and indexes. Every statement uses IF NOT EXISTS, so running them at each start-up
 * is safe. Labels come from the domain's constants, never from input.
 */
export const MIGRATIONS: readonly Migration[] = [
  ...uniqueIds,
  referralPathIds,
  ...sortIndexes,
  ...filterIndexes,
  ...fullText,
  ...idempotencyKeys,
  ...auditTrail,
  ...externalIds,
];

/** Applies every migration, each in its own schema transaction. Returns the names applied. */
export async function runMigrations(driver: Driver, database: string): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of MIGRATIONS) {
    try {
      await driver.executeQuery(migration.cypher, {}, { database });
    } catch (error) {
      throw translateNeo4jError(error);
    }
    applied.push(migration.name);
  }
  // Index population is asynchronous; queries right after start-up should find them online.
  await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database });
  return applied;
}

/**
 * Plans cached while the indexes were empty scan whole indexes where they should seek (seen in
 * PROFILE: 3–17× the db hits); after a bulk load, make Neo4j resample and replan.
 */
export async function replan(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery('CALL db.prepareForReplanning()', {}, { database });
}
