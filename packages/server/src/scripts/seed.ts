/**
 * Loads the demo data (idempotent), and the demo region first if none is loaded: `npm run seed`. Uses NEO4J_URI when set, else the embedded
 * database in NEO4J_DATA_DIR (which must not be running: stop `npm start` first).
 */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { loadDataSet, startDatabase } from '../database';
import { createLogger } from '../logger';
import { createDriver } from '../neo4j/driver';
import { DEMO_DATA, DEMO_REGION } from '@schutznetz/demo-data';

async function main(): Promise<void> {
  const config = loadConfig();
  const { uri, embedded } = await startDatabase(config, createLogger(config));
  const driver = createDriver(config.neo4j, uri);
  try {
    await loadDataSet(driver, config.neo4j.database, DEMO_DATA, DEMO_REGION);
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
