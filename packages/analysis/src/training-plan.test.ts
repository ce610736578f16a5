import { computeCoverage } from './coverage-report';
import type { AnalysisGraph } from './graph';
import {
  applyTrainings,
  planTrainings,
  simulateTrainingPlan,
  SINGLE_POINT_BONUS,
} from './training-plan';
import { aGraph, anInstitution, aPerson, aService } from './testing/fixtures';

const KOETHEN_REGION = ['koethen', 'aken', 'osternienburger_land', 'suedliches_anhalt'] as const;
const TOPICS = ['child_neglect', 'parenting_support'] as const;

/** A family counselling centre for the Köthen region, the ASD in Zerbst, a Kita in Aken. */
function region(): AnalysisGraph {
  return aGraph({
    institutions: [
      anInstitution('efb'),
      anInstitution('asd', { kind: 'general_social_service', municipality: 'zerbst' }),
      anInstitution('kita', { kind: 'childcare_centre', municipality: 'aken' }),
    ],
    services: [
      aService('svc:efb', 'efb', {
        topics: ['parenting_support', 'child_neglect'],
        area: [...KOETHEN_REGION],
      }),
      aService('svc:asd', 'asd', { topics: ['child_neglect'], area: ['zerbst'] }),
    ],
    people: [
      aPerson('p:efb1', ['efb'], ['parenting_support']),
      aPerson('p:efb2', ['efb']),
      aPerson('p:asd', ['asd'], ['child_neglect']),
      aPerson('p:kita', ['kita']),
    ],
  });
}

describe('planTrainings', () => {
  it('proposes who to train where nobody qualified reaches a municipality', () => {
    const plan = planTrainings(region(), { topics: TOPICS, asOf: '2025-01-01' });
    expect(plan.trainings.map((t) => [t.topic, t.priority])).toEqual([
      ['child_neglect', 'high'],
      ['parenting_support', 'medium'],
    ]);
    const [neglect, parenting] = plan.trainings;
    expect(neglect?.attendees).toEqual([
      {
        personId: 'p:efb1',
        name: 'p:efb1',
        institutionId: 'efb',
        newlyCovered: ['koethen', 'suedliches_anhalt', 'osternienburger_land', 'aken'],
      },
    ]);
    expect(neglect?.expectedGain).toEqual({
      cellsGained: [
        { topic: 'child_neglect', municipality: 'koethen' },
        { topic: 'child_neglect', municipality: 'suedliches_anhalt' },
        { topic: 'child_neglect', municipality: 'osternienburger_land' },
        { topic: 'child_neglect', municipality: 'aken' },
      ],
      populationReached: 25_200 + 13_200 + 8_700 + 7_300,
      holdersBefore: 1,
      holdersAfter: 2,
    });
    expect(neglect?.score).toBe((25_200 + 13_200 + 8_700 + 7_300) * 3 + 3 * SINGLE_POINT_BONUS);
    // Most severe first, as in the coverage report.
    expect(neglect?.gapIds).toEqual([
      'no_qualified_person:child_neglect:koethen',
      'no_qualified_person:child_neglect:suedliches_anhalt',
      'no_qualified_person:child_neglect:osternienburger_land',
      'no_qualified_person:child_neglect:aken',
    ]);
    expect(neglect?.reasons.map((r) => r.en)).toEqual([
      'No professional with valid expertise in "Child neglect" reaches Köthen (Anhalt), Südliches Anhalt, Osternienburger Land, Aken (Elbe) yet (54,400 inhabitants); criticality 3.',
      'Only p:asd holds the topic "Child neglect": if they leave, nobody does.',
    ]);
    // A second holder for the topic only one person holds, where nobody covers it yet.
    expect(parenting?.attendees.map((a) => a.personId)).toEqual(['p:asd']);
    expect(parenting?.institutionIds).toEqual(['asd']);
  });

  it('simulates the coverage after the plan', () => {
    const graph = region();
    const plan = planTrainings(graph, { topics: TOPICS, asOf: '2025-01-01' });
    const simulation = simulateTrainingPlan(graph, plan, { topics: TOPICS });
    expect(simulation.cellsGained).toHaveLength(5);
    expect(simulation.after.cellsWithPerson - simulation.before.cellsWithPerson).toBe(5);
    expect(simulation.after.totalSeverity).toBeLessThan(simulation.before.totalSeverity);
    expect(simulation.singlePersonTopicsBefore).toEqual(['child_neglect', 'parenting_support']);
    expect(simulation.singlePersonTopicsAfter).toEqual([]);
    // What the plan promised is what the simulation measures.
    const promised = plan.trainings.flatMap((t) => t.expectedGain.cellsGained);
    expect(simulation.cellsGained).toEqual(expect.arrayContaining(promised));
  });

  it('counts recorded trainings as expertise', () => {
    const trained = applyTrainings(
      region(),
      [{ topic: 'child_neglect', personIds: ['p:kita'] }],
      '2025-03-01',
    );
    const cell = computeCoverage(trained, { topics: ['child_neglect'] }).cells.find(
      (c) => c.municipality === 'aken',
    );
    expect(cell?.personIds).toEqual(['p:kita']);
  });

  it('proposes nothing when every cell is covered twice over', () => {
    const graph = aGraph({
      municipalities: [{ code: 'koethen', name: 'Köthen', population: 25_200, neighbours: [] }],
      institutions: [anInstitution('a'), anInstitution('b')],
      services: [aService('svc:a', 'a', { topics: ['stalking'] })],
      people: [aPerson('p:a', ['a'], ['stalking']), aPerson('p:b', ['b'], ['stalking'])],
    });
    expect(planTrainings(graph, { topics: ['stalking'] }).trainings).toEqual([]);
  });
});
