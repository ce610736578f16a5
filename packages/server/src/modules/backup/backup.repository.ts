import neo4j, { isInt, type Driver, type Node, type Relationship } from 'neo4j-driver';
import type { Config } from '../../config';
import { translateNeo4jError } from '../../neo4j/errors';
import type { BackupCounts, SchemaEntry } from './backup.format';
import { decodeProperties, encodeProperties, type StoredValue } from '../../neo4j/property-values';

/**
 * Reads the whole database in one read transaction and writes it back in batches (decision 034).
 * Unlike the rest of the server it streams records instead of collecting them (a backup of a large
 * graph never sits in memory), so it talks to the driver itself, not through the executor.
 */

const PROBE_LOSSLESS = 'RETURN 9007199254740993 AS probe';
const COMPONENTS =
  'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition';
const COUNT_NODES = 'MATCH (n) RETURN count(n) AS count';
const COUNT_RELATIONSHIPS = 'MATCH ()-[r]->() RETURN count(r) AS count';
const CONSTRAINTS =
  'SHOW CONSTRAINTS YIELD name, type, createStatement RETURN name, type, createStatement ORDER BY name';
/** Indexes that back a constraint are created by the constraint. */
const INDEXES = `SHOW INDEXES YIELD name, type, entityType, owningConstraint, createStatement
WHERE owningConstraint IS NULL
RETURN name, type, entityType, createStatement ORDER BY name`;
/** Both scans read their store in order: a restored database lists its graph as the file does. */
const ALL_NODES = 'MATCH (n) RETURN n';
const ALL_RELATIONSHIPS = 'MATCH ()-[r]->() RETURN r';

/** Creates a batch of nodes in file order and answers each one's element id by its place. */
const CREATE_NODES = `
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
CREATE (n:$(row.labels))
SET n = row.properties
RETURN i, elementId(n) AS id`;

const CREATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.start
MATCH (b) WHERE elementId(b) = row.end
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS created`;

/** Relationships first: a node with thousands of them would not fit one transaction's memory. */
const DELETE_RELATIONSHIPS = 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS';
const DELETE_NODES = 'MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS';
const AWAIT_INDEXES = 'CALL db.awaitIndexes(600)';
const REPLAN = 'CALL db.prepareForReplanning()';

export interface StoredNode {
  readonly elementId: string;
  readonly labels: readonly string[];
  readonly properties: Record<string, StoredValue>;
}

export interface StoredRelationship {
  readonly startElementId: string;
  readonly type: string;
  readonly endElementId: string;
  readonly properties: Record<string, StoredValue>;
}

/** A node to create, its properties as the backup file holds them. */
export interface NewNode {
  readonly labels: readonly string[];
  readonly properties: Readonly<Record<string, StoredValue>>;
}

/** A relationship to create between nodes already created (by their element ids here). */
export interface NewRelationship {
  readonly start: string;
  readonly type: string;
  readonly end: string;
  readonly properties: Readonly<Record<string, StoredValue>>;
}

export interface IndexEntry extends SchemaEntry {
  /** NODE or RELATIONSHIP. */
  readonly entityType: string;
}

/** What one read transaction sees of the database, in the order a backup writes it. */
export interface ConsistentRead {
  readonly neo4j: { readonly version: string; readonly edition: string };
  readonly counts: BackupCounts;
  readonly constraints: readonly SchemaEntry[];
  readonly indexes: readonly IndexEntry[];
  nodes(): AsyncGenerator<StoredNode>;
  relationships(): AsyncGenerator<StoredRelationship>;
}

export class LossyDriverError extends Error {
  override readonly name = 'LossyDriverError';
  constructor() {
    super(
      'A backup needs a driver that keeps 64-bit integers (openBackupDriver), not JavaScript numbers',
    );
  }
}

const toNumber = (value: unknown): number => (isInt(value) ? value.toNumber() : Number(value));

export class BackupRepository {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  /**
   * Runs `use` inside one read transaction, a consistent point in time: the counts, the schema,
   * every node and every relationship it reads belong together. Never retried (what `use`
   * wrote elsewhere cannot be taken back); the transaction has no time limit of its own.
   */
  async readConsistently<T>(use: (read: ConsistentRead) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const tx = await session.beginTransaction();
      try {
        const rows = async (cypher: string) =>
          (await tx.run(cypher)).records.map((r) => r.toObject());
        const [probe] = await rows(PROBE_LOSSLESS);
        if (!isInt(probe?.['probe'])) throw new LossyDriverError();
        const [component] = await rows(COMPONENTS);
        const [nodes] = await rows(COUNT_NODES);
        const [relationships] = await rows(COUNT_RELATIONSHIPS);
        const read: ConsistentRead = {
          neo4j: {
            version: String(component?.['version']),
            edition: String(component?.['edition']),
          },
          counts: {
            nodes: toNumber(nodes?.['count']),
            relationships: toNumber(relationships?.['count']),
          },
          constraints: (await rows(CONSTRAINTS)).map((row) => row as unknown as SchemaEntry),
          indexes: (await rows(INDEXES)).map((row) => row as unknown as IndexEntry),
          async *nodes() {
            for await (const record of tx.run(ALL_NODES)) {
              const node = record.get('n') as Node;
              yield {
                elementId: node.elementId,
                labels: [...node.labels].sort(),
                properties: encodeProperties(node.properties),
              };
            }
          },
          async *relationships() {
            for await (const record of tx.run(ALL_RELATIONSHIPS)) {
              const r = record.get('r') as Relationship;
              yield {
                startElementId: r.startNodeElementId,
                type: r.type,
                endElementId: r.endNodeElementId,
                properties: encodeProperties(r.properties),
              };
            }
          },
        };
        return await use(read);
      } finally {
        await tx.rollback();
      }
    } catch (error) {
      throw error instanceof LossyDriverError ? error : translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** How much the database holds: nodes, and constraints and indexes other than token lookups. */
  async contents(): Promise<{ nodes: number; schema: number }> {
    const nodes = await this.rows(COUNT_NODES);
    const constraints = await this.rows(CONSTRAINTS);
    const indexes = (await this.rows(INDEXES)).filter((row) => row['type'] !== 'LOOKUP');
    return { nodes: toNumber(nodes[0]?.['count']), schema: constraints.length + indexes.length };
  }

  /** Deletes every node and relationship, then every constraint and index but the token lookups. */
  async wipe(): Promise<void> {
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction.
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(DELETE_RELATIONSHIPS);
      await session.run(DELETE_NODES);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
    for (const row of await this.rows(CONSTRAINTS))
      await this.rows(`DROP CONSTRAINT \`${String(row['name'])}\``);
    for (const row of await this.rows(INDEXES)) {
      if (row['type'] !== 'LOOKUP') await this.rows(`DROP INDEX \`${String(row['name'])}\``);
    }
  }

  /**
   * Creates the backup's constraints and indexes as they were. The token lookup indexes every
   * database starts with are kept where the backup has one for the same entity type, and dropped
   * where it has none.
   */
  async createSchema(
    constraints: readonly SchemaEntry[],
    indexes: readonly IndexEntry[],
  ): Promise<void> {
    const lookups = (await this.rows(INDEXES)).filter((row) => row['type'] === 'LOOKUP');
    for (const lookup of lookups) {
      if (
        !indexes.some(
          (index) => index.type === 'LOOKUP' && index.entityType === lookup['entityType'],
        )
      ) {
        await this.rows(`DROP INDEX \`${String(lookup['name'])}\``);
      }
    }
    for (const constraint of constraints) await this.rows(constraint.createStatement);
    for (const index of indexes) {
      const present = lookups.some((lookup) => lookup['entityType'] === index.entityType);
      if (index.type !== 'LOOKUP' || !present) await this.rows(index.createStatement);
    }
  }

  /** Creates nodes in the order given, in one transaction; answers their element ids in order. */
  async createNodes(rows: readonly NewNode[]): Promise<string[]> {
    const created = await this.rows(CREATE_NODES, {
      rows: rows.map((row) => ({
        labels: row.labels,
        properties: decodeProperties(row.properties),
      })),
    });
    const ids = new Array<string>(rows.length);
    for (const row of created) ids[toNumber(row['i'])] = String(row['id']);
    return ids;
  }

  /** Creates relationships between existing nodes in one transaction; answers how many. */
  async createRelationships(rows: readonly NewRelationship[]): Promise<number> {
    const [row] = await this.rows(CREATE_RELATIONSHIPS, {
      rows: rows.map((r) => ({ ...r, properties: decodeProperties(r.properties) })),
    });
    return toNumber(row?.['created']);
  }

  /** Waits for the indexes to be populated and lets Neo4j plan queries for the loaded data. */
  async settle(): Promise<void> {
    await this.rows(AWAIT_INDEXES);
    await this.rows(REPLAN);
  }

  private async rows(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<Record<string, unknown>[]> {
    try {
      const result = await this.driver.executeQuery(cypher, params, { database: this.database });
      return result.records.map((record) => record.toObject());
    } catch (error) {
      throw translateNeo4jError(error);
    }
  }
}

/**
 * A driver for backups and restores: like the server's (neo4j/driver.ts) but integers stay 64-bit
 * Neo4j Integers, so a restore writes back exactly the integers and floats it read.
 */
export function openBackupDriver(neo4jConfig: Config['neo4j'], uri: string): Driver {
  const auth =
    neo4jConfig.password === undefined
      ? undefined
      : neo4j.auth.basic(neo4jConfig.user, neo4jConfig.password);
  return neo4j.driver(uri, auth, {
    userAgent: 'schutznetz-backup',
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}
