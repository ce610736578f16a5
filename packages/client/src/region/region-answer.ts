/**
 * The server's answer about the region as the domain's region definition, from which the client
 * builds the same `RegionCatalog` the server and the analyses use.
 */
import { REGION_FORMAT, type RegionDefinition } from '@schutznetz/domain';
import type { LoadedRegionQuery } from '../gql/graphql';

type AnswerRegion = LoadedRegionQuery['regions'][number];

/** The definition the answer describes; null when the instance has no county yet. */
export function definitionOf(regions: readonly AnswerRegion[]): RegionDefinition | null {
  const county = regions.find((region) => region.kind === 'county');
  if (county === undefined) return null;
  const municipalities = regions.filter((region) => region.kind === 'municipality');
  const population = (region: AnswerRegion) => ({ count: region.population ?? 0, year: null });
  return {
    format: REGION_FORMAT,
    county: {
      code: county.id,
      name: county.name,
      ags: county.ags ?? '',
      population: population(county),
      seat: municipalities[0]?.id ?? '',
    },
    municipalities: municipalities.map((municipality) => ({
      code: municipality.id,
      name: municipality.name,
      ags: municipality.ags ?? '',
      isTown: false,
      population: population(municipality),
      courtDistrict: municipality.id,
      neighbours: municipality.neighbours.map((neighbour) => neighbour.id),
    })),
    externals: regions
      .filter((region) => region.kind === 'external')
      .map((external) => ({
        code: external.id,
        name: external.name,
        level: 'city',
        ags: external.ags ?? null,
      })),
  };
}
