import type { Locale } from '@schutznetz/domain';
import type { ElementDefinition } from 'cytoscape';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toElements } from '../graph/graph-elements';
import type { PositionCache } from '../graph/graph-layout';
import type { GraphData, GraphMetric } from '../graph/graph-model';
import {
  colouring,
  type ColourBy,
  type Colouring,
  type LayoutGrouping,
} from './explorer-appearance';
import { useRegion } from '../region/region-context';
import type { ExplorerData } from './explorer-data';
import { shortestPath, type GraphPath } from './explorer-path';

/**
 * Positions per layout grouping; they survive leaving and re-entering the explorer, so the
 * picture stays familiar, and switching the grouping back finds its own layout again.
 */
const POSITIONS = new Map<LayoutGrouping, PositionCache>();

function positionsFor(grouping: LayoutGrouping): PositionCache {
  let cache = POSITIONS.get(grouping);
  if (!cache) {
    cache = new Map();
    POSITIONS.set(grouping, cache);
  }
  return cache;
}

export interface GraphElements {
  /** The whole network, placed once (the server's picture) so every subset keeps its place. */
  readonly layoutElements: readonly ElementDefinition[];
  /** What is drawn: the nodes and edges shown, coloured and sized as chosen. */
  readonly elements: readonly ElementDefinition[];
  readonly colouring: Colouring;
  readonly positionCache: PositionCache;
}

/** The explorer's Cytoscape elements for the layout grouping and the colouring chosen. */
export function useGraphElements(
  data: ExplorerData | undefined,
  full: GraphData,
  shown: GraphData,
  options: {
    readonly metric: GraphMetric;
    readonly grouping: LayoutGrouping;
    readonly colour: ColourBy;
    readonly locale: Locale;
  },
): GraphElements {
  const { t } = useTranslation('explorer');
  const { metric, grouping, colour, locale } = options;
  const region = useRegion();
  const facets = data?.facets;
  const positionCache = positionsFor(grouping);
  const layoutElements = useMemo(() => {
    // The server's picture, where nothing was placed before (a drag, a saved view): nodes the
    // browser already placed keep their place.
    for (const node of full.nodes)
      if (node.position && !positionCache.has(node.id)) positionCache.set(node.id, node.position);
    return toElements(full);
  }, [full, positionCache]);
  const colours = useMemo(
    () =>
      colouring(full, facets ?? new Map(), colour, {
        locale,
        region,
        none: t('colour.none'),
        other: t('colour.other'),
      }),
    [full, facets, colour, locale, region, t],
  );
  const elements = useMemo(
    () =>
      toElements(shown, {
        metric,
        ...(colours.colourOf ? { colourOf: colours.colourOf } : {}),
      }),
    [shown, metric, colours],
  );
  return { layoutElements, elements, colouring: colours, positionCache };
}

/** The path between the two chosen nodes in what the filters leave, or null. */
export function useExplorerPath(
  filtered: GraphData,
  from: string | null,
  to: string | null,
  referralsOnly: boolean,
): GraphPath | null {
  return useMemo(
    () => (from !== null && to !== null ? shortestPath(filtered, from, to, referralsOnly) : null),
    [filtered, from, to, referralsOnly],
  );
}
