/**
 * The analyses of the package on a generated graph, in process (no server, no database):
 * `npm run bench -w @schutznetz/analysis [-- --institutions N --seed N --runs N]`.
 *
 * Prints the figures of docs/benchmarks.md ("Analysis algorithms in process"): building the
 * graph's lookups against building a graphology graph of it; route queries (cold, k = 5,
 * k = 50 for a topic group, a no-route explanation); coverage; resilience (structure, sampled
 * brokers, isolated institutions, what-if); and exact against sampled betweenness on a smaller
 * graph (the reason for sampling, decision 017). It reports, it is not a test: it exits 0
 * whatever the figures, 1 only on errors.
 */
import os from 'node:os';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { collaborationGraph, toAdjacency } from '../src/collaboration';
import { computeCoverage } from '../src/coverage-report';
import { toGraphology, type AnalysisGraph } from '../src/graph';
import { graphIndex } from '../src/graph-index';
import {
  findBrokers,
  findIsolatedInstitutions,
  findStructuralWeakPoints,
  sampledBetweenness,
  whatIfRemoved,
} from '../src/resilience';
import { explainNoRoute, findReferralRoutes, type ReferralNeed } from '../src/routes';
import { generateAnalysisGraph } from '../src/testing/generate';

interface Options {
  readonly institutions: number;
  readonly seed: number;
  readonly runs: number;
  /** Institutions of the graph on which exact and sampled betweenness are compared. */
  readonly exactInstitutions: number;
}

function readOptions(argv: readonly string[]): Options {
  const value = (name: string, fallback: number): number => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} wants a whole number ≥ 1`);
    return n;
  };
  return {
    institutions: value('institutions', 10_000),
    seed: value('seed', 2024),
    runs: value('runs', 40),
    exactInstitutions: value('exact-institutions', 2_000),
  };
}

/** Milliseconds `run` takes, and what it returned. */
function timed<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

const fmt = (ms: number): string => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;

function line(what: string, figure: string): void {
  console.log(`${what.padEnd(58)} ${figure}`);
}

const NEEDS: readonly ReferralNeed[] = [
  {
    topic: 'domestic_violence',
    municipality: 'koethen',
    targetGroup: 'women',
    at: '2025-01-14T09:00:00Z',
  },
  {
    topic: 'child_risk_assessment',
    municipality: 'zerbst',
    age: 7,
    at: '2025-01-18T22:00:00Z',
    urgency: 'days',
  },
  { topic: 'child_sexual_abuse', municipality: 'aken', language: 'en' },
  { topic: 'addiction_in_families', municipality: 'bitterfeld_wolfen', consent: 'not_obtainable' },
];

function lookups(graph: AnalysisGraph): void {
  // A fresh copy of the graph object: the index is cached per object.
  const index = timed(() => graphIndex({ ...graph }));
  const graphology = timed(() => toGraphology(graph));
  const collaboration = timed(() => collaborationGraph(graph));
  const adjacency = timed(() => toAdjacency(collaboration.value));
  line('lookups of the graph (graphIndex)', fmt(index.ms));
  line('the same graph as a graphology MultiDirectedGraph', fmt(graphology.ms));
  line(
    'collaboration graph (graphology) / its adjacency lists',
    `${fmt(collaboration.ms)} / ${fmt(adjacency.ms)}`,
  );
}

function routes(graph: AnalysisGraph, runs: number): void {
  const fromIds = new Set(graph.referralPaths.map((p) => p.fromId));
  const starts = graph.institutions.filter((i) => fromIds.has(i.id));
  const startAt = (i: number): string => starts[i % starts.length]?.id ?? '';
  const need = (i: number): ReferralNeed =>
    NEEDS[i % NEEDS.length] ?? { topic: 'domestic_violence', municipality: 'koethen' };
  const first = timed(() =>
    findReferralRoutes(graph, { kind: 'institution', institutionId: startAt(0) }, need(0), 3),
  );
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i += 1) {
    const { ms, value } = timed(() =>
      findReferralRoutes(
        graph,
        { kind: 'institution', institutionId: startAt(i * 97) },
        need(i),
        5,
      ),
    );
    times.push(ms);
    if (value.routes.length > 0) found += 1;
  }
  const deep: number[] = [];
  let labels = 0;
  const deepRuns = Math.max(1, Math.round(runs / 2));
  for (let i = 0; i < deepRuns; i += 1) {
    const topic = i % 2 === 0 ? 'violence_close_relationships' : 'child_endangerment';
    const { ms, value } = timed(() =>
      findReferralRoutes(
        graph,
        { kind: 'institution', institutionId: startAt(i * 31) },
        { topic, municipality: 'koethen' },
        50,
      ),
    );
    deep.push(ms);
    labels += value.labelsExpanded;
  }
  const explain = timed(() =>
    explainNoRoute(
      graph,
      { kind: 'institution', institutionId: startAt(1) },
      { ...need(2), language: 'vi' },
    ),
  );
  line('first route query (cold: lookups built)', fmt(first.ms));
  line(
    `${runs} route queries, k = 5: median / max`,
    `${fmt(median(times))} / ${fmt(Math.max(...times))} (${found} with routes)`,
  );
  line(
    `${deepRuns} queries for a topic group, k = 50: median / max`,
    `${fmt(median(deep))} / ${fmt(Math.max(...deep))} (${Math.round(labels / deepRuns)} partial routes expanded on average)`,
  );
  line(
    `explainNoRoute (${explain.value.relaxations.length + explain.value.fruitless.length} relaxations tried)`,
    fmt(explain.ms),
  );
}

function coverage(graph: AnalysisGraph): void {
  const options = { asOf: '2025-01-01', languages: ['en', 'ar'] } as const;
  const cold = timed(() => computeCoverage(graph, options));
  const warm = timed(() => computeCoverage(graph, options));
  const groups = timed(() => computeCoverage(graph, { asOf: '2025-01-01', targetGroups: true }));
  line(
    'coverage, first call / again',
    `${fmt(cold.ms)} / ${fmt(warm.ms)} (${warm.value.cells.length} cells, ${warm.value.gaps.length} gaps)`,
  );
  line(
    'coverage with every target group',
    `${fmt(groups.ms)} (${groups.value.targetGroupCells.length} more cells)`,
  );
}

function resilience(graph: AnalysisGraph): void {
  const structure = timed(() => findStructuralWeakPoints(graph));
  const brokers = timed(() => findBrokers(graph, { samples: 200, seed: 1 }));
  const isolated = timed(() => findIsolatedInstitutions(graph));
  const target = structure.value.articulationPoints[0]?.id ?? graph.institutions[0]?.id ?? '';
  const whatIf = timed(() => whatIfRemoved(graph, target));
  const s = structure.value;
  line(
    'articulation points and bridges',
    `${fmt(structure.ms)} (${s.articulationPoints.length} points, ${s.bridges.length} bridges, ${s.components} components)`,
  );
  line(
    `brokers (${brokers.value.method}, ${brokers.value.samples ?? 'all'} sources)`,
    fmt(brokers.ms),
  );
  line('isolated institutions', `${fmt(isolated.ms)} (${isolated.value.length})`);
  line(
    'what if an articulation point leaves',
    `${fmt(whatIf.ms)} (${whatIf.value.brokenRoutes.length} broken routes)`,
  );
}

function betweenness(institutions: number, seed: number): void {
  const graph = generateAnalysisGraph({ institutions, seed });
  const g = collaborationGraph(graph);
  const exact = timed(() => betweennessCentrality(g, { getEdgeWeight: null, normalized: true }));
  const sampled = timed(() => sampledBetweenness(toAdjacency(g), 200, 1));
  line(
    `betweenness on ${g.order} nodes: exact (graphology) / sampled (200)`,
    `${fmt(exact.ms)} / ${fmt(sampled.ms)}`,
  );
}

const cpuAtStart = process.cpuUsage();
const wallAtStart = performance.now();

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const generated = timed(() =>
    generateAnalysisGraph({ institutions: options.institutions, seed: options.seed }),
  );
  const graph = generated.value;
  console.log(
    `Generated graph (seed ${options.seed}): ${graph.institutions.length} institutions, ${graph.services.length} services, ` +
      `${graph.referralPaths.length} referral paths, ${graph.people.length} people, ${graph.networks.length} networks in ${fmt(generated.ms)}; Node ${process.version}`,
  );
  lookups(graph);
  routes(graph, options.runs);
  coverage(graph);
  resilience(graph);
  betweenness(options.exactInstitutions, options.seed);
  // A shared machine makes the figures noisy: say how much of the wall time this process ran.
  const cpu = process.cpuUsage(cpuAtStart);
  const share = (cpu.user + cpu.system) / 1000 / (performance.now() - wallAtStart);
  console.log(
    `This process ran ${Math.round(share * 100)} % of the wall time; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores.`,
  );
}

main();
