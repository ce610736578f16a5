import { maySeePeople, type Viewer } from '../../auth';
import { checkTopics, Problems } from '../../validation';
import type { AnalysisRunner } from '../analysis/analysis.jobs';
import { checkScope, todayUtc, type ScopeRequest } from '../analysis/analysis.scope';
import type { NetworkGraphRequest } from './network-graph.job';
import type { LayoutGrouping } from './network-graph.layout';
import type { NetworkGraphView } from './network-graph.views';
import { currentRegion } from '../region/region.current';

export type { NetworkGraphRequest } from './network-graph.job';

/**
 * Nodes in one answer when the request names no limit: the county (about 280 nodes) whole, and
 * what the client draws smoothly (about 5,000 elements, see docs/benchmarks.md) at larger scale.
 */
export const DEFAULT_NODE_LIMIT = 1500;
/** The most nodes a request may ask for. */
export const MAX_NODE_LIMIT = 20_000;

/**
 * The graph explorer's elements over the cached graph: institutions, people, networks and
 * topics with degree, betweenness and the weak-point flags of resilience, computed once per
 * snapshot, scope and visibility, then filtered per request. The public view has no people.
 */
export class NetworkGraphService {
  constructor(
    private readonly analyses: AnalysisRunner,
    /** Today, for the single points of failure flagged; injectable for tests. */
    private readonly today: () => string = todayUtc,
  ) {}

  /** Nodes and edges of the collaboration graph with metrics, filtered for the explorer. */
  async findElements(
    scopeRequest: ScopeRequest | null | undefined,
    filter: NetworkGraphRequest,
    viewer: Viewer,
    limit: number = DEFAULT_NODE_LIMIT,
    grouping: LayoutGrouping = 'municipality',
  ): Promise<NetworkGraphView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    checkTopics(problems, 'filter.topics', filter.topics);
    const depth = filter.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 0 || depth > 6)
      problems.add('filter.depth', 'must be between 0 and 6');
    const region = currentRegion();
    const unknown = (filter.municipalities ?? []).filter((code) => !region.isRegion(code));
    if (unknown.length > 0)
      problems.add('filter.municipalities', `unknown municipality: ${unknown.join(', ')}`);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NODE_LIMIT)
      problems.add('limit', `must be between 1 and ${MAX_NODE_LIMIT}`);
    problems.throwIfAny();
    const snapshot = await this.analyses.current();
    return this.analyses.run(snapshot, 'networkGraph', {
      scope: resolved,
      filter: {
        nodeKinds: filter.nodeKinds ?? null,
        edgeKinds: filter.edgeKinds ?? null,
        institutionKinds: filter.institutionKinds ?? null,
        topics: filter.topics ?? null,
        networks: filter.networks ?? null,
        municipalities: filter.municipalities ?? null,
        focus: filter.focus ?? null,
        depth,
      },
      depth,
      asOf: this.today(),
      peopleVisible: maySeePeople(viewer),
      limit,
      grouping,
    });
  }

  /**
   * Every node and edge of the county the viewer may see, with the same metrics as
   * {@link findElements}, unfiltered, without a limit and without positions: the graph as
   * the files for Gephi and yEd hold it.
   */
  async findAllElements(viewer: Viewer): Promise<NetworkGraphView> {
    const snapshot = await this.analyses.current();
    return this.analyses.run(snapshot, 'networkGraph', {
      scope: checkScope(new Problems(), 'scope', null),
      filter: {},
      depth: 1,
      asOf: this.today(),
      peopleVisible: maySeePeople(viewer),
      limit: Number.MAX_SAFE_INTEGER,
      grouping: null,
    });
  }
}
