/**
 * @deprecated The region is data now (decision 030): read the loaded region's `RegionCatalog`
 * (`@schutznetz/domain` region/, on the server `services.region.catalog()`). This file stays
 * only until the client reads the loaded region; the demo county is
 * packages/demo-data/src/regions/anhalt-bitterfeld.region.json.
 *
 * Regions: the county, its ten municipalities (domain.md §4.1) and the places outside it where
 * regional, state and federal services sit (§4.2, §8.6 "Geography").
 *
 * `ags` is the official key at the region's own level (Amtlicher Gemeindeschlüssel): 8 digits
 * for a municipality or a kreisfreie Stadt, 5 for a Landkreis (Kreisschlüssel), 2 for a Land.
 * domain.md gives only the Kreisschlüssel 15 0 82; the municipal keys are taken from the
 * official municipality list that its source S35 (Wikipedia, Liste der Gemeinden im Landkreis
 * Anhalt-Bitterfeld) reproduces.
 */
import type { MunicipalityCode, RegionCode } from '../region/definition';
import { indexByCode, mustGet } from './lookup';
import type { Evidence, LocalizedLabel } from './types';

/** What a region is in this model. */
export type RegionKind = 'county' | 'municipality' | 'external';

/**
 * A population count as domain.md gives it. Most municipal figures there are rounded ("~")
 * and several are background knowledge ([K]); `approximate` and `evidence` keep that visible.
 */
interface PopulationFigure {
  readonly count: number;
  /** Year of the reference date (31 December unless the doc says otherwise); `null` if not given. */
  readonly referenceYear: number | null;
  readonly approximate: boolean;
  readonly evidence: Evidence;
}

/** A place outside the county that hosts services its people use. */
export interface ExternalRegion<Code extends string = ExternalRegionCode> {
  readonly code: Code;
  readonly kind: 'external';
  readonly label: LocalizedLabel;
  readonly level: 'city' | 'state' | 'federal';
  readonly ags: string | null;
  /** domain.md gives no figure for these. */
  readonly population: null;
  /** The services domain.md places there. */
  readonly hosts: LocalizedLabel;
}

/** One of the county's municipalities (all Einheitsgemeinden; there is no Verbandsgemeinde). */
export interface Municipality<Code extends string = MunicipalityCode> {
  readonly code: Code;
  readonly kind: 'municipality';
  readonly label: LocalizedLabel;
  readonly ags: string;
  /** Stadt (town) or Gemeinde. */
  readonly isTown: boolean;
  readonly population: PopulationFigure;
  /** The municipality whose Amtsgericht (and family court) serves this one [S31]. */
  readonly courtDistrict: Code;
  /** Municipalities of the county that share a border with this one. */
  readonly neighbours: readonly Code[];
  /** External regions that share a border with this one. */
  readonly borderingExternal: readonly ExternalRegionCode[];
}

/** The county itself. */
export interface County {
  readonly code: string;
  readonly kind: 'county';
  readonly label: LocalizedLabel;
  readonly ags: string;
  readonly population: PopulationFigure;
  readonly seat: MunicipalityCode;
}

/** External regions named in domain.md as seats of services for the county. */
export const EXTERNAL_REGIONS = [
  {
    code: 'dessau_rosslau',
    kind: 'external',
    label: { de: 'Dessau-Roßlau', en: 'Dessau-Roßlau' },
    level: 'city',
    ags: '15001000',
    population: null,
    hosts: {
      de: 'Interventionsstelle, Wildwasser, ProMann, Opferberatung des Sozialen Dienstes der Justiz, Landgericht, Polizeiinspektion',
      en: 'Interventionsstelle, Wildwasser, ProMann, justice victim counselling, Landgericht, police inspectorate',
    },
  },
  {
    code: 'halle_saale',
    kind: 'external',
    label: { de: 'Halle (Saale)', en: 'Halle (Saale)' },
    level: 'city',
    ags: '15002000',
    population: null,
    hosts: {
      de: 'Wildwasser Halle, Interventionsstelle Halle, ProMann',
      en: 'Wildwasser Halle, Interventionsstelle Halle, ProMann',
    },
  },
  {
    code: 'magdeburg',
    kind: 'external',
    label: { de: 'Magdeburg', en: 'Magdeburg' },
    level: 'city',
    ags: '15003000',
    population: null,
    hosts: {
      de: 'Wildwasser Magdeburg, Interventionsstelle Magdeburg, ProMann',
      en: 'Wildwasser Magdeburg, Interventionsstelle Magdeburg, ProMann',
    },
  },
  {
    code: 'sachsen_anhalt',
    kind: 'external',
    label: { de: 'Land Sachsen-Anhalt', en: 'State of Saxony-Anhalt' },
    level: 'state',
    ags: '15',
    population: null,
    hosts: {
      de: 'LIKO, Vera, Fachstelle Frühe Hilfen / Zentrum „Frühe Hilfen für Familien“, landesweites Netzwerk für ein Leben ohne Gewalt',
      en: 'LIKO, Vera, Frühe Hilfen state office, statewide network for a life without violence',
    },
  },
  {
    code: 'germany',
    kind: 'external',
    label: { de: 'Bund (bundesweit)', en: 'Germany (nationwide)' },
    level: 'federal',
    ags: null,
    population: null,
    hosts: {
      de: 'Hilfetelefon 116 016, NZFH, Medizinische Kinderschutzhotline (§ 6 KKG)',
      en: 'Helpline 116 016, NZFH, medical child protection hotline (§ 6 KKG)',
    },
  },
] as const satisfies readonly ExternalRegion<string>[];

/** Code of an external region, e.g. `'dessau_rosslau'`. */
export type ExternalRegionCode = (typeof EXTERNAL_REGIONS)[number]['code'];

/*
 * Neighbours: domain.md gives none. They were derived from the municipal boundaries
 * (GeoBasis-DE / BKG, 2014 edition, which already has the 2010 structure) by taking the
 * municipalities whose boundaries share a line. Zerbst/Anhalt lies north of the Elbe and
 * touches only Aken (bridge) inside the county; Dessau-Roßlau separates the county's parts.
 */

/** The ten municipalities, largest first as in §4.1. */
export const MUNICIPALITIES = [
  {
    code: 'bitterfeld_wolfen',
    kind: 'municipality',
    label: { de: 'Bitterfeld-Wolfen', en: 'Bitterfeld-Wolfen' },
    ags: '15082015',
    isTown: true,
    population: { count: 37_500, referenceYear: null, approximate: true, evidence: 'sourced' },
    courtDistrict: 'bitterfeld_wolfen',
    neighbours: ['sandersdorf_brehna', 'zoerbig', 'raguhn_jessnitz', 'muldestausee'],
    borderingExternal: [],
  },
  {
    code: 'koethen',
    kind: 'municipality',
    label: { de: 'Köthen (Anhalt)', en: 'Köthen (Anhalt)' },
    ags: '15082180',
    isTown: true,
    population: { count: 25_200, referenceYear: 2020, approximate: true, evidence: 'sourced' },
    courtDistrict: 'koethen',
    neighbours: ['osternienburger_land', 'suedliches_anhalt'],
    borderingExternal: [],
  },
  {
    code: 'zerbst',
    kind: 'municipality',
    label: { de: 'Zerbst/Anhalt', en: 'Zerbst/Anhalt' },
    ags: '15082430',
    isTown: true,
    population: { count: 21_000, referenceYear: null, approximate: true, evidence: 'background' },
    courtDistrict: 'zerbst',
    neighbours: ['aken'],
    borderingExternal: ['dessau_rosslau'],
  },
  {
    code: 'sandersdorf_brehna',
    kind: 'municipality',
    label: { de: 'Sandersdorf-Brehna', en: 'Sandersdorf-Brehna' },
    ags: '15082340',
    isTown: true,
    population: { count: 14_300, referenceYear: null, approximate: true, evidence: 'background' },
    courtDistrict: 'bitterfeld_wolfen',
    neighbours: ['bitterfeld_wolfen', 'zoerbig'],
    borderingExternal: [],
  },
  {
    code: 'suedliches_anhalt',
    kind: 'municipality',
    label: { de: 'Südliches Anhalt', en: 'Südliches Anhalt' },
    ags: '15082377',
    isTown: true,
    population: { count: 13_200, referenceYear: null, approximate: true, evidence: 'background' },
    courtDistrict: 'koethen',
    neighbours: ['koethen', 'osternienburger_land', 'zoerbig', 'raguhn_jessnitz'],
    borderingExternal: ['dessau_rosslau'],
  },
  {
    code: 'muldestausee',
    kind: 'municipality',
    label: { de: 'Muldestausee', en: 'Muldestausee' },
    ags: '15082241',
    isTown: false,
    population: { count: 11_500, referenceYear: null, approximate: true, evidence: 'background' },
    courtDistrict: 'bitterfeld_wolfen',
    neighbours: ['bitterfeld_wolfen', 'raguhn_jessnitz'],
    borderingExternal: [],
  },
  {
    code: 'zoerbig',
    kind: 'municipality',
    label: { de: 'Zörbig', en: 'Zörbig' },
    ags: '15082440',
    isTown: true,
    population: { count: 9_200, referenceYear: null, approximate: true, evidence: 'background' },
    courtDistrict: 'bitterfeld_wolfen',
    neighbours: ['suedliches_anhalt', 'raguhn_jessnitz', 'bitterfeld_wolfen', 'sandersdorf_brehna'],
    borderingExternal: [],
  },
  {
    code: 'raguhn_jessnitz',
    kind: 'municipality',
    label: { de: 'Raguhn-Jeßnitz', en: 'Raguhn-Jeßnitz' },
    ags: '15082301',
    isTown: true,
    population: { count: 8_782, referenceYear: 2023, approximate: false, evidence: 'sourced' },
    courtDistrict: 'bitterfeld_wolfen',
    neighbours: ['suedliches_anhalt', 'zoerbig', 'bitterfeld_wolfen', 'muldestausee'],
    borderingExternal: ['dessau_rosslau'],
  },
  {
    code: 'osternienburger_land',
    kind: 'municipality',
    label: { de: 'Osternienburger Land', en: 'Osternienburger Land' },
    ags: '15082256',
    isTown: false,
    population: { count: 8_700, referenceYear: null, approximate: true, evidence: 'background' },
    courtDistrict: 'koethen',
    neighbours: ['aken', 'koethen', 'suedliches_anhalt'],
    borderingExternal: ['dessau_rosslau'],
  },
  {
    code: 'aken',
    kind: 'municipality',
    label: { de: 'Aken (Elbe)', en: 'Aken (Elbe)' },
    ags: '15082005',
    isTown: true,
    // §4.1 gives a range of 7,200–7,400; the midpoint stands for it.
    population: { count: 7_300, referenceYear: null, approximate: true, evidence: 'sourced' },
    courtDistrict: 'koethen',
    neighbours: ['zerbst', 'osternienburger_land'],
    borderingExternal: ['dessau_rosslau'],
  },
] as const satisfies readonly Municipality[];

/** Landkreis Anhalt-Bitterfeld (§4.1). */
export const COUNTY: County = {
  code: 'anhalt_bitterfeld',
  kind: 'county',
  label: { de: 'Landkreis Anhalt-Bitterfeld', en: 'Anhalt-Bitterfeld district' },
  ags: '15082',
  // 31 Dec 2022 [S35]; 155,900 a year earlier.
  population: { count: 157_235, referenceYear: 2022, approximate: false, evidence: 'sourced' },
  seat: 'koethen',
};

/** Any region the graph knows. */
export type Region = County | Municipality | ExternalRegion;

// Typing the list as Municipality<MunicipalityCode> makes the compiler check neighbour codes.
const municipalityList: readonly Municipality[] = MUNICIPALITIES;
const externalList: readonly ExternalRegion[] = EXTERNAL_REGIONS;

/** Every region: the county, its municipalities, then the external regions. */
export const REGIONS: readonly Region[] = [COUNTY, ...municipalityList, ...externalList];

const regionIndex = indexByCode<RegionCode, Region>(REGIONS, 'regions');
const municipalityIndex = indexByCode(municipalityList, 'municipalities');
const municipalityByAgsIndex = new Map(municipalityList.map((m) => [m.ags, m]));
const regionCodes: ReadonlySet<string> = new Set(regionIndex.keys());
const municipalityCodes: ReadonlySet<string> = new Set(municipalityIndex.keys());

/** Narrows an untrusted string to a region code. */
export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && regionCodes.has(value);
}

/** Narrows an untrusted string to a municipality code. */
export function isMunicipalityCode(value: unknown): value is MunicipalityCode {
  return typeof value === 'string' && municipalityCodes.has(value);
}

/** The region with this code. */
export function regionByCode(code: RegionCode): Region {
  return mustGet(regionIndex, code, 'regions');
}

/** The municipality with this code. */
export function municipalityByCode(code: MunicipalityCode): Municipality {
  return mustGet(municipalityIndex, code, 'municipalities');
}

/** The municipality with this 8-digit AGS, if it is one of the county's. */
export function municipalityByAgs(ags: string): Municipality | undefined {
  return municipalityByAgsIndex.get(ags);
}

/** The county's municipalities that border `code`; the first step of a "nearby" relaxation. */
export function neighbouringMunicipalities(code: MunicipalityCode): readonly MunicipalityCode[] {
  return municipalityByCode(code).neighbours;
}
