/**
 * The imperative side of the graph component, kept apart from React so the client benchmark
 * drives exactly the code the app runs: creating a tuned Cytoscape instance, and patching it to
 * a new set of elements inside one `cy.batch`, reusing cached positions.
 */
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type ElementDefinition,
  type NodeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import {
  initialLayoutOptions,
  needsFullLayout,
  placeNewNodes,
  refineLayoutOptions,
  type PositionCache,
} from './graph-layout';
import { declutterLabels } from './graph-labels';
import { GRAPH_STYLESHEET, graphStylesheet } from './graph-style';

let registered = false;

/** Registers the fCoSE layout and the SVG export once per page. */
export function registerExtensions(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(fcose);
  cytoscape.use(svg);
}

/**
 * Renderer settings that keep thousands of elements smooth (measured, see docs/benchmarks.md):
 * while the user pans or zooms, edges are hidden and the last frame is moved as a texture; one
 * canvas pixel per CSS pixel; no motion blur.
 */
export const RENDER_OPTIONS = {
  hideEdgesOnViewport: true,
  textureOnViewport: false,
  pixelRatio: 1,
  motionBlur: false,
  minZoom: 0.05,
  maxZoom: 4,
  boxSelectionEnabled: false,
  // Selection lives in React state and is drawn with a class, not Cytoscape's own.
  autounselectify: true,
} as const satisfies CytoscapeOptions;

/** How long labels wait after the last zoom step before they follow it, ms. */
export const LABEL_DELAY_MS = 60;

/**
 * Makes the labels follow the view soon (after {@link LABEL_DELAY_MS}, once per burst of calls):
 * the stylesheet for the current zoom (labels keep their size on screen), then only the labels
 * that fit without overlapping (graph-labels.ts).
 */
export function scheduleLabels(cy: Core): void {
  if (cy.destroyed() || cy.container() === null) return;
  const pending = cy.scratch('labelsTimer') as ReturnType<typeof setTimeout> | undefined;
  if (pending !== undefined) clearTimeout(pending);
  cy.scratch(
    'labelsTimer',
    setTimeout(() => {
      cy.removeScratch('labelsTimer');
      if (cy.destroyed()) return;
      refreshLabels(cy);
    }, LABEL_DELAY_MS),
  );
}

/** Applies the stylesheet for the current zoom (if it changed) and shows the labels that fit. */
export function refreshLabels(cy: Core): void {
  const zoom = cy.zoom();
  if (cy.scratch('styleZoom') !== zoom) {
    cy.style().fromJson(graphStylesheet(zoom)).update();
    cy.scratch('styleZoom', zoom);
  }
  declutterLabels(cy);
}

/**
 * Fits the view to the nodes' positions and sizes (not their labels, whose boxes cost a text
 * measurement each), then puts labels right for the new zoom at once, so the first picture is
 * drawn once, with its labels, instead of at zoom 1 and again after the labels follow.
 */
export function fitNodes(cy: Core, padding: number): void {
  const nodes = cy.nodes();
  if (nodes.empty() || cy.container() === null) return;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const half = Number(node.data('size') ?? 0) / 2;
    x1 = Math.min(x1, x - half);
    y1 = Math.min(y1, y - half);
    x2 = Math.max(x2, x + half);
    y2 = Math.max(y2, y + half);
  });
  const width = Math.max(cy.width() - 2 * padding, 1);
  const height = Math.max(cy.height() - 2 * padding, 1);
  const zoom = Math.min(
    Math.max(Math.min(width / Math.max(x2 - x1, 1), height / Math.max(y2 - y1, 1)), cy.minZoom()),
    cy.maxZoom(),
  );
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - (zoom * (x1 + x2)) / 2,
      y: cy.height() / 2 - (zoom * (y1 + y2)) / 2,
    },
  });
  const pending = cy.scratch('labelsTimer') as ReturnType<typeof setTimeout> | undefined;
  if (pending !== undefined) clearTimeout(pending);
  cy.removeScratch('labelsTimer');
  refreshLabels(cy);
}

/** Creates the Cytoscape instance of a graph component in `container`. */
export function createGraph(container: HTMLElement): Core {
  registerExtensions();
  const cy = cytoscape({ container, style: GRAPH_STYLESHEET, elements: [], ...RENDER_OPTIONS });
  cy.scratch('styleZoom', 1);
  cy.on('zoom', () => {
    scheduleLabels(cy);
  });
  cy.on('destroy', () => {
    const pending = cy.scratch('labelsTimer') as ReturnType<typeof setTimeout> | undefined;
    if (pending !== undefined) clearTimeout(pending);
  });
  return cy;
}

/** What a sync did, for the caller (fit the view) and for the benchmark. */
export interface SyncResult {
  readonly added: number;
  readonly removed: number;
  readonly layout: 'none' | 'placed' | 'full';
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
}

function positionOf(node: NodeSingular): { x: number; y: number } {
  const { x, y } = node.position();
  return { x, y };
}

/**
 * Patches `cy` to show exactly `elements` (by id): removes what is gone, adds what is new (at its
 * cached position if known), updates changed data and classes, then lays out what has no
 * position — all nodes with fCoSE when most are new, otherwise only the new ones next to their
 * neighbours. Every position ends up in `cache`.
 */
export function syncElements(
  cy: Core,
  elements: readonly ElementDefinition[],
  cache: PositionCache,
): SyncResult {
  const wanted = new Map<string, ElementDefinition>();
  for (const element of elements) {
    const id = element.data.id;
    if (id !== undefined) wanted.set(id, element);
  }

  const unpositioned: string[] = [];
  let added = 0;
  let removed = 0;
  cy.batch(() => {
    const stale = cy.elements().filter((element) => !wanted.has(element.id()));
    removed = stale.length;
    stale.remove();

    const additions: ElementDefinition[] = [];
    for (const [id, definition] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        const current = existing.data() as Record<string, unknown>;
        if (!sameData(current, definition.data)) {
          existing.data(definition.data);
        }
        const classes = typeof definition.classes === 'string' ? definition.classes : '';
        if (existing.classes().join(' ') !== classes) existing.classes(classes);
        continue;
      }
      const isNode = definition.group !== 'edges' && definition.data.source === undefined;
      const cached = isNode ? (definition.position ?? cache.get(id)) : undefined;
      if (isNode && !cached) unpositioned.push(id);
      additions.push(cached ? { ...definition, position: { ...cached } } : definition);
    }
    // Nodes before edges, so every edge finds its ends.
    additions.sort(
      (a, b) => Number(a.data.source !== undefined) - Number(b.data.source !== undefined),
    );
    added = additions.length;
    if (additions.length > 0) cy.add(additions);
  });

  let layout: SyncResult['layout'] = 'none';
  const nodes = cy.nodes();
  if (needsFullLayout(nodes.length, unpositioned.length)) {
    cy.layout(initialLayoutOptions()).run();
    layout = 'full';
  } else if (unpositioned.length > 0) {
    const known = new Map<string, { x: number; y: number }>();
    nodes.forEach((node) => {
      if (!unpositioned.includes(node.id())) known.set(node.id(), positionOf(node));
    });
    const edges = cy.edges().map((edge) => ({
      source: edge.source().id(),
      target: edge.target().id(),
    }));
    const placed = placeNewNodes(unpositioned, edges, known);
    cy.batch(() => {
      for (const [id, position] of placed) cy.getElementById(id).position(position);
    });
    layout = 'placed';
  }
  if (layout !== 'none') nodes.forEach((node) => void cache.set(node.id(), positionOf(node)));
  if (added > 0 || removed > 0) scheduleLabels(cy);
  return { added, removed, layout };
}

/** Refines the positions of what is shown (fCoSE from the current positions) and caches them. */
export function refineLayout(cy: Core, cache: PositionCache): void {
  cy.layout(refineLayoutOptions()).run();
  cy.nodes().forEach((node) => void cache.set(node.id(), positionOf(node)));
}

/**
 * Marks the highlighted and selected elements with classes; when something is highlighted, the
 * rest is dimmed (edges between two highlighted nodes stay clear).
 */
export function decorate(
  cy: Core,
  highlighted: ReadonlySet<string>,
  selectedId: string | null,
): void {
  cy.batch(() => {
    cy.elements('.highlighted, .dimmed, .selected').removeClass('highlighted dimmed selected');
    if (highlighted.size > 0) {
      cy.elements().forEach((element) => {
        const id = element.id();
        const on =
          highlighted.has(id) ||
          (element.isEdge() &&
            highlighted.has(element.source().id()) &&
            highlighted.has(element.target().id()));
        element.addClass(on ? 'highlighted' : 'dimmed');
      });
    }
    if (selectedId) cy.getElementById(selectedId).addClass('selected').removeClass('dimmed');
  });
  scheduleLabels(cy);
}

/**
 * Lays out `elements` once without drawing (a headless Cytoscape) and caches the positions of
 * every node not yet in `cache`. Called with the whole network, it makes every later subset
 * (filters, focus) reuse the same positions, so nothing jumps when filters change.
 */
export function precomputePositions(
  elements: readonly ElementDefinition[],
  cache: PositionCache,
): boolean {
  const missing = elements.some(
    (element) =>
      element.data.source === undefined &&
      element.data.id !== undefined &&
      !cache.has(element.data.id),
  );
  if (!missing) return false;
  registerExtensions();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: GRAPH_STYLESHEET,
    elements: elements.map((element) => {
      const cached = element.data.id === undefined ? undefined : cache.get(element.data.id);
      return cached ? { ...element, position: { ...cached } } : element;
    }),
  });
  const unpositioned = cy.nodes().filter((node) => !cache.has(node.id())).length;
  if (needsFullLayout(cy.nodes().length, unpositioned)) cy.layout(initialLayoutOptions()).run();
  else syncElements(cy, elements, cache);
  cy.nodes().forEach((node) => void cache.set(node.id(), positionOf(node)));
  cy.destroy();
  return true;
}
