import type { ProtectionCapacityReport } from '@schutznetz/analysis';
import { isIsoDate } from '@schutznetz/domain';
import type { Viewer } from '../../auth';
import { InvalidInputError } from '../../errors';
import { Problems } from '../../validation';
import type { AnalysisRunner } from '../analysis/analysis.jobs';
import { checkScope, type ResolvedScope } from '../analysis/analysis.scope';
import type { DatedGraph, SnapshotInfo, SnapshotStoreService } from '../snapshot/snapshot.service';

/** Which graph a report is produced from: a snapshot by id, the latest on or before a date, or now. */
export interface CapacityReportRequest {
  readonly snapshot?: string | null;
  readonly date?: string | null;
}

/** A capacity report and the dated snapshot it was produced from. */
export interface DatedCapacityReport {
  readonly snapshot: SnapshotInfo;
  readonly report: ProtectionCapacityReport;
}

/** The Istanbul Convention's benchmark: one family place in a shelter per 10,000 inhabitants. */
export const SHELTER_PLACES_PER_10K = 1;

/** What a snapshot taken for a report is called. */
export const REPORT_SNAPSHOT_LABEL = 'Kapazitätsbericht Gewalthilfegesetz';

/**
 * The capacity report of the Gewalthilfegesetz (decision 028), always from a dated snapshot:
 * the one asked for, or the graph as it stands now fixed in one (the latest snapshot when
 * nothing changed since), so every report names a snapshot that gives it again.
 */
export class ProtectionCapacityService {
  constructor(
    private readonly analyses: AnalysisRunner,
    private readonly snapshots: SnapshotStoreService,
  ) {}

  /** The tables of the report, from the snapshot the request names (or one of now). */
  async report(request: CapacityReportRequest, viewer: Viewer): Promise<DatedCapacityReport> {
    const { dated, scope } = await this.open(request, viewer);
    const report = await this.analyses.run(dated.snapshot, 'protectionCapacity', {
      scope,
      benchmarkPer10k: SHELTER_PLACES_PER_10K,
    });
    return { snapshot: dated.info, report };
  }

  /** The report as a PDF file, drawn on an analysis thread. */
  async pdf(
    request: CapacityReportRequest,
    viewer: Viewer,
  ): Promise<{ readonly snapshot: SnapshotInfo; readonly bytes: Buffer }> {
    const { dated, scope } = await this.open(request, viewer);
    const bytes = await this.analyses.run(dated.snapshot, 'protectionCapacityPdf', {
      scope,
      benchmarkPer10k: SHELTER_PLACES_PER_10K,
      snapshot: dated.info,
    });
    return {
      snapshot: dated.info,
      bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    };
  }

  private async open(
    request: CapacityReportRequest,
    viewer: Viewer,
  ): Promise<{ readonly dated: DatedGraph; readonly scope: ResolvedScope }> {
    const { snapshot: id, date } = request;
    if (id && date) {
      throw InvalidInputError.forField('date', 'Give either a snapshot or a date, not both.');
    }
    if (date && !isIsoDate(date)) {
      throw InvalidInputError.forField('date', 'Expected a date YYYY-MM-DD.');
    }
    const problems = new Problems();
    const scope = checkScope(problems, 'scope', null);
    problems.throwIfAny();
    const dated = id
      ? await this.snapshots.loadSnapshot(id)
      : date
        ? await this.snapshots.snapshotAt(date)
        : await this.snapshots.loadSnapshot(
            (await this.snapshots.currentSnapshot(REPORT_SNAPSHOT_LABEL, viewer.name)).id,
          );
    if (dated === null) {
      throw InvalidInputError.forField('date', `No snapshot was taken on or before ${date}.`);
    }
    return { dated, scope };
  }
}
