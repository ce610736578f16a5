/**
 * A county that exists nowhere, for the client's tests: the views must answer for whatever region
 * is loaded, so they are tested with one that shares nothing with the demo county.
 */
import {
  REGION_FORMAT,
  buildRegionCatalog,
  type PopulationFigure,
  type RegionDefinition,
} from '@schutznetz/domain';
import type { LoadedRegionEntryFragment, LoadedRegionQuery } from '../gql/graphql';

export const MADE_UP_COUNTY: RegionDefinition = {
  format: REGION_FORMAT,
  source: 'Made up for tests',
  county: {
    code: 'kreis_seeland',
    name: { de: 'Landkreis Seeland', en: 'Seeland District' },
    ags: '99001',
    population: { count: 67_500, year: 2024 },
    seat: 'moorbach',
  },
  // Deliberately not largest first: the views order by population themselves.
  municipalities: [
    {
      code: 'uferdorf',
      name: { de: 'Uferdorf', en: 'Uferdorf' },
      ags: '99001003',
      isTown: false,
      population: { count: 4_500, year: 2024 },
      courtDistrict: 'moorbach',
      neighbours: ['moorbach'],
    },
    {
      code: 'moorbach',
      name: { de: 'Moorbach am See', en: 'Moorbach on the Lake' },
      ags: '99001001',
      isTown: true,
      population: { count: 41_000, year: 2024 },
      courtDistrict: 'moorbach',
      neighbours: ['uferdorf', 'heidekamp'],
    },
    {
      code: 'heidekamp',
      name: { de: 'Heidekamp', en: 'Heidekamp' },
      ags: '99001002',
      isTown: true,
      population: { count: 22_000, year: 2023, approximate: true },
      courtDistrict: 'moorbach',
      neighbours: ['moorbach'],
    },
  ],
  externals: [
    {
      code: 'hafenstadt',
      name: { de: 'Hafenstadt', en: 'Hafenstadt' },
      level: 'city',
      ags: '99002000',
    },
    {
      code: 'land_seeland',
      name: { de: 'Land Seeland', en: 'State of Seeland' },
      level: 'state',
      ags: '99',
    },
  ],
};

export const MADE_UP_CATALOG = buildRegionCatalog(MADE_UP_COUNTY, 3);

type Entry = LoadedRegionEntryFragment;

const NO_FIELDS = {
  ags: null,
  population: null,
  populationYear: null,
  approximate: null,
  isTown: null,
  courtDistrict: null,
  seat: null,
  level: null,
  hosts: null,
  neighbours: [],
} satisfies Partial<Entry>;

/** What the server answers to `LoadedRegion` for `definition` (null: an instance without a region). */
export function answerOf(
  definition: RegionDefinition | null,
  version = 1,
): LoadedRegionQuery['region'] {
  if (definition === null) return { version: 0, county: null, municipalities: [], externals: [] };
  const { county } = definition;
  const figure = (population: PopulationFigure) => ({
    population: population.count,
    populationYear: population.year,
    approximate: population.approximate ?? false,
  });
  return {
    version,
    county: {
      ...NO_FIELDS,
      id: county.code,
      kind: 'county',
      name: county.name,
      ags: county.ags,
      ...figure(county.population),
      seat: county.seat,
    },
    municipalities: definition.municipalities.map((m) => ({
      ...NO_FIELDS,
      id: m.code,
      kind: 'municipality',
      name: m.name,
      ags: m.ags,
      ...figure(m.population),
      isTown: m.isTown,
      courtDistrict: m.courtDistrict,
      neighbours: m.neighbours.map((id) => ({ id })),
    })),
    externals: definition.externals.map((e) => ({
      ...NO_FIELDS,
      id: e.code,
      kind: 'external',
      name: e.name,
      ags: e.ags,
      level: e.level,
      hosts: e.hosts ?? null,
    })),
  };
}
