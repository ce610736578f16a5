/**
 * Resilience in process (no server, no database), on the county's demo data and on the demo data
 * copied `--scale` times (98 copies ≈ 10,000 institutions, see scaled-data.ts):
 * `npm run build:bench && node packages/server/bench/dist/resilience-bench.js [-- --runs N --scale N]`.
 *
 * Times each analysis of the gaps page's resilience section on the scoped graph with its lookups
 * built (as in the server, where a snapshot shares them): median of `--runs` runs. With
 * `--before FILE` (figures saved by an earlier run with `--save FILE`) it prints them side by
 * side. It reports, it is not a test: it exits 0 whatever the figures, 1 only on errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import * as analysis from '@schutznetz/analysis';
import { DEMO_DATA, DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import type { GraphDataSet } from '@schutznetz/domain';
import { median, ms, table } from './measures';
import { describeDataSet, scaleDataSet } from './scaled-data';

type Graph = analysis.AnalysisGraph;

/** One timed analysis: what it is and a run that returns a short account of its answer. */
interface Measure {
  readonly label: string;
  /** The analysis it needs, when older code may lack it (then it is skipped). */
  readonly needs?: string;
  readonly run: (graph: Graph, subjects: Subjects) => string;
}

/** Who the what-ifs remove: fixed rules, so every version of the code removes the same. */
interface Subjects {
  /** The institution whose leaving cuts most institutions off the referral graph. */
  readonly institution: string;
  /** The person with the most topics of expertise (ties: the smallest id). */
  readonly person: string;
}

function subjectsOf(graph: Graph): Subjects {
  const structure = analysis.findStructuralWeakPoints(graph);
  const person = [...graph.people].sort(
    (a, b) => b.expertise.length - a.expertise.length || a.id.localeCompare(b.id),
  )[0];
  return {
    institution: structure.articulationPoints[0]?.id ?? graph.institutions[0]?.id ?? '',
    person: person?.id ?? '',
  };
}

const MEASURES: readonly Measure[] = [
  {
    label: 'articulation points and bridges (referral graph)',
    run: (graph) => {
      const s = analysis.findStructuralWeakPoints(graph);
      return `${s.articulationPoints.length} points, ${s.bridges.length} bridges`;
    },
  },
  {
    label: 'isolated institutions',
    run: (graph) => `${analysis.findIsolatedInstitutions(graph).length} isolated`,
  },
  {
    label: 'people on whom a link hangs (link graph, new)',
    needs: 'findPersonLinks',
    run: (graph) => {
      const r = analysis.findPersonLinks(graph);
      return `${r.cutPoints.length} people, ${r.bridges.length} links of ${r.linkCount}`;
    },
  },
  {
    label: 'isolation: referral graph and networks apart (new)',
    needs: 'findIsolation',
    run: (graph) => {
      const r = analysis.findIsolation(graph);
      return `${r.inReferrals.length} without referral, ${r.inNetworks.length} without network`;
    },
  },
  {
    label: 'what if the main institution cut point leaves',
    run: (graph, { institution }) => {
      const r = analysis.whatIfRemoved(graph, institution);
      return `${r.cutOffInstitutions.length} cut off, ${r.brokenRoutes.length} broken routes`;
    },
  },
  {
    label: 'what if the person with most expertise leaves',
    run: (graph, { person }) => {
      const r = analysis.whatIfRemoved(graph, person);
      // Read defensively: the same script measures the code before issue 13, which lacks it.
      const experts = (r as { topicsLosingLastExpert?: readonly string[] }).topicsLosingLastExpert;
      return `${r.cutOffInstitutions.length} cut off, ${experts?.length ?? '–'} topics without expert`;
    },
  },
];

/** Median milliseconds of `runs` runs, and the account of the last. */
function timeMeasure(
  measure: Measure,
  graph: Graph,
  subjects: Subjects,
  runs: number,
): { ms: number; detail: string } {
  const times: number[] = [];
  let detail = '';
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    detail = measure.run(graph, subjects);
    times.push(performance.now() - started);
  }
  return { ms: median(times), detail };
}

/** The data set as the server's analyses see it: the county's scope, lookups built. */
function countyGraph(data: GraphDataSet): Graph {
  const codes = DEMO_REGION_CATALOG.municipalities.map((m) => m.code);
  const graph = analysis.scope(analysis.fromDataSet(data), codes);
  analysis.findIsolatedInstitutions(graph); // builds the lookups, as a snapshot shares them
  return graph;
}

type Figures = Record<string, Record<string, number>>;

function main(): void {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      scale: { type: 'string', default: '98' },
      seed: { type: 'string', default: '20261124' },
      before: { type: 'string' },
      save: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const scale = Number(values.scale);
  const before: Figures =
    values.before === undefined ? {} : (JSON.parse(readFileSync(values.before, 'utf8')) as Figures);
  const figures: Figures = {};
  console.log(
    `Resilience in process — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ` +
      `Node ${process.version}; median of ${runs} runs` +
      (values.before === undefined ? '' : `; before: ${values.before}`),
  );
  const dataSets = [
    { name: 'county (demo data)', data: DEMO_DATA },
    {
      name: `${scale} copies of the county`,
      data: scaleDataSet(DEMO_DATA, scale, Number(values.seed)),
    },
  ];
  for (const dataSet of dataSets) {
    const graph = countyGraph(dataSet.data);
    const subjects = subjectsOf(graph);
    console.log(`\n${dataSet.name}: ${describeDataSet(dataSet.data)}`);
    console.log(`removed in the what-ifs: ${subjects.institution}, ${subjects.person}`);
    const rows: string[][] = [];
    const own: Record<string, number> = {};
    for (const measure of MEASURES) {
      if (measure.needs !== undefined && !(measure.needs in analysis)) continue;
      const { ms: took, detail } = timeMeasure(measure, graph, subjects, runs);
      own[measure.label] = took;
      const earlier = before[dataSet.name]?.[measure.label];
      rows.push([measure.label, earlier === undefined ? '–' : ms(earlier), ms(took), detail]);
    }
    figures[dataSet.name] = own;
    console.log(table(['analysis', 'before ms', 'now ms', 'answer now'], rows));
  }
  if (values.save !== undefined)
    writeFileSync(values.save, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(
    `\nload average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

main();
