/**
 * The pure mapping from graph data to Cytoscape element definitions: no Cytoscape instance, no
 * DOM, so it is tested in Node. Everything the stylesheet needs (colour, shape, size, flags) is
 * put into each element's data and classes here, once, instead of being computed per frame.
 */
import type { ElementDefinition } from 'cytoscape';
import { EDGE_APPEARANCE, NODE_APPEARANCE, appearanceKeyOf } from './graph-appearance';
import { shortLabel } from './graph-labels';
import type { GraphData, GraphMetric, GraphNode, GraphPosition } from './graph-model';

/** Smallest and largest node diameter in model units. */
export const NODE_SIZE_MIN = 14;
export const NODE_SIZE_MAX = 48;

export interface ElementOptions {
  /** The metric that sizes nodes; nodes without it get the smallest size. */
  readonly metric?: GraphMetric;
  /** Known positions (e.g. from an earlier layout or the server); others are laid out. */
  readonly positions?: ReadonlyMap<string, GraphPosition>;
  /**
   * A node's fill colour when styled by an attribute (municipality, degree …); by default the
   * colour of its kind. The shape always follows the kind.
   */
  readonly colourOf?: (node: GraphNode) => string;
}

/**
 * Node diameter for a metric value: area grows with the value (square root), from
 * {@link NODE_SIZE_MIN} at 0 to {@link NODE_SIZE_MAX} at the largest value in the graph.
 */
export function nodeSize(value: number | null | undefined, max: number): number {
  if (value === null || value === undefined || !(max > 0) || !(value > 0)) return NODE_SIZE_MIN;
  const share = Math.sqrt(Math.min(value, max) / max);
  return Math.round(NODE_SIZE_MIN + share * (NODE_SIZE_MAX - NODE_SIZE_MIN));
}

/** A node's value of a metric. */
export function metricValue(node: GraphNode, metric: GraphMetric): number | null {
  const value = metric === 'degree' ? node.degree : node.betweenness;
  return value ?? null;
}

function nodeClasses(node: GraphNode): string {
  const classes = [`kind-${node.kind}`];
  if (node.articulationPoint) classes.push('articulation');
  if (node.singlePointOfFailure) classes.push('spof');
  return classes.join(' ');
}

/**
 * Maps graph data to Cytoscape elements: nodes first, then the edges whose both ends exist.
 * Duplicate ids keep their first occurrence, so a caller's merge mistake cannot crash Cytoscape.
 */
export function toElements(data: GraphData, options: ElementOptions = {}): ElementDefinition[] {
  const metric = options.metric ?? 'degree';
  let max = 0;
  for (const node of data.nodes) max = Math.max(max, metricValue(node, metric) ?? 0);

  const elements: ElementDefinition[] = [];
  const nodeIds = new Set<string>();
  for (const node of data.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    const appearance = NODE_APPEARANCE[appearanceKeyOf(node)];
    const position = options.positions?.get(node.id);
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        shortLabel: shortLabel(node.label),
        kind: node.kind,
        color: options.colourOf?.(node) ?? appearance.color,
        shape: appearance.shape,
        size: nodeSize(metricValue(node, metric), max),
      },
      classes: nodeClasses(node),
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
    });
  }

  const edgeIds = new Set<string>();
  for (const edge of data.edges) {
    if (edgeIds.has(edge.id) || nodeIds.has(edge.id)) continue;
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    edgeIds.add(edge.id);
    const appearance = EDGE_APPEARANCE[edge.kind];
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        color: appearance.color,
        lineStyle: appearance.lineStyle,
        width: appearance.width,
        ...(edge.label ? { label: edge.label } : {}),
      },
      classes: [`kind-${edge.kind}`, ...(edge.bridge ? ['bridge'] : [])].join(' '),
    });
  }
  return elements;
}
