import type { GapData, GraphDataSet, MeetingData, TrainingData } from '@schutznetz/domain';

/** What the records (not the graph's structure) say changed between two dates. */
export interface RecordedChanges {
  /** Trainings completed after the meeting's day, up to today, by date. */
  readonly trainingsDone: readonly TrainingData[];
  /** Gaps recorded after the meeting's day, by date. */
  readonly gapsRecorded: readonly GapData[];
  /** Gaps closed now that were not closed (or not recorded) at the meeting, by date. */
  readonly gapsClosed: readonly GapData[];
}

const byDate = <T extends { readonly date: string | null; readonly id: string }>(a: T, b: T) =>
  (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id);

/**
 * The latest meeting before `today`, optionally of one network (on a meeting's day, "since the
 * last meeting" looks back to the one before); null when none was held.
 */
export function lastMeeting(
  meetings: readonly MeetingData[],
  today: string,
  networkId?: string,
): MeetingData | null {
  const held = meetings.filter(
    (m) => m.date < today && (networkId === undefined || m.networkIds.includes(networkId)),
  );
  return held.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))[0] ?? null;
}

/**
 * Trainings done and gaps recorded or closed from the evening of `since` to `until` (dates
 * YYYY-MM-DD): from `after`, the data as it stands, and `before`, the data at the meeting (null
 * when no snapshot is that old: then which gaps were closed since is unknown and none is listed).
 */
export function recordedChanges(
  before: GraphDataSet | null,
  after: GraphDataSet,
  since: string,
  until: string,
): RecordedChanges {
  const inPeriod = (date: string | null) => date !== null && date > since && date <= until;
  const closedBefore = new Set(
    (before?.gaps ?? []).filter((gap) => gap.status === 'closed').map((gap) => gap.id),
  );
  return {
    trainingsDone: after.trainings.filter((t) => t.completed && inPeriod(t.date)).sort(byDate),
    gapsRecorded: after.gaps.filter((gap) => inPeriod(gap.date)).sort(byDate),
    gapsClosed:
      before === null
        ? []
        : after.gaps
            .filter((gap) => gap.status === 'closed' && !closedBefore.has(gap.id))
            .sort(byDate),
  };
}
