import { readFileSync } from 'node:fs';

/** Linux reports CPU time in USER_HZ ticks, 100 per second on every common platform. */
const TICKS_PER_SECOND = 100;

/** The machine's CPU time so far, busy and total, and this process's own. */
export interface CpuSnapshot {
  readonly busyTicks: number;
  readonly totalTicks: number;
  readonly ownTicks: number;
}

/** Reads /proc/stat; undefined where there is no /proc (the report then omits the figure). */
export function cpuSnapshot(): CpuSnapshot | undefined {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
      fields;
    const busyTicks = user + nice + system + irq + softirq + steal;
    const { user: ownUser, system: ownSystem } = process.cpuUsage();
    return {
      busyTicks,
      totalTicks: busyTicks + idle + iowait,
      ownTicks: ((ownUser + ownSystem) / 1_000_000) * TICKS_PER_SECOND,
    };
  } catch {
    return undefined;
  }
}

/** CPU ticks a process has used (user + system), from /proc/<pid>/stat. */
export function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * How much of the machine's CPU time between two snapshots went to other processes than this
 * one and `helperTicks` (the embedded database): a share above a few percent means the
 * latencies were measured on a busy machine.
 */
export function describeCpuShare(
  start: CpuSnapshot | undefined,
  end: CpuSnapshot | undefined,
  helperTicks: number,
): string {
  if (!start || !end) return '';
  const total = end.totalTicks - start.totalTicks;
  const ours = end.ownTicks - start.ownTicks + helperTicks;
  const others = Math.max(0, end.busyTicks - start.busyTicks - ours);
  const percent = (ticks: number) => `${Math.round((100 * ticks) / total)}%`;
  return (
    `CPU time of the machine during the run: bench and its Neo4j ${percent(ours)}, other processes ` +
    `${percent(others)}${others / total > 0.05 ? ' — the machine was shared, so latencies are noisy' : ''}.`
  );
}
