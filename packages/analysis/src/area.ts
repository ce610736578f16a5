import { EXTERNAL_REGIONS, MUNICIPALITIES, type RegionCode } from '@schutznetz/domain';

const COUNTY_CODES: ReadonlySet<RegionCode> = new Set(MUNICIPALITIES.map((m) => m.code));

/** Everything inside Sachsen-Anhalt: the county, its municipalities and the Land's cities. */
const STATE_CODES: ReadonlySet<RegionCode> = new Set<RegionCode>([
  'anhalt_bitterfeld',
  ...COUNTY_CODES,
  ...EXTERNAL_REGIONS.filter((r) => r.level === 'city').map((r) => r.code),
]);

/**
 * Tells whether a service area covers `code`. An area lists regions: a municipality covers
 * itself, the county code all its municipalities, `sachsen_anhalt` everything in the Land and
 * `germany` everything.
 */
export function areaCovers(area: readonly RegionCode[], code: RegionCode): boolean {
  for (const region of area) {
    if (region === code || region === 'germany') return true;
    if (region === 'anhalt_bitterfeld' && COUNTY_CODES.has(code)) return true;
    if (region === 'sachsen_anhalt' && STATE_CODES.has(code)) return true;
  }
  return false;
}
