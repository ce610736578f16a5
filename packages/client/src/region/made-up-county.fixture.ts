/**
 * A county that exists nowhere, for the client's tests: the views must answer for whatever region
 * is loaded, so they are tested with one that shares nothing with the demo county.
 */
import { REGION_FORMAT, buildRegionCatalog, type RegionDefinition } from '@schutznetz/domain';

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
