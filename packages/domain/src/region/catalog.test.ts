import { buildRegionCatalog } from './catalog';
import { REGION_FORMAT, type RegionDefinition } from './definition';

const population = { count: 1000, year: 2024, approximate: false };

/** A made-up county: Nordstadt and Südheim border each other, Weiler borders Südheim. */
const DEFINITION: RegionDefinition = {
  format: REGION_FORMAT,
  county: {
    code: 'lk_test',
    name: { de: 'Landkreis Test', en: 'Test district' },
    ags: '99001',
    population: { count: 3000, year: 2024 },
    seat: 'nordstadt',
  },
  municipalities: [
    {
      code: 'nordstadt',
      name: { de: 'Nordstadt (Test)', en: 'Nordstadt (Test)' },
      ags: '99001001',
      isTown: true,
      population,
      courtDistrict: 'nordstadt',
      neighbours: ['suedheim'],
    },
    {
      code: 'suedheim',
      name: { de: 'Südheim', en: 'Suedheim' },
      ags: '99001002',
      isTown: false,
      population,
      courtDistrict: 'nordstadt',
      neighbours: ['nordstadt', 'weiler'],
    },
    {
      code: 'weiler',
      name: { de: 'Weiler an der Au', en: 'Weiler an der Au' },
      ags: '99001003',
      isTown: false,
      population,
      courtDistrict: 'nordstadt',
      neighbours: ['suedheim'],
    },
  ],
  externals: [
    {
      code: 'grossstadt',
      name: { de: 'Großstadt', en: 'Grossstadt' },
      level: 'city',
      ags: '99002000',
    },
    { code: 'land_test', name: { de: 'Land Test', en: 'Test state' }, level: 'state', ags: '99' },
    { code: 'bund', name: { de: 'Bund', en: 'Germany' }, level: 'federal', ags: null },
  ],
};

const catalog = buildRegionCatalog(DEFINITION, 4);

describe('RegionCatalog', () => {
  it('lists the county, its municipalities in file order and the externals', () => {
    expect(catalog.version).toBe(4);
    expect(catalog.county?.code).toBe('lk_test');
    expect(catalog.municipalities.map((m) => m.code)).toEqual(['nordstadt', 'suedheim', 'weiler']);
    expect(catalog.externals.map((e) => e.level)).toEqual(['city', 'state', 'federal']);
    expect(catalog.all.map((r) => r.kind)).toEqual([
      'county',
      'municipality',
      'municipality',
      'municipality',
      'external',
      'external',
      'external',
    ]);
  });

  it('tells municipalities from the county and the externals', () => {
    expect(catalog.isMunicipality('suedheim')).toBe(true);
    expect(catalog.isMunicipality('lk_test')).toBe(false);
    expect(catalog.isMunicipality('grossstadt')).toBe(false);
    expect(catalog.isRegion('grossstadt')).toBe(true);
    expect(catalog.get('land_test')?.kind).toBe('external');
    expect(catalog.get('koethen')).toBeUndefined();
  });

  it('labels a code in either language and falls back to the code itself', () => {
    expect(catalog.label('suedheim')).toBe('Südheim');
    expect(catalog.label('suedheim', 'en')).toBe('Suedheim');
    expect(catalog.label('lk_test', 'en')).toBe('Test district');
    expect(catalog.label('nowhere')).toBe('nowhere');
  });

  it('finds a municipality by its AGS', () => {
    expect(catalog.municipalityByAgs('99001003')?.code).toBe('weiler');
    expect(catalog.municipalityByAgs('99002000')).toBeUndefined();
  });

  it('finds a municipality by name regardless of case, accents and punctuation', () => {
    expect(catalog.municipalityByName('SÜDHEIM')?.code).toBe('suedheim');
    expect(catalog.municipalityByName('Suedheim')?.code).toBe('suedheim');
    expect(catalog.municipalityByName('sudheim')?.code).toBe('suedheim');
    expect(catalog.municipalityByName('nordstadt test')?.code).toBe('nordstadt');
    expect(catalog.municipalityByName('weiler')?.code).toBe('weiler');
  });

  it('finds a municipality by a short form only when one name starts with it', () => {
    expect(catalog.municipalityByName('Nordstadt')?.code).toBe('nordstadt');
    expect(catalog.municipalityByName('Weiler an')?.code).toBe('weiler');
    const twoNord = buildRegionCatalog({
      ...DEFINITION,
      municipalities: DEFINITION.municipalities.map((m) =>
        m.code === 'weiler' ? { ...m, name: { de: 'Nordstadt-Land', en: 'Nordstadt-Land' } } : m,
      ),
    });
    expect(twoNord.municipalityByName('Nordstadt')?.code).toBe('nordstadt');
    expect(twoNord.municipalityByName('Nord')).toBeUndefined();
    expect(catalog.municipalityByName('')).toBeUndefined();
    expect(catalog.municipalityByName('Großstadt')).toBeUndefined();
  });

  it('gives the neighbours of a municipality and none of other regions', () => {
    expect(catalog.neighbours('suedheim')).toEqual(['nordstadt', 'weiler']);
    expect(catalog.neighbours('grossstadt')).toEqual([]);
    expect(catalog.neighbours('nowhere')).toEqual([]);
  });

  it('covers a municipality by itself, the county, the state or the country', () => {
    expect(catalog.covers(['nordstadt'], 'nordstadt')).toBe(true);
    expect(catalog.covers(['nordstadt'], 'suedheim')).toBe(false);
    expect(catalog.covers(['lk_test'], 'weiler')).toBe(true);
    expect(catalog.covers(['land_test'], 'weiler')).toBe(true);
    expect(catalog.covers(['bund'], 'weiler')).toBe(true);
    expect(catalog.covers(['grossstadt'], 'weiler')).toBe(false);
    expect(catalog.covers([], 'weiler')).toBe(false);
  });

  it('covers the county and the cities by the state, everything by the country', () => {
    expect(catalog.covers(['land_test'], 'lk_test')).toBe(true);
    expect(catalog.covers(['land_test'], 'grossstadt')).toBe(true);
    expect(catalog.covers(['land_test'], 'bund')).toBe(false);
    expect(catalog.covers(['lk_test'], 'grossstadt')).toBe(false);
    expect(catalog.covers(['bund'], 'land_test')).toBe(true);
    expect(catalog.covers(['grossstadt'], 'grossstadt')).toBe(true);
  });

  it('is empty while no region is set up', () => {
    const empty = buildRegionCatalog(null);
    expect(empty.county).toBeNull();
    expect(empty.municipalities).toEqual([]);
    expect(empty.version).toBe(0);
    expect(empty.label('koethen')).toBe('koethen');
    expect(empty.covers(['koethen'], 'koethen')).toBe(true);
  });
});
