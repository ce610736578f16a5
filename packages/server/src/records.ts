import type { OpeningInterval, Weekday } from '@schutznetz/domain';

/** Bookkeeping every stored node carries (see docs/decisions/004-graph-model.md). */
export interface NodeRecord {
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  readonly updatedBy: string;
  /** Lower-cased name or ISO date: the order of lists and cursors. */
  readonly sortKey: string;
}

/** The bookkeeping properties a client reads (`sortKey` stays internal). */
export const NODE_BOOKKEEPING = ['createdAt', 'updatedAt', 'version', 'updatedBy'] as const;

const INTERVAL = /^(mon|tue|wed|thu|fri|sat|sun) (\d\d:\d\d)-(\d\d:\d\d)$/;

/** Neo4j properties cannot hold maps in lists: opening hours are stored as "mon 09:00-12:00". */
export function encodeOpeningHours(intervals: readonly OpeningInterval[]): string[] {
  return intervals.map((interval) => `${interval.day} ${interval.opens}-${interval.closes}`);
}

export function decodeOpeningHours(
  stored: readonly string[] | null | undefined,
): OpeningInterval[] {
  return (stored ?? []).flatMap((entry) => {
    const match = INTERVAL.exec(entry);
    if (!match?.[1] || !match[2] || !match[3]) return [];
    return [{ day: match[1] as Weekday, opens: match[2], closes: match[3] }];
  });
}

/** The sort key of a name: case- and accent-insensitive, so "Ärztin" sorts with "Arzt". */
export function nameSortKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}
