/**
 * The legend of an exported picture: only what the picture shows — the node colours and shapes,
 * the kinds of connection and the marks in use — in the legend's order. Pure.
 */
import {
  APPEARANCE_KEYS,
  EDGE_APPEARANCE,
  EDGE_KINDS,
  NODE_APPEARANCE,
  appearanceKeyOf,
  type AppearanceKey,
  type NodeShape,
} from '../graph/graph-appearance';
import type { GraphData, GraphEdgeKind } from '../graph/graph-model';

export type LegendMark = 'articulation' | 'spof' | 'bridge';

export type LegendEntry =
  | {
      readonly type: 'node';
      readonly key: AppearanceKey;
      readonly color: string;
      readonly shape: NodeShape;
      readonly label: string;
    }
  | {
      readonly type: 'edge';
      readonly key: GraphEdgeKind;
      readonly color: string;
      readonly lineStyle: 'solid' | 'dashed' | 'dotted';
      readonly width: number;
      readonly arrow: boolean;
      readonly label: string;
    }
  | { readonly type: 'mark'; readonly key: LegendMark; readonly label: string };

/** Names of what the legend lists, in the UI language. */
export interface LegendLabels {
  readonly node: (key: AppearanceKey) => string;
  readonly edge: (kind: GraphEdgeKind) => string;
  readonly mark: (mark: LegendMark) => string;
}

/** Every appearance in the legend's order; an institution of unknown kind comes last. */
const LEGEND_ORDER: readonly AppearanceKey[] = APPEARANCE_KEYS.includes('institution_other')
  ? APPEARANCE_KEYS
  : [...APPEARANCE_KEYS, 'institution_other'];

/** The legend of `graph` as drawn: one entry per appearance, connection kind and mark in use. */
export function legendInUse(graph: GraphData, labels: LegendLabels): LegendEntry[] {
  const keys = new Set(graph.nodes.map((node) => appearanceKeyOf(node)));
  const edgeKinds = new Set(graph.edges.map((edge) => edge.kind));
  const marks: LegendMark[] = [];
  if (graph.nodes.some((node) => node.articulationPoint)) marks.push('articulation');
  if (graph.nodes.some((node) => node.singlePointOfFailure)) marks.push('spof');
  if (graph.edges.some((edge) => edge.bridge)) marks.push('bridge');
  return [
    ...LEGEND_ORDER.filter((key) => keys.has(key)).map((key): LegendEntry => ({
      type: 'node',
      key,
      ...NODE_APPEARANCE[key],
      label: labels.node(key),
    })),
    ...EDGE_KINDS.filter((kind) => edgeKinds.has(kind)).map((kind): LegendEntry => ({
      type: 'edge',
      key: kind,
      ...EDGE_APPEARANCE[kind],
      label: labels.edge(kind),
    })),
    ...marks.map((mark): LegendEntry => ({ type: 'mark', key: mark, label: labels.mark(mark) })),
  ];
}
