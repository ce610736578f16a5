import { backupFileName, expiredBackups, nextRunAt } from './backup.schedule';

describe('the backup schedule', () => {
  it('runs next at the given time today, or tomorrow once it has passed', () => {
    expect(nextRunAt(new Date('2026-12-06T01:00:00Z'), '02:30').toISOString()).toBe(
      '2026-12-06T02:30:00.000Z',
    );
    expect(nextRunAt(new Date('2026-12-06T02:30:00Z'), '02:30').toISOString()).toBe(
      '2026-12-07T02:30:00.000Z',
    );
    expect(nextRunAt(new Date('2026-12-31T23:59:00Z'), '00:00').toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    expect(() => nextRunAt(new Date(), '24:00')).toThrow('HH:MM');
  });

  it('names a backup by the minute it was taken, without characters file systems refuse', () => {
    expect(backupFileName(new Date('2026-12-06T02:30:12.345Z'))).toBe(
      'schutznetz-2026-12-06T0230Z.jsonl.gz',
    );
  });

  it('deletes scheduled backups older than the days to keep, never the newest nor other files', () => {
    const names = [
      'schutznetz-2026-12-06T0230Z.jsonl.gz',
      'schutznetz-2026-11-23T0230Z.jsonl.gz',
      'schutznetz-2026-11-22T0230Z.jsonl.gz',
      'schutznetz-2026-11-01T0230Z.jsonl.gz',
      'vor-dem-update.jsonl.gz',
      'schutznetz-2026-11-01T0230Z.jsonl.gz.partial',
    ];
    const now = new Date('2026-12-06T02:31:00Z');
    expect(expiredBackups(names, now, 14).sort()).toEqual([
      'schutznetz-2026-11-01T0230Z.jsonl.gz',
      'schutznetz-2026-11-22T0230Z.jsonl.gz',
    ]);
    // Long after the last backup, the last one stays.
    expect(expiredBackups(names, new Date('2027-06-01T00:00:00Z'), 14)).not.toContain(
      'schutznetz-2026-12-06T0230Z.jsonl.gz',
    );
  });
});
