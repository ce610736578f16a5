import type { RegionCode, TargetGroupCode } from '@schutznetz/domain';
import fc from 'fast-check';
import { computeCoverage, summarizeCoverage, type CoverageCell } from './coverage-report';
import type { AnalysisGraph, AnalysisPerson } from './graph';
import { DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import { isExpertiseValid, relatedTopics } from './matching';
import { aGraph, anInstitution, aPerson, aService } from './testing/fixtures';
import { generateAnalysisGraph } from './testing/generate';

function countyGraph(): AnalysisGraph {
  return aGraph({
    institutions: [
      anInstitution('efb'),
      anInstitution('ist', {
        kind: 'domestic_violence_intervention_centre',
        municipality: 'dessau_rosslau',
      }),
      anInstitution('helpline', {
        kind: 'national_helpline',
        municipality: 'germany',
        available24x7: true,
        openingHours: [],
      }),
      anInstitution('shelter_biwo', { kind: 'womens_shelter', municipality: 'bitterfeld_wolfen' }),
      anInstitution('shelter_koethen', { kind: 'womens_shelter' }),
    ],
    services: [
      aService('svc:efb', 'efb', {
        topics: ['parenting_support'],
        targetGroups: ['parents_families'],
        area: ['koethen', 'aken'],
      }),
      aService('svc:ist', 'ist', {
        topics: ['domestic_violence', 'stalking'],
        targetGroups: ['women', 'men'],
        area: ['anhalt_bitterfeld'],
      }),
      aService('svc:helpline', 'helpline', {
        targetGroups: ['women'],
        area: ['germany'],
        languages: ['de', 'ar'],
        available24x7: true,
      }),
      aService('svc:shelter_biwo', 'shelter_biwo', {
        area: [
          'bitterfeld_wolfen',
          'muldestausee',
          'raguhn_jessnitz',
          'sandersdorf_brehna',
          'zoerbig',
        ],
        capacityTotal: 9,
        capacityFree: 1,
      }),
      aService('svc:shelter_koethen', 'shelter_koethen', {
        area: ['koethen', 'aken', 'osternienburger_land', 'suedliches_anhalt'],
        capacityTotal: 4,
        capacityFree: 0,
      }),
    ],
    people: [
      aPerson('p:efb', ['efb'], ['parenting_support']),
      aPerson('p:ist', ['ist'], [], {
        expertise: [
          {
            topic: 'domestic_violence',
            level: 'expert',
            qualification: null,
            since: null,
            validUntil: '2020-01-01',
          },
          {
            topic: 'stalking',
            level: 'advanced',
            qualification: null,
            since: null,
            validUntil: null,
          },
        ],
      }),
      aPerson('p:neglect', ['efb'], ['child_neglect']),
    ],
  });
}

const TOPICS = ['domestic_violence', 'stalking', 'parenting_support', 'child_neglect'] as const;

function cell(cells: readonly CoverageCell[], topic: string, municipality: string): CoverageCell {
  const found = cells.find((c) => c.topic === topic && c.municipality === municipality);
  if (found === undefined) throw new Error(`no cell ${topic} × ${municipality}`);
  return found;
}

describe('computeCoverage', () => {
  it('counts services and people reaching each municipality, with the ids behind each cell', () => {
    const report = computeCoverage(countyGraph(), { topics: TOPICS, asOf: '2025-01-01' });
    expect(report.cells).toHaveLength(4 * 10);
    expect(cell(report.cells, 'domestic_violence', 'koethen')).toEqual({
      topic: 'domestic_violence',
      municipality: 'koethen',
      targetGroup: null,
      serviceCount: 3,
      serviceIds: ['svc:helpline', 'svc:ist', 'svc:shelter_koethen'],
      institutionIds: ['helpline', 'ist', 'shelter_koethen'],
      personCount: 0, // the expert's expertise ran out in 2020
      personIds: [],
      services24x7Ids: ['svc:helpline'],
      languages: ['ar', 'de'],
    });
    expect(cell(report.cells, 'parenting_support', 'aken')).toMatchObject({
      serviceIds: ['svc:efb'],
      personIds: ['p:efb'],
    });
    expect(cell(report.cells, 'parenting_support', 'zerbst').serviceCount).toBe(0);
    expect(cell(report.cells, 'stalking', 'zerbst')).toMatchObject({
      serviceIds: ['svc:ist'],
      personIds: ['p:ist'], // reaches the county through the Interventionsstelle's area
    });
  });

  it('counts an expired expertise when no date is given', () => {
    const report = computeCoverage(countyGraph(), { topics: ['domestic_violence'] });
    expect(cell(report.cells, 'domestic_violence', 'koethen').personIds).toEqual(['p:ist']);
  });

  it('breaks cells down by target group', () => {
    const report = computeCoverage(countyGraph(), {
      topics: TOPICS,
      targetGroups: ['women', 'parents_families'],
    });
    const women = report.targetGroupCells.find(
      (c) =>
        c.topic === 'domestic_violence' && c.municipality === 'aken' && c.targetGroup === 'women',
    );
    expect(women?.serviceIds).toEqual(['svc:helpline', 'svc:ist', 'svc:shelter_koethen']);
    const parents = report.targetGroupCells.find(
      (c) =>
        c.topic === 'domestic_violence' &&
        c.municipality === 'aken' &&
        c.targetGroup === 'parents_families',
    );
    expect(parents?.serviceCount).toBe(0);
    expect(report.targetGroupCells).toHaveLength(4 * 10 * 2);
  });

  it('measures shelter places against one family place per 10,000 inhabitants', () => {
    const { shelterCapacity } = computeCoverage(countyGraph(), { topics: TOPICS });
    expect(shelterCapacity).toMatchObject({
      population: 156_682,
      places: 13,
      freePlaces: 1,
      serviceIds: ['svc:shelter_biwo', 'svc:shelter_koethen'],
      municipalitiesWithoutShelter: ['zerbst'],
    });
    expect(shelterCapacity.requiredPlaces).toBeCloseTo(15.6682);
    expect(shelterCapacity.shortfall).toBeCloseTo(2.6682);
  });

  it('ranks gaps by people affected × criticality and gives the reason', () => {
    const report = computeCoverage(countyGraph(), {
      topics: TOPICS,
      asOf: '2025-01-01',
      languages: ['ar'],
    });
    const [first] = report.gaps;
    expect(first).toMatchObject({
      id: 'no_service:child_neglect:bitterfeld_wolfen',
      peopleAffected: 37_500,
      criticality: 3,
      severity: 112_500,
    });
    expect(first?.reason.en).toBe(
      'No service on "Child neglect" reaches Bitterfeld-Wolfen (37,500 inhabitants); 0 qualified professionals reach it. Criticality 3.',
    );
    const severities = report.gaps.map((g) => g.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    const shelter = report.gaps.find((g) => g.kind === 'shelter_capacity');
    expect(shelter).toMatchObject({ peopleAffected: 26_682, municipality: null });
    expect(shelter?.reason.de).toContain('Ohne Frauenhaus im Einzugsgebiet: Zerbst/Anhalt');
    // Domestic violence is served in Arabic by the helpline; stalking is not.
    expect(report.gaps.some((g) => g.id === 'language:stalking:koethen:ar')).toBe(true);
    expect(report.gaps.some((g) => g.id === 'language:domestic_violence:koethen:ar')).toBe(false);
    // No qualified person for domestic violence since the expertise expired.
    expect(report.gaps.some((g) => g.id === 'no_qualified_person:domestic_violence:koethen')).toBe(
      true,
    );
    // Domestic violence is critical and has the 24/7 helpline: no 24/7 gap.
    expect(report.gaps.some((g) => g.kind === 'no_24x7')).toBe(false);
  });

  it('flags a critical topic that nobody serves around the clock', () => {
    const report = computeCoverage(
      aGraph({
        institutions: [anInstitution('asd')],
        services: [aService('svc:asd', 'asd', { topics: ['child_physical_abuse'] })],
      }),
      { topics: ['child_physical_abuse'] },
    );
    expect(report.gaps.map((g) => g.id)).toContain('no_24x7:child_physical_abuse:koethen');
  });

  it('summarises a report', () => {
    const summary = summarizeCoverage(computeCoverage(countyGraph(), { topics: TOPICS }));
    expect(summary.cells).toBe(40);
    expect(summary.cellsWithService).toBe(10 + 10 + 2 + 0);
    expect(summary.cellsWithPerson).toBe(10 + 10 + 2 + 2);
  });
});

describe('computeCoverage, property-based', () => {
  it('counts what a brute-force count over every cell counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const graph = generateAnalysisGraph({ institutions: 40, seed });
        const asOf = '2024-06-01';
        const report = computeCoverage(graph, { asOf, targetGroups: true });
        const institutions = new Map(graph.institutions.map((i) => [i.id, i]));
        const servicesAt = (id: string) => graph.services.filter((s) => s.institutionId === id);
        const reaches = (
          person: AnalysisPerson,
          municipality: RegionCode,
          group: TargetGroupCode | null,
        ): boolean => {
          return person.employments.some((e) => {
            const services = servicesAt(e.institutionId);
            if (
              group === null &&
              institutions.get(e.institutionId)?.municipality === municipality
            ) {
              return true;
            }
            return services.some(
              (s) =>
                DEMO_REGION_CATALOG.covers(s.area, municipality) &&
                (group === null || s.targetGroups.length === 0 || s.targetGroups.includes(group)),
            );
          });
        };
        const cells = [...report.cells, ...report.targetGroupCells];
        const expected = cells.map((c) => {
          const related = relatedTopics(c.topic);
          const services = graph.services.filter(
            (s) =>
              s.topics.some((t) => related.has(t)) &&
              DEMO_REGION_CATALOG.covers(s.area, c.municipality) &&
              (c.targetGroup === null ||
                s.targetGroups.length === 0 ||
                s.targetGroups.includes(c.targetGroup)),
          );
          const people = graph.people.filter(
            (p) =>
              p.expertise.some((e) => related.has(e.topic) && isExpertiseValid(e, asOf)) &&
              reaches(p, c.municipality, c.targetGroup),
          );
          return [
            services.length,
            services.map((s) => s.id).sort(),
            people.length,
            people.map((p) => p.id).sort(),
          ];
        });
        // One comparison per graph: thousands of separate expectations would dominate the run.
        expect(
          cells.map((c) => [c.serviceCount, c.serviceIds, c.personCount, c.personIds]),
        ).toEqual(expected);
      }),
      { seed: 1312, numRuns: 20 },
    );
  });
});

describe('specialised services inside the scope', () => {
  const graph = aGraph({
    institutions: [
      anInstitution('wildwasser', {
        kind: 'sexual_violence_counselling_centre',
        municipality: 'dessau_rosslau',
      }),
      anInstitution('fachstelle', { kind: 'child_protection_advice_unit' }),
    ],
    services: [
      aService('svc:wildwasser', 'wildwasser', {
        topics: ['child_sexual_abuse'],
        area: ['anhalt_bitterfeld'],
      }),
      aService('svc:fachstelle', 'fachstelle', {
        topics: ['child_sexual_abuse'],
        area: ['anhalt_bitterfeld'],
      }),
    ],
  });

  it('reports a gap where the only specialised service sits outside the scope', () => {
    const report = computeCoverage(graph, { topics: ['child_sexual_abuse'] });
    const gaps = report.gaps.filter((g) => g.kind === 'no_local_specialist');
    expect(gaps.map((g) => g.municipality).sort()).toEqual(
      graph.municipalities.map((m) => m.code).sort(),
    );
    // The outside municipality by its name, never by its code.
    expect(gaps[0]?.reason.en).toContain('(Dessau-Roßlau)');
    expect(gaps[0]?.reason.de).toContain('(Dessau-Roßlau)');
    expect(gaps[0]?.reason.de).not.toContain('dessau_rosslau');
    // The cells themselves are served: the gap is where help sits, not whether it reaches.
    expect(report.gaps.some((g) => g.kind === 'no_service')).toBe(false);
  });

  it('reports none once a specialised service sits inside the scope', () => {
    const local = aGraph({
      ...graph,
      institutions: [
        ...graph.institutions,
        anInstitution('local', { kind: 'sexual_violence_counselling_centre' }),
      ],
      services: [
        ...graph.services,
        aService('svc:local', 'local', {
          topics: ['child_sexual_abuse'],
          area: ['anhalt_bitterfeld'],
        }),
      ],
    });
    const report = computeCoverage(local, { topics: ['child_sexual_abuse'] });
    expect(report.gaps.filter((g) => g.kind === 'no_local_specialist')).toEqual([]);
  });
});
