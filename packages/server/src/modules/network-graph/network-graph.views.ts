/** What the graph explorer gets: nodes and edges of the scope with their metrics. */
import type { ScopeView } from '../analysis/analysis.views';

export type ExplorerNodeKind = 'institution' | 'person' | 'network' | 'topic';
export type ExplorerEdgeKind =
  'works_at' | 'refers_to' | 'member_of' | 'expertise' | 'offers_topic';

export interface ExplorerNode {
  readonly id: string;
  readonly kind: ExplorerNodeKind;
  readonly label: string;
  readonly institutionKind: string | null;
  readonly networkKind: string | null;
  readonly municipality: string | null;
  readonly available24x7: boolean | null;
  readonly degree: number;
  readonly betweenness: number | null;
  readonly articulationPoint: boolean;
  readonly singlePointOfFailure: boolean;
  /** Institutions: the operator; people: their function; otherwise null. */
  readonly subtitle: string | null;
  /** Institutions: their services (id, name), by name. */
  readonly services: readonly { readonly id: string; readonly name: string }[];
  /** Institutions: topics of their services; people: topics of their expertise. */
  readonly topics: readonly string[];
  /** Institutions: target groups of their services. */
  readonly targetGroups: readonly string[];
  /** Institutions and people: the networks they are members of. */
  readonly networks: readonly string[];
  /** Position in the default picture (network-graph.layout.ts); null before it is laid out. */
  readonly x?: number | null;
  readonly y?: number | null;
}

/** Nodes left out of an answer to keep it within its limit, per kind. */
export interface HiddenCount {
  readonly kind: ExplorerNodeKind;
  readonly count: number;
}

export interface ExplorerEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: ExplorerEdgeKind;
  readonly routeTemplate: string | null;
  readonly urgency: string | null;
  /** For referral paths: the topics they are agreed for; empty otherwise. */
  readonly topics: readonly string[];
  readonly level: string | null;
  readonly bridge: boolean;
}

export interface NetworkGraphView extends ScopeView {
  readonly betweennessMethod: 'exact' | 'sampled';
  readonly nodes: readonly ExplorerNode[];
  readonly edges: readonly ExplorerEdge[];
  /** What the limit left out, per kind; empty when the answer is complete. */
  readonly hidden: readonly HiddenCount[];
  /** The most nodes the answer could hold. */
  readonly limit: number;
}
