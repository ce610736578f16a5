/**
 * The region this instance serves (decision 030), as the client knows it: loaded once from the
 * server by `RegionProvider` and read by every view through `useRegion()` — the county, its
 * municipalities (labels, order, neighbours) and the external regions. Nothing in the client
 * names a county; a database without a region gets a hint instead of empty lists.
 */
import { buildRegionCatalog, type Locale, type RegionCatalog } from '@schutznetz/domain';
import { createContext, useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';

/** Where the region stands: asked for, failed to arrive, or here (possibly without a county). */
export type RegionState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly catalog: RegionCatalog };

/** The catalog of an instance without a region: every label is its code, every list empty. */
export const NO_REGION: RegionCatalog = buildRegionCatalog(null);

const LOADING: RegionState = { status: 'loading' };

export const RegionContext = createContext<RegionState>(LOADING);

/** Where the region stands, for the gate that shows loading, failure or the missing region. */
export function useRegionState(): RegionState {
  return useContext(RegionContext);
}

/**
 * The loaded region. Views read it inside `RequireRegion`, so it is there; elsewhere (before it
 * arrives, or without a provider) it is the empty catalog, whose labels are the codes.
 */
export function useRegion(): RegionCatalog {
  const state = useContext(RegionContext);
  return state.status === 'ready' ? state.catalog : NO_REGION;
}

/** The municipalities largest first (by population; ties by name), as lists and columns show them. */
export function largestFirst(region: RegionCatalog, locale: Locale = 'de'): readonly string[] {
  const collator = new Intl.Collator(locale);
  return [...region.municipalities]
    .sort(
      (a, b) =>
        b.population.count - a.population.count || collator.compare(a.name[locale], b.name[locale]),
    )
    .map((municipality) => municipality.code);
}

/** A region's name in the UI language; the code itself for a region the catalog does not know. */
export function useRegionLabel(): (code: string) => string {
  const region = useRegion();
  const { i18n } = useTranslation();
  // As `useLocale` of the forms (not imported: the option labels read the region from here).
  const locale: Locale = i18n.resolvedLanguage === 'en' ? 'en' : 'de';
  return useCallback((code: string) => region.label(code, locale), [region, locale]);
}
