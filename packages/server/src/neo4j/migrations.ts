import { IDENTIFIED_LABELS } from '@schutznetz/domain';
import type { Driver } from 'neo4j-driver';
import { translateNeo4jError } from './errors';

/** A named, idempotent schema statement. */
export interface Migration {
  readonly name: string;
  readonly cypher: string;
}

const snake = (label: string): string => label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Constraints and indexes. Every statement uses IF NOT EXISTS, so running them at each start-up
 * is safe. Labels come from the domain's constants, never from input.
 */
export const MIGRATIONS: readonly Migration[] = IDENTIFIED_LABELS.map((label) => ({
  name: `${snake(label)}_id_unique`,
  cypher: `CREATE CONSTRAINT ${snake(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
}));

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
  return applied;
}
