/**
 * The training planner in process (no database, no HTTP):
 * `npm run bench:trainings [-- --runs N --scale N --seed N]`.
 *
 * For the county demo data and for the demo data copied `--scale` times (98 copies ≈ 10,000
 * institutions, the generator of bench:analysis) it times, on the graph the server builds per
 * graph version: the coverage report the plan starts from, the year plan for 10 and for 50
 * trainings of 12 seats (coverage included, as the API computes it), and the effect of every
 * recorded training (pastTrainings). Median and p95 of `--runs` runs after one warm-up. It
 * reports, it is not a test: it exits 0 whatever the figures, 1 only on errors.
 */
import {
  computeCoverage,
  fromDataSet,
  measureRecordedTrainings,
  planTrainings,
} from '@schutznetz/analysis';
import { DEMO_DATA } from '@schutznetz/demo-data';
import type { GraphDataSet } from '@schutznetz/domain';
import { median, ms, p95, table, wholeNumberOptions } from './measures';
import { describeDataSet, scaleDataSet } from './scaled-data';

const options = wholeNumberOptions({
  runs: { default: 7, min: 1 },
  scale: { default: 98, min: 1 },
  seed: { default: 20261124, min: 0 },
});

const AS_OF = '2026-06-01';

function timings(run: () => unknown): number[] {
  run();
  return Array.from({ length: options.runs }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
}

function measure(name: string, data: GraphDataSet): string[][] {
  const graph = fromDataSet(data, { version: name });
  const recorded = data.trainings
    .filter((t) => t.completed)
    .map((t) => ({ id: t.id, topics: t.topics, date: t.date, participantIds: t.participantIds }));
  const cases: [string, () => unknown][] = [
    ['coverage (the plan starts from it)', () => computeCoverage(graph, { asOf: AS_OF })],
    [
      'plan, 10 trainings × 12 seats',
      () => planTrainings(graph, { asOf: AS_OF, count: 10, seats: 12 }),
    ],
    [
      'plan, 50 trainings × 12 seats',
      () => planTrainings(graph, { asOf: AS_OF, count: 50, seats: 12 }),
    ],
    [
      `past trainings (${recorded.length} recorded)`,
      () => measureRecordedTrainings(graph, recorded, AS_OF),
    ],
  ];
  const plan = planTrainings(graph, { asOf: AS_OF, count: 50, seats: 12 });
  console.log(
    `${name}: ${describeDataSet(data)}; plan of 50: ${plan.trainings.length} trainings, ` +
      `${plan.effect.gapsClosed.length} of ${plan.effect.closableGaps} closable gaps closed`,
  );
  return cases.map(([what, run]) => {
    const values = timings(run);
    return [`${name}: ${what}`, ms(median(values)), ms(p95(values))];
  });
}

const rows = [
  ...measure('county', DEMO_DATA),
  ...measure(`${options.scale} copies`, scaleDataSet(DEMO_DATA, options.scale, options.seed)),
];
console.log(`\nTraining planner in process, ${options.runs} runs after a warm-up (ms)\n`);
console.log(table(['what', 'median', 'p95'], rows));
