/**
 * Lookups over an {@link AnalysisGraph}, built once per graph object and kept in a WeakMap:
 * the graph is immutable, so repeated queries on the same graph share the index and a new
 * graph version gets a new one. Internal to the package.
 */
import type { InstitutionKindCode, RegionCatalog, RegionCode, TopicCode } from '@schutznetz/domain';
import type {
  AnalysisGraph,
  AnalysisInstitution,
  AnalysisMunicipality,
  AnalysisNetwork,
  AnalysisPerson,
  AnalysisReferralPath,
  AnalysisService,
} from './graph';
import { relatedTopics } from './matching';

export interface GraphIndex {
  readonly institutions: ReadonlyMap<string, AnalysisInstitution>;
  readonly services: ReadonlyMap<string, AnalysisService>;
  readonly people: ReadonlyMap<string, AnalysisPerson>;
  readonly networks: ReadonlyMap<string, AnalysisNetwork>;
  readonly municipalities: ReadonlyMap<RegionCode, AnalysisMunicipality>;
  /** The loaded region: labels, neighbours and which areas cover which municipality. */
  readonly region: RegionCatalog;
  readonly servicesOf: ReadonlyMap<string, readonly AnalysisService[]>;
  readonly outPaths: ReadonlyMap<string, readonly AnalysisReferralPath[]>;
  readonly inPaths: ReadonlyMap<string, readonly AnalysisReferralPath[]>;
  /** People working at an institution. */
  readonly staffOf: ReadonlyMap<string, readonly AnalysisPerson[]>;
  /** Networks an institution or a person is a member of. */
  readonly networksOf: ReadonlyMap<string, readonly AnalysisNetwork[]>;
  readonly institutionsByKind: ReadonlyMap<InstitutionKindCode, readonly AnalysisInstitution[]>;
  /** Services that name exactly this topic. */
  readonly servicesByTopic: ReadonlyMap<TopicCode, readonly AnalysisService[]>;
}

const EMPTY: readonly never[] = [];

function push<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function build(graph: AnalysisGraph): GraphIndex {
  const servicesOf = new Map<string, AnalysisService[]>();
  const servicesByTopic = new Map<TopicCode, AnalysisService[]>();
  for (const service of graph.services) {
    push(servicesOf, service.institutionId, service);
    for (const topic of new Set(service.topics)) push(servicesByTopic, topic, service);
  }
  const outPaths = new Map<string, AnalysisReferralPath[]>();
  const inPaths = new Map<string, AnalysisReferralPath[]>();
  for (const path of graph.referralPaths) {
    push(outPaths, path.fromId, path);
    push(inPaths, path.toId, path);
  }
  const staffOf = new Map<string, AnalysisPerson[]>();
  for (const person of graph.people) {
    for (const institutionId of new Set(person.employments.map((e) => e.institutionId))) {
      push(staffOf, institutionId, person);
    }
  }
  const networksOf = new Map<string, AnalysisNetwork[]>();
  for (const network of graph.networks) {
    for (const memberId of new Set(network.members.map((m) => m.memberId))) {
      push(networksOf, memberId, network);
    }
  }
  const institutionsByKind = new Map<InstitutionKindCode, AnalysisInstitution[]>();
  for (const institution of graph.institutions) {
    push(institutionsByKind, institution.kind, institution);
  }
  return {
    institutions: new Map(graph.institutions.map((i) => [i.id, i])),
    services: new Map(graph.services.map((s) => [s.id, s])),
    people: new Map(graph.people.map((p) => [p.id, p])),
    networks: new Map(graph.networks.map((n) => [n.id, n])),
    municipalities: new Map(graph.municipalities.map((m) => [m.code, m])),
    region: graph.region,
    servicesOf,
    outPaths,
    inPaths,
    staffOf,
    networksOf,
    institutionsByKind,
    servicesByTopic,
  };
}

const cache = new WeakMap<AnalysisGraph, GraphIndex>();

/** The index of `graph`, built on first use. */
export function graphIndex(graph: AnalysisGraph): GraphIndex {
  let index = cache.get(graph);
  if (index === undefined) {
    index = build(graph);
    cache.set(graph, index);
  }
  return index;
}

/** A list from one of the index maps, empty when the key is absent. */
export function listOf<Key, Value>(
  map: ReadonlyMap<Key, readonly Value[]>,
  key: Key,
): readonly Value[] {
  return map.get(key) ?? EMPTY;
}

/** Services whose topics cover `topic` (see `relatedTopics`), each once. */
export function servicesForTopic(index: GraphIndex, topic: TopicCode): AnalysisService[] {
  const seen = new Set<AnalysisService>();
  for (const related of relatedTopics(topic)) {
    for (const service of listOf(index.servicesByTopic, related)) seen.add(service);
  }
  return [...seen];
}
