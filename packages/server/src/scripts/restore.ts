/**
 * Restores a backup into an empty database (decision 034): `npm run restore -- <file> [--force]`;
 * `--force` deletes everything in the database first. Uses NEO4J_URI when set, else the embedded
 * database in NEO4J_DATA_DIR (which must not be running: stop `npm start` first). Start the server
 * on the database afterwards as before.
 */
import { parseArgs } from 'node:util';
import { withBackupRepository } from './backup-database';
import { restoreBackup } from '../modules/backup/backup.service';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    throw new Error(
      'Usage: npm run restore -- <file> [--force]   (--force deletes everything in the database first)',
    );
  }
  const summary = await withBackupRepository((repository) =>
    restoreBackup(repository, file, { force: values.force }),
  );
  console.log(
    `Restored ${summary.file} (taken ${summary.header.takenAt} from Neo4j ${summary.header.neo4j.version}): ${summary.counts.nodes} nodes, ${summary.counts.relationships} relationships in ${summary.ms} ms.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
