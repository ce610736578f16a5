/**
 * The browser side of `npm run bench:client`, bundled into one script and loaded into headless
 * Chromium by run-bench.mjs. It draws the same data twice in the same page: once through the
 * app's own graph code (`createGraph` + `syncElements`: tuned renderer, fCoSE draft, cached
 * positions) and once with plain Cytoscape defaults, and reports the timings.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { print } from 'graphql';
import { buildExplorerData } from '../src/explorer/explorer-data';
import { EXPLORER_NETWORK_QUERY } from '../src/explorer/explorer.query';
import type { ExplorerNetworkQuery } from '../src/gql/graphql';
import { toElements } from '../src/graph/graph-elements';
import type { GraphData } from '../src/graph/graph-model';
import {
  createGraph,
  precomputePositions,
  registerExtensions,
  syncElements,
} from '../src/graph/graph-sync';
import { generateNetworkGraph } from './generate-graph';

/** Resolves after the next frame has been painted. */
const nextFrame = () =>
  new Promise<number>((resolve) => {
    requestAnimationFrame(() => {
      requestAnimationFrame(resolve);
    });
  });

let current: Core | null = null;
const frames: number[] = [];
const draws: number[] = [];
let recording = false;

interface CanvasRenderer {
  render(options?: unknown): void;
}

/** Times every draw of the renderer (Cytoscape's own render loop calls `render` once a frame). */
function instrument(cy: Core): Core {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
  const render = renderer.render.bind(renderer);
  renderer.render = (options?: unknown) => {
    const start = performance.now();
    render(options);
    if (recording) draws.push(performance.now() - start);
  };
  return cy;
}

function container(): HTMLElement {
  const element = document.getElementById('cy');
  if (!element) throw new Error('bench page has no #cy');
  return element;
}

function reset(): void {
  current?.destroy();
  current = null;
}

export interface DrawTiming {
  readonly nodes: number;
  readonly edges: number;
  /** Data to elements (mapping), ms. */
  readonly mapMs: number;
  /** Layout, ms. */
  readonly layoutMs: number;
  /** From data to the first painted frame of the laid-out graph, ms. */
  readonly interactiveMs: number;
}

/** Waits for the first painted frame of a draw and gives its timing, from `since` to that frame. */
async function timeFirstFrame(
  data: GraphData,
  mapMs: number,
  layoutMs: number,
  since: number,
): Promise<DrawTiming> {
  await nextFrame();
  return {
    nodes: data.nodes.length,
    edges: data.edges.length,
    mapMs,
    layoutMs,
    interactiveMs: performance.now() - since,
  };
}

/** The app's way: map, create the tuned instance, lay out with fCoSE draft, first frame. */
async function drawTuned(data: GraphData, precomputed: boolean): Promise<DrawTiming> {
  reset();
  await nextFrame();
  const start = performance.now();
  const elements = toElements(data);
  const mapped = performance.now();
  let layoutMs = 0;
  const cache = new Map<string, { x: number; y: number }>();
  if (precomputed) {
    // Positions as the server (or an earlier visit) would hand them over.
    precomputePositions(elements, cache);
  }
  const begin = performance.now();
  const cy = instrument(createGraph(container()));
  current = cy;
  const layoutStart = performance.now();
  syncElements(cy, elements, cache);
  layoutMs = performance.now() - layoutStart;
  cy.fit(undefined, 30);
  // With positions given, the clock stops for their computation: mapping, then the draw.
  const since = precomputed ? begin - (mapped - start) : start;
  return timeFirstFrame(data, mapped - start, precomputed ? 0 : layoutMs, since);
}

/** Plain Cytoscape: default options, labels on, the layout named in `layout`. */
async function drawPlain(
  data: GraphData,
  layout: 'fcose' | 'grid' | 'preset',
  positions?: ReadonlyMap<string, { x: number; y: number }>,
): Promise<DrawTiming> {
  reset();
  await nextFrame();
  const start = performance.now();
  const elements: ElementDefinition[] = [
    ...data.nodes.map((node) => {
      const position = positions?.get(node.id);
      return {
        group: 'nodes' as const,
        data: { id: node.id, label: node.label },
        ...(position ? { position: { ...position } } : {}),
      };
    }),
    ...data.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.source, target: edge.target },
    })),
  ];
  const mapped = performance.now();
  cytoscape.use(fcose);
  const cy = instrument(
    cytoscape({
      container: container(),
      elements,
      style: [{ selector: 'node', style: { label: 'data(label)' } }],
      layout: { name: 'preset' },
    }),
  );
  current = cy;
  const layoutStart = performance.now();
  if (layout !== 'preset') cy.layout({ name: layout, animate: false }).run();
  const layoutMs = performance.now() - layoutStart;
  cy.fit();
  return timeFirstFrame(data, mapped - start, layout === 'preset' ? 0 : layoutMs, start);
}

/** Starts recording frame times (rAF intervals) while the runner drives mouse gestures. */
function startFrames(): void {
  frames.length = 0;
  draws.length = 0;
  recording = true;
  let last = performance.now();
  const tick = (now: number) => {
    if (!recording) return;
    frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Quantile of a list of durations. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * Stops recording and reports the draws during the gesture (Cytoscape's render calls: what a
 * pan or zoom costs per frame) and the frame intervals the page saw, plus one full-quality
 * redraw after the gesture (edges and labels back), forced by a one-pixel pan.
 */
async function stopFrames(): Promise<{
  drawMedian: number;
  drawP95: number;
  drawMax: number;
  drawCount: number;
  frameP95: number;
  settleMs: number;
}> {
  const result = {
    drawMedian: quantile(draws, 0.5),
    drawP95: quantile(draws, 0.95),
    drawMax: quantile(draws, 1),
    drawCount: draws.length,
    frameP95: quantile(frames.slice(1), 0.95),
  };
  draws.length = 0;
  const cy = current;
  let settleMs = 0;
  if (cy) {
    await nextFrame();
    cy.panBy({ x: 1, y: 0 });
    await nextFrame();
    settleMs = quantile(draws, 1);
  }
  recording = false;
  return { ...result, settleMs };
}

/** Laid-out positions of the current graph, to hand the same picture to the plain variant. */
function currentPositions(): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  current?.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions.set(node.id(), { x, y });
  });
  return positions;
}

declare global {
  interface Window {
    schutznetzBench: typeof api;
  }
}

const api = {
  explorerQuery: print(EXPLORER_NETWORK_QUERY),
  positions: new Map<string, Map<string, { x: number; y: number }>>(),
  datasets: new Map<string, GraphData>(),
  loadCounty(result: ExplorerNetworkQuery): number {
    const data = buildExplorerData(result, 'de').graph;
    api.datasets.set('county', data);
    return data.nodes.length + data.edges.length;
  },
  generate(name: string, elements: number): number {
    const data = generateNetworkGraph(elements);
    api.datasets.set(name, data);
    return data.nodes.length + data.edges.length;
  },
  dataset(name: string): GraphData {
    const data = api.datasets.get(name);
    if (!data) throw new Error(`no data set ${name}`);
    return data;
  },
  async tuned(name: string, precomputed = false) {
    registerExtensions();
    const timing = await drawTuned(api.dataset(name), precomputed);
    api.positions.set(name, currentPositions());
    return timing;
  },
  plain(name: string, layout: 'fcose' | 'grid' | 'preset') {
    return drawPlain(
      api.dataset(name),
      layout,
      layout === 'preset' ? api.positions.get(name) : undefined,
    );
  },
  startFrames,
  stopFrames,
  zoom: () => current?.zoom() ?? 1,
};

window.schutznetzBench = api;
