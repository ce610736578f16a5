import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import { exportPng, exportSvg, svgMarkup } from './graph-export';
import { SELECTION_KEYS, moveSelection } from './graph-keyboard';
import type { PositionCache } from './graph-layout';
import type { GraphPosition } from './graph-model';
import {
  createGraph,
  decorate,
  fitNodes,
  precomputePositions,
  refineLayout,
  syncElements,
} from './graph-sync';
import './graph.css';

/** What the owner of a {@link GraphCanvas} can ask of it through its `ref`. */
export interface GraphCanvasHandle {
  /** The whole graph as PNG (2× resolution, white background). */
  exportPng(): Promise<Blob>;
  /** The whole graph as SVG. */
  exportSvg(): Blob;
  /** The whole graph as the text of an SVG document (to place on a sheet with a title). */
  svgMarkup(): string;
  /**
   * Where each node is: every node laid out so far, drawn or hidden by filters, in model
   * coordinates (what a saved view keeps).
   */
  positions(): Map<string, GraphPosition>;
  /**
   * Moves the drawn nodes to `positions` and keeps them for nodes drawn later (a saved view
   * restored), then fits the view. Nodes not named keep their place.
   */
  place(positions: ReadonlyMap<string, GraphPosition>): void;
  /** Fits the view to the given ids (all elements when empty or omitted). */
  fit(ids?: readonly string[]): void;
  /** Lays out what is shown again, starting from the current positions. */
  relayout(): void;
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Props of {@link GraphCanvas}. React state stays the source of truth: the canvas only draws
 * what these say and reports taps through `onSelect`.
 */
export interface GraphCanvasProps {
  /**
   * What to draw, usually `toElements(graphData)`. Identity is by `data.id`: on a change the
   * canvas adds, removes and updates elements instead of rebuilding, and keeps positions.
   * Node data needs `color`, `shape`, `size` and `label`; edge data `color`, `lineStyle` and
   * `width` (all set by `toElements`). A node with a `position` keeps it; others are laid out.
   */
  readonly elements: readonly ElementDefinition[];
  /**
   * A superset of `elements` (e.g. the whole network before filters) that is laid out once,
   * so every subset shown later keeps the same positions. Optional.
   */
  readonly layoutElements?: readonly ElementDefinition[];
  /** Ids of nodes or edges to emphasise; when any are given, everything else is dimmed. */
  readonly highlightedIds?: ReadonlySet<string>;
  /** The selected node (drawn with an outline), or null. */
  readonly selectedId?: string | null;
  /**
   * Called with a node's id when it is tapped or clicked, and with null on the background (or
   * Escape when `keyboardOrder` is given).
   */
  readonly onSelect?: (id: string | null) => void;
  /**
   * Node ids to choose from by keyboard, in the order the keys step through (e.g. the visible
   * nodes by name). When given, the arrow keys select the next or previous node, Home and End
   * the first and last, Escape none, and Shift with the arrow keys pans; without it the arrow
   * keys pan. The owner announces the selection (e.g. in an `aria-live` region).
   */
  readonly keyboardOrder?: readonly string[];
  /**
   * Where positions are kept. Pass the same cache again (e.g. from a `useRef`) to keep the
   * layout when the canvas is mounted again; by default each canvas has its own.
   */
  readonly positionCache?: PositionCache;
  /** Accessible name of the canvas (it is one focusable region; pan and zoom by keyboard). */
  readonly ariaLabel: string;
  /** Id of an element that describes the graph in words (e.g. counts, keyboard help). */
  readonly ariaDescribedBy?: string;
  readonly className?: string;
  /** Called after each change of `elements` was drawn; `layout` says whether one ran. */
  readonly onRendered?: (info: { readonly layout: 'none' | 'placed' | 'full' }) => void;
  readonly ref?: Ref<GraphCanvasHandle>;
}

const PAN_STEP = 60;
const ZOOM_STEP = 1.25;

/**
 * A Cytoscape graph as a React component (the react-cytoscapejs pattern): the instance is created
 * on mount, patched inside `cy.batch` when props change, and destroyed on unmount. Positions are
 * laid out once (fCoSE, draft quality) and then reused, so filtering keeps every node in place.
 * Keyboard: arrow keys pan (or, with `keyboardOrder`, choose nodes while Shift+arrows pan),
 * + and − zoom, 0 fits the graph.
 */
export function GraphCanvas({
  elements,
  layoutElements,
  highlightedIds = NO_IDS,
  selectedId = null,
  onSelect,
  keyboardOrder,
  positionCache,
  ariaLabel,
  ariaDescribedBy,
  className,
  onRendered,
  ref,
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const ownCache = useRef<PositionCache>(new Map());
  const cache = positionCache ?? ownCache.current;
  const onSelectRef = useRef(onSelect);
  const onRenderedRef = useRef(onRendered);
  useEffect(() => {
    onSelectRef.current = onSelect;
    onRenderedRef.current = onRendered;
  });

  useEffect(() => {
    if (!container.current) return undefined;
    const cy = createGraph(container.current);
    cyRef.current = cy;
    cy.on('tap', (event) => {
      const target: unknown = event.target;
      if (target === cy) onSelectRef.current?.(null);
    });
    cy.on('tap', 'node', (event) => {
      onSelectRef.current?.((event.target as { id(): string }).id());
    });
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as { id(): string; position(): { x: number; y: number } };
      const { x, y } = node.position();
      cache.set(node.id(), { x, y });
    });
    const observer = new ResizeObserver(() => {
      cy.resize();
    });
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      cyRef.current = null;
      cy.destroy();
    };
  }, [cache]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (layoutElements) precomputePositions(layoutElements, cache);
    const result = syncElements(cy, elements, cache);
    if (result.added > 0 || result.removed > 0) fitNodes(cy, 30);
    onRenderedRef.current?.({ layout: result.layout });
  }, [elements, layoutElements, cache]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) decorate(cy, highlightedIds, selectedId);
  }, [elements, highlightedIds, selectedId]);

  // Bring a selection made elsewhere (search, detail links) into view.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !selectedId) return;
    const node = cy.getElementById(selectedId);
    if (node.empty()) return;
    const box = node.renderedBoundingBox();
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) {
      cy.center(node);
    }
  }, [selectedId]);

  useImperativeHandle(
    ref,
    () => ({
      exportPng: () => {
        const cy = cyRef.current;
        return cy ? exportPng(cy) : Promise.reject(new Error('the graph is not drawn'));
      },
      exportSvg: () => {
        const cy = cyRef.current;
        if (!cy) throw new Error('the graph is not drawn');
        return exportSvg(cy);
      },
      svgMarkup: () => {
        const cy = cyRef.current;
        if (!cy) throw new Error('the graph is not drawn');
        return svgMarkup(cy);
      },
      positions: () => {
        const cy = cyRef.current;
        cy?.nodes().forEach((node) => {
          const { x, y } = node.position();
          cache.set(node.id(), { x, y });
        });
        return new Map(cache);
      },
      place: (positions) => {
        for (const [id, position] of positions) cache.set(id, { x: position.x, y: position.y });
        const cy = cyRef.current;
        if (!cy) return;
        cy.batch(() => {
          cy.nodes().forEach((node) => {
            const position = positions.get(node.id());
            if (position) node.position({ x: position.x, y: position.y });
          });
        });
        cy.fit(undefined, 30);
      },
      fit: (ids) => {
        const cy = cyRef.current;
        if (!cy) return;
        if (!ids || ids.length === 0) {
          cy.fit(undefined, 30);
          return;
        }
        cy.fit(
          cy.elements().filter((element) => ids.includes(element.id())),
          60,
        );
      },
      relayout: () => {
        const cy = cyRef.current;
        if (!cy) return;
        refineLayout(cy, cache);
        cy.fit(undefined, 30);
      },
    }),
    [cache],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const modified = event.shiftKey || event.altKey || event.ctrlKey || event.metaKey;
    if (keyboardOrder && !modified) {
      const move = SELECTION_KEYS[event.key];
      if (move) {
        event.preventDefault();
        const next = moveSelection(keyboardOrder, selectedId, move);
        if (next !== null) onSelect?.(next);
        return;
      }
      if (event.key === 'Escape' && selectedId !== null) {
        event.preventDefault();
        onSelect?.(null);
        return;
      }
    }
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const actions: Record<string, () => void> = {
      ArrowLeft: () => cy.panBy({ x: PAN_STEP, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -PAN_STEP, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: PAN_STEP }),
      ArrowDown: () => cy.panBy({ x: 0, y: -PAN_STEP }),
      '+': () => cy.zoom({ level: cy.zoom() * ZOOM_STEP, renderedPosition: centre }),
      '=': () => cy.zoom({ level: cy.zoom() * ZOOM_STEP, renderedPosition: centre }),
      '-': () => cy.zoom({ level: cy.zoom() / ZOOM_STEP, renderedPosition: centre }),
      '0': () => cy.fit(undefined, 30),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      ref={container}
      className={['graph-canvas', className].filter(Boolean).join(' ')}
      role="application"
      aria-roledescription="graph"
      aria-label={ariaLabel}
      aria-describedby={ariaDescribedBy}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="graph-canvas"
    />
  );
}
