import { useQuery } from '@apollo/client/react';
import { buildRegionCatalog } from '@schutznetz/domain';
import { useMemo, type ReactNode } from 'react';
import { definitionOf } from './region-answer';
import { RegionContext, type RegionState } from './region-context';
import { REGION_QUERY } from './region.query';

/**
 * Loads the region once for the whole app (the answer is cached; a region load by the admin
 * page refreshes it) and gives it to every view through `useRegion()`.
 */
export function RegionProvider({ children }: { readonly children: ReactNode }) {
  const { data: current, previousData, error } = useQuery(REGION_QUERY);
  // Signing in or out empties the cache and asks again: the views keep the region meanwhile
  // instead of being unmounted for a moment.
  const data = current ?? previousData;
  const state = useMemo((): RegionState => {
    if (data) {
      const catalog = buildRegionCatalog(definitionOf(data.region), data.region.version);
      return { status: 'ready', catalog };
    }
    if (error) return { status: 'failed', error };
    return { status: 'loading' };
  }, [data, error]);
  return <RegionContext.Provider value={state}>{children}</RegionContext.Provider>;
}
