/** The explorer's filters and its limit, applied per request to the elements of a scope. */
import type { Lookup } from '../analysis/analysis.refs';
import type { ExplorerElements } from './network-graph.elements';
import type { NetworkGraphRequest } from './network-graph.job';
import type {
  ExplorerEdge,
  ExplorerEdgeKind,
  ExplorerNode,
  ExplorerNodeKind,
  HiddenCount,
} from './network-graph.views';

/**
 * Applies the explorer's filters: kinds, topics, networks, municipalities, then the focus
 * neighbourhood.
 */
export function filterExplorer(
  elements: ExplorerElements,
  filter: NetworkGraphRequest,
  depth: number,
  lookup: Lookup,
): { nodes: ExplorerNode[]; edges: ExplorerEdge[] } {
  const nodeKinds = new Set<ExplorerNodeKind>(
    (filter.nodeKinds as ExplorerNodeKind[] | null | undefined) ?? [
      'institution',
      'person',
      'network',
      'topic',
    ],
  );
  const edgeKinds = new Set<ExplorerEdgeKind>(
    (filter.edgeKinds as ExplorerEdgeKind[] | null | undefined) ?? [
      'works_at',
      'refers_to',
      'member_of',
      'expertise',
      'offers_topic',
    ],
  );
  const institutionKinds =
    filter.institutionKinds != null && filter.institutionKinds.length > 0
      ? new Set(filter.institutionKinds)
      : null;
  const topics = filter.topics != null && filter.topics.length > 0 ? new Set(filter.topics) : null;
  const networks =
    filter.networks != null && filter.networks.length > 0 ? new Set(filter.networks) : null;
  const municipalities =
    filter.municipalities != null && filter.municipalities.length > 0
      ? new Set(filter.municipalities)
      : null;

  // Members of the chosen networks: institutions and people directly, plus the employers of people.
  let networkMembers: Set<string> | null = null;
  if (networks !== null) {
    networkMembers = new Set(networks);
    for (const id of networks) {
      for (const m of lookup.networks.get(id)?.members ?? []) {
        networkMembers.add(m.memberId);
        for (const e of lookup.people.get(m.memberId)?.employments ?? [])
          networkMembers.add(e.institutionId);
      }
    }
  }
  // Nodes touching the chosen topics (services, expertise) and the topics themselves.
  let topicHolders: Set<string> | null = null;
  if (topics !== null) {
    topicHolders = new Set(topics);
    for (const e of elements.edges) {
      if ((e.kind === 'offers_topic' || e.kind === 'expertise') && topics.has(e.target))
        topicHolders.add(e.source);
    }
  }
  // Institutions located in the chosen municipalities and the people working at one of them.
  let located: Set<string> | null = null;
  if (municipalities !== null) {
    located = new Set(
      elements.nodes
        .filter((n) => n.kind === 'institution' && municipalities.has(n.municipality ?? ''))
        .map((n) => n.id),
    );
    for (const e of elements.edges)
      if (e.kind === 'works_at' && located.has(e.target)) located.add(e.source);
  }
  const keep = (n: ExplorerNode): boolean =>
    nodeKinds.has(n.kind) &&
    (institutionKinds === null ||
      n.kind !== 'institution' ||
      (n.institutionKind !== null && institutionKinds.has(n.institutionKind))) &&
    (topicHolders === null || n.kind === 'network' || topicHolders.has(n.id)) &&
    (networkMembers === null || n.kind === 'topic' || networkMembers.has(n.id)) &&
    (located === null || n.kind === 'topic' || n.kind === 'network' || located.has(n.id));

  let kept = new Set(elements.nodes.filter(keep).map((n) => n.id));
  const edges = elements.edges.filter(
    (e) =>
      edgeKinds.has(e.kind) &&
      (kept.has(e.source) || e.source === filter.focus) &&
      (kept.has(e.target) || e.target === filter.focus),
  );
  if (filter.focus != null) {
    const adjacency = new Map<string, string[]>();
    for (const e of edges) {
      (adjacency.get(e.source) ?? adjacency.set(e.source, []).get(e.source))?.push(e.target);
      (adjacency.get(e.target) ?? adjacency.set(e.target, []).get(e.target))?.push(e.source);
    }
    const around = new Set([filter.focus]);
    let frontier = [filter.focus];
    for (let d = 0; d < depth; d += 1) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const other of adjacency.get(id) ?? []) {
          if (!around.has(other)) {
            around.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    kept = around;
  }
  return {
    nodes: elements.nodes.filter((n) => kept.has(n.id)),
    edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}

/** The order in which nodes are kept under a limit: networks and topics, institutions, people. */
const KEEP_ORDER: Readonly<Record<ExplorerNodeKind, number>> = {
  network: 0,
  topic: 1,
  institution: 2,
  person: 3,
};

/**
 * Keeps at most `limit` nodes: networks and topics first, then institutions, then people, each
 * the best connected first (ties by id); edges only between kept nodes. Says per kind how many
 * were left out.
 */
export function limitNodes(
  graph: { nodes: ExplorerNode[]; edges: ExplorerEdge[] },
  limit: number,
): { nodes: ExplorerNode[]; edges: ExplorerEdge[]; hidden: HiddenCount[] } {
  if (graph.nodes.length <= limit) return { ...graph, hidden: [] };
  const ranked = [...graph.nodes].sort(
    (a, b) =>
      KEEP_ORDER[a.kind] - KEEP_ORDER[b.kind] ||
      b.degree - a.degree ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept = new Set(ranked.slice(0, limit).map((n) => n.id));
  const hiddenByKind = new Map<ExplorerNodeKind, number>();
  for (const n of ranked.slice(limit))
    hiddenByKind.set(n.kind, (hiddenByKind.get(n.kind) ?? 0) + 1);
  return {
    nodes: graph.nodes.filter((n) => kept.has(n.id)),
    edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
    hidden: (Object.keys(KEEP_ORDER) as ExplorerNodeKind[])
      .filter((kind) => hiddenByKind.has(kind))
      .map((kind) => ({ kind, count: hiddenByKind.get(kind) ?? 0 })),
  };
}
