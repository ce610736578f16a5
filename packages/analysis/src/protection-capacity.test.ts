import { protectionCapacity } from './protection-capacity';
import { aGraph, anInstitution, aService } from './testing/fixtures';

/**
 * Two municipalities: Köthen (40,000) with a shelter of 4 places answering around the clock in
 * German and Russian, and Aken (20,000) reached only by a counselling centre on stalking for
 * women and children, office hours, German and Arabic.
 */
const graph = aGraph({
  municipalities: [
    { code: 'koethen', name: 'Köthen (Anhalt)', population: 40_000, neighbours: [] },
    { code: 'aken', name: 'Aken (Elbe)', population: 20_000, neighbours: [] },
  ],
  institutions: [
    anInstitution('org:shelter', {
      kind: 'womens_shelter',
      name: 'Frauenhaus',
      available24x7: true,
      languages: ['de', 'ru'],
    }),
    anInstitution('org:counselling', {
      kind: 'womens_counselling_centre',
      name: 'Beratungsstelle',
      municipality: 'aken',
      street: 'Marktplatz 1',
      postalCode: '06385',
    }),
  ],
  services: [
    aService('svc:shelter', 'org:shelter', {
      name: 'Schutz',
      topics: ['domestic_violence'],
      targetGroups: ['women', 'children_6_14'],
      capacityTotal: 4,
      available24x7: true,
      languages: [],
    }),
    aService('svc:counselling', 'org:counselling', {
      name: 'Beratung',
      topics: ['stalking', 'violence_close_relationships'],
      targetGroups: ['women', 'adolescents_14_18'],
      languages: ['de', 'ar'],
      area: ['aken'],
    }),
  ],
});

describe('the capacity report of the Gewalthilfegesetz', () => {
  const report = protectionCapacity(graph);
  const row = (municipality: string | null, form: string, group: string) =>
    report.rows.find(
      (r) => r.municipality === municipality && r.form === form && r.targetGroup === group,
    );

  it('counts a shelter of 4 places in a municipality of 40,000 as 1.0 per 10,000: the benchmark met', () => {
    expect(report.shelters[0]).toEqual({
      municipality: 'koethen',
      name: 'Köthen (Anhalt)',
      population: 40_000,
      places: 4,
      placesPer10k: 1,
      requiredPlaces: 4,
      gap: 0,
      benchmarkMet: true,
    });
    expect(report.shelters[1]).toMatchObject({ municipality: 'aken', places: 0, gap: 2 });
    expect(report.shelters[1]?.benchmarkMet).toBe(false);
    // The county: 4 places for 60,000 inhabitants, 6 needed.
    expect(report.shelters[2]).toMatchObject({
      municipality: null,
      population: 60_000,
      places: 4,
      requiredPlaces: 6,
      gap: 2,
      benchmarkMet: false,
    });
    expect(report.shelters[2]?.placesPer10k).toBeCloseTo(0.667, 3);
  });

  it('lists per municipality, form and group the services, places, languages and whether one answers 24/7', () => {
    expect(row('koethen', 'domestic_violence', 'women')).toEqual({
      municipality: 'koethen',
      form: 'domestic_violence',
      targetGroup: 'women',
      serviceIds: ['svc:shelter'],
      institutionIds: ['org:shelter'],
      places: 4,
      languages: ['de', 'ru'],
      services24x7Ids: ['svc:shelter'],
    });
    expect(row('koethen', 'domestic_violence', 'children')?.places).toBe(4);
    expect(row('koethen', 'domestic_violence', 'men')?.serviceIds).toEqual([]);
    // Aken: the counselling centre counts for stalking and, through its group topic, for
    // domestic violence; office hours only.
    expect(row('aken', 'stalking', 'children')).toMatchObject({
      serviceIds: ['svc:counselling'],
      places: 0,
      languages: ['ar', 'de'],
      services24x7Ids: [],
    });
    expect(row('aken', 'domestic_violence', 'women')?.serviceIds).toEqual(['svc:counselling']);
    expect(row('koethen', 'stalking', 'women')?.serviceIds).toEqual([]);
    // The county counts each service once.
    expect(row(null, 'domestic_violence', 'women')).toMatchObject({
      serviceIds: ['svc:counselling', 'svc:shelter'],
      places: 4,
      services24x7Ids: ['svc:shelter'],
    });
    // 2 municipalities and the county, 8 forms, 6 groups.
    expect(report.rows).toHaveLength(3 * 8 * 6);
  });

  it('lists each service with where it sits and whom it reaches, never its street', () => {
    expect(report.services.map((s) => [s.institutionName, s.seat, s.reaches])).toEqual([
      ['Beratungsstelle', 'aken', ['aken']],
      ['Frauenhaus', 'koethen', ['koethen']],
    ]);
    expect(JSON.stringify(report)).not.toMatch(/Marktplatz|06385/);
  });

  it('gives the same tables for the same graph', () => {
    expect(JSON.stringify(protectionCapacity(graph))).toBe(JSON.stringify(report));
  });
});
