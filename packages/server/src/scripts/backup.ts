/**
 * Takes a full backup of the database into a file (decision 034): `npm run backup -- <file>`
 * (e.g. backups/schutznetz-2026-12-06.jsonl.gz). Uses NEO4J_URI when set, else the embedded
 * database in NEO4J_DATA_DIR (which must not be running: stop `npm start` first).
 */
import { parseArgs } from 'node:util';
import { withBackupRepository } from './backup-database';
import { takeBackup } from '../modules/backup/backup.service';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    throw new Error(
      'Usage: npm run backup -- <file>   (the backup is written there, gzip’d JSON lines)',
    );
  }
  const summary = await withBackupRepository((repository, database) =>
    takeBackup(repository, database, file),
  );
  console.log(
    `Backup written to ${summary.file}: ${summary.counts.nodes} nodes, ${summary.counts.relationships} relationships, ${summary.bytes} bytes in ${summary.ms} ms.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
