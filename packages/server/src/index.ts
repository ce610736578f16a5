/**
 * Start-up only: read the config, find or start the database, migrate, serve, and shut down
 * cleanly on SIGINT/SIGTERM.
 */
import 'reflect-metadata';
import type { Driver } from 'neo4j-driver';
import { startApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { prepareDatabase, startDatabase } from './database';
import { createLogger, type Logger } from './logger';
import { createDriver } from './neo4j/driver';
import { pingDatabase } from './neo4j/executor';
import { DEMO_DATA, DEMO_REGION } from '@schutznetz/demo-data';

async function waitForDatabase(driver: Driver, config: Config, logger: Logger): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (let attempt = 1; ; attempt += 1) {
    if (await pingDatabase(driver, config.neo4j.database, 3_000)) return;
    if (Date.now() > deadline) {
      throw new Error(`Neo4j at ${config.neo4j.uri ?? 'the embedded database'} is not reachable`);
    }
    logger.warn({ attempt }, 'waiting for Neo4j');
    await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 500 * attempt)));
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);

  const { uri, embedded } = await startDatabase(config, logger);
  const driver = createDriver(config.neo4j, uri);
  let stopping = false;
  const stopDatabase = async (): Promise<void> => {
    await driver.close();
    await embedded?.stop();
  };

  try {
    await waitForDatabase(driver, config, logger);
    const prepared = await prepareDatabase(
      driver,
      config.neo4j.database,
      config.seedDemoData ? DEMO_DATA : undefined,
      config.seedDemoData ? DEMO_REGION : undefined,
    );
    logger.info(
      prepared,
      prepared.seeded ? 'database prepared, demo data loaded' : 'database prepared',
    );
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const app = await startApp({ config, driver, logger, warmUp: true });
  logger.info(`Schutznetz serves GraphQL at ${app.url}/graphql and the client at ${app.url}/`);

  void embedded?.exited.then((code) => {
    if (stopping) return;
    logger.fatal({ code }, 'the embedded Neo4j stopped unexpectedly');
    process.exit(1);
  });

  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 30_000);
    forced.unref();
    app
      .stop()
      .then(stopDatabase)
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
