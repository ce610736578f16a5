/**
 * Brokers: the nodes of the collaboration graph with the highest betweenness, exact on small
 * scopes (graphology) and sampled (Brandes from random sources) above a threshold.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import {
  collaborationGraph,
  toAdjacency,
  type Adjacency,
  type CollaborationOptions,
} from '../collaboration';
import type { AnalysisGraph } from '../graph';
import { createRandom, sampleIndices } from '../random';

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
  adjacency: Adjacency,
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
  // graphology's Brandes cannot take an empty graph (a new instance): its stack needs a size.
  const scores: Map<string, number> =
    g.order === 0
      ? new Map<string, number>()
      : exact
        ? new Map(
            Object.entries(betweennessCentrality(g, { getEdgeWeight: null, normalized: true })),
          )
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
