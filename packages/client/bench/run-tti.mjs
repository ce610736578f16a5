/* global document, requestAnimationFrame -- callbacks of page.evaluate run in the browser */
// npm run bench:tti -w @schutznetz/client — the explorer's time to interactive for the whole county
// right after a server start (see docs/benchmarks.md, "Issue 13 – explorer").
//
// As `npm start` does: the built server (packages/server/dist) with its embedded Neo4j on a data
// folder of its own. A first start seeds the demo data and is not timed; then per run: start the
// server (and with it the database), wait for /health/ready, open /explorer in a fresh headless
// Chromium context and time, from navigation start, the page's requests and the moment the whole
// county is drawn (as many nodes drawn as the summary states, one frame painted). A second visit
// on the same server shows the warm figure. Needs `npm run build` first.
//
// Environment: CLIENT_DIST_DIR (the built client the server serves); CHROMIUM_PATH (default /usr/bin/chromium); BENCH_RUNS (default 3; medians);
// BENCH_SAVE=file writes the figures as JSON; BENCH_BEFORE=file prints them beside saved ones.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const chromiumFlags = JSON.parse(
  readFileSync(path.join(here, '..', 'e2e', 'chromium-flags.json'), 'utf8'),
);
const serverMain = path.join(root, 'packages', 'server', 'dist', 'index.js');
const clientDist = process.env.CLIENT_DIST_DIR ?? path.join(here, '..', 'dist');
for (const file of [serverMain, path.join(clientDist, 'index.html')]) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first`);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Spawns a node script and resolves once a line of its output matches `ready`. */
function startProcess(args, env, ready, what) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, cwd: root });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const started = new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk.toString();
      if (ready.test(output)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}):\n${output}`)));
  });
  // Exiting after the start (when stopped) is no failure.
  started.catch(() => undefined);
  return { child, exited, started };
}

async function waitReady(url) {
  for (let attempt = 0; attempt < 3600; attempt += 1) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} never answered`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** Opens /explorer and returns the timings, in ms from navigation start. */
async function visit(browser, baseUrl) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'de-DE',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  const operations = [];
  page.on('requestfinished', (request) => {
    if (!request.url().endsWith('/graphql')) return;
    const body = request.postData() ?? '';
    const name = /"operationName":"(\w+)"/.exec(body)?.[1] ?? /query (\w+)/.exec(body)?.[1] ?? '?';
    const timing = request.timing();
    operations.push({ name, start: timing.startTime, end: timing.responseEnd });
  });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await page.goto('/explorer');
  const handle = await page
    .waitForFunction(
      () => {
        const container = document.querySelector('[data-testid="graph-canvas"]');
        const cy = container?._cyreg?.cy;
        const summary = [...document.querySelectorAll('.explorer-summary')][0]?.textContent ?? '';
        const stated = Number((/[\d.]+/.exec(summary)?.[0] ?? '0').replaceAll('.', ''));
        if (!cy || stated === 0 || cy.nodes().length !== stated) return null;
        return new Promise((resolve) => {
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const navigation = performance.getEntriesByType('navigation')[0];
              resolve({
                interactive: performance.now(),
                domContentLoaded: navigation.domContentLoadedEventEnd,
                nodes: cy.nodes().length,
                edges: cy.edges().length,
              });
            }),
          );
        });
      },
      undefined,
      { timeout: 180_000, polling: 20 },
    )
    .catch(async (error) => {
      const text = await page
        .locator('main')
        .innerText()
        .catch(() => '');
      throw new Error(`${error.message}\n${problems.join('\n')}\n${text.slice(0, 800)}`);
    });
  const drawn = await handle.jsonValue();
  const navigationStart = await page.evaluate(() => performance.timeOrigin);
  await context.close();
  // Playwright's request timing: startTime is epoch ms, responseEnd relative to it.
  const requests = {};
  for (const { name, start, end } of operations) {
    requests[name] = { from: start - navigationStart, took: end };
  }
  return { ...drawn, requests };
}

const userDataDir = mkdtempSync(path.join(tmpdir(), 'schutznetz-tti-'));
let browser;

/** Starts the server as `npm start` does, with its embedded Neo4j; resolves once it is ready. */
async function startServer() {
  const port = await freePort();
  const server = startProcess(
    [serverMain],
    {
      NEO4J_DATA_DIR: path.join(userDataDir, 'neo4j'),
      PORT: String(port),
      ANONYMOUS_ROLE: 'member',
      LOG_LEVEL: 'warn',
    },
    /./,
    'server',
  );
  const before = performance.now();
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitReady(`${baseUrl}/health/ready`);
  return { server, baseUrl, startMs: performance.now() - before };
}

async function stopServer({ server }) {
  server.child.kill('SIGTERM');
  await server.exited;
}

try {
  // The first start loads the demo data into the empty database; not timed.
  await stopServer(await startServer());
  browser = await chromium.launch({ executablePath, args: chromiumFlags });
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const started = await startServer();
    let first;
    let second;
    try {
      first = await visit(browser, started.baseUrl);
      second = await visit(browser, started.baseUrl);
    } finally {
      // A failed visit must not leave the server and its database running.
      await stopServer(started);
    }
    samples.push({ startMs: started.startMs, first, second });
    console.log(
      `run ${run + 1}: server with database ready ${Math.round(started.startMs)} ms; first visit ` +
        `interactive ${Math.round(first.interactive)} ms (${first.nodes} nodes, ${first.edges} edges), ` +
        `second ${Math.round(second.interactive)} ms; requests of the first: ` +
        Object.entries(first.requests)
          .map(([name, r]) => `${name} at ${Math.round(r.from)} took ${Math.round(r.took)} ms`)
          .join(', '),
    );
  }
  const pick = (visitName, key) => median(samples.map((sample) => sample[visitName][key]));
  const pickRequest = (name) =>
    median(samples.map((sample) => sample.first.requests[name]?.took ?? Number.NaN));
  const figures = {
    'server start (with its database) to ready': median(samples.map((sample) => sample.startMs)),
    nodes: samples[0].first.nodes,
    edges: samples[0].first.edges,
    'first visit: DOMContentLoaded': pick('first', 'domContentLoaded'),
    ...Object.fromEntries(
      Object.keys(samples[0].first.requests).map((name) => [
        `first visit: ${name} request`,
        pickRequest(name),
      ]),
    ),
    'first visit: interactive': pick('first', 'interactive'),
    'second visit: interactive': pick('second', 'interactive'),
  };
  const before = process.env.BENCH_BEFORE
    ? JSON.parse(readFileSync(process.env.BENCH_BEFORE, 'utf8'))
    : null;
  console.log(`\nmedian of ${runs} runs, Chromium ${browser.version()}`);
  console.log(
    `${'figure'.padEnd(48)} ${before ? 'before'.padStart(10) : ''} ${'now'.padStart(10)}`,
  );
  for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(figures)])) {
    const show = (value) =>
      value === undefined || Number.isNaN(value)
        ? '–'
        : key === 'nodes' || key === 'edges'
          ? String(value)
          : `${Math.round(value)} ms`;
    console.log(
      `${key.padEnd(48)} ${before ? show(before[key]).padStart(10) : ''} ${show(figures[key]).padStart(10)}`,
    );
  }
  if (process.env.BENCH_SAVE) writeFileSync(process.env.BENCH_SAVE, JSON.stringify(figures));
} finally {
  await browser?.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
