/**
 * The explorer's state in the URL's search parameters, so every view can be shared and
 * bookmarked: filters, focus and depth, selection, size metric, highlighted ids, layout
 * grouping, colouring and a path's two ends.
 * Parameters at their default are left out, and unknown values are dropped.
 */
import type { GraphMetric, GraphNodeKind } from '../graph/graph-model';
import {
  COLOUR_BYS,
  LAYOUT_GROUPINGS,
  type ColourBy,
  type LayoutGrouping,
} from './explorer-appearance';
import { NODE_KINDS, NO_FILTERS, type GraphFilters } from './explorer-filters';

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 3;

/** Everything about an explorer view that a link should carry. */
export interface ExplorerState {
  readonly filters: GraphFilters;
  /** The node whose neighbourhood is shown, or null for the whole network. */
  readonly focus: string | null;
  /** Neighbourhood depth, {@link MIN_DEPTH}–{@link MAX_DEPTH}. */
  readonly depth: number;
  readonly selected: string | null;
  readonly metric: GraphMetric;
  /** Ids to highlight, e.g. the services behind a cell of the gap dashboard. */
  readonly highlight: readonly string[];
  /** What the layout groups by (default: municipality). */
  readonly grouping: LayoutGrouping;
  /** What colours the nodes (default: their kind). */
  readonly colour: ColourBy;
  /** The two ends of a path to show, or null. */
  readonly pathFrom: string | null;
  readonly pathTo: string | null;
  /** Whether the path follows only referral paths, in their direction. */
  readonly referralsOnly: boolean;
}

export const DEFAULT_STATE: ExplorerState = {
  filters: NO_FILTERS,
  focus: null,
  depth: 1,
  selected: null,
  metric: 'degree',
  highlight: [],
  grouping: 'municipality',
  colour: 'kind',
  pathFrom: null,
  pathTo: null,
  referralsOnly: false,
};

/** URL parameter names of the filter lists. */
const FILTER_PARAMS = {
  networks: 'network',
  kinds: 'kind',
  topics: 'topic',
  targetGroups: 'group',
  municipalities: 'municipality',
} as const satisfies Record<Exclude<keyof GraphFilters, 'layers'>, string>;

/** Reads a comma-separated list (repeated parameters are merged), trimmed and de-duplicated. */
export function readList(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
  return [...new Set(values)];
}

function writeList(params: URLSearchParams, name: string, values: readonly string[]): void {
  if (values.length > 0) params.set(name, values.join(','));
}

/** Reads the filter parameters (shared by the explorer and the directory). */
export function readFilters(params: URLSearchParams): GraphFilters {
  const layerValues = readList(params, 'layers');
  const layers = NODE_KINDS.filter((kind) => layerValues.includes(kind));
  return {
    networks: readList(params, FILTER_PARAMS.networks),
    kinds: readList(params, FILTER_PARAMS.kinds),
    topics: readList(params, FILTER_PARAMS.topics),
    targetGroups: readList(params, FILTER_PARAMS.targetGroups),
    municipalities: readList(params, FILTER_PARAMS.municipalities),
    layers: params.has('layers') ? layers : NODE_KINDS,
  };
}

/** Writes the filter parameters into `params` (defaults left out). */
export function writeFilters(params: URLSearchParams, filters: GraphFilters): void {
  for (const key of Object.keys(FILTER_PARAMS) as (keyof typeof FILTER_PARAMS)[]) {
    writeList(params, FILTER_PARAMS[key], filters[key]);
  }
  const layers: GraphNodeKind[] = NODE_KINDS.filter((kind) => filters.layers.includes(kind));
  if (layers.length !== NODE_KINDS.length) params.set('layers', layers.join(','));
}

function readId(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim() ?? '';
  return value.length > 0 ? value : null;
}

/** Parses the explorer's state from search parameters. */
export function parseExplorerState(params: URLSearchParams): ExplorerState {
  const depth = Number.parseInt(params.get('depth') ?? '', 10);
  return {
    filters: readFilters(params),
    focus: readId(params, 'focus'),
    depth: Number.isInteger(depth)
      ? Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, depth))
      : DEFAULT_STATE.depth,
    selected: readId(params, 'selected'),
    metric: params.get('size') === 'betweenness' ? 'betweenness' : 'degree',
    highlight: readList(params, 'highlight'),
    grouping:
      LAYOUT_GROUPINGS.find((value) => value === params.get('layout')) ?? DEFAULT_STATE.grouping,
    colour: COLOUR_BYS.find((value) => value === params.get('colour')) ?? DEFAULT_STATE.colour,
    pathFrom: readId(params, 'from'),
    pathTo: readId(params, 'to'),
    referralsOnly: params.get('referrals') === '1',
  };
}

/** The search parameters for a state; parsing them gives the same state back. */
export function toSearchParams(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  writeFilters(params, state.filters);
  if (state.focus) {
    params.set('focus', state.focus);
    if (state.depth !== DEFAULT_STATE.depth) params.set('depth', String(state.depth));
  }
  if (state.selected) params.set('selected', state.selected);
  if (state.metric !== DEFAULT_STATE.metric) params.set('size', state.metric);
  writeList(params, 'highlight', state.highlight);
  if (state.grouping !== DEFAULT_STATE.grouping) params.set('layout', state.grouping);
  if (state.colour !== DEFAULT_STATE.colour) params.set('colour', state.colour);
  if (state.pathFrom) params.set('from', state.pathFrom);
  if (state.pathTo) params.set('to', state.pathTo);
  if (state.referralsOnly) params.set('referrals', '1');
  return params;
}
