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
}

export interface ExplorerEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: ExplorerEdgeKind;
  readonly routeTemplate: string | null;
  readonly urgency: string | null;
  readonly level: string | null;
  readonly bridge: boolean;
}

export interface NetworkGraphView extends ScopeView {
  readonly betweennessMethod: 'exact' | 'sampled';
  readonly nodes: readonly ExplorerNode[];
  readonly edges: readonly ExplorerEdge[];
}
