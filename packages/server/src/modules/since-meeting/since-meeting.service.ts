import { compareGraphs, type CoverageGapKind, type GapSummary } from '@schutznetz/analysis';
import type { TopicCode } from '@schutznetz/domain';
import type { GraphSnapshot } from '../../analysis-graph/cache';
import { NotFoundError } from '../../errors';
import { Problems } from '../../validation';
import type { AnalysisRunner } from '../analysis/analysis.jobs';
import { checkScope, todayUtc, type ResolvedScope } from '../analysis/analysis.scope';
import type { SnapshotStoreService } from '../snapshot/snapshot.service';
import { lastMeeting, recordedChanges } from './since-meeting.changes';
import type { SinceMeeting } from './since-meeting.type';

export interface SinceMeetingRequest {
  readonly meetingId?: string | null;
  readonly networkId?: string | null;
}

/**
 * "Since the last meeting" (issue 13, decision 027): the dated snapshot taken on the evening of
 * a meeting (decision 028) against the graph now — members who joined or left, institutions
 * added or gone, coverage gaps opened or closed (measured by the coverage job on each) — and the
 * trainings and gaps recorded in between.
 */
export class SinceMeetingService {
  constructor(
    private readonly analyses: AnalysisRunner,
    private readonly snapshots: SnapshotStoreService,
    private readonly today: () => string = todayUtc,
  ) {}

  async sinceMeeting(request: SinceMeetingRequest): Promise<SinceMeeting> {
    const problems = new Problems();
    const scope = checkScope(problems, 'scope', null);
    problems.throwIfAny();
    const until = this.today();
    const current = await this.analyses.current();
    const meetings = current.data.meetings;
    const meeting = request.meetingId
      ? meetings.find((m) => m.id === request.meetingId)
      : lastMeeting(meetings, until, request.networkId ?? undefined);
    if (meeting === undefined) {
      throw new NotFoundError('Meeting', request.meetingId ?? '', 'meetingId');
    }
    const dated = meeting && (await this.snapshots.snapshotAt(meeting.date));
    const recorded = recordedChanges(
      dated?.data ?? null,
      current.data,
      meeting?.date ?? until,
      until,
    );
    const base = {
      meetingId: meeting?.id ?? null,
      snapshotTakenAt: dated?.info.takenAt ?? null,
      snapshotLabel: dated?.info.label ?? null,
      until,
      trainingIds: recorded.trainingsDone.map((t) => t.id),
      recordedGapIds: recorded.gapsRecorded.map((g) => g.id),
      closedGapIds: recorded.gapsClosed.map((g) => g.id),
    };
    if (!meeting || !dated) {
      return {
        ...base,
        membersJoined: [],
        membersLeft: [],
        institutionsAdded: [],
        institutionsRemoved: [],
        gapsOpened: [],
        gapsClosed: [],
      };
    }
    const [gapsBefore, gapsAfter] = await Promise.all([
      this.coverageGaps(dated.snapshot, scope, meeting.date),
      this.coverageGaps(current, scope, until),
    ]);
    const changes = compareGraphs(dated.graph, current.graph, { gapsBefore, gapsAfter });
    const gap = (g: GapSummary) => ({
      id: g.id,
      kind: g.kind,
      topicCode: g.topic,
      municipalityCode: g.municipality,
      severity: g.severity,
      reason: g.reason,
    });
    return {
      ...base,
      membersJoined: [...changes.membersJoined],
      membersLeft: [...changes.membersLeft],
      institutionsAdded: [...changes.institutionsAdded],
      institutionsRemoved: [...changes.institutionsRemoved],
      gapsOpened: changes.gapsOpened.map(gap),
      gapsClosed: changes.gapsClosed.map(gap),
    };
  }

  /** The county's coverage gaps of `snapshot` as of `asOf`, measured by the coverage job. */
  private async coverageGaps(
    snapshot: GraphSnapshot,
    scope: ResolvedScope,
    asOf: string,
  ): Promise<GapSummary[]> {
    const view = await this.analyses.run(snapshot, 'coverage', {
      scope,
      options: { asOf },
      asOf,
      peopleVisible: false,
    });
    // The job answers plain data: its codes are the analysis' own.
    return view.gaps.map((g) => ({
      id: g.id,
      kind: g.kind as CoverageGapKind,
      topic: g.topic as TopicCode,
      municipality: g.municipality,
      severity: g.severity,
      reason: g.reason,
    }));
  }
}
