/**
 * The explorer's elements of a scope, before any filter: nodes with their metrics, weak-point
 * flags and what the client filters and lists by (services, topics, target groups, networks,
 * operator or function), so one answer carries the whole county.
 */
import type { AnalysisGraph } from '@schutznetz/analysis';
import { isTopicCode, topicByCode, type GraphDataSet } from '@schutznetz/domain';
import { lookupOf } from '../analysis/analysis.refs';
import type { ScopedGraph } from '../analysis/analysis.scope';
import { brokersOf, singlePointsOf, structureOf } from '../resilience/resilience.job';
import type { ExplorerEdge, ExplorerNode } from './network-graph.views';

/** Every node and edge of a scope the viewer may see, with metrics, before the filters. */
export interface ExplorerElements {
  readonly nodes: readonly ExplorerNode[];
  readonly edges: readonly ExplorerEdge[];
  readonly byId: ReadonlyMap<string, ExplorerNode>;
  readonly betweennessMethod: 'exact' | 'sampled';
}

const NONE: readonly never[] = [];

type NodeFacts = Pick<
  ExplorerNode,
  'subtitle' | 'services' | 'topics' | 'targetGroups' | 'networks'
>;

/** What the client lists and filters by, per institution and person of the scope. */
function nodeFacts(graph: AnalysisGraph, data: GraphDataSet): Map<string, NodeFacts> {
  const operators = new Map(data.institutions.map((i) => [i.id, i.operator]));
  const functions = new Map(data.people.map((p) => [p.id, p.functionTitle]));
  const networksOf = new Map<string, string[]>();
  for (const n of graph.networks) {
    for (const m of n.members) {
      const list = networksOf.get(m.memberId);
      if (list) list.push(n.id);
      else networksOf.set(m.memberId, [n.id]);
    }
  }
  const servicesOf = new Map<string, (typeof graph.services)[number][]>();
  for (const s of graph.services) {
    const list = servicesOf.get(s.institutionId);
    if (list) list.push(s);
    else servicesOf.set(s.institutionId, [s]);
  }
  const facts = new Map<string, NodeFacts>();
  for (const i of graph.institutions) {
    const services = [...(servicesOf.get(i.id) ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, 'de'),
    );
    facts.set(i.id, {
      subtitle: operators.get(i.id) ?? null,
      services: services.map(({ id, name }) => ({ id, name })),
      topics: [...new Set(services.flatMap((s) => s.topics))].sort(),
      targetGroups: [...new Set(services.flatMap((s) => s.targetGroups))].sort(),
      networks: [...(networksOf.get(i.id) ?? [])].sort(),
    });
  }
  for (const p of graph.people) {
    facts.set(p.id, {
      subtitle: functions.get(p.id) ?? null,
      services: NONE,
      topics: [...new Set(p.expertise.map((e) => e.topic))].sort(),
      targetGroups: NONE,
      networks: [...(networksOf.get(p.id) ?? [])].sort(),
    });
  }
  return facts;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * What the explorer draws of a scope: for the county, every entry of the database, so partners
 * outside it that only take referrals (the public prosecutor in Dessau) are drawn too; for a
 * narrower scope, the scoped graph.
 */
export function explorerGraph(scoped: ScopedGraph): AnalysisGraph {
  const county = scoped.snapshot.graph.region.municipalities.map((m) => m.code).join(',');
  return scoped.scope.key === county ? scoped.snapshot.graph : scoped.graph;
}

/**
 * Builds every element the explorer draws of the scope, flagged with the resilience of today
 * (`asOf`) in the scope; nodes outside the scoped graph are no weak points and broker nothing.
 */
export function explorerElements(
  scoped: ScopedGraph,
  peopleVisible: boolean,
  asOf: string,
): ExplorerElements {
  const graph = explorerGraph(scoped);
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

  const facts = nodeFacts(graph, scoped.snapshot.data);
  const nodes: ExplorerNode[] = [];
  const edges: ExplorerEdge[] = [];
  const base = {
    subtitle: null,
    services: NONE,
    topics: NONE,
    targetGroups: NONE,
    networks: NONE,
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
      ...facts.get(i.id),
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
      topics: r.topics,
      level: null,
      bridge: bridgePairs.has(pairKey(r.fromId, r.toId)),
    });
  }
  const edgeBase = {
    routeTemplate: null,
    urgency: null,
    topics: NONE,
    level: null,
    bridge: false,
  };
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
        ...facts.get(p.id),
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
