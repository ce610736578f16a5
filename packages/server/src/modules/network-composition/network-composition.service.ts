import { maySeePeople, type Viewer } from '../../auth';
import { Problems } from '../../validation';
import type { AnalysisRunner } from '../analysis/analysis.jobs';
import { checkScope, type ScopeRequest } from '../analysis/analysis.scope';
import type { NetworkCompositionView } from './network-composition.views';

/**
 * Network composition (issue 4.4) over the cached graph: the partner kinds law and practice
 * expect in a network, present or missing (with candidates to invite), its overlaps with other
 * networks and the members who bridge them. People appear only for members and up.
 */
export class NetworkCompositionService {
  constructor(private readonly analyses: AnalysisRunner) {}

  /** Expected partner kinds present and missing in a network, its overlaps and bridging members. */
  async analyseNetwork(
    networkId: string,
    scopeRequest: ScopeRequest | null | undefined,
    viewer: Viewer,
  ): Promise<NetworkCompositionView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    problems.throwIfAny();
    const snapshot = await this.analyses.current();
    return this.analyses.run(snapshot, 'networkComposition', {
      scope: resolved,
      networkId,
      peopleVisible: maySeePeople(viewer),
    });
  }
}
