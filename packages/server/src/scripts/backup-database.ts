import 'reflect-metadata';
import { loadConfig } from '../config';
import { startDatabase } from '../database';
import { createLogger } from '../logger';
import { BackupRepository, openBackupDriver } from '../modules/backup/backup.repository';

/**
 * Runs `use` on the configured database for the backup commands: NEO4J_URI when set, else the
 * embedded database in NEO4J_DATA_DIR, started here and stopped afterwards.
 */
export async function withBackupRepository<T>(
  use: (repository: BackupRepository, database: string) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const { uri, embedded } = await startDatabase(config, createLogger(config));
  const driver = openBackupDriver(config.neo4j, uri);
  try {
    return await use(new BackupRepository(driver, config.neo4j.database), config.neo4j.database);
  } finally {
    await driver.close();
    await embedded?.stop();
  }
}
