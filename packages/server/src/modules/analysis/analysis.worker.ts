import { analysisTaskHandler } from '../../analysis-graph/worker';
import { runAnalysisJob } from './analysis.jobs';

/**
 * The entry of an analysis thread (decision 012): the analysis graph's task handler over the
 * analyses' job table. The main thread finds it with `analysisWorkerEntry()`.
 */
export default analysisTaskHandler(runAnalysisJob);
