/**
 * How the explorer arranges and colours the network: what the server's default picture groups by
 * (municipality or network), and the colour of each node by an attribute (kind, municipality,
 * network, degree, betweenness) with the legend's entries for it. Pure, so tested in Node.
 */
import type { Locale, RegionCatalog } from '@schutznetz/domain';
import type { GraphData, GraphNode } from '../graph/graph-model';
import type { InstitutionFacets } from './explorer-filters';

/** What the layout groups nodes by; `none` lays the network out freely. */
export type LayoutGrouping = 'municipality' | 'network' | 'none';
export const LAYOUT_GROUPINGS: readonly LayoutGrouping[] = ['municipality', 'network', 'none'];

/** What colours the nodes; `kind` is the default (sector or kind, with its shape). */
export type ColourBy = 'kind' | 'municipality' | 'network' | 'degree' | 'betweenness';
export const COLOUR_BYS: readonly ColourBy[] = [
  'kind',
  'municipality',
  'network',
  'degree',
  'betweenness',
];

/** Employers of each person (works_at edges), in edge order. */
function employersOf(graph: GraphData): Map<string, string[]> {
  const employers = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'works_at') continue;
    const list = employers.get(edge.source);
    if (list) list.push(edge.target);
    else employers.set(edge.source, [edge.target]);
  }
  return employers;
}

/** Network ids of each institution (facets) and person (member_of edges). */
function networksOf(
  graph: GraphData,
  facets: ReadonlyMap<string, InstitutionFacets>,
): Map<string, readonly string[]> {
  const networks = new Map<string, readonly string[]>();
  for (const [id, facet] of facets) networks.set(id, facet.networks);
  for (const edge of graph.edges) {
    if (edge.kind !== 'member_of' || facets.has(edge.source)) continue;
    networks.set(edge.source, [...(networks.get(edge.source) ?? []), edge.target]);
  }
  return networks;
}

/**
 * The attribute value of each node for colouring by municipality or network (the server's
 * layout groups alike, network-graph.layout.ts):
 * an institution's municipality or its largest network; a person's by their first employer
 * (or, for networks, their own largest network); a network is its own group. Topics have none.
 */
export function nodeCategories(
  graph: GraphData,
  facets: ReadonlyMap<string, InstitutionFacets>,
  by: 'municipality' | 'network',
): Map<string, string> {
  const categories = new Map<string, string>();
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const employers = employersOf(graph);
  if (by === 'municipality') {
    for (const node of graph.nodes)
      if (node.kind === 'institution' && node.municipality)
        categories.set(node.id, node.municipality);
  } else {
    const networks = networksOf(graph, facets);
    const size = new Map<string, number>();
    for (const list of networks.values())
      for (const id of list) size.set(id, (size.get(id) ?? 0) + 1);
    const largest = (list: readonly string[]) =>
      [...list].sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0) || (a < b ? -1 : 1))[0];
    for (const node of graph.nodes) {
      if (node.kind === 'network') categories.set(node.id, node.id);
      const own = largest(networks.get(node.id) ?? []);
      if (node.kind !== 'network' && own !== undefined && byId.has(own))
        categories.set(node.id, own);
    }
  }
  for (const node of graph.nodes) {
    if (node.kind !== 'person' || categories.has(node.id)) continue;
    const employer = (employers.get(node.id) ?? []).find((id) => categories.has(id));
    const category = employer === undefined ? undefined : categories.get(employer);
    if (category !== undefined) categories.set(node.id, category);
  }
  return categories;
}

/** Distinct colours for categories (Okabe–Ito first, then further distinguishable ones). */
export const CATEGORY_COLOURS: readonly string[] = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#332288',
  '#B9A800',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
];
/** Nodes without the attribute, and categories beyond the palette. */
export const NO_CATEGORY_COLOUR = '#C8CCD4';
export const OTHER_CATEGORY_COLOUR = '#7F7F7F';
/** Light to dark for low to high values (sequential, readable in grey too). */
export const SCALE_COLOURS: readonly string[] = [
  '#DCEAF6',
  '#9CC3E4',
  '#4F94CD',
  '#1F5F9E',
  '#0B2F5C',
];

/** One entry of the legend of a colouring: a swatch and what it stands for. */
export interface ColourEntry {
  readonly colour: string;
  /** A category's label, or a value range ("3–5"). */
  readonly label: string;
  /** For categories: the category's code or id; absent for ranges and the fallbacks. */
  readonly key?: string;
}

export interface Colouring {
  readonly by: ColourBy;
  /** The node's colour; undefined for `kind` (the kind's own colour). */
  readonly colourOf: ((node: GraphNode) => string) | undefined;
  /** The legend's entries, in order; empty for `kind` (the legend shows the kinds). */
  readonly entries: readonly ColourEntry[];
}

/** Labels a colouring needs: networks by id, the fallbacks in the UI language. */
export interface ColouringLabels {
  readonly locale: Locale;
  /** The loaded region, naming the municipalities. */
  readonly region: RegionCatalog;
  readonly none: string;
  readonly other: string;
}

function categoryColouring(
  graph: GraphData,
  facets: ReadonlyMap<string, InstitutionFacets>,
  by: 'municipality' | 'network',
  labels: ColouringLabels,
): Colouring {
  const categories = nodeCategories(graph, facets, by);
  const count = new Map<string, number>();
  for (const value of categories.values()) count.set(value, (count.get(value) ?? 0) + 1);
  const names = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const label = (key: string) =>
    by === 'municipality' ? labels.region.label(key, labels.locale) : (names.get(key) ?? key);
  const ranked = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const colours = new Map(
    ranked.slice(0, CATEGORY_COLOURS.length).map(([key], i) => [key, CATEGORY_COLOURS[i] ?? '']),
  );
  const entries: ColourEntry[] = ranked
    .slice(0, CATEGORY_COLOURS.length)
    .map(([key]) => ({ key, colour: colours.get(key) ?? '', label: label(key) }))
    .sort((a, b) => a.label.localeCompare(b.label, labels.locale));
  if (ranked.length > CATEGORY_COLOURS.length)
    entries.push({ colour: OTHER_CATEGORY_COLOUR, label: labels.other });
  entries.push({ colour: NO_CATEGORY_COLOUR, label: labels.none });
  return {
    by,
    colourOf: (node) => {
      const category = categories.get(node.id);
      if (category === undefined) return NO_CATEGORY_COLOUR;
      return colours.get(category) ?? OTHER_CATEGORY_COLOUR;
    },
    entries,
  };
}

function scaleColouring(graph: GraphData, by: 'degree' | 'betweenness', labels: ColouringLabels) {
  const valueOf = (node: GraphNode) => (by === 'degree' ? node.degree : node.betweenness);
  const values = graph.nodes
    .map(valueOf)
    .filter((value): value is number => typeof value === 'number');
  const max = Math.max(0, ...values);
  const steps = SCALE_COLOURS.length;
  const format = new Intl.NumberFormat(labels.locale, {
    maximumFractionDigits: by === 'degree' ? 0 : 2,
  });
  const bin = (value: number) =>
    max > 0 ? Math.min(steps - 1, Math.floor((value / max) * steps)) : 0;
  const entries: ColourEntry[] = SCALE_COLOURS.map((colour, i) => ({
    colour,
    label: `${format.format((max * i) / steps)}–${format.format((max * (i + 1)) / steps)}`,
  }));
  entries.push({ colour: NO_CATEGORY_COLOUR, label: labels.none });
  return {
    by,
    colourOf: (node: GraphNode) => {
      const value = valueOf(node);
      return typeof value === 'number' ? (SCALE_COLOURS[bin(value)] ?? '') : NO_CATEGORY_COLOUR;
    },
    entries,
  };
}

/** The colouring of the whole network by `by`, with its legend entries. */
export function colouring(
  graph: GraphData,
  facets: ReadonlyMap<string, InstitutionFacets>,
  by: ColourBy,
  labels: ColouringLabels,
): Colouring {
  if (by === 'kind') return { by, colourOf: undefined, entries: [] };
  if (by === 'municipality' || by === 'network')
    return categoryColouring(graph, facets, by, labels);
  return scaleColouring(graph, by, labels);
}
