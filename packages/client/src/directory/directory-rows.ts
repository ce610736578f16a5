/**
 * The directory's rows and their order: institutions (with services, people and networks) under
 * the explorer's filters, sortable by any column. Pure, so sorting and URL state are tested in Node.
 */
import type { Locale, RegionCatalog } from '@schutznetz/domain';
import type { ExplorerData } from '../explorer/explorer-data';
import { filterGraph, type GraphFilters } from '../explorer/explorer-filters';
import { institutionKindLabel } from '../explorer/explorer-labels';

export const SORT_KEYS = ['name', 'kind', 'municipality', 'services', 'people', 'degree'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = 'ascending' | 'descending';

export interface DirectorySort {
  readonly key: SortKey;
  readonly order: SortOrder;
}

export const DEFAULT_SORT: DirectorySort = { key: 'name', order: 'ascending' };

export interface DirectoryRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly municipality: string;
  readonly services: readonly string[];
  readonly people: readonly { readonly id: string; readonly name: string }[];
  readonly networks: readonly string[];
  readonly degree: number;
  readonly available24x7: boolean;
  readonly articulationPoint: boolean;
  readonly singlePointOfFailure: boolean;
}

/** The filtered institutions as rows, with labels in `locale`. */
export function buildRows(
  data: ExplorerData,
  filters: GraphFilters,
  locale: Locale,
  region: RegionCatalog,
): DirectoryRow[] {
  // The directory lists institutions; people and networks come along as columns.
  const graph = filterGraph(data.graph, data.facets, {
    ...filters,
    layers: ['institution', 'person', 'network'],
  });
  const names = new Map(data.graph.nodes.map((node) => [node.id, node.label]));
  const people = new Map<string, { id: string; name: string }[]>();
  const networks = new Map<string, string[]>();
  for (const edge of data.graph.edges) {
    if (edge.kind === 'works_at') {
      const list = people.get(edge.target) ?? [];
      list.push({ id: edge.source, name: names.get(edge.source) ?? edge.source });
      people.set(edge.target, list);
    } else if (edge.kind === 'member_of') {
      const list = networks.get(edge.source) ?? [];
      list.push(names.get(edge.target) ?? edge.target);
      networks.set(edge.source, list);
    }
  }
  return graph.nodes
    .filter((node) => node.kind === 'institution')
    .map((node) => ({
      id: node.id,
      name: node.label,
      kind: node.institutionKind ? institutionKindLabel(node.institutionKind, locale) : '',
      municipality: node.municipality ? region.label(node.municipality, locale) : '',
      services: data.info.get(node.id)?.services.map((service) => service.name) ?? [],
      people: people.get(node.id) ?? [],
      networks: networks.get(node.id) ?? [],
      degree: node.degree ?? 0,
      available24x7: node.available24x7 === true,
      articulationPoint: node.articulationPoint === true,
      singlePointOfFailure: node.singlePointOfFailure === true,
    }));
}

/** Sorts rows by a column (text by the locale's collation, counts numerically); ties by name. */
export function sortRows(
  rows: readonly DirectoryRow[],
  sort: DirectorySort,
  locale: Locale,
): DirectoryRow[] {
  const collator = new Intl.Collator(locale);
  const value = (row: DirectoryRow): string | number => {
    switch (sort.key) {
      case 'services':
        return row.services.length;
      case 'people':
        return row.people.length;
      case 'degree':
        return row.degree;
      default:
        return row[sort.key];
    }
  };
  const direction = sort.order === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    const primary =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : collator.compare(String(left), String(right));
    return primary * direction || collator.compare(a.name, b.name);
  });
}

/** Reads `?sort=people&order=descending` (unknown values give the default). */
export function readSort(params: URLSearchParams): DirectorySort {
  const key = params.get('sort');
  const order = params.get('order');
  return {
    key: SORT_KEYS.find((candidate) => candidate === key) ?? DEFAULT_SORT.key,
    order: order === 'descending' ? 'descending' : 'ascending',
  };
}

/** Writes the sort into `params`, leaving the default out. */
export function writeSort(params: URLSearchParams, sort: DirectorySort): void {
  params.delete('sort');
  params.delete('order');
  if (sort.key !== DEFAULT_SORT.key) params.set('sort', sort.key);
  if (sort.order !== DEFAULT_SORT.order) params.set('order', sort.order);
}

/** The sort after a click on a column header: the same column flips, another starts ascending. */
export function nextSort(current: DirectorySort, key: SortKey): DirectorySort {
  if (current.key !== key) return { key, order: 'ascending' };
  return { key, order: current.order === 'ascending' ? 'descending' : 'ascending' };
}
