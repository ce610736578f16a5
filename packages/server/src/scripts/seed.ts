/**
 * Loads the demo data (idempotent): `npm run seed`. Uses NEO4J_URI when set, else the embedded
 * database in NEO4J_DATA_DIR (which must not be running: stop `npm start` first).
 */
import 'reflect-metadata';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '@schutznetz/neo4j-embedded';
import { loadConfig } from '../config';
import { SeedRepository } from '../modules/seed/seed.repository';
import { SeedService } from '../modules/seed/seed.service';
import { prepareDatabase } from '../neo4j/bootstrap';
import { createDriver } from '../neo4j/driver';
import { Neo4jExecutor } from '../neo4j/executor';
import { DEMO_DATA } from '../seed/demo';

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({
      dataDir: config.neo4j.embedded.dataDir,
      heapMb: config.neo4j.embedded.heapMb,
      pageCacheMb: config.neo4j.embedded.pageCacheMb,
    });
    uri = embedded.boltUri;
  }
  const driver = createDriver(config.neo4j, uri);
  try {
    await prepareDatabase(driver, config.neo4j.database);
    const executor = new Neo4jExecutor(driver, config.neo4j.database);
    await new SeedService(new SeedRepository(executor)).seed(DEMO_DATA);
    await driver.executeQuery(
      'CALL db.prepareForReplanning()',
      {},
      { database: config.neo4j.database },
    );
    console.log(
      `Demo data loaded: ${DEMO_DATA.institutions.length} institutions, ${DEMO_DATA.people.length} people, ${DEMO_DATA.networks.length} networks.`,
    );
  } finally {
    await driver.close();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
