import type { JobRunner, RunJob } from '../../analysis-graph/runner';
import { workerEntry } from '../../analysis-graph/worker';
import { openScope, type ResolvedScope, type ScopedGraph } from './analysis.scope';
import { coverageView } from '../coverage-report/coverage-report.job';
import { networkCompositionView } from '../network-composition/network-composition.job';
import { networkGraphView } from '../network-graph/network-graph.job';
import {
  protectionCapacityPdfView,
  protectionCapacityView,
} from '../protection-capacity/protection-capacity.job';
import { routeSearchView } from '../referral-routes/referral-routes.job';
import {
  brokersView,
  isolatedInstitutionsView,
  isolationView,
  personLinksView,
  singlePointsView,
  structureView,
  whatIfView,
} from '../resilience/resilience.job';
import { pastTrainingsView, trainingPlanView } from '../training-plan/training-plan.job';

/**
 * Every analysis the server runs, by name: a pure function from a scoped graph and a checked,
 * plain-data job to a plain-data answer. They run in worker threads (decision 012), so their
 * jobs and answers cross threads by structured clone: no functions, no class instances.
 */
export const ANALYSIS_JOBS = {
  referralRoutes: routeSearchView,
  coverage: coverageView,
  singlePoints: singlePointsView,
  structure: structureView,
  brokers: brokersView,
  isolatedInstitutions: isolatedInstitutionsView,
  isolation: isolationView,
  personLinks: personLinksView,
  whatIfRemoved: whatIfView,
  networkComposition: networkCompositionView,
  trainingPlan: trainingPlanView,
  pastTrainings: pastTrainingsView,
  networkGraph: networkGraphView,
  protectionCapacity: protectionCapacityView,
  protectionCapacityPdf: protectionCapacityPdfView,
} as const;

export type AnalysisJobName = keyof typeof ANALYSIS_JOBS;
export type AnalysisJobArgs<N extends AnalysisJobName> = Parameters<(typeof ANALYSIS_JOBS)[N]>[1];
export type AnalysisJobResult<N extends AnalysisJobName> = ReturnType<(typeof ANALYSIS_JOBS)[N]>;

/** The analyses as a job table: each job's arguments and answer. */
export type AnalysisJobs = {
  readonly [N in AnalysisJobName]: {
    readonly args: AnalysisJobArgs<N>;
    readonly result: AnalysisJobResult<N>;
  };
};

/** What the analysis services run their jobs on (on the app's threads or in process). */
export type AnalysisRunner = JobRunner<AnalysisJobs>;

/** Runs the job `name` on `snapshot`, restricted to the job's scope, on the calling thread. */
export const runAnalysisJob: RunJob<AnalysisJobs> = (snapshot, name, args) => {
  const job = ANALYSIS_JOBS[name] as unknown as (
    scoped: ScopedGraph,
    args: AnalysisJobArgs<typeof name>,
  ) => AnalysisJobResult<typeof name>;
  return job(openScope(snapshot, (args as { readonly scope: ResolvedScope }).scope), args);
};

/** The entry module of the analysis threads: analysis.worker.ts, compiled or from its source. */
export function analysisWorkerEntry(): string {
  return workerEntry(__dirname, 'analysis.worker');
}
