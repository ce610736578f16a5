/**
 * The demo county as a region file (decision 030): what `npm start` loads into an empty database
 * before the demo data, and what `npm run region:load -- <file>` takes for another county.
 */
import { buildRegionCatalog, type RegionDefinition } from '@schutznetz/domain';
import anhaltBitterfeld from './anhalt-bitterfeld.region.json';

/** Landkreis Anhalt-Bitterfeld; the server checks the file like any other when it loads it. */
export const DEMO_REGION = anhaltBitterfeld as RegionDefinition;

/** The demo county's lookups, for the demo data and tests that need the county without a database. */
export const DEMO_REGION_CATALOG = buildRegionCatalog(DEMO_REGION);
