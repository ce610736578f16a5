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
import type { GraphData, GraphEdgeKind, GraphNode } from '../graph/graph-model';

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
  | { readonly type: 'mark'; readonly key: LegendMark; readonly label: string }
  | { readonly type: 'swatch'; readonly color: string; readonly label: string };

/**
 * Nodes coloured by an attribute (the explorer's colouring): each node's colour and the
 * swatches that name them. The shape still tells the kind.
 */
export interface AttributeColouring {
  readonly colourOf?: ((node: GraphNode) => string) | undefined;
  readonly entries: readonly { readonly colour: string; readonly label: string }[];
}

/** Shapes are drawn in this neutral fill when colours stand for an attribute. */
export const SHAPE_ONLY_FILL = '#ffffff';

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

/**
 * The legend of `graph` as drawn: one entry per appearance, connection kind and mark in use;
 * with a colouring by attribute, the kinds by shape alone and a swatch per colour in use.
 */
export function legendInUse(
  graph: GraphData,
  labels: LegendLabels,
  colouring?: AttributeColouring,
): LegendEntry[] {
  const colourOf = colouring?.colourOf;
  const used = colourOf ? new Set(graph.nodes.map((node) => colourOf(node))) : null;
  const swatches = (used ? (colouring?.entries ?? []) : [])
    .filter((entry) => used?.has(entry.colour))
    .map((entry): LegendEntry => ({ type: 'swatch', color: entry.colour, label: entry.label }));
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
      shape: NODE_APPEARANCE[key].shape,
      color: used ? SHAPE_ONLY_FILL : NODE_APPEARANCE[key].color,
      label: labels.node(key),
    })),
    ...swatches,
    ...EDGE_KINDS.filter((kind) => edgeKinds.has(kind)).map((kind): LegendEntry => ({
      type: 'edge',
      key: kind,
      ...EDGE_APPEARANCE[kind],
      label: labels.edge(kind),
    })),
    ...marks.map((mark): LegendEntry => ({ type: 'mark', key: mark, label: labels.mark(mark) })),
  ];
}
