/**
 * The explorer's filters and how they cut the network down. Pure functions over plain data, shared
 * with the directory, so both views always show the same selection.
 */
import { expandTopics as expandTopicCodes } from '@schutznetz/domain';
import type { GraphData, GraphNode, GraphNodeKind } from '../graph/graph-model';

/** The node kinds the explorer can show or hide. */
export const NODE_KINDS: readonly GraphNodeKind[] = ['institution', 'person', 'network', 'topic'];

/** What the user filters by; an empty list means "no restriction". */
export interface GraphFilters {
  readonly networks: readonly string[];
  /** Institution kind codes. */
  readonly kinds: readonly string[];
  /** Topic codes; a group topic stands for all its topics. */
  readonly topics: readonly string[];
  readonly targetGroups: readonly string[];
  readonly municipalities: readonly string[];
  /** Which node kinds are drawn (institutions are always the backbone of the filter). */
  readonly layers: readonly GraphNodeKind[];
}

export const NO_FILTERS: GraphFilters = {
  networks: [],
  kinds: [],
  topics: [],
  targetGroups: [],
  municipalities: [],
  layers: NODE_KINDS,
};

/** What an institution offers and belongs to, for filtering (from its services and memberships). */
export interface InstitutionFacets {
  readonly topics: readonly string[];
  readonly targetGroups: readonly string[];
  readonly networks: readonly string[];
}

/** Whether any filter (other than the layers) restricts the institutions. */
export function hasInstitutionFilters(filters: GraphFilters): boolean {
  return (
    filters.networks.length > 0 ||
    filters.kinds.length > 0 ||
    filters.topics.length > 0 ||
    filters.targetGroups.length > 0 ||
    filters.municipalities.length > 0
  );
}

/** The topic codes a topic filter matches: each code and, for a group, all topics below it. */
export function expandTopics(codes: readonly string[]): Set<string> {
  return new Set(expandTopicCodes(codes));
}

const intersects = (values: readonly string[], wanted: ReadonlySet<string>) =>
  wanted.size === 0 || values.some((value) => wanted.has(value));

/** Whether an institution passes the filters (each filter narrows; values within one widen). */
export function institutionMatches(
  node: GraphNode,
  facets: InstitutionFacets | undefined,
  filters: GraphFilters,
  topics: ReadonlySet<string> = expandTopics(filters.topics),
): boolean {
  if (filters.kinds.length > 0 && !filters.kinds.includes(node.institutionKind ?? '')) return false;
  if (
    filters.municipalities.length > 0 &&
    !filters.municipalities.includes(node.municipality ?? '')
  )
    return false;
  const empty: InstitutionFacets = { topics: [], targetGroups: [], networks: [] };
  const { topics: offered, targetGroups, networks } = facets ?? empty;
  return (
    intersects(networks, new Set(filters.networks)) &&
    intersects(offered, topics) &&
    intersects(targetGroups, new Set(filters.targetGroups))
  );
}

/**
 * The part of the network the filters leave:
 * - institutions that pass every filter;
 * - people who work at one of them (people appear with their institutions);
 * - networks (when not filtered out) with at least one visible member;
 * - topics (when not filtered out) linked to a visible institution or person;
 * - the edges between what is left. Hidden layers are left out after that.
 */
export function filterGraph(
  graph: GraphData,
  facets: ReadonlyMap<string, InstitutionFacets>,
  filters: GraphFilters,
): GraphData {
  const topics = expandTopics(filters.topics);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const visible = new Set<string>();
  for (const node of graph.nodes) {
    if (
      node.kind === 'institution' &&
      institutionMatches(node, facets.get(node.id), filters, topics)
    )
      visible.add(node.id);
  }
  const kindOf = (id: string) => byId.get(id)?.kind;
  for (const edge of graph.edges) {
    if (edge.kind === 'works_at' && visible.has(edge.target) && kindOf(edge.source) === 'person')
      visible.add(edge.source);
  }
  const networkFilter = new Set(filters.networks);
  const topicAllowed = (id: string) => topics.size === 0 || topics.has(id);
  for (const edge of graph.edges) {
    if (!visible.has(edge.source)) continue;
    if (edge.kind === 'member_of' && (networkFilter.size === 0 || networkFilter.has(edge.target)))
      visible.add(edge.target);
    if ((edge.kind === 'expertise' || edge.kind === 'offers_topic') && topicAllowed(edge.target))
      visible.add(edge.target);
  }

  const layers = new Set(filters.layers);
  const shown = (id: string) => {
    const kind = kindOf(id);
    return visible.has(id) && kind !== undefined && layers.has(kind);
  };
  return {
    nodes: graph.nodes.filter((node) => shown(node.id)),
    edges: graph.edges.filter((edge) => shown(edge.source) && shown(edge.target)),
  };
}

/**
 * The ids within `depth` steps of `focusId` (edges taken in both directions), the focus
 * included; empty when the focus is not in the graph.
 */
export function neighbourhood(graph: GraphData, focusId: string, depth: number): Set<string> {
  const adjacency = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = adjacency.get(from);
    if (list) list.push(to);
    else adjacency.set(from, [to]);
  };
  for (const edge of graph.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  if (!graph.nodes.some((node) => node.id === focusId)) return new Set();
  const reached = new Set([focusId]);
  let frontier = [focusId];
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacency.get(id) ?? []) {
        if (reached.has(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}

/** The nodes with the given ids and the edges among them. */
export function inducedSubgraph(graph: GraphData, ids: ReadonlySet<string>): GraphData {
  return {
    nodes: graph.nodes.filter((node) => ids.has(node.id)),
    edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}
