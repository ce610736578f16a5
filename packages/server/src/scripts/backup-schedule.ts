/**
 * Takes a backup every day at BACKUP_TIME (UTC) into BACKUP_DIR and deletes the scheduled backups
 * older than BACKUP_KEEP_DAYS (decision 034): `npm run backup:schedule`, or the `backup` service
 * of docker-compose.yml. Runs until stopped (SIGTERM, Ctrl-C). With `--now` it also takes one at
 * once. A failed backup is logged and the next day's runs as planned.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withBackupRepository } from './backup-database';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { takeBackup } from '../modules/backup/backup.service';
import { backupFileName, expiredBackups, nextRunAt } from '../modules/backup/backup.schedule';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { now: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const logger = createLogger(config);
  const { dir, time, keepDays } = config.backup;
  await mkdir(dir, { recursive: true });

  const runOnce = async (): Promise<void> => {
    const file = path.join(dir, backupFileName(new Date()));
    try {
      const summary = await withBackupRepository((repository, database) =>
        takeBackup(repository, database, file),
      );
      logger.info({ ...summary }, 'scheduled backup written');
      for (const name of expiredBackups(await readdir(dir), new Date(), keepDays)) {
        await rm(path.join(dir, name), { force: true });
        logger.info({ file: name, keepDays }, 'old backup deleted');
      }
    } catch (error) {
      logger.error({ err: error, file }, 'scheduled backup failed');
    }
  };

  let timer: NodeJS.Timeout | undefined;
  let wake = (): void => undefined;
  const state = { stopped: false };
  const stop = (): void => {
    state.stopped = true;
    clearTimeout(timer);
    wake();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  if (values.now) await runOnce();
  const running = (): boolean => !state.stopped;
  while (running()) {
    const next = nextRunAt(new Date(), time);
    logger.info({ next: next.toISOString(), dir, keepDays }, 'next scheduled backup');
    await new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, next.getTime() - Date.now());
    });
    if (running()) await runOnce();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
