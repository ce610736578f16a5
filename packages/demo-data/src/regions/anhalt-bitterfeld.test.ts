import type { MunicipalityCode } from '@schutznetz/domain';
import { DEMO_REGION, DEMO_REGION_CATALOG as region } from '.';

const municipalities = region.municipalities;

describe('the demo region file (Landkreis Anhalt-Bitterfeld)', () => {
  it('has unique codes and German and English names', () => {
    const codes = region.all.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of region.all) {
      expect(entry.name.de.trim()).not.toBe('');
      expect(entry.name.en.trim()).not.toBe('');
    }
  });

  it('lists the ten municipalities with distinct 8-digit AGS inside the county key 15082', () => {
    expect(municipalities).toHaveLength(10);
    expect(DEMO_REGION.county.ags).toBe('15082');
    const keys = municipalities.map((municipality) => municipality.ags);
    expect(new Set(keys).size).toBe(10);
    for (const ags of keys) expect(ags).toMatch(/^15082\d{3}$/);
  });

  it('counts 8 towns and 2 Gemeinden, with Köthen as the county seat', () => {
    expect(municipalities.filter((municipality) => municipality.isTown)).toHaveLength(8);
    expect(DEMO_REGION.county.seat).toBe('koethen');
  });

  it('has municipal populations that add up to the county within 3 %', () => {
    const sum = municipalities.reduce((total, m) => total + m.population.count, 0);
    const county = DEMO_REGION.county.population.count;
    expect(Math.abs(sum - county) / county).toBeLessThan(0.03);
  });

  it('has symmetric neighbour relations between existing, different municipalities', () => {
    for (const municipality of municipalities) {
      for (const neighbour of municipality.neighbours) {
        expect(neighbour).not.toBe(municipality.code);
        expect(region.isMunicipality(neighbour)).toBe(true);
        expect(region.neighbours(neighbour)).toContain(municipality.code);
      }
    }
  });

  it('connects every municipality through neighbours, so a nearby relaxation reaches all', () => {
    const reached = new Set<MunicipalityCode>(['zerbst']);
    const pending: MunicipalityCode[] = ['zerbst'];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      for (const neighbour of region.neighbours(next)) {
        if (!reached.has(neighbour)) {
          reached.add(neighbour);
          pending.push(neighbour);
        }
      }
    }
    expect(reached.size).toBe(municipalities.length);
  });

  it('assigns each municipality to one of the three Amtsgerichte as §4.2 lists them', () => {
    const byCourt = new Map<string, string[]>();
    for (const municipality of municipalities) {
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

  it('names the places outside the county where its regional services sit', () => {
    expect(region.externals.map((external) => external.code)).toEqual(
      expect.arrayContaining(['dessau_rosslau', 'halle_saale', 'magdeburg', 'sachsen_anhalt']),
    );
  });

  it('finds municipalities by AGS and by the names people use', () => {
    expect(region.municipalityByAgs('15082180')?.code).toBe('koethen');
    expect(region.municipalityByAgs('15001000')).toBeUndefined();
    expect(region.municipalityByName('Köthen')?.code).toBe('koethen');
    expect(region.municipalityByName('koethen (anhalt)')?.code).toBe('koethen');
    expect(region.municipalityByName('Zerbst')?.code).toBe('zerbst');
    expect(region.municipalityByName('Raguhn-Jessnitz')?.code).toBe('raguhn_jessnitz');
    expect(region.municipalityByName('Bitterfeld')?.code).toBe('bitterfeld_wolfen');
    expect(region.isMunicipality('anhalt_bitterfeld')).toBe(false);
    expect(region.isRegion('anhalt_bitterfeld')).toBe(true);
    expect(region.isRegion('berlin')).toBe(false);
  });

  it('keeps the services of the old code: the Land covers the county and its cities', () => {
    expect(region.covers(['sachsen_anhalt'], 'aken')).toBe(true);
    expect(region.covers(['sachsen_anhalt'], 'dessau_rosslau')).toBe(true);
    expect(region.covers(['anhalt_bitterfeld'], 'dessau_rosslau')).toBe(false);
    expect(region.covers(['germany'], 'magdeburg')).toBe(true);
  });
});
