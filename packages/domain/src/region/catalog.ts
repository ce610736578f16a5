/**
 * The loaded region as lookups (decision 030): what every part of the product asks instead of a
 * code constant. Built from a {@link RegionDefinition}; pure, so the server, the analysis
 * threads and the client build the same catalog from the same data.
 */
import type { Locale } from '../taxonomy/types';
import type {
  CountyDefinition,
  ExternalDefinition,
  MunicipalityDefinition,
  RegionCode,
  RegionDefinition,
} from './definition';

/** The county as the catalog lists it. */
export interface RegionCounty extends CountyDefinition {
  readonly kind: 'county';
}

/** A municipality as the catalog lists it. */
export interface RegionMunicipality extends MunicipalityDefinition {
  readonly kind: 'municipality';
}

/** An external region as the catalog lists it. */
export interface RegionExternal extends ExternalDefinition {
  readonly kind: 'external';
}

/** Any region of the catalog. */
export type RegionEntry = RegionCounty | RegionMunicipality | RegionExternal;

/** The loaded region's lookups. */
export interface RegionCatalog {
  /** The stored region's version; 0 when none is stored. */
  readonly version: number;
  /** The region file the catalog was built from; `null` while no region is set up. */
  readonly definition: RegionDefinition | null;
  /** The county; `null` while no region is set up. */
  readonly county: RegionCounty | null;
  /** The county's municipalities in the file's order. */
  readonly municipalities: readonly RegionMunicipality[];
  readonly externals: readonly RegionExternal[];
  /** The county, its municipalities, then the externals. */
  readonly all: readonly RegionEntry[];
  /** The region with this code. */
  get(code: string): RegionEntry | undefined;
  /** Tells whether `code` is one of the county's municipalities. */
  isMunicipality(code: string): boolean;
  /** Tells whether `code` is any region of the catalog. */
  isRegion(code: string): boolean;
  /** The region's name in `locale`, or the code itself for an unknown code. */
  label(code: string, locale?: Locale): string;
  /** The municipality with this 8-digit AGS. */
  municipalityByAgs(ags: string): RegionMunicipality | undefined;
  /**
   * The municipality a person means by `name`: case, accents and punctuation do not matter
   * ("koethen anhalt"), and a short form finds the full name when only one starts with it
   * ("Köthen" → "Köthen (Anhalt)"). Codes are accepted too.
   */
  municipalityByName(name: string): RegionMunicipality | undefined;
  /** The municipalities bordering `code` (none for anything else). */
  neighbours(code: string): readonly RegionCode[];
  /**
   * Tells whether a service area covers `code`. An area lists regions: each covers itself, the
   * county code covers its municipalities, an external region of level `state` covers the county,
   * its municipalities and the cities, one of level `federal` covers everything.
   */
  covers(area: readonly RegionCode[], code: RegionCode): boolean;
}

/** Lower case, umlauts and accents folded, punctuation as single spaces. */
export function foldName(value: string): string {
  return value
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Builds the lookups of `definition`; `null` gives the catalog of an instance not set up yet. */
export function buildRegionCatalog(
  definition: RegionDefinition | null,
  version = 0,
): RegionCatalog {
  const county: RegionCounty | null =
    definition === null ? null : { ...definition.county, kind: 'county' };
  const municipalities: RegionMunicipality[] = (definition?.municipalities ?? []).map((m) => ({
    ...m,
    kind: 'municipality',
  }));
  const externals: RegionExternal[] = (definition?.externals ?? []).map((e) => ({
    ...e,
    kind: 'external',
  }));
  const all: RegionEntry[] = [
    ...(county === null ? [] : [county]),
    ...municipalities,
    ...externals,
  ];
  const byCode = new Map<string, RegionEntry>(all.map((entry) => [entry.code, entry]));
  const municipalityCodes = new Set(municipalities.map((m) => m.code));
  const byAgs = new Map(municipalities.map((m) => [m.ags, m]));
  const folded = municipalities.map((m) => ({
    municipality: m,
    names: [foldName(m.name.de), foldName(m.name.en), foldName(m.code)],
  }));
  const levelOf = (code: string): string | undefined => {
    const entry = byCode.get(code);
    return entry?.kind === 'external' ? entry.level : undefined;
  };
  /** Everything inside the county's Land: the county, its municipalities and the cities. */
  const inState = (code: string): boolean =>
    code === county?.code || municipalityCodes.has(code) || levelOf(code) === 'city';

  return {
    version,
    definition,
    county,
    municipalities,
    externals,
    all,
    get: (code) => byCode.get(code),
    isMunicipality: (code) => municipalityCodes.has(code),
    isRegion: (code) => byCode.has(code),
    label(code, locale = 'de') {
      const entry = byCode.get(code);
      return entry === undefined ? code : entry.name[locale];
    },
    municipalityByAgs: (ags) => byAgs.get(ags.trim()),
    municipalityByName(name) {
      const wanted = foldName(name);
      if (wanted === '') return undefined;
      const exact = folded.find((f) => f.names.includes(wanted));
      if (exact !== undefined) return exact.municipality;
      const starting = folded.filter((f) => f.names.some((n) => n.startsWith(`${wanted} `)));
      const loose =
        starting.length > 0
          ? starting
          : folded.filter((f) => f.names.some((n) => n.startsWith(wanted)));
      return loose.length === 1 ? loose[0]?.municipality : undefined;
    },
    neighbours(code) {
      const entry = byCode.get(code);
      return entry?.kind === 'municipality' ? entry.neighbours : [];
    },
    covers(area, code) {
      for (const region of area) {
        if (region === code) return true;
        const level = levelOf(region);
        if (level === 'federal') return true;
        if (level === 'state' && inState(code)) return true;
        if (region === county?.code && municipalityCodes.has(code)) return true;
      }
      return false;
    },
  };
}
