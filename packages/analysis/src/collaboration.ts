/**
 * The collaboration graph and its structure.
 *
 * Nodes are institutions; two institutions are joined by one undirected edge when at least one
 * referral path runs between them, in either direction (several paths make one edge: if either
 * institution leaves, all of them go). People are not nodes: they act through their
 * institutions. Shared network membership is not an edge by itself, because a network would
 * join all its members pairwise and hide every weak point. With `networksAsNodes` networks
 * become nodes of their own, joined to their member institutions (a person member joins the
 * network through their employers), so a network that alone links two parts of the county
 * shows up as an articulation point.
 */
import { UndirectedGraph } from 'graphology';
import type { AnalysisGraph } from './graph';
import { graphIndex } from './graph-index';

/** Options of {@link collaborationGraph}. */
export interface CollaborationOptions {
  /** Add networks as nodes joined to their member institutions; default `false`. */
  readonly networksAsNodes?: boolean;
}

/** Node attributes of the collaboration graph. */
export interface CollaborationNode {
  readonly kind: 'institution' | 'network';
  readonly label: string;
}

/** Edge attributes of the collaboration graph. */
export interface CollaborationEdge {
  readonly kind: 'referral' | 'membership';
  /** The referral paths behind a referral edge, either direction. */
  readonly referralPathIds: string[];
}

/** Builds the undirected collaboration graph (see the module comment for what joins what). */
export function collaborationGraph(
  graph: AnalysisGraph,
  options: CollaborationOptions = {},
): UndirectedGraph<CollaborationNode, CollaborationEdge> {
  const g = new UndirectedGraph<CollaborationNode, CollaborationEdge>();
  for (const institution of graph.institutions) {
    g.addNode(institution.id, { kind: 'institution', label: institution.name });
  }
  for (const path of graph.referralPaths) {
    if (path.fromId === path.toId || !g.hasNode(path.fromId) || !g.hasNode(path.toId)) continue;
    const existing = g.edge(path.fromId, path.toId);
    if (existing === undefined) {
      g.addEdge(path.fromId, path.toId, { kind: 'referral', referralPathIds: [path.id] });
    } else {
      g.getEdgeAttribute(existing, 'referralPathIds').push(path.id);
    }
  }
  if (options.networksAsNodes === true) {
    const index = graphIndex(graph);
    for (const network of graph.networks) {
      g.addNode(network.id, { kind: 'network', label: network.name });
      for (const member of network.members) {
        const institutions = index.people.has(member.memberId)
          ? (index.people.get(member.memberId)?.employments.map((e) => e.institutionId) ?? [])
          : [member.memberId];
        for (const id of institutions) {
          if (index.institutions.has(id) && !g.hasEdge(id, network.id)) {
            g.addEdge(id, network.id, { kind: 'membership', referralPathIds: [] });
          }
        }
      }
    }
  }
  return g;
}

/** A node whose removal splits its component. */
export interface ArticulationPoint {
  readonly id: string;
  readonly kind: CollaborationNode['kind'];
  readonly label: string;
  /** Sizes of the parts its removal leaves, largest first. */
  readonly parts: readonly number[];
  /** The nodes outside the largest part: who loses the connection. */
  readonly cutOff: readonly string[];
}

/** An edge whose removal splits its component. */
export interface Bridge {
  readonly source: string;
  readonly target: string;
  readonly kind: CollaborationEdge['kind'];
  readonly referralPathIds: readonly string[];
  /** Sizes of the two sides, larger first. */
  readonly sides: readonly [number, number];
  /** The nodes of the smaller side. */
  readonly cutOff: readonly string[];
}

/** The structure of a collaboration graph. */
export interface CollaborationStructure {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly components: number;
  readonly articulationPoints: readonly ArticulationPoint[];
  readonly bridges: readonly Bridge[];
}

/** The graph as index-based adjacency lists, for the algorithms below. */
export interface Adjacency {
  readonly ids: readonly string[];
  readonly neighbours: readonly (readonly number[])[];
}

/** Index-based adjacency of a graphology graph (each undirected edge in both lists). */
export function toAdjacency(g: UndirectedGraph): Adjacency {
  const ids = g.nodes();
  const position = new Map(ids.map((id, i) => [id, i]));
  const neighbours = ids.map((id) => g.neighbors(id).map((n) => position.get(n) ?? -1));
  return { ids, neighbours };
}

/**
 * Articulation points and bridges by Tarjan's low-link depth-first search, iterative so deep
 * graphs do not overflow the stack. Subtree sizes and the preorder give each cut's parts
 * without a second pass.
 */
export function analyseStructure(
  g: UndirectedGraph<CollaborationNode, CollaborationEdge>,
): CollaborationStructure {
  const { ids, neighbours } = toAdjacency(g);
  const n = ids.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  const nextNeighbour = new Int32Array(n);
  const byDisc = new Int32Array(n);
  let time = 0;
  let components = 0;
  const cuts = new Map<number, number[]>();
  const bridgeChildren: number[] = [];
  const componentRoot = new Int32Array(n);

  for (let root = 0; root < n; root += 1) {
    if (disc[root] !== -1) continue;
    components += 1;
    const stack = [root];
    disc[root] = time;
    low[root] = time;
    byDisc[time] = root;
    time += 1;
    while (stack.length > 0) {
      const v = stack[stack.length - 1] ?? root;
      componentRoot[v] = root;
      const list = neighbours[v] ?? [];
      const i = nextNeighbour[v] ?? 0;
      if (i < list.length) {
        nextNeighbour[v] = i + 1;
        const w = list[i] ?? -1;
        if (w < 0) continue;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = time;
          low[w] = time;
          byDisc[time] = w;
          time += 1;
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v] ?? 0, disc[w] ?? 0);
        }
        continue;
      }
      stack.pop();
      size[v] = (size[v] ?? 0) + 1;
      const p = parent[v] ?? -1;
      if (p < 0) continue;
      low[p] = Math.min(low[p] ?? 0, low[v] ?? 0);
      size[p] = (size[p] ?? 0) + (size[v] ?? 0);
      if ((low[v] ?? 0) > (disc[p] ?? 0)) bridgeChildren.push(v);
      if ((low[v] ?? 0) >= (disc[p] ?? 0)) {
        const children = cuts.get(p) ?? [];
        children.push(v);
        cuts.set(p, children);
      }
    }
  }

  const subtree = (v: number): string[] => {
    const start = disc[v] ?? 0;
    const result: string[] = [];
    for (let d = start; d < start + (size[v] ?? 0); d += 1) result.push(ids[byDisc[d] ?? 0] ?? '');
    return result;
  };
  const componentWithout = (v: number): string[] => {
    const root = componentRoot[v] ?? 0;
    const inside = new Set(subtree(v));
    return subtree(root).filter((id) => !inside.has(id));
  };

  const articulationPoints: ArticulationPoint[] = [];
  for (const [v, children] of cuts) {
    const isRoot = (parent[v] ?? -1) < 0;
    if (isRoot && children.length < 2) continue;
    const separated = children.map((c) => subtree(c));
    const inSeparated = new Set(separated.flat());
    const rest = subtree(componentRoot[v] ?? 0).filter(
      (id) => id !== ids[v] && !inSeparated.has(id),
    );
    const allParts = [...separated, ...(rest.length > 0 ? [rest] : [])].sort(
      (a, b) => b.length - a.length,
    );
    const parts = allParts.map((part) => part.length);
    const cutOff = allParts.slice(1).flat().sort();
    const id = ids[v] ?? '';
    const attributes = g.getNodeAttributes(id);
    articulationPoints.push({ id, kind: attributes.kind, label: attributes.label, parts, cutOff });
  }
  articulationPoints.sort((a, b) => b.cutOff.length - a.cutOff.length || a.id.localeCompare(b.id));

  const bridges: Bridge[] = bridgeChildren.map((v) => {
    const p = parent[v] ?? 0;
    const source = ids[p] ?? '';
    const target = ids[v] ?? '';
    const component = size[componentRoot[v] ?? 0] ?? 0;
    const below = size[v] ?? 0;
    const above = component - below;
    const edge = g.edge(source, target);
    const attributes =
      edge === undefined
        ? { kind: 'referral' as const, referralPathIds: [] }
        : g.getEdgeAttributes(edge);
    return {
      source,
      target,
      kind: attributes.kind,
      referralPathIds: [...attributes.referralPathIds].sort(),
      sides: [Math.max(below, above), Math.min(below, above)],
      cutOff: (below <= above ? subtree(v) : componentWithout(v)).sort(),
    };
  });
  bridges.sort(
    (a, b) =>
      b.sides[1] - a.sides[1] ||
      a.source.localeCompare(b.source) ||
      a.target.localeCompare(b.target),
  );

  return {
    nodeCount: n,
    edgeCount: g.size,
    components,
    articulationPoints,
    bridges,
  };
}
