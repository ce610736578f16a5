import { InvalidInputError } from '../../errors';
import { lookupOf } from '../analysis/analysis.refs';
import { scopeView, type ResolvedScope, type ScopedGraph } from '../analysis/analysis.scope';
import { explorerElements, explorerGraph } from './network-graph.elements';
import { filterExplorer, limitNodes } from './network-graph.filter';
import { layoutPositions, type LayoutGrouping, type Position } from './network-graph.layout';
import type { NetworkGraphView } from './network-graph.views';

export interface NetworkGraphRequest {
  readonly nodeKinds?: readonly string[] | null;
  readonly edgeKinds?: readonly string[] | null;
  readonly institutionKinds?: readonly string[] | null;
  readonly topics?: readonly string[] | null;
  readonly networks?: readonly string[] | null;
  readonly municipalities?: readonly string[] | null;
  readonly focus?: string | null;
  readonly depth?: number | null;
}

/** A checked explorer request: what the job needs, as plain data. */
export interface NetworkGraphJob {
  readonly scope: ResolvedScope;
  readonly filter: NetworkGraphRequest;
  readonly depth: number;
  /** The date of the single points of failure flagged (today). */
  readonly asOf: string;
  /** False for the public view: no people. */
  readonly peopleVisible: boolean;
  /** The most nodes to answer with; the least connected are left out beyond it. */
  readonly limit: number;
  /** What the default picture groups by: the nodes' positions follow it; null: no positions. */
  readonly grouping: LayoutGrouping | null;
}

/**
 * The explorer's nodes and edges with metrics, filtered (runs in an analysis worker). The
 * elements are computed once per snapshot, scope, visibility and date, then filtered per request.
 */
export function networkGraphView(scoped: ScopedGraph, job: NetworkGraphJob): NetworkGraphView {
  const { filter, depth, peopleVisible } = job;
  const resolved = job.scope;
  const elements = scoped.snapshot.memo(
    `explorer:${resolved.key}:${peopleVisible}:${job.asOf}`,
    () => explorerElements(scoped, peopleVisible, job.asOf),
  );
  // Laid out once per version, scope, visibility and grouping, before any filter, so every
  // filtered answer keeps the same positions.
  const { grouping } = job;
  const positions =
    grouping === null
      ? new Map<string, Position>()
      : scoped.snapshot.memo(`explorer-layout:${resolved.key}:${peopleVisible}:${grouping}`, () =>
          layoutPositions(elements, grouping),
        );
  const lookup = lookupOf(explorerGraph(scoped));
  if (filter.networks != null) {
    const unknown = filter.networks.filter((id) => !lookup.networks.has(id));
    if (unknown.length > 0)
      throw InvalidInputError.forField(
        'filter.networks',
        `unknown network in the scope: ${unknown.join(', ')}`,
      );
  }
  if (filter.focus != null && !elements.byId.has(filter.focus)) {
    throw InvalidInputError.forField(
      'filter.focus',
      `no node '${filter.focus}' in the scope${peopleVisible ? '' : ' (people are visible to members only)'}`,
    );
  }
  const { nodes, edges, hidden } = limitNodes(
    filterExplorer(elements, filter, depth, lookup),
    job.limit,
  );
  return {
    ...scopeView(scoped),
    betweennessMethod: elements.betweennessMethod,
    nodes: nodes.map((node) => {
      const position = positions.get(node.id);
      return { ...node, x: position?.x ?? null, y: position?.y ?? null };
    }),
    edges,
    hidden,
    limit: job.limit,
  };
}
