/**
 * The explorer's default picture, computed once per graph version on the server (in the
 * analysis thread) instead of in every browser: nodes grouped by municipality or by network,
 * laid out with fCoSE (compound groups, spectral start and force-directed refinement). Edges
 * that tie everything to everything (topics, networks, expertise) pull gently, so the groups
 * stay apart and readable; referrals and employment hold their ends close. The client draws at
 * these positions and only lays out what it has no position for.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import type { ExplorerElements } from './network-graph.elements';

/** What the default picture groups nodes by. */
export type LayoutGrouping = 'municipality' | 'network' | 'none';

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** Above this many nodes the refinement costs too much: the spectral start is kept. */
export const REFINED_LAYOUT_MAX_NODES = 2500;

let registered = false;

const LOOSE_EDGES: ReadonlySet<string> = new Set(['offers_topic', 'expertise', 'member_of']);

/**
 * The group of each node: for municipalities, an institution's municipality and a person's
 * first employer's; for networks, each member's largest network (ties by id), a network its
 * own, a person without one their first employer's. Topics (and networks by municipality)
 * stay free.
 */
export function groupsOf(
  elements: ExplorerElements,
  grouping: LayoutGrouping,
): Map<string, string> {
  const groups = new Map<string, string>();
  if (grouping === 'none') return groups;
  const size = new Map<string, number>();
  for (const node of elements.nodes)
    for (const id of node.networks) size.set(id, (size.get(id) ?? 0) + 1);
  for (const node of elements.nodes) {
    if (grouping === 'municipality') {
      if (node.kind === 'institution' && node.municipality !== null)
        groups.set(node.id, node.municipality);
    } else if (node.kind === 'network') {
      groups.set(node.id, node.id);
    } else {
      const largest = [...node.networks].sort(
        (a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0) || (a < b ? -1 : 1),
      )[0];
      if (largest !== undefined) groups.set(node.id, largest);
    }
  }
  for (const edge of elements.edges) {
    if (edge.kind !== 'works_at' || groups.has(edge.source)) continue;
    const group = groups.get(edge.target);
    if (group !== undefined) groups.set(edge.source, group);
  }
  return groups;
}

/** Positions of every node of `elements` in the default picture for `grouping`. */
export function layoutPositions(
  elements: ExplorerElements,
  grouping: LayoutGrouping,
): Map<string, Position> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const groups = groupsOf(elements, grouping);
  const members = new Map<string, number>();
  for (const group of groups.values()) members.set(group, (members.get(group) ?? 0) + 1);
  const parentOf = (id: string): string | undefined => {
    const group = groups.get(id);
    return group !== undefined && (members.get(group) ?? 0) > 1 ? `group:${group}` : undefined;
  };
  const maxDegree = Math.max(1, ...elements.nodes.map((node) => node.degree));
  const definitions: ElementDefinition[] = [
    ...[...members]
      .filter(([, count]) => count > 1)
      .map(([group]) => ({
        group: 'nodes' as const,
        data: { id: `group:${group}` },
      })),
    ...elements.nodes.map((node) => {
      const parent = parentOf(node.id);
      return {
        group: 'nodes' as const,
        data: {
          id: node.id,
          kind: node.kind,
          // The size the client draws (14–48 by degree), so the layout leaves room for it.
          size: 14 + 34 * Math.sqrt(node.degree / maxDegree),
          ...(parent === undefined ? {} : { parent }),
        },
      };
    }),
    ...elements.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: `e:${edge.id}`, source: edge.source, target: edge.target, kind: edge.kind },
    })),
  ];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Only the drawn nodes have a size; the groups around them take the size of what they hold.
    style: [{ selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: definitions,
  });
  const loose = (edge: { data(key: string): unknown }) =>
    LOOSE_EDGES.has(String(edge.data('kind')));
  const options: FcoseLayoutOptions = {
    name: 'fcose',
    quality: elements.nodes.length <= REFINED_LAYOUT_MAX_NODES ? 'default' : 'draft',
    randomize: true,
    animate: false,
    fit: false,
    tile: true,
    packComponents: false,
    nodeSeparation: 120,
    nestingFactor: 0.5,
    gravityCompound: 1.8,
    gravityRangeCompound: 1.0,
    idealEdgeLength: (edge: { data(key: string): unknown }) => (loose(edge) ? 260 : 60),
    edgeElasticity: (edge: { data(key: string): unknown }) => (loose(edge) ? 0.02 : 0.45),
    // Networks and topics push others away more, so their names find room.
    nodeRepulsion: (node: { data(key: string): unknown }) => {
      const kind = String(node.data('kind'));
      return kind === 'network' ? 80_000 : kind === 'topic' ? 20_000 : 8000;
    },
  };
  cy.layout(options).run();
  const positions = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    if (node.isParent()) return;
    const { x, y } = node.position();
    positions.set(node.id(), { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  });
  cy.destroy();
  return positions;
}
