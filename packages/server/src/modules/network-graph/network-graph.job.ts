import { isTopicCode, topicByCode } from '@schutznetz/domain';
import { InvalidInputError } from '../../errors';
import { lookupOf, type Lookup } from '../analysis/analysis.refs';
import { scopeView, type ResolvedScope, type ScopedGraph } from '../analysis/analysis.scope';
import { brokersOf, singlePointsOf, structureOf } from '../resilience/resilience.job';
import type {
  ExplorerEdge,
  ExplorerEdgeKind,
  ExplorerNode,
  ExplorerNodeKind,
  NetworkGraphView,
} from './network-graph.views';

export interface NetworkGraphRequest {
  readonly nodeKinds?: readonly string[] | null;
  readonly edgeKinds?: readonly string[] | null;
  readonly institutionKinds?: readonly string[] | null;
  readonly topics?: readonly string[] | null;
  readonly networks?: readonly string[] | null;
  readonly focus?: string | null;
  readonly depth?: number | null;
}

/** Every node and edge of a scope the viewer may see, with metrics, before the filters. */
interface ExplorerElements {
  readonly nodes: readonly ExplorerNode[];
  readonly edges: readonly ExplorerEdge[];
  readonly byId: ReadonlyMap<string, ExplorerNode>;
  readonly betweennessMethod: 'exact' | 'sampled';
}

/** A checked explorer request: what the job needs, as plain data. */
export interface NetworkGraphJob {
  readonly scope: ResolvedScope;
  readonly filter: NetworkGraphRequest;
  readonly depth: number;
  /** The date of the single points of failure flagged (today). */
  readonly asOf: string;
  /** False for the public view: no people. */
  readonly peopleVisible: boolean;
}

/**
 * The explorer's nodes and edges with metrics, filtered (runs in an analysis worker). The
 * elements are computed once per snapshot, scope, visibility and date, then filtered per request.
 */
export function networkGraphView(scoped: ScopedGraph, job: NetworkGraphJob): NetworkGraphView {
  const { filter, depth, peopleVisible } = job;
  const resolved = job.scope;
  const elements = scoped.snapshot.memo(
    `explorer:${resolved.key}:${peopleVisible}:${job.asOf}`,
    () => explorerElements(scoped, peopleVisible, job.asOf),
  );
  const lookup = lookupOf(scoped.graph);
  if (filter.networks != null) {
    const unknown = filter.networks.filter((id) => !lookup.networks.has(id));
    if (unknown.length > 0)
      throw InvalidInputError.forField(
        'filter.networks',
        `unknown network in the scope: ${unknown.join(', ')}`,
      );
  }
  if (filter.focus != null && !elements.byId.has(filter.focus)) {
    throw InvalidInputError.forField(
      'filter.focus',
      `no node '${filter.focus}' in the scope${peopleVisible ? '' : ' (people are visible to members only)'}`,
    );
  }
  const { nodes, edges } = filterExplorer(elements, filter, depth, lookup);
  return {
    ...scopeView(scoped),
    betweennessMethod: elements.betweennessMethod,
    nodes,
    edges,
  };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Builds every element of the scope, flagged with the resilience of today (`asOf`). */
function explorerElements(
  scoped: ScopedGraph,
  peopleVisible: boolean,
  asOf: string,
): ExplorerElements {
  const { graph } = scoped;
  const structure = structureOf(scoped, false);
  const brokers = brokersOf(scoped, false);
  const single = singlePointsOf(scoped, asOf);
  const articulation = new Set(structure.articulationPoints.map((p) => p.id));
  const bridgePairs = new Set(structure.bridges.map((b) => pairKey(b.source, b.target)));
  const betweenness = new Map(brokers.brokers.map((b) => [b.id, b.score]));
  const singleHolders = new Set<string>();
  const singleTopics = new Set<string>();
  for (const t of single.topics) {
    if (t.singlePerson) {
      singleTopics.add(t.topic);
      for (const id of t.personIds) singleHolders.add(id);
    }
    if (t.singleInstitution) {
      singleTopics.add(t.topic);
      for (const id of t.institutionIds) singleHolders.add(id);
    }
  }

  const nodes: ExplorerNode[] = [];
  const edges: ExplorerEdge[] = [];
  const base = {
    institutionKind: null,
    networkKind: null,
    municipality: null,
    available24x7: null,
    degree: 0,
    betweenness: null,
    articulationPoint: false,
    singlePointOfFailure: false,
  };
  for (const i of graph.institutions) {
    nodes.push({
      ...base,
      id: i.id,
      kind: 'institution',
      label: i.name,
      institutionKind: i.kind,
      municipality: i.municipality,
      available24x7: i.available24x7,
      betweenness: betweenness.get(i.id) ?? 0,
      articulationPoint: articulation.has(i.id),
      singlePointOfFailure: singleHolders.has(i.id),
    });
  }
  for (const n of graph.networks) {
    nodes.push({ ...base, id: n.id, kind: 'network', label: n.name, networkKind: n.kind });
  }
  const topicsUsed = new Set<string>();
  for (const s of graph.services) for (const t of s.topics) topicsUsed.add(t);
  const lookup = lookupOf(graph);
  for (const r of graph.referralPaths) {
    edges.push({
      id: r.id,
      source: r.fromId,
      target: r.toId,
      kind: 'refers_to',
      routeTemplate: r.routeTemplate,
      urgency: r.urgency,
      level: null,
      bridge: bridgePairs.has(pairKey(r.fromId, r.toId)),
    });
  }
  const edgeBase = { routeTemplate: null, urgency: null, level: null, bridge: false };
  for (const n of graph.networks) {
    for (const m of n.members) {
      if (lookup.people.has(m.memberId) && !peopleVisible) continue;
      edges.push({
        ...edgeBase,
        id: `member_of:${m.memberId}:${n.id}`,
        source: m.memberId,
        target: n.id,
        kind: 'member_of',
      });
    }
  }
  const offered = new Set<string>();
  for (const s of graph.services) {
    for (const t of s.topics) {
      const id = `offers_topic:${s.institutionId}:${t}`;
      if (offered.has(id)) continue;
      offered.add(id);
      edges.push({ ...edgeBase, id, source: s.institutionId, target: t, kind: 'offers_topic' });
    }
  }
  if (peopleVisible) {
    for (const p of graph.people) {
      nodes.push({
        ...base,
        id: p.id,
        kind: 'person',
        label: p.name,
        singlePointOfFailure: singleHolders.has(p.id),
      });
      for (const e of p.employments) {
        edges.push({
          ...edgeBase,
          id: `works_at:${p.id}:${e.institutionId}`,
          source: p.id,
          target: e.institutionId,
          kind: 'works_at',
        });
      }
      for (const e of p.expertise) {
        topicsUsed.add(e.topic);
        edges.push({
          ...edgeBase,
          id: `expertise:${p.id}:${e.topic}`,
          source: p.id,
          target: e.topic,
          kind: 'expertise',
          level: e.level,
        });
      }
    }
  }
  for (const code of [...topicsUsed].sort()) {
    if (!isTopicCode(code)) continue;
    nodes.push({
      ...base,
      id: code,
      kind: 'topic',
      label: topicByCode(code).label.de,
      singlePointOfFailure: singleTopics.has(code),
    });
  }
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const withDegree = nodes.map((n) => ({ ...n, degree: degree.get(n.id) ?? 0 }));
  const byId = new Map(withDegree.map((n) => [n.id, n]));
  return {
    nodes: withDegree,
    edges: edges.filter((e) => byId.has(e.source) && byId.has(e.target)),
    byId,
    betweennessMethod: brokers.method,
  };
}

/** Applies the explorer's filters: kinds, topics, networks, then the focus neighbourhood. */
function filterExplorer(
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
  const keep = (n: ExplorerNode): boolean =>
    nodeKinds.has(n.kind) &&
    (institutionKinds === null ||
      n.kind !== 'institution' ||
      (n.institutionKind !== null && institutionKinds.has(n.institutionKind))) &&
    (topicHolders === null || n.kind === 'network' || topicHolders.has(n.id)) &&
    (networkMembers === null || n.kind === 'topic' || networkMembers.has(n.id));

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
