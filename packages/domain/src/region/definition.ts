/**
 * The region file (decision 030): the county an instance serves, its municipalities and the
 * places outside it where services for its people sit. An instance loads one such file (the
 * demo loads Landkreis Anhalt-Bitterfeld); nothing in the code names a county.
 *
 * `ags` is the official key at the region's own level (Amtlicher Gemeindeschlüssel): 8 digits
 * for a municipality or a kreisfreie Stadt, 5 for a Landkreis (Kreisschlüssel), 2 for a Land.
 * The server checks a file before it stores it (packages/server/src/modules/region).
 */
import type { LocalizedLabel } from '../taxonomy/types';

/** The `format` tag of a region file; a later incompatible format gets a new tag. */
export const REGION_FORMAT = 'schutznetz-region/1';

/** Code of a region (county, municipality or external region), e.g. `'koethen'`. */
export type RegionCode = string;

/** Code of one of the loaded county's municipalities. */
export type MunicipalityCode = string;

/** How far out an external region lies: a city, a Land, or the whole country. */
export type ExternalLevel = 'city' | 'state' | 'federal';

/** Inhabitants as a source gives them. */
export interface PopulationFigure {
  readonly count: number;
  /** Year of the reference date (31 December unless a note says otherwise); `null` if unknown. */
  readonly year: number | null;
  /** True when the figure is rounded or estimated. */
  readonly approximate?: boolean;
}

/** A GeoJSON geometry of a municipality's boundary (RFC 7946, longitude before latitude). */
export type RegionBoundary =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly number[])[])[] }
  | {
      readonly type: 'MultiPolygon';
      readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[];
    };

/** The county (Landkreis) itself. */
export interface CountyDefinition {
  readonly code: RegionCode;
  readonly name: LocalizedLabel;
  /** Kreisschlüssel: 5 digits, the first five of every municipality's AGS. */
  readonly ags: string;
  readonly population: PopulationFigure;
  /** The municipality the county administration sits in. */
  readonly seat: MunicipalityCode;
}

/** One municipality of the county. */
export interface MunicipalityDefinition {
  readonly code: MunicipalityCode;
  readonly name: LocalizedLabel;
  /** 8 digits, starting with the county's 5. */
  readonly ags: string;
  /** Stadt (town) or Gemeinde. */
  readonly isTown: boolean;
  readonly population: PopulationFigure;
  /** The municipality whose Amtsgericht (and family court) serves this one. */
  readonly courtDistrict: MunicipalityCode;
  /** Municipalities of the county that share a border with this one (symmetric). */
  readonly neighbours: readonly MunicipalityCode[];
  /** Optional outline for maps. */
  readonly boundary?: RegionBoundary | null;
}

/** A place outside the county that hosts services its people use. */
export interface ExternalDefinition {
  readonly code: RegionCode;
  readonly name: LocalizedLabel;
  readonly level: ExternalLevel;
  readonly ags: string | null;
  /** The services that sit there, in words. */
  readonly hosts?: LocalizedLabel | null;
}

/** The content of a region file. */
export interface RegionDefinition {
  readonly format: typeof REGION_FORMAT;
  /** Where the figures come from, in words. */
  readonly source?: string | null;
  /** Remarks on the data (how neighbours were derived, which figures are estimates, …). */
  readonly notes?: readonly string[];
  readonly county: CountyDefinition;
  readonly municipalities: readonly MunicipalityDefinition[];
  readonly externals: readonly ExternalDefinition[];
}
