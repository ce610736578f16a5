/**
 * `hsds.json`: the whole directory as one HSDS 3.1 document — organizations (with locations,
 * phones and contacts), services, the Schutznetz taxonomies — and the `x_schutznetz` extension.
 * Every organization and service validates against the HSDS schemas (hsds.schemas.ts).
 */
import type { GraphDataSet, RegionCatalog } from '@schutznetz/domain';
import type { ViewerRole } from '../../auth';
import { directoryOf, type HsdsRegion } from './hsds.directory';
import { extensionOf } from './hsds.extension';
import { schutznetzTaxonomies } from './hsds.taxonomy';
import type { HsdsDocument } from './hsds.types';

export type HsdsExportRegion = HsdsRegion & Pick<RegionCatalog, 'county'>;

/** The directory in `data` as `viewer` may see it, as one HSDS document. */
export function hsdsDocumentOf(
  data: GraphDataSet,
  viewer: ViewerRole,
  region: HsdsExportRegion,
  now: Date = new Date(),
): HsdsDocument {
  const { organizations, services } = directoryOf(data, viewer, region);
  const { taxonomies, terms } = schutznetzTaxonomies();
  return {
    hsds_version: '3.1',
    generated_at: now.toISOString(),
    publisher: region.county ? `Schutznetz ${region.county.name.de}` : 'Schutznetz',
    organizations,
    services,
    taxonomies,
    taxonomy_terms: terms,
    x_schutznetz: extensionOf(data, viewer, region),
  };
}
