/**
 * Turns the explorer's query result into graph data: nodes for institutions, people, networks and
 * topics, edges for employment, referrals, memberships, expertise and offers, and per institution
 * the facets the filters need. Pure, so it is tested without a server or a browser.
 */
import type { ExplorerNetworkQuery } from '../gql/graphql';
import type { GraphData, GraphEdge, GraphNode } from '../graph/graph-model';
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
  /** Whether the server returned fewer items than it has (lists are capped per request). */
  readonly truncated: boolean;
}

/** Number of edges at each node, both directions counted. */
export function computeDegrees(edges: readonly GraphEdge[]): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const edge of edges) {
    degrees.set(edge.source, (degrees.get(edge.source) ?? 0) + 1);
    degrees.set(edge.target, (degrees.get(edge.target) ?? 0) + 1);
  }
  return degrees;
}

/** Builds the explorer's data from the network query, with topic labels in `locale`. */
export function buildExplorerData(result: ExplorerNetworkQuery, locale: 'de' | 'en'): ExplorerData {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const facets = new Map<string, InstitutionFacets>();
  const serviceOwners = new Map<string, string>();
  const info = new Map<string, NodeInfo>();
  const seenEdges = new Set<string>();
  const addEdge = (edge: GraphEdge) => {
    if (seenEdges.has(edge.id)) return;
    seenEdges.add(edge.id);
    edges.push(edge);
  };

  for (const institution of result.institutions.nodes) {
    nodes.push({
      id: institution.id,
      kind: 'institution',
      label: institution.name,
      // GraphQL spells enum values in capitals; the domain taxonomy codes are lower case.
      institutionKind: institution.kind.toLowerCase(),
      municipality: institution.municipality.id,
      available24x7: institution.available24x7,
    });
    const topics = new Set<string>();
    const targetGroups = new Set<string>();
    for (const service of institution.services) {
      serviceOwners.set(service.id, institution.id);
      for (const topic of service.topics) topics.add(topic.id);
      for (const group of service.targetGroups) targetGroups.add(group.id);
    }
    const networks = institution.networks.map((membership) => membership.network.id);
    facets.set(institution.id, {
      topics: [...topics],
      targetGroups: [...targetGroups],
      networks,
    });
    info.set(institution.id, {
      subtitle: institution.operator,
      services: institution.services.map(({ id, name }) => ({ id, name })),
    });
    for (const network of networks) {
      addEdge({
        id: `member:${institution.id}:${network}`,
        source: institution.id,
        target: network,
        kind: 'member_of',
      });
    }
    for (const topic of topics) {
      addEdge({
        id: `offers:${institution.id}:${topic}`,
        source: institution.id,
        target: topic,
        kind: 'offers_topic',
      });
    }
    for (const referral of institution.referralsOut) {
      addEdge({
        id: referral.id,
        source: institution.id,
        target: referral.to.id,
        kind: 'refers_to',
      });
    }
  }

  for (const person of result.people.nodes) {
    nodes.push({ id: person.id, kind: 'person', label: person.displayName });
    info.set(person.id, { subtitle: person.functionTitle, services: [] });
    for (const employment of person.employments) {
      const institution = employment.institution.id;
      addEdge({
        id: `works:${person.id}:${institution}`,
        source: person.id,
        target: institution,
        kind: 'works_at',
      });
    }
    for (const expertise of person.expertise) {
      addEdge({
        id: `expertise:${person.id}:${expertise.topic.id}`,
        source: person.id,
        target: expertise.topic.id,
        kind: 'expertise',
      });
    }
    for (const membership of person.networks) {
      addEdge({
        id: `member:${person.id}:${membership.network.id}`,
        source: person.id,
        target: membership.network.id,
        kind: 'member_of',
      });
    }
  }

  for (const network of result.networks.nodes) {
    nodes.push({
      id: network.id,
      kind: 'network',
      label: network.name,
      networkKind: network.kind.toLowerCase(),
    });
  }
  // Group topics only gather their topics; services and people link to the topics themselves.
  for (const topic of result.topics) {
    if (!topic.isGroup) nodes.push({ id: topic.id, kind: 'topic', label: topic.label[locale] });
  }

  const degrees = computeDegrees(edges);
  return {
    graph: { nodes: nodes.map((node) => ({ ...node, degree: degrees.get(node.id) ?? 0 })), edges },
    facets,
    serviceOwners,
    info,
    truncated:
      result.institutions.totalCount > result.institutions.nodes.length ||
      result.people.totalCount > result.people.nodes.length,
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
