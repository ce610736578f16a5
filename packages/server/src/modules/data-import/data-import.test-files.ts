/** Helpers of the import's tests and benchmark (not a test file itself). */
import { DEMO_REGION } from '@schutznetz/demo-data';
import type { Driver } from 'neo4j-driver';
import { Neo4jExecutor } from '../../neo4j/executor';
import { testConfig } from '../../test/neo4j';
import { RegionRepository } from '../region/region.repository';
import { RegionService } from '../region/region.service';

/** Loads the demo county's region unless it is loaded already (the same file twice changes nothing). */
export async function loadDemoRegion(
  driver: Driver,
  database = testConfig().neo4j.database,
): Promise<void> {
  const executor = new Neo4jExecutor(driver, database);
  const region = new RegionService(new RegionRepository(executor), driver, database);
  await region.load(DEMO_REGION, {}, { actor: 'test set-up', now: new Date().toISOString() });
}
