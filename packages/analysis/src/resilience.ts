/**
 * Resilience: topics held by one person or one institution, what is lost when someone leaves,
 * the weak points of the collaboration graph (articulation points, bridges), brokers by
 * betweenness, and institutions without any link.
 */
import type {
  InstitutionKindCode,
  LocalizedLabel,
  RegionCode,
  TopicCode,
} from '@schutznetz/domain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import {
  analyseStructure,
  collaborationGraph,
  toAdjacency,
  type CollaborationOptions,
  type CollaborationStructure,
} from './collaboration';
import {
  CATALOGUE_TOPICS,
  computeCoverage,
  personTopics,
  type CoverageOptions,
  type CoverageReport,
} from './coverage-report';
import type { AnalysisGraph } from './graph';
import { graphIndex, listOf, type GraphIndex } from './graph-index';
import { topicsMatch } from './matching';
import { createRandom, sampleIndices } from './random';
import { referralPathFailure } from './routes';
import { counted } from './wording';

// Single points of failure --------------------------------------------------------------------

/** Who holds a topic in scope. */
export interface TopicHolders {
  readonly topic: TopicCode;
  /** People working in scope with a valid expertise on the topic. */
  readonly personIds: readonly string[];
  /** Institutions offering a service on it or employing one of those people. */
  readonly institutionIds: readonly string[];
  readonly singlePerson: boolean;
  readonly singleInstitution: boolean;
}

/** A coverage cell that only one institution serves. */
export interface SingleInstitutionCell {
  readonly topic: TopicCode;
  readonly municipality: RegionCode;
  readonly institutionId: string;
}

/** Single points of failure of a scope. */
export interface SinglePointsReport {
  /** Every topic of the rows, with its holders. */
  readonly topics: readonly TopicHolders[];
  /** Topics exactly one person holds. */
  readonly singlePersonTopics: readonly TopicCode[];
  /** Topics exactly one institution holds. */
  readonly singleInstitutionTopics: readonly TopicCode[];
  /** Cells (topic × municipality) served by a single institution. */
  readonly singleInstitutionCells: readonly SingleInstitutionCell[];
}

/** Options of {@link findSinglePoints}. */
export interface SinglePointsOptions {
  readonly topics?: readonly TopicCode[];
  /** Expertise must be valid on this date. */
  readonly asOf?: string;
  /** A coverage report of the same graph and options, to save computing it again. */
  readonly coverage?: CoverageReport;
}

function holdersByTopic(
  graph: AnalysisGraph,
  index: GraphIndex,
  rows: readonly TopicCode[],
  asOf: string | undefined,
): TopicHolders[] {
  const people = new Map<TopicCode, Set<string>>(rows.map((t) => [t, new Set()]));
  const institutions = new Map<TopicCode, Set<string>>(rows.map((t) => [t, new Set()]));
  for (const person of graph.people) {
    // Someone who works nowhere in scope holds nothing for it (see coverage).
    if (!person.employments.some((e) => index.institutions.has(e.institutionId))) continue;
    for (const topic of personTopics(person, rows, asOf)) {
      people.get(topic)?.add(person.id);
      for (const e of person.employments) {
        if (index.institutions.has(e.institutionId)) {
          institutions.get(topic)?.add(e.institutionId);
        }
      }
    }
  }
  for (const service of graph.services) {
    for (const topic of rows) {
      if (topicsMatch(service.topics, topic)) institutions.get(topic)?.add(service.institutionId);
    }
  }
  return rows.map((topic) => {
    const personIds = [...(people.get(topic) ?? [])].sort();
    const institutionIds = [...(institutions.get(topic) ?? [])].sort();
    return {
      topic,
      personIds,
      institutionIds,
      singlePerson: personIds.length === 1,
      singleInstitution: institutionIds.length === 1,
    };
  });
}

/** Topics and coverage cells that hang on one person or one institution. */
export function findSinglePoints(
  graph: AnalysisGraph,
  options: SinglePointsOptions = {},
): SinglePointsReport {
  const index = graphIndex(graph);
  const rows = options.topics ?? CATALOGUE_TOPICS;
  const topics = holdersByTopic(graph, index, rows, options.asOf);
  const coverage = options.coverage ?? computeCoverage(graph, { topics: rows, asOf: options.asOf });
  const singleInstitutionCells: SingleInstitutionCell[] = [];
  for (const cell of coverage.cells) {
    const only = cell.institutionIds[0];
    if (cell.institutionIds.length === 1 && only !== undefined) {
      singleInstitutionCells.push({
        topic: cell.topic,
        municipality: cell.municipality,
        institutionId: only,
      });
    }
  }
  return {
    topics,
    singlePersonTopics: topics.filter((t) => t.singlePerson).map((t) => t.topic),
    singleInstitutionTopics: topics.filter((t) => t.singleInstitution).map((t) => t.topic),
    singleInstitutionCells,
  };
}

// What if someone leaves ----------------------------------------------------------------------

/**
 * The graph without one institution (with its services, referral paths, employments and
 * memberships) or one person (with their expertise and memberships). Unknown ids change nothing.
 */
export function withoutNode(graph: AnalysisGraph, id: string): AnalysisGraph {
  return {
    ...graph,
    version: `${graph.version}-without-${id}`,
    institutions: graph.institutions.filter((i) => i.id !== id),
    services: graph.services.filter((s) => s.id !== id && s.institutionId !== id),
    referralPaths: graph.referralPaths.filter((r) => r.fromId !== id && r.toId !== id),
    people: graph.people
      .filter((p) => p.id !== id)
      .map((p) =>
        p.employments.some((e) => e.institutionId === id)
          ? { ...p, employments: p.employments.filter((e) => e.institutionId !== id) }
          : p,
      ),
    networks: graph.networks.map((n) =>
      n.members.some((m) => m.memberId === id)
        ? { ...n, members: n.members.filter((m) => m.memberId !== id) }
        : n,
    ),
  };
}

/** A coverage cell that drops to zero. */
export interface LostCell {
  readonly topic: TopicCode;
  readonly municipality: RegionCode;
  readonly lost: 'services' | 'people' | 'services_and_people';
}

/** A start that reached the topic along referral paths before and cannot any more. */
export interface BrokenRoute {
  readonly startId: string;
  readonly topic: TopicCode;
  /** The end institutions it reached before. */
  readonly previouslyReached: readonly string[];
}

/** What leaving would cost. */
export interface WhatIfReport {
  readonly removed: {
    readonly id: string;
    readonly kind: 'institution' | 'person' | 'unknown';
    readonly name: string;
  };
  readonly lostCells: readonly LostCell[];
  /** Cells that keep some coverage but lose services or people. */
  readonly reducedCells: number;
  /** Topics without any holder (person or institution) afterwards that had one before. */
  readonly topicsLosingLastHolder: readonly TopicCode[];
  /** Topics that fall to a single person or institution. */
  readonly topicsBecomingSinglePoints: readonly TopicCode[];
  readonly brokenRoutes: readonly BrokenRoute[];
  /** Institutions that lose every referral connection to the rest (collaboration graph). */
  readonly cutOffInstitutions: readonly string[];
  readonly summary: LocalizedLabel;
}

/** Options of {@link whatIfRemoved}. */
export interface WhatIfOptions {
  readonly topics?: readonly TopicCode[];
  readonly asOf?: string;
  /** Hops a route may take (as in the route finder); defaults to 4. */
  readonly maxHops?: number;
}

/** End institutions reachable from `start` along referral paths usable for `topic`. */
function reachableEnds(
  index: GraphIndex,
  start: string,
  topic: TopicCode,
  maxHops: number,
  municipality: RegionCode,
): Set<string> {
  const need = { topic, municipality };
  const ends = new Set<string>();
  const seen = new Set([start]);
  let frontier = [start];
  for (let depth = 0; depth < maxHops && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const path of listOf(index.outPaths, node)) {
        if (seen.has(path.toId) || !index.institutions.has(path.toId)) continue;
        if (referralPathFailure(path, need) !== null) continue;
        seen.add(path.toId);
        next.push(path.toId);
        if (listOf(index.servicesOf, path.toId).some((s) => topicsMatch(s.topics, topic))) {
          ends.add(path.toId);
        }
      }
    }
    frontier = next;
  }
  return ends;
}

/** Institutions with a path of at most `hops` referral paths to `target`. */
function upstream(index: GraphIndex, target: string, hops: number): Set<string> {
  const seen = new Set([target]);
  let frontier = [target];
  for (let depth = 0; depth < hops && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const path of listOf(index.inPaths, node)) {
        if (!seen.has(path.fromId)) {
          seen.add(path.fromId);
          next.push(path.fromId);
        }
      }
    }
    frontier = next;
  }
  seen.delete(target);
  return seen;
}

/**
 * What leaving would cost if institution or person `id` left: coverage cells that drop to
 * zero, topics losing their last holder or falling to one, starts that can no longer reach a
 * topic along referral paths (only starts upstream of the institution can be affected, so only
 * they are searched), and institutions cut off from the rest.
 */
export function whatIfRemoved(
  graph: AnalysisGraph,
  id: string,
  options: WhatIfOptions = {},
): WhatIfReport {
  const index = graphIndex(graph);
  const rows = options.topics ?? CATALOGUE_TOPICS;
  const maxHops = options.maxHops ?? 4;
  const coverageOptions: CoverageOptions = { topics: rows, asOf: options.asOf };
  const institution = index.institutions.get(id);
  const person = index.people.get(id);
  const after = withoutNode(graph, id);
  const afterIndex = graphIndex(after);

  const before = computeCoverage(graph, coverageOptions);
  const afterCoverage = computeCoverage(after, coverageOptions);
  const lostCells: LostCell[] = [];
  let reducedCells = 0;
  before.cells.forEach((cell, i) => {
    const next = afterCoverage.cells[i];
    if (next === undefined) return;
    const servicesLost = cell.serviceCount > 0 && next.serviceCount === 0;
    const peopleLost = cell.personCount > 0 && next.personCount === 0;
    if (servicesLost || peopleLost) {
      lostCells.push({
        topic: cell.topic,
        municipality: cell.municipality,
        lost:
          servicesLost && peopleLost ? 'services_and_people' : servicesLost ? 'services' : 'people',
      });
    } else if (next.serviceCount < cell.serviceCount || next.personCount < cell.personCount) {
      reducedCells += 1;
    }
  });

  const holdersBefore = holdersByTopic(graph, index, rows, options.asOf);
  const holdersAfter = holdersByTopic(after, afterIndex, rows, options.asOf);
  const topicsLosingLastHolder: TopicCode[] = [];
  const topicsBecomingSinglePoints: TopicCode[] = [];
  holdersBefore.forEach((held, i) => {
    const next = holdersAfter[i];
    if (next === undefined) return;
    const had = held.personIds.length + held.institutionIds.length > 0;
    const has = next.personIds.length + next.institutionIds.length > 0;
    if (had && !has) topicsLosingLastHolder.push(held.topic);
    else if (
      (next.singlePerson && held.personIds.length > 1) ||
      (next.singleInstitution && held.institutionIds.length > 1)
    ) {
      topicsBecomingSinglePoints.push(held.topic);
    }
  });

  const brokenRoutes: BrokenRoute[] = [];
  let cutOffInstitutions: string[] = [];
  if (institution !== undefined) {
    // It may be the end of a route of maxHops hops, so look that far upstream.
    for (const start of [...upstream(index, id, maxHops)].sort()) {
      const own = listOf(index.servicesOf, start);
      const municipality = index.institutions.get(start)?.municipality ?? institution.municipality;
      for (const topic of rows) {
        if (own.some((s) => topicsMatch(s.topics, topic))) continue;
        const reachedBefore = reachableEnds(index, start, topic, maxHops, municipality);
        if (reachedBefore.size === 0) continue;
        if (reachableEnds(afterIndex, start, topic, maxHops, municipality).size === 0) {
          brokenRoutes.push({
            startId: start,
            topic,
            previouslyReached: [...reachedBefore].sort(),
          });
        }
      }
    }
    const structure = analyseStructure(collaborationGraph(graph));
    cutOffInstitutions = [...(structure.articulationPoints.find((p) => p.id === id)?.cutOff ?? [])];
  }

  const name = institution?.name ?? person?.name ?? id;
  const lost = counted(lostCells.length, ['Zelle', 'Zellen'], ['cell', 'cells']);
  const orphaned = counted(topicsLosingLastHolder.length, ['Thema', 'Themen'], ['topic', 'topics']);
  const broken = counted(
    brokenRoutes.length,
    ['unterbrochene Verweisungsroute', 'unterbrochene Verweisungsrouten'],
    ['broken referral route', 'broken referral routes'],
  );
  const cutOff = counted(
    cutOffInstitutions.length,
    ['abgeschnittene Einrichtung', 'abgeschnittene Einrichtungen'],
    ['institution cut off', 'institutions cut off'],
  );
  return {
    removed: {
      id,
      kind: institution !== undefined ? 'institution' : person !== undefined ? 'person' : 'unknown',
      name,
    },
    lostCells,
    reducedCells,
    topicsLosingLastHolder,
    topicsBecomingSinglePoints,
    brokenRoutes,
    cutOffInstitutions,
    summary: {
      de: `Ohne ${name}: ${lost.de} ohne Abdeckung, ${reducedCells.toLocaleString('de-DE')} geschwächt, ${orphaned.de} ohne Träger, ${broken.de}, ${cutOff.de}.`,
      en: `Without ${name}: coverage lost in ${lost.en}, ${reducedCells.toLocaleString('en-GB')} weakened, no holder left for ${orphaned.en}, ${broken.en}, ${cutOff.en}.`,
    },
  };
}

// Structure and brokers -----------------------------------------------------------------------

/** Articulation points and bridges of the collaboration graph. */
export function findStructuralWeakPoints(
  graph: AnalysisGraph,
  options: CollaborationOptions = {},
): CollaborationStructure {
  return analyseStructure(collaborationGraph(graph, options));
}

/** Options of {@link findBrokers}. */
export interface BrokerOptions extends CollaborationOptions {
  /** Exact betweenness below this many nodes, sampled at or above; default 1,000. */
  readonly exactBelow?: number;
  /** Source nodes sampled above the threshold; default 200. */
  readonly samples?: number;
  /** Seed of the sample; default 1. */
  readonly seed?: number;
  /** How many brokers to return; default 20. */
  readonly limit?: number;
}

/** A node and its betweenness. */
export interface Broker {
  readonly id: string;
  readonly kind: 'institution' | 'network';
  readonly label: string;
  /** Normalised betweenness, 0–1. */
  readonly score: number;
}

/** Brokers of a graph version; cache it per version, it is the expensive one. */
export interface BrokerReport {
  readonly graphVersion: string;
  readonly method: 'exact' | 'sampled';
  readonly nodeCount: number;
  /** Sampled sources and seed; `null` when exact. */
  readonly samples: number | null;
  readonly seed: number | null;
  readonly brokers: readonly Broker[];
}

/**
 * Sampled Brandes: single-source shortest-path counts from `samples` random sources,
 * accumulated and scaled by n / samples, normalised like graphology's exact betweenness
 * (1 / ((n − 1)(n − 2)) over ordered pairs) so both methods are comparable.
 */
export function sampledBetweenness(
  adjacency: {
    readonly ids: readonly string[];
    readonly neighbours: readonly (readonly number[])[];
  },
  samples: number,
  seed: number,
): Map<string, number> {
  const { ids, neighbours } = adjacency;
  const n = ids.length;
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const sources = sampleIndices(createRandom(seed), n, samples);
  for (const s of sources) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    // Breadth-first order; the iterator sees what is pushed while iterating.
    const order = [s];
    for (const v of order) {
      for (const w of neighbours[v] ?? []) {
        if (w < 0) continue;
        if (dist[w] === -1) {
          dist[w] = (dist[v] ?? 0) + 1;
          order.push(w);
        }
        if (dist[w] === (dist[v] ?? 0) + 1) sigma[w] = (sigma[w] ?? 0) + (sigma[v] ?? 0);
      }
    }
    for (let i = order.length - 1; i >= 0; i -= 1) {
      const w = order[i] ?? 0;
      for (const v of neighbours[w] ?? []) {
        if (v >= 0 && dist[v] === (dist[w] ?? 0) - 1) {
          delta[v] = (delta[v] ?? 0) + ((sigma[v] ?? 0) / (sigma[w] ?? 1)) * (1 + (delta[w] ?? 0));
        }
      }
      if (w !== s) centrality[w] = (centrality[w] ?? 0) + (delta[w] ?? 0);
    }
  }
  const scale = n <= 2 || sources.length === 0 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  return new Map(ids.map((id, i) => [id, (centrality[i] ?? 0) * scale]));
}

/**
 * Brokers: the nodes of the collaboration graph with the highest betweenness. Exact (graphology)
 * on small scopes; above `exactBelow` nodes sampled from `samples` sources with `seed`, so the
 * result is reproducible. The caller caches the report per graph version.
 */
export function findBrokers(graph: AnalysisGraph, options: BrokerOptions = {}): BrokerReport {
  const g = collaborationGraph(graph, options);
  const exactBelow = options.exactBelow ?? 1000;
  const samples = options.samples ?? 200;
  const seed = options.seed ?? 1;
  const exact = g.order < exactBelow;
  const scores: Map<string, number> = exact
    ? new Map(Object.entries(betweennessCentrality(g, { getEdgeWeight: null, normalized: true })))
    : sampledBetweenness(toAdjacency(g), samples, seed);
  const brokers = [...scores.entries()]
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, options.limit ?? 20)
    .map(([id, score]) => {
      const attributes = g.getNodeAttributes(id);
      return { id, kind: attributes.kind, label: attributes.label, score };
    });
  return {
    graphVersion: graph.version,
    method: exact ? 'exact' : 'sampled',
    nodeCount: g.order,
    samples: exact ? null : Math.min(samples, g.order),
    seed: exact ? null : seed,
    brokers,
  };
}

// Isolated institutions -----------------------------------------------------------------------

/** An institution without referral paths and without any network. */
export interface IsolatedInstitution {
  readonly id: string;
  readonly name: string;
  readonly kind: InstitutionKindCode;
  readonly municipality: RegionCode;
}

/**
 * Institutions with no referral path in or out and no network membership, neither their own
 * nor through anyone who works there.
 */
export function findIsolatedInstitutions(graph: AnalysisGraph): IsolatedInstitution[] {
  const index = graphIndex(graph);
  return graph.institutions
    .filter(
      (i) =>
        listOf(index.outPaths, i.id).length === 0 &&
        listOf(index.inPaths, i.id).length === 0 &&
        listOf(index.networksOf, i.id).length === 0 &&
        listOf(index.staffOf, i.id).every((p) => listOf(index.networksOf, p.id).length === 0),
    )
    .map((i) => ({ id: i.id, name: i.name, kind: i.kind, municipality: i.municipality }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
