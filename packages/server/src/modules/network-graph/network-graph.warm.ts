import type { Viewer } from '../../auth';
import type { Logger } from '../../logger';
import type { NetworkGraphService } from './network-graph.service';

/** The views the explorer is opened with: members (with people) and the public (without). */
const WARM_VIEWERS: readonly Viewer[] = [
  { name: 'warm-up', role: 'member' },
  { name: 'warm-up', role: 'public' },
];

/**
 * Right after a start, prepares what the explorer's first visit asks for, so that visit does not
 * wait for it (issue 13: 6.3 s to interactive on the first visit): reads the analysis graph,
 * starts an analysis thread, and computes the county's explorer elements with their metrics for
 * both views — all kept per graph version and shared by the requests that follow. The start
 * awaits it before listening; a failure is logged and changes nothing (the first request then
 * does the work).
 */
export async function warmExplorer(service: NetworkGraphService, logger: Logger): Promise<void> {
  const started = performance.now();
  try {
    for (const viewer of WARM_VIEWERS) await service.findElements(null, {}, viewer);
    logger.info({ ms: Math.round(performance.now() - started) }, 'explorer warmed up');
  } catch (error) {
    logger.warn({ err: error }, 'explorer warm-up failed; the first visit does the work');
  }
}
