/* global window -- the callbacks of page.evaluate run in the browser */
// npm run bench:client — the web client's graph in headless Chromium (see docs/benchmarks.md).
// Draws the county and generated graphs of 5,000 and 20,000 elements with the app's graph code and
// with plain Cytoscape defaults, in the same page, and times data → interactive and pan/zoom frames.
//
// Environment: BENCH_GRAPHQL_URL=http://localhost:4000/graphql takes the county from a running server
// (otherwise a generated graph of the county's size is used); CHROMIUM_PATH (default /usr/bin/chromium);
// BENCH_RUNS (default 3; the median is reported); BENCH_SETS (default county,5k,20k).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const graphqlUrl = process.env.BENCH_GRAPHQL_URL;
const datasets = (process.env.BENCH_SETS ?? 'county,5k,20k').split(',');
const VIEWPORT = { width: 1280, height: 800 };
const chromiumFlags = JSON.parse(
  readFileSync(path.join(here, '..', 'e2e', 'chromium-flags.json'), 'utf8'),
);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const ms = (value) => (value === undefined ? '–' : `${Math.round(value)} ms`);

const userDataDir = mkdtempSync(path.join(tmpdir(), 'schutznetz-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  viewport: VIEWPORT,
  // The end-to-end tests' flags: no GPU, no internet.
  args: chromiumFlags,
});

try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.setContent(
    `<!doctype html><html><body style="margin:0"><div id="cy" style="width:${VIEWPORT.width}px;height:${VIEWPORT.height}px"></div></body></html>`,
  );
  await page.addScriptTag({ path: path.join(here, 'dist', 'bench-page.js') });
  const browserVersion =
    context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));

  let countySource = 'generated (county size)';
  if (graphqlUrl) {
    const query = await page.evaluate(() => window.schutznetzBench.explorerQuery);
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    if (!body.data) throw new Error(`county query failed: ${JSON.stringify(body.errors)}`);
    await page.evaluate((data) => window.schutznetzBench.loadCounty(data), body.data);
    countySource = `demo data from ${graphqlUrl}`;
  } else {
    await page.evaluate(() => window.schutznetzBench.generate('county', 1172));
  }
  await page.evaluate(() => {
    window.schutznetzBench.generate('5k', 5000);
    window.schutznetzBench.generate('20k', 20000);
  });

  /** Drags across the canvas and wheels in and out; returns rAF frame intervals. */
  const gesture = async () => {
    const cx = VIEWPORT.width / 2;
    const cy = VIEWPORT.height / 2;
    await page.evaluate(() => window.schutznetzBench.startFrames());
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let step = 1; step <= 20; step += 1) await page.mouse.move(cx + step * 12, cy + step * 6);
    await page.mouse.up();
    for (let step = 0; step < 6; step += 1) await page.mouse.wheel(0, step < 3 ? -120 : 120);
    await page.waitForTimeout(300);
    return page.evaluate(() => window.schutznetzBench.stopFrames());
  };

  const rows = [];
  const measure = async (dataset, variant, draw) => {
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const timing = await draw();
      const frames = await gesture();
      samples.push({ ...timing, ...frames });
      if (variant.single) break;
    }
    const pickMedian = (key) => median(samples.map((sample) => sample[key]));
    const row = {
      dataset,
      variant: variant.name,
      elements: samples[0].nodes + samples[0].edges,
      nodes: samples[0].nodes,
      edges: samples[0].edges,
      layoutMs: pickMedian('layoutMs'),
      interactiveMs: pickMedian('interactiveMs'),
      drawMedian: pickMedian('drawMedian'),
      drawP95: pickMedian('drawP95'),
      drawMax: pickMedian('drawMax'),
      frameP95: pickMedian('frameP95'),
      settleMs: pickMedian('settleMs'),
    };
    rows.push(row);
    console.log(
      `${dataset.padEnd(7)} ${variant.name.padEnd(40)} ${String(row.elements).padStart(6)} el  ` +
        `layout ${ms(row.layoutMs).padStart(8)}  interactive ${ms(row.interactiveMs).padStart(8)}  ` +
        `pan/zoom draw median ${ms(row.drawMedian).padStart(7)} p95 ${ms(row.drawP95).padStart(7)} ` +
        `max ${ms(row.drawMax).padStart(7)}  frame p95 ${ms(row.frameP95).padStart(7)}  ` +
        `full redraw ${ms(row.settleMs).padStart(7)}`,
    );
  };

  for (const dataset of datasets) {
    await measure(dataset, { name: 'Schutznetz (fCoSE draft, tuned renderer)' }, () =>
      page.evaluate((name) => window.schutznetzBench.tuned(name, false), dataset),
    );
    await measure(dataset, { name: 'Schutznetz, positions precomputed' }, () =>
      page.evaluate((name) => window.schutznetzBench.tuned(name, true), dataset),
    );
    await measure(dataset, { name: 'plain Cytoscape, same positions' }, () =>
      page.evaluate((name) => window.schutznetzBench.plain(name, 'preset'), dataset),
    );
    if (dataset !== '20k') {
      // fCoSE at its default quality is what a plain setup would run; it is slow, so once only.
      await measure(dataset, { name: 'plain Cytoscape + fCoSE defaults', single: true }, () =>
        page.evaluate((name) => window.schutznetzBench.plain(name, 'fcose'), dataset),
      );
    }
  }
  console.log(
    `\nChromium ${browserVersion}; county: ${countySource}; median of ${runs} runs (fCoSE defaults: 1 run).`,
  );
  console.log(JSON.stringify(rows));
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
