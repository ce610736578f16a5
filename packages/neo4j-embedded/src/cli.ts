/**
 * Runs the embedded Neo4j on its own: `npm run neo4j -- [--data-dir DIR] [--port N]`,
 * or builds the launcher only with `--build-only`.
 */
import { parseArgs } from 'node:util';
import { ensureLauncherBuilt, startEmbeddedNeo4j } from './index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'build-only': { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: '.data/neo4j' },
      port: { type: 'string', default: '7687' },
    },
  });
  if (values['build-only']) {
    const jar = await ensureLauncherBuilt((line) => {
      console.log(line);
    });
    console.log(`Launcher ready: ${jar}`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be an integer between 0 and 65535, got '${values.port}'`);
  }
  const db = await startEmbeddedNeo4j({
    dataDir: values['data-dir'],
    boltPort: port,
    onOutput: (line) => {
      console.error(line);
    },
  });
  console.log(`Neo4j ready at ${db.boltUri} (data in ${db.dataDir}); Ctrl-C stops it.`);
  const shutdown = (): void => {
    void db.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await db.exited;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
