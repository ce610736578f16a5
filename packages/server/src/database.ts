import type { GraphDataSet, RegionDefinition } from '@schutznetz/domain';
import type { EmbeddedNeo4j } from '@schutznetz/neo4j-embedded';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import type { Logger } from './logger';
import { ReferenceRepository } from './modules/reference/reference.repository';
import { ReferenceService } from './modules/reference/reference.service';
import { RegionRepository } from './modules/region/region.repository';
import { RegionService } from './modules/region/region.service';
import { SeedRepository } from './modules/seed/seed.repository';
import { SeedService } from './modules/seed/seed.service';
import { seedDemoSnapshots } from './modules/snapshot/snapshot.demo';
import { Neo4jExecutor } from './neo4j/executor';
import { replan, runMigrations } from './neo4j/migrations';

/**
 * The database to talk to: NEO4J_URI when set, else the embedded Neo4j started here (stop it with
 * `embedded.stop()`). Shared by start-up and the scripts.
 */
export async function startDatabase(
  config: Config,
  logger: Logger,
): Promise<{ uri: string; embedded?: EmbeddedNeo4j }> {
  if (config.neo4j.uri) return { uri: config.neo4j.uri };
  // Imported lazily: production (NEO4J_URI set) never loads the launcher.
  const { startEmbeddedNeo4j } = await import('@schutznetz/neo4j-embedded');
  const { embedded: options } = config.neo4j;
  logger.info({ dataDir: options.dataDir }, 'NEO4J_URI is not set: starting the embedded Neo4j');
  const embedded = await startEmbeddedNeo4j({
    dataDir: options.dataDir,
    boltPort: options.boltPort,
    heapMb: options.heapMb,
    pageCacheMb: options.pageCacheMb,
    onOutput: (line) => {
      logger.debug({ neo4j: line }, 'embedded neo4j output');
    },
  });
  logger.info({ boltUri: embedded.boltUri, startMs: embedded.startMs }, 'embedded Neo4j is ready');
  return { uri: embedded.boltUri, embedded };
}

export interface PreparedDatabase {
  readonly migrations: number;
  readonly seeded: boolean;
}

/** Who the audit trail names for a region loaded at start-up. */
const START_UP_ACTOR = 'Systemstart (Demo-Region)';

/**
 * Loads `region` unless the database has a region already (an instance's own region is never
 * replaced by the demo's), and reads the stored region into this process's cache.
 */
async function prepareRegion(executor: Neo4jExecutor, region?: RegionDefinition): Promise<void> {
  const service = new RegionService(
    new RegionRepository(executor),
    executor.driver,
    executor.database,
  );
  // Read afresh: the database may have been emptied since this process last read it.
  const stored = await service.reload();
  if (region === undefined || stored.catalog.county !== null) return;
  await service.load(region, {}, { actor: START_UP_ACTOR, now: new Date().toISOString() });
}

/**
 * Makes a database ready to serve: constraints and indexes, the domain's taxonomies as nodes,
 * (when given) a region file if the database has no region yet (decision 030), and (when given)
 * the demo data if the database holds no content yet. Safe to run at every start; start-up, the
 * scripts and the test harness call it (the database layer knows no features).
 */
export async function prepareDatabase(
  driver: Driver,
  database: string,
  demoData?: GraphDataSet,
  region?: RegionDefinition,
): Promise<PreparedDatabase> {
  const applied = await runMigrations(driver, database);
  const executor = new Neo4jExecutor(driver, database);
  const reference = new ReferenceService();
  await new ReferenceRepository(executor).sync(
    reference.listTopics(),
    reference.listTargetGroups(),
  );
  await prepareRegion(executor, region ?? demoData?.region ?? undefined);
  const seeded = demoData
    ? await new SeedService(new SeedRepository(executor)).seedIfEmpty(demoData)
    : false;
  if (seeded && demoData) await seedDemoSnapshots(executor, demoData);
  if (seeded) await replan(driver, database);
  return { migrations: applied.length, seeded };
}

/**
 * Writes a data set whether or not the database holds content (idempotent), then replans;
 * `region` is loaded first if the database has none.
 */
export async function loadDataSet(
  driver: Driver,
  database: string,
  data: GraphDataSet,
  region?: RegionDefinition,
): Promise<void> {
  await prepareDatabase(driver, database, undefined, region);
  const executor = new Neo4jExecutor(driver, database);
  await new SeedService(new SeedRepository(executor)).seed(data);
  await seedDemoSnapshots(executor, data);
  await replan(driver, database);
}
