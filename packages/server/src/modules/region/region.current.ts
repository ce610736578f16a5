import { buildRegionCatalog, type RegionCatalog } from '@schutznetz/domain';

/**
 * The region this process read last (decision 030), for the lookups that cannot wait for the
 * database: the read compiler's mappings and the reference service label region codes
 * synchronously. The database is read at start-up (prepareDatabase) and after every load, so
 * this is the loaded region; empty until then.
 */
let current: RegionCatalog = buildRegionCatalog(null);

/** The region as this process last read it. */
export function currentRegion(): RegionCatalog {
  return current;
}

/** Called by the region service whenever it reads or loads the region. */
export function setCurrentRegion(catalog: RegionCatalog): void {
  current = catalog;
}
