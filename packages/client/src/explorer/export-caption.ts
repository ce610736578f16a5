/**
 * The words under an exported picture: which part of the network it shows ("Netzwerk:
 * Arbeitskreis gegen Gewalt; Gemeinde: Köthen (Anhalt); Themen: …") and a title to start from.
 * Pure: names come from the caller, texts from the `explorerExport` namespace.
 */
import type { TFunction } from 'i18next';
import type { GraphNodeKind } from '../graph/graph-model';
import { NODE_KINDS, type GraphFilters } from './explorer-filters';

/** Names of the codes and ids a filter holds, in the UI language. */
export interface CaptionNames {
  readonly network: (id: string) => string;
  readonly municipality: (code: string) => string;
  readonly topic: (code: string) => string;
  readonly targetGroup: (code: string) => string;
  readonly kind: (code: string) => string;
}

/** What the caption describes: the filters and, when one is set, the focus. */
export interface CaptionState {
  readonly filters: GraphFilters;
  /** Name of the node in focus, or null for the whole (filtered) network. */
  readonly focusName: string | null;
  readonly depth: number;
}

type CaptionT = TFunction<'explorerExport'>;

/** The filter lists in the order the caption names them. */
const LISTS = ['networks', 'municipalities', 'topics', 'targetGroups', 'kinds'] as const;

const NAMER: Record<(typeof LISTS)[number], keyof CaptionNames> = {
  networks: 'network',
  municipalities: 'municipality',
  topics: 'topic',
  targetGroups: 'targetGroup',
  kinds: 'kind',
};

/** The selection in words, parts joined by "; ", or the words for no filter at all. */
export function filterCaption(state: CaptionState, names: CaptionNames, t: CaptionT): string {
  const parts: string[] = [];
  for (const list of LISTS) {
    const values = state.filters[list];
    if (values.length === 0) continue;
    const name = names[NAMER[list]];
    parts.push(
      t('caption.item', {
        label: t(`caption.${list}`, { count: values.length }),
        values: values.map((value) => name(value)).join(', '),
        interpolation: { escapeValue: false },
      }),
    );
  }
  const layers: readonly GraphNodeKind[] = state.filters.layers;
  if (layers.length !== NODE_KINDS.length) {
    parts.push(
      t('caption.item', {
        label: t('caption.layers'),
        values: NODE_KINDS.filter((kind) => layers.includes(kind))
          .map((kind) => t(`layers.${kind}`))
          .join(', '),
        interpolation: { escapeValue: false },
      }),
    );
  }
  if (state.focusName !== null) {
    parts.push(
      t('caption.focus', {
        name: state.focusName,
        depth: state.depth,
        interpolation: { escapeValue: false },
      }),
    );
  }
  return parts.length > 0 ? parts.join('; ') : t('caption.none');
}

/**
 * A title to start from: the saved view's name, else the chosen networks and municipalities
 * ("Arbeitskreis gegen Gewalt – Köthen (Anhalt)"), else the county's network.
 */
export function defaultTitle(
  viewName: string | null,
  filters: GraphFilters,
  names: CaptionNames,
  t: CaptionT,
): string {
  if (viewName) return viewName;
  const named = [
    ...filters.networks.map((id) => names.network(id)),
    ...filters.municipalities.map((code) => names.municipality(code)),
  ];
  return named.length > 0 ? named.join(' – ') : t('export.defaultTitle');
}
