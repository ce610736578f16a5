import {
  COUNTY,
  EXTERNAL_REGIONS,
  MUNICIPALITIES,
  REGIONS,
  isMunicipalityCode,
  isRegionCode,
  municipalityByAgs,
  municipalityByCode,
  neighbouringMunicipalities,
  type MunicipalityCode,
} from './regions';

describe('regions', () => {
  it('have unique codes and German and English labels', () => {
    const codes = REGIONS.map((region) => region.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const region of REGIONS) {
      expect(region.label.de.trim()).not.toBe('');
      expect(region.label.en.trim()).not.toBe('');
    }
  });

  it('list the ten municipalities with distinct 8-digit AGS inside the county key 15082', () => {
    expect(MUNICIPALITIES).toHaveLength(10);
    expect(COUNTY.ags).toBe('15082');
    const keys = MUNICIPALITIES.map((municipality) => municipality.ags);
    expect(new Set(keys).size).toBe(10);
    for (const ags of keys) {
      expect(ags).toMatch(/^15082\d{3}$/);
    }
  });

  it('count 8 towns and 2 Gemeinden, with Köthen as the county seat', () => {
    expect(MUNICIPALITIES.filter((municipality) => municipality.isTown)).toHaveLength(8);
    expect(COUNTY.seat).toBe('koethen');
  });

  it('have municipal populations that add up to the county within 3 %', () => {
    const sum = MUNICIPALITIES.reduce((total, m) => total + m.population.count, 0);
    expect(Math.abs(sum - COUNTY.population.count) / COUNTY.population.count).toBeLessThan(0.03);
  });

  it('have symmetric neighbour relations between existing, different municipalities', () => {
    for (const municipality of MUNICIPALITIES) {
      for (const neighbour of municipality.neighbours) {
        expect(neighbour).not.toBe(municipality.code);
        expect(isMunicipalityCode(neighbour)).toBe(true);
        expect(neighbouringMunicipalities(neighbour)).toContain(municipality.code);
      }
    }
  });

  it('connect every municipality through neighbours, so a nearby relaxation reaches all', () => {
    const reached = new Set<MunicipalityCode>(['zerbst']);
    const pending: MunicipalityCode[] = ['zerbst'];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      for (const neighbour of neighbouringMunicipalities(next)) {
        if (!reached.has(neighbour)) {
          reached.add(neighbour);
          pending.push(neighbour);
        }
      }
    }
    expect(reached.size).toBe(MUNICIPALITIES.length);
  });

  it('assign each municipality to one of the three Amtsgerichte as §4.2 lists them', () => {
    const byCourt = new Map<string, string[]>();
    for (const municipality of MUNICIPALITIES) {
      byCourt.set(municipality.courtDistrict, [
        ...(byCourt.get(municipality.courtDistrict) ?? []),
        municipality.code,
      ]);
    }
    expect(byCourt.get('bitterfeld_wolfen')?.sort()).toEqual([
      'bitterfeld_wolfen',
      'muldestausee',
      'raguhn_jessnitz',
      'sandersdorf_brehna',
      'zoerbig',
    ]);
    expect(byCourt.get('koethen')?.sort()).toEqual([
      'aken',
      'koethen',
      'osternienburger_land',
      'suedliches_anhalt',
    ]);
    expect(byCourt.get('zerbst')).toEqual(['zerbst']);
  });

  it('name the places outside the county where its regional services sit', () => {
    expect(EXTERNAL_REGIONS.map((region) => region.code)).toEqual(
      expect.arrayContaining(['dessau_rosslau', 'halle_saale', 'magdeburg', 'sachsen_anhalt']),
    );
    for (const municipality of MUNICIPALITIES) {
      for (const external of municipality.borderingExternal) {
        expect(isRegionCode(external)).toBe(true);
      }
    }
  });

  it('look municipalities up by AGS and tell them from other regions', () => {
    expect(municipalityByAgs('15082180')?.code).toBe('koethen');
    expect(municipalityByAgs('15001000')).toBeUndefined();
    expect(municipalityByCode('aken').ags).toBe('15082005');
    expect(isMunicipalityCode('anhalt_bitterfeld')).toBe(false);
    expect(isRegionCode('anhalt_bitterfeld')).toBe(true);
    expect(isRegionCode('berlin')).toBe(false);
  });
});
