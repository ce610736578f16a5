/**
 * Service areas of the demo data, built from the demo county's region file. The county's
 * services are organised along the three Amtsgericht districts (Bitterfeld-Wolfen, Köthen,
 * Zerbst), which follow the former districts (domain.md §8.6).
 */
import type { MunicipalityCode } from '@schutznetz/domain';
import { DEMO_REGION_CATALOG } from './regions';

/** All ten municipalities: what a county-wide service lists as its area. */
export const COUNTY: readonly MunicipalityCode[] = DEMO_REGION_CATALOG.municipalities.map(
  (m) => m.code,
);

/** The municipalities whose Amtsgericht sits in `seat`. */
export function courtDistrict(
  seat: 'bitterfeld_wolfen' | 'koethen' | 'zerbst',
): MunicipalityCode[] {
  return DEMO_REGION_CATALOG.municipalities
    .filter((m) => m.courtDistrict === seat)
    .map((m) => m.code);
}

/** Bitterfeld-Wolfen, Muldestausee, Raguhn-Jeßnitz, Sandersdorf-Brehna, Zörbig. */
export const BITTERFELD_REGION = courtDistrict('bitterfeld_wolfen');

/** Köthen, Südliches Anhalt, Osternienburger Land, Aken (the former Köthen district). */
export const KOETHEN_REGION = courtDistrict('koethen');

export const ZERBST_REGION = courtDistrict('zerbst');
