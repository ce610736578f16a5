/**
 * The server's answer about the region as the domain's region definition (the region file's
 * content), from which the client builds the same `RegionCatalog` the server and the analyses
 * use, and which the admin page offers as a file to edit and load again.
 */
import {
  REGION_FORMAT,
  type ExternalLevel,
  type LocalizedLabel,
  type PopulationFigure,
  type RegionBoundary,
  type RegionDefinition,
} from '@schutznetz/domain';
import type { LoadedRegionEntryFragment } from '../gql/graphql';

/** A region as the answer gives it, with its boundary where it was asked for. */
type Entry = LoadedRegionEntryFragment & { readonly boundary?: unknown };

/** The region as an answer holds it. */
export interface RegionAnswer {
  readonly county: Entry | null;
  readonly municipalities: readonly Entry[];
  readonly externals: readonly Entry[];
  /** The file's source and notes; only the admin page asks for them. */
  readonly source?: string | null;
  readonly notes?: readonly string[];
}

function population(entry: Entry): PopulationFigure {
  return {
    count: entry.population ?? 0,
    year: entry.populationYear,
    ...(entry.approximate ? { approximate: true } : {}),
  };
}

const LEVELS: readonly string[] = ['city', 'state', 'federal'] satisfies ExternalLevel[];

/** A name as the file writes it: the cache's answer also carries its type name, a file must not. */
const label = (text: LocalizedLabel): LocalizedLabel => ({ de: text.de, en: text.en });

/** The region file the answer describes; null when the instance has no county yet. */
export function definitionOf(region: RegionAnswer): RegionDefinition | null {
  const { county } = region;
  if (county === null) return null;
  return {
    format: REGION_FORMAT,
    county: {
      code: county.id,
      name: label(county.name),
      ags: county.ags ?? '',
      population: population(county),
      seat: county.seat ?? '',
    },
    municipalities: region.municipalities.map((municipality) => ({
      code: municipality.id,
      name: label(municipality.name),
      ags: municipality.ags ?? '',
      isTown: municipality.isTown ?? false,
      population: population(municipality),
      courtDistrict: municipality.courtDistrict ?? municipality.id,
      neighbours: municipality.neighbours.map((neighbour) => neighbour.id),
      ...(municipality.boundary ? { boundary: municipality.boundary as RegionBoundary } : {}),
    })),
    externals: region.externals.map((external) => ({
      code: external.id,
      name: label(external.name),
      level: (LEVELS.includes(external.level ?? '') ? external.level : 'city') as ExternalLevel,
      ags: external.ags,
      ...(external.hosts ? { hosts: label(external.hosts) } : {}),
    })),
    ...(region.source ? { source: region.source } : {}),
    ...(region.notes?.length ? { notes: [...region.notes] } : {}),
  };
}
