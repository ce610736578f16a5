/**
 * When the scheduled backup runs and which files it keeps (decision 034): one backup a day at a
 * fixed time (UTC), named by the minute it was taken, and those older than the days to keep
 * deleted after each new one. The newest backup is never deleted.
 */

const FILE_PATTERN = /^schutznetz-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})Z\.jsonl\.gz$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The next time after `now` at `time` (HH:MM, UTC). */
export function nextRunAt(now: Date, time: string): Date {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`A backup time is HH:MM (UTC), got '${time}'`);
  const next = new Date(now);
  next.setUTCHours(Number(match[1]), Number(match[2]), 0, 0);
  if (next.getTime() <= now.getTime()) next.setTime(next.getTime() + DAY_MS);
  return next;
}

/** The file name of a backup taken at `at`: schutznetz-2026-12-06T0230Z.jsonl.gz. */
export function backupFileName(at: Date): string {
  const iso = at.toISOString();
  return `schutznetz-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z.jsonl.gz`;
}

/** When a scheduled backup's file was taken, or undefined for any other file. */
function takenAt(name: string): number | undefined {
  const match = FILE_PATTERN.exec(name);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
}

/**
 * The scheduled backups among `names` older than `keepDays` days at `now`, to delete. Files of
 * other names (a backup taken by hand, a copy) are left alone, and so is the newest backup.
 */
export function expiredBackups(names: readonly string[], now: Date, keepDays: number): string[] {
  const dated = names
    .map((name) => ({ name, at: takenAt(name) }))
    .filter((file): file is { name: string; at: number } => file.at !== undefined)
    .sort((a, b) => b.at - a.at);
  const limit = now.getTime() - keepDays * DAY_MS;
  return dated
    .slice(1)
    .filter((file) => file.at < limit)
    .map((file) => file.name);
}
