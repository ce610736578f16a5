/**
 * Layouts. The first layout of a graph is fCoSE at draft quality (spectral only: fast, and good
 * enough for a network of this shape); afterwards positions are kept in a cache and reused, so
 * filtering or focusing never moves a node that stays on screen. Nodes that appear later are
 * placed next to their neighbours instead of laying out the whole graph again.
 */
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { GraphPosition } from './graph-model';

/** Positions by node id, kept across filter changes (and across mounts, if the owner keeps it). */
export type PositionCache = Map<string, GraphPosition>;

/** Above this share of nodes without a position, the whole graph is laid out anew. */
export const FULL_LAYOUT_SHARE = 0.5;

/** fCoSE options for a first layout: draft quality, no animation, nothing fitted. */
export function initialLayoutOptions(): FcoseLayoutOptions {
  return {
    name: 'fcose',
    quality: 'draft',
    randomize: true,
    animate: false,
    fit: false,
    nodeSeparation: 150,
    idealEdgeLength: 110,
    nodeRepulsion: 6000,
    // Isolated nodes go into a tidy grid beside the graph instead of drifting around it.
    tile: true,
    packComponents: false,
  };
}

/**
 * fCoSE options that refine the current positions (no random start), e.g. for a subgraph in
 * focus. fCoSE needs "default" quality when it starts from given positions.
 */
export function refineLayoutOptions(): FcoseLayoutOptions {
  return {
    ...initialLayoutOptions(),
    quality: 'default',
    randomize: false,
    numIter: 1000,
  };
}

/** Whether the unpositioned nodes are so many that a full layout is better than placing them. */
export function needsFullLayout(nodeCount: number, unpositionedCount: number): boolean {
  return unpositionedCount > 0 && unpositionedCount >= nodeCount * FULL_LAYOUT_SHARE;
}

/**
 * Positions for nodes that have none: the mean of their positioned neighbours plus a small
 * offset (so siblings do not stack), or, without any, a row below the known ones. Pure and
 * deterministic: the same input gives the same positions.
 */
export function placeNewNodes(
  newIds: readonly string[],
  edges: readonly { readonly source: string; readonly target: string }[],
  known: ReadonlyMap<string, GraphPosition>,
): Map<string, GraphPosition> {
  const neighbours = new Map<string, string[]>();
  const pending = new Set(newIds);
  const link = (id: string, other: string) => {
    if (!pending.has(id)) return;
    const list = neighbours.get(id);
    if (list) list.push(other);
    else neighbours.set(id, [other]);
  };
  for (const { source, target } of edges) {
    link(source, target);
    link(target, source);
  }

  let minX = Infinity;
  let maxY = -Infinity;
  for (const position of known.values()) {
    minX = Math.min(minX, position.x);
    maxY = Math.max(maxY, position.y);
  }
  if (!Number.isFinite(minX)) minX = 0;
  if (!Number.isFinite(maxY)) maxY = 0;

  const placed = new Map<string, GraphPosition>();
  let orphan = 0;
  newIds.forEach((id, index) => {
    const anchors = (neighbours.get(id) ?? [])
      .map((other) => known.get(other))
      .filter((position): position is GraphPosition => position !== undefined);
    if (anchors.length === 0) {
      placed.set(id, { x: minX + (orphan % 10) * 60, y: maxY + 80 + Math.floor(orphan / 10) * 60 });
      orphan += 1;
      return;
    }
    const x = anchors.reduce((sum, position) => sum + position.x, 0) / anchors.length;
    const y = anchors.reduce((sum, position) => sum + position.y, 0) / anchors.length;
    // A golden-angle spiral keeps several new neighbours of one node apart.
    const angle = index * 2.399963;
    const radius = 40 + 6 * (index % 7);
    placed.set(id, { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
  });
  return placed;
}
