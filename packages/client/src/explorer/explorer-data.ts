/**
 * Turns the explorer's query result into graph data: nodes for institutions, people, networks and
 * topics, edges for employment, referrals, memberships, expertise and offers, and per institution
 * the facets the filters need. Pure, so it is tested without a server or a browser.
 */
import type { AccessRole, ExplorerNetworkQuery } from '../gql/graphql';
import { isTopicCode, topicByCode, type Locale } from '@schutznetz/domain';
import type {
  GraphData,
  GraphEdge,
  GraphEdgeKind,
  GraphNode,
  GraphNodeKind,
} from '../graph/graph-model';
import type { InstitutionFacets } from './explorer-filters';

/** Extra facts about nodes that the graph itself does not carry, for lists and details. */
export interface NodeInfo {
  /** Institutions: operator; people: function; topics/networks: nothing. */
  readonly subtitle: string | null;
  /** Institutions: their services (id, name). */
  readonly services: readonly { readonly id: string; readonly name: string }[];
}

/** Everything the explorer and the directory draw from. */
export interface ExplorerData {
  readonly graph: GraphData;
  readonly facets: ReadonlyMap<string, InstitutionFacets>;
  /** Service id → the institution that offers it (a service is shown as its institution). */
  readonly serviceOwners: ReadonlyMap<string, string>;
  readonly info: ReadonlyMap<string, NodeInfo>;
  /**
   * Nodes the server left out to keep its answer within its limit, per kind (the least
   * connected first); empty when the whole network is there.
   */
  readonly hidden: readonly HiddenNodes[];
}

/** How many nodes of a kind the server left out. */
export interface HiddenNodes {
  readonly kind: GraphNodeKind;
  readonly count: number;
}

/**
 * Whether the server shows people to a role: members and up see them, the public view never
 * (the server's rule; asking anyway is refused with FORBIDDEN).
 */
export function peopleVisibleTo(role: AccessRole): boolean {
  return role !== 'PUBLIC';
}

/** GraphQL spells enum values in capitals; the model and the taxonomy use lower-case codes. */
const code = (value: string): string => value.toLowerCase();

/**
 * Builds the explorer's data from the network query: the server's graph as it is (metrics and
 * flags included), topic labels in `locale` from the taxonomy, the institutions' facets and what
 * the lists show (operator or function, services), all from the one answer.
 */
export function buildExplorerData(result: ExplorerNetworkQuery, locale: Locale): ExplorerData {
  const nodes: GraphNode[] = result.networkGraph.nodes.map((node) => {
    const kind = code(node.kind) as GraphNodeKind;
    return {
      id: node.id,
      kind,
      label:
        kind === 'topic' && isTopicCode(node.id) ? topicByCode(node.id).label[locale] : node.label,
      institutionKind: node.institutionKind ? code(node.institutionKind) : null,
      networkKind: node.networkKind ? code(node.networkKind) : null,
      municipality: node.municipality,
      available24x7: node.available24x7,
      degree: node.degree,
      betweenness: node.betweenness,
      // Weak-point marks are null for the public view (decision 011): not marked.
      articulationPoint: node.articulationPoint ?? undefined,
      singlePointOfFailure: node.singlePointOfFailure ?? undefined,
      position: node.x != null && node.y != null ? { x: node.x, y: node.y } : null,
    };
  });
  const edges: GraphEdge[] = result.networkGraph.edges.map((edge) => ({
    id: edge.id,
    kind: code(edge.kind) as GraphEdgeKind,
    source: edge.source,
    target: edge.target,
    bridge: edge.bridge ?? undefined,
  }));

  const facets = new Map<string, InstitutionFacets>();
  const serviceOwners = new Map<string, string>();
  const info = new Map<string, NodeInfo>();
  for (const node of result.networkGraph.nodes) {
    if (node.kind === 'INSTITUTION') {
      for (const service of node.services) serviceOwners.set(service.id, node.id);
      facets.set(node.id, {
        topics: node.topics,
        targetGroups: node.targetGroups,
        networks: node.networks,
      });
    }
    if (node.kind === 'INSTITUTION' || node.kind === 'PERSON') {
      info.set(node.id, { subtitle: node.subtitle ?? null, services: node.services });
    }
  }

  return {
    graph: { nodes, edges },
    facets,
    serviceOwners,
    info,
    hidden: result.networkGraph.hidden.map(({ kind, count }) => ({
      kind: code(kind) as GraphNodeKind,
      count,
    })),
  };
}

/** Resolves highlight ids to node ids: nodes stay, services become their institution. */
export function resolveHighlights(
  ids: readonly string[],
  data: Pick<ExplorerData, 'graph' | 'serviceOwners'>,
): Set<string> {
  const nodeIds = new Set(data.graph.nodes.map((node) => node.id));
  const resolved = new Set<string>();
  for (const id of ids) {
    if (nodeIds.has(id)) resolved.add(id);
    const owner = data.serviceOwners.get(id);
    if (owner) resolved.add(owner);
  }
  return resolved;
}
