import type { GraphDataSet } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { newSnapshot } from './snapshot.service';
import { SnapshotStoreRepository, type NewSnapshot } from './snapshot.repository';

/** Meeting days of a data set the demo keeps a snapshot of: its last ones. */
const DEMO_SNAPSHOT_MEETINGS = 3;

const onOrBefore = (date: string) => (value: string | null) => value === null || value <= date;

/**
 * The data set as it stood at the end of `date` (YYYY-MM-DD), as far as the data dates it:
 * meetings, trainings, case reviews and gaps dated later, and memberships, employments and
 * expertise since later, are left out (with them the links they carry). Undated entries stay.
 */
export function dataSetAsOf(data: GraphDataSet, date: string): GraphDataSet {
  const stood = onOrBefore(date);
  const meetings = data.meetings.filter((m) => stood(m.date));
  const meetingIds = new Set(meetings.map((m) => m.id));
  const gaps = data.gaps.filter((g) => stood(g.date));
  const gapIds = new Set(gaps.map((g) => g.id));
  return {
    ...data,
    worksAt: data.worksAt.filter((w) => stood(w.since)),
    expertise: data.expertise.filter((e) => stood(e.since)),
    memberships: data.memberships.filter((m) => stood(m.since)),
    meetings,
    trainings: data.trainings
      .filter((t) => stood(t.date))
      .map((t) =>
        t.meetingId === null || meetingIds.has(t.meetingId) ? t : { ...t, meetingId: null },
      ),
    caseReviews: data.caseReviews
      .filter((r) => stood(r.date))
      .map((r) => ({ ...r, gapIds: r.gapIds.filter((id) => gapIds.has(id)) })),
    gaps,
  };
}

/**
 * The demo's dated snapshots: the graph as it stood on the evening of each of the data set's
 * last meeting days (none without meetings), so reports and "since the last meeting" have a
 * past to compare with. Ids follow the date, so seeding twice replaces them.
 */
export function demoSnapshots(data: GraphDataSet): NewSnapshot[] {
  const days = [...new Set(data.meetings.map((m) => m.date))].sort();
  return days.slice(-DEMO_SNAPSHOT_MEETINGS).map((day) => {
    const titles = data.meetings
      .filter((m) => m.date === day)
      .map((m) => m.title)
      .join(', ');
    return newSnapshot(dataSetAsOf(data, day), {
      id: `snapshot:demo-${day}`,
      takenAt: `${day}T19:00:00.000Z`,
      label: `Stand am Abend der Sitzung: ${titles}`,
      takenBy: 'Demo-Daten',
    });
  });
}

/** Stores the demo's dated snapshots of `data` (idempotent); the seed calls it. */
export async function seedDemoSnapshots(
  executor: Neo4jExecutor,
  data: GraphDataSet,
): Promise<void> {
  const snapshots = demoSnapshots(data);
  if (snapshots.length > 0) await new SnapshotStoreRepository(executor).store(snapshots);
}
