/**
 * The graph the explorer (and any other view that draws one) hands to the graph component: plain
 * data, independent of Cytoscape. The shape mirrors the server's `networkGraph` nodes and edges,
 * so its answer maps onto it one to one.
 */

/** What a node stands for. */
export type GraphNodeKind = 'institution' | 'person' | 'network' | 'topic';

/** What an edge stands for: employment, a referral path, a membership, expertise, an offer. */
export type GraphEdgeKind = 'works_at' | 'refers_to' | 'member_of' | 'expertise' | 'offers_topic';

/** The per-node metrics the explorer can size nodes by (computed by the server). */
export type GraphMetric = 'degree' | 'betweenness';

export const GRAPH_METRICS: readonly GraphMetric[] = ['degree', 'betweenness'];

/** One node. Only `id`, `kind` and `label` are required; the rest decorates it when known. */
export interface GraphNode {
  readonly id: string;
  readonly kind: GraphNodeKind;
  readonly label: string;
  /** Institution kind code (domain taxonomy) for institutions. */
  readonly institutionKind?: string | null;
  /** Network kind code for networks. */
  readonly networkKind?: string | null;
  /** Municipality or region code for institutions. */
  readonly municipality?: string | null;
  readonly available24x7?: boolean | null;
  readonly degree?: number;
  /** Normalised or raw betweenness; `null` when the server did not compute it. */
  readonly betweenness?: number | null;
  /** Removing this node disconnects the collaboration graph. */
  readonly articulationPoint?: boolean;
  /** The only holder of a topic in the scope (a person or an institution). */
  readonly singlePointOfFailure?: boolean;
  /** Where the server's default picture puts the node; laid out in the browser without one. */
  readonly position?: GraphPosition | null;
}

/** One edge, directed from `source` to `target` (only `refers_to` is drawn with an arrow). */
export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: GraphEdgeKind;
  /** Removing this edge disconnects the collaboration graph. */
  readonly bridge?: boolean;
  readonly label?: string | null;
}

/** A whole graph: edges refer to node ids; an edge whose end is missing is not drawn. */
export interface GraphData {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** A node position in model coordinates. */
export interface GraphPosition {
  readonly x: number;
  readonly y: number;
}
