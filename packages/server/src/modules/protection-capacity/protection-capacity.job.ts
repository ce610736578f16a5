import { protectionCapacity, type ProtectionCapacityReport } from '@schutznetz/analysis';
import type { ResolvedScope, ScopedGraph } from '../analysis/analysis.scope';
import type { SnapshotInfo } from '../snapshot/snapshot.service';
import { capacityReportPdf } from './protection-capacity.pdf';
import { capacityTables } from './protection-capacity.tables';

/** A checked capacity-report request: what the job needs, as plain data. */
export interface ProtectionCapacityJob {
  readonly scope: ResolvedScope;
  /** Shelter places per 10,000 inhabitants the benchmark asks for. */
  readonly benchmarkPer10k: number;
}

/** The PDF of a capacity report: the snapshot it names, besides the scope. */
export interface ProtectionCapacityPdfJob extends ProtectionCapacityJob {
  readonly snapshot: SnapshotInfo;
}

/**
 * The capacity tables of the Gewalthilfegesetz on a scoped graph (runs in an analysis worker),
 * computed once per snapshot and scope.
 */
export function protectionCapacityView(
  scoped: ScopedGraph,
  job: ProtectionCapacityJob,
): ProtectionCapacityReport {
  return scoped.snapshot.memo(`protection-capacity:${job.scope.key}:${job.benchmarkPer10k}`, () =>
    protectionCapacity(scoped.graph, { benchmarkPer10k: job.benchmarkPer10k }),
  );
}

/**
 * The capacity report as PDF bytes, drawn in the analysis worker: pdfkit takes about half a
 * second for the county's 26 pages, which the event loop must not wait for (decision 012).
 */
export function protectionCapacityPdfView(
  scoped: ScopedGraph,
  job: ProtectionCapacityPdfJob,
): Uint8Array {
  const report = protectionCapacityView(scoped, job);
  return capacityReportPdf(
    capacityTables({ snapshot: job.snapshot, report }),
    job.snapshot.takenAt,
  );
}
