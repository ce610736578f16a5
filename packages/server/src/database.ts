import type { EmbeddedNeo4j } from '@schutznetz/neo4j-embedded';
import type { Config } from './config';
import type { Logger } from './logger';

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
