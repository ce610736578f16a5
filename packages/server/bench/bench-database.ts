/** The benches' data: a data set loaded into the bench's own database, or put in place of another. */
import type { GraphDataSet } from '@schutznetz/domain';
import { prepareDatabase } from '@schutznetz/server/dist/database';
import type { Driver } from 'neo4j-driver';

/** Migrates the empty database and loads `data` into it. */
export async function loadDataSet(
  driver: Driver,
  database: string,
  data: GraphDataSet,
): Promise<void> {
  const prepared = await prepareDatabase(driver, database, data);
  if (!prepared.seeded) throw new Error('The bench database was not empty before seeding');
  // Plans made for the previous data set would otherwise linger until Neo4j replans.
  await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
}

/** Deletes everything in the database, then loads `data` (see {@link loadDataSet}). */
export async function replaceDataSet(
  driver: Driver,
  database: string,
  data: GraphDataSet,
): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence a session.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await loadDataSet(driver, database, data);
}
