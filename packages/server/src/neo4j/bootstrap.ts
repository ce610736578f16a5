import type { GraphDataSet } from '@schutznetz/domain';
import type { Driver } from 'neo4j-driver';
import { ReferenceRepository } from '../modules/reference/reference.repository';
import { ReferenceService } from '../modules/reference/reference.service';
import { SeedRepository } from '../modules/seed/seed.repository';
import { SeedService } from '../modules/seed/seed.service';
import { Neo4jExecutor } from './executor';
import { runMigrations } from './migrations';

export interface PreparedDatabase {
  readonly migrations: number;
  readonly seeded: boolean;
}

/**
 * Makes a database ready to serve: constraints and indexes, the domain's taxonomies as nodes, and
 * (when given) the demo data if the database holds no content yet. Safe to run at every start.
 */
export async function prepareDatabase(
  driver: Driver,
  database: string,
  demoData?: GraphDataSet,
): Promise<PreparedDatabase> {
  const applied = await runMigrations(driver, database);
  const executor = new Neo4jExecutor(driver, database);
  const reference = new ReferenceService();
  await new ReferenceRepository(executor).sync(
    reference.listTopics(),
    reference.listTargetGroups(),
    reference.listRegions(),
  );
  const seeded = demoData
    ? await new SeedService(new SeedRepository(executor)).seedIfEmpty(demoData)
    : false;
  if (seeded) await replan(driver, database);
  return { migrations: applied.length, seeded };
}

/**
 * Plans cached while the indexes were empty scan whole indexes where they should seek (seen in
 * PROFILE: 3–17× the db hits); after a bulk load, make Neo4j resample and replan.
 */
async function replan(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery('CALL db.prepareForReplanning()', {}, { database });
}

/** Writes a data set whether or not the database holds content (idempotent), then replans. */
export async function loadDataSet(
  driver: Driver,
  database: string,
  data: GraphDataSet,
): Promise<void> {
  await prepareDatabase(driver, database);
  await new SeedService(new SeedRepository(new Neo4jExecutor(driver, database))).seed(data);
  await replan(driver, database);
}
