/**
 * The shortest path between two chosen nodes of the network shown, and its steps in words
 * ("Polizeirevier Zerbst verweist an Interventionsstelle …"). Breadth-first over the edges in
 * either direction, or only along referral paths in their direction (how a case travels).
 * Pure and deterministic: neighbours are visited in the order of the edges.
 */
import type { GraphData, GraphEdge, GraphEdgeKind, GraphNode } from '../graph/graph-model';

/** One step of a path: from one node to the next over one edge. */
export interface PathStep {
  readonly from: GraphNode;
  readonly to: GraphNode;
  readonly edge: GraphEdge;
  /** Whether the step follows the edge's direction (source → target). */
  readonly forward: boolean;
}

export interface GraphPath {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
  readonly steps: readonly PathStep[];
}

/**
 * The shortest path from `fromId` to `toId` in `graph` (fewest edges), or null when there is
 * none. With `referralsOnly`, only referral paths count, each in its direction.
 */
export function shortestPath(
  graph: GraphData,
  fromId: string,
  toId: string,
  referralsOnly = false,
): GraphPath | null {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const from = nodes.get(fromId);
  if (!from || !nodes.has(toId)) return null;
  const next = new Map<string, { edge: GraphEdge; to: string; forward: boolean }[]>();
  const link = (at: string, edge: GraphEdge, to: string, forward: boolean) => {
    const list = next.get(at);
    const step = { edge, to, forward };
    if (list) list.push(step);
    else next.set(at, [step]);
  };
  for (const edge of graph.edges) {
    if (referralsOnly && edge.kind !== 'refers_to') continue;
    link(edge.source, edge, edge.target, true);
    if (!referralsOnly) link(edge.target, edge, edge.source, false);
  }
  const reachedBy = new Map<string, { edge: GraphEdge; from: string; forward: boolean } | null>([
    [fromId, null],
  ]);
  let frontier = [fromId];
  while (frontier.length > 0 && !reachedBy.has(toId)) {
    const following: string[] = [];
    for (const at of frontier) {
      for (const { edge, to, forward } of next.get(at) ?? []) {
        if (reachedBy.has(to)) continue;
        reachedBy.set(to, { edge, from: at, forward });
        following.push(to);
      }
    }
    frontier = following;
  }
  if (!reachedBy.has(toId)) return null;
  const steps: PathStep[] = [];
  for (let at = toId; at !== fromId;) {
    const via = reachedBy.get(at);
    if (!via) break;
    const stepFrom = nodes.get(via.from);
    const stepTo = nodes.get(at);
    if (stepFrom && stepTo)
      steps.unshift({ from: stepFrom, to: stepTo, edge: via.edge, forward: via.forward });
    at = via.from;
  }
  return {
    nodeIds: [fromId, ...steps.map((step) => step.to.id)],
    edgeIds: steps.map((step) => step.edge.id),
    steps,
  };
}

/** The i18n key (under `path.verbs`) of a step's verb: the edge's kind and direction. */
export function stepVerbKey(
  step: Pick<PathStep, 'forward'> & { readonly edge: { readonly kind: GraphEdgeKind } },
): `${GraphEdgeKind}.${'forward' | 'backward'}` {
  return `${step.edge.kind}.${step.forward ? 'forward' : 'backward'}`;
}
