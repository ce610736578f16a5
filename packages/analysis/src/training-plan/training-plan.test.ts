import type { AnalysisGraph, AnalysisPerson } from '../graph';
import { aGraph, anInstitution, aPerson, aService } from '../testing/fixtures';
import { applyTrainings, measureRecordedTrainings, planTrainings } from '.';

const COUNTY = [
  'bitterfeld_wolfen',
  'koethen',
  'zerbst',
  'sandersdorf_brehna',
  'suedliches_anhalt',
  'muldestausee',
  'zoerbig',
  'raguhn_jessnitz',
  'osternienburger_land',
  'aken',
] as const;
const COUNTY_POPULATION = 156_682;

function expert(
  id: string,
  institution: string,
  topic: AnalysisPerson['expertise'][number]['topic'],
) {
  return aPerson(id, [institution], [], {
    expertise: [{ topic, level: 'expert', qualification: null, since: null, validUntil: null }],
  });
}

/** An EFB in Köthen (parenting support for Köthen) and the ASD in Zerbst (neglect for Zerbst). */
function twoGaps(): AnalysisGraph {
  return aGraph({
    institutions: [
      anInstitution('efb'),
      anInstitution('asd', { kind: 'general_social_service', municipality: 'zerbst' }),
    ],
    services: [
      aService('svc:efb', 'efb', { topics: ['parenting_support'], area: ['koethen'] }),
      aService('svc:asd', 'asd', { topics: ['child_neglect'], area: ['zerbst'] }),
    ],
    people: [aPerson('p:efb', ['efb']), aPerson('p:asd', ['asd'])],
  });
}

describe('planTrainings: the plan under a budget', () => {
  it('with a budget of one training, closes the heavier of two gaps', () => {
    const plan = planTrainings(twoGaps(), {
      topics: ['child_neglect', 'parenting_support'],
      count: 1,
      asOf: '2026-01-01',
    });
    expect(plan.trainings.map((t) => t.topic)).toEqual(['child_neglect']);
    // Zerbst: 21,000 inhabitants × criticality 3 × 0.5 against Köthen: 25,200 × 1 × 0.5.
    expect(plan.effect.gapsClosed).toEqual(['no_qualified_person:child_neglect:zerbst']);
    expect(plan.effect.severityRemoved).toBe(31_500);
    expect(plan.effect.closableGaps).toBe(2);
    expect(plan.effect.closableSeverity).toBe(31_500 + 12_600);
    expect(plan.effect.populationReached).toBe(21_000);
    expect(plan.trainings[0]?.effect.gapsClosed).toEqual(plan.effect.gapsClosed);
    expect(plan.effect.summary.en).toContain('closes 1 of the 2 gaps a training can close');
    expect(plan.shortfall).toBeNull();
  });

  it('with a budget of two, closes both and says it measured them on the coverage', () => {
    const plan = planTrainings(twoGaps(), {
      topics: ['child_neglect', 'parenting_support'],
      count: 2,
      asOf: '2026-01-01',
    });
    expect([...plan.effect.gapsClosed].sort()).toEqual([
      'no_qualified_person:child_neglect:zerbst',
      'no_qualified_person:parenting_support:koethen',
    ]);
    expect(plan.effect.after.gaps).toBe(plan.effect.before.gaps - 2);
    expect(plan.effect.severityRemoved).toBe(44_100);
  });

  it('proposes fewer trainings than asked only when nothing more brings anything, and says so', () => {
    const plan = planTrainings(twoGaps(), {
      topics: ['child_neglect', 'parenting_support'],
      count: 5,
      asOf: '2026-01-01',
    });
    expect(plan.trainings).toHaveLength(2);
    expect(plan.shortfall?.en).toBe(
      '5 trainings asked for, 2 bring anything: beyond them no gap, single holder or institution lacking the topic is left.',
    );
  });

  it('ranks a topic one person holds by that risk, above a topic nobody holds in a small town', () => {
    const graph = aGraph({
      institutions: [
        anInstitution('migration', {
          kind: 'migration_counselling',
          municipality: 'bitterfeld_wolfen',
        }),
        anInstitution('jobcenter', { kind: 'jobcenter', municipality: 'aken' }),
      ],
      services: [
        aService('svc:trafficking', 'migration', {
          topics: ['human_trafficking'],
          area: [...COUNTY],
        }),
        aService('svc:debt', 'jobcenter', { topics: ['livelihood_housing_debt'], area: ['aken'] }),
      ],
      people: [
        aPerson('p:holder', ['migration'], ['human_trafficking']),
        aPerson('p:colleague', ['migration']),
        aPerson('p:jobcenter', ['jobcenter']),
      ],
    });
    const plan = planTrainings(graph, {
      topics: ['human_trafficking', 'livelihood_housing_debt'],
      count: 2,
      asOf: '2026-01-01',
    });
    expect(plan.trainings.map((t) => [t.topic, t.priority])).toEqual([
      ['human_trafficking', 'high'],
      // Nobody holds it, but it is criticality 1 and closes one gap in Aken.
      ['livelihood_housing_debt', 'medium'],
    ]);
    const [trafficking] = plan.trainings;
    // Half the gap each of the ten municipalities would have if the one holder left.
    expect(trafficking?.value).toBe(0.5 * COUNTY_POPULATION * 3 * 0.5);
    expect(trafficking?.effect.cellsSecured).toHaveLength(10);
    expect(trafficking?.holdersBefore).toBe(1);
    expect(trafficking?.reasons[0]?.en).toMatch(
      /^Only p:holder holds "Human trafficking, exploitation": if they leave/,
    );
    expect(plan.effect.singlePersonTopicsBefore).toEqual(['human_trafficking']);
    expect(plan.effect.singlePersonTopicsAfter).toEqual([]);
  });
});

describe('planTrainings: audience, trainer and year', () => {
  /** The ASD in Zerbst serves the county; Kitas in Aken and Köthen, one with nobody recorded. */
  function childProtection(): AnalysisGraph {
    return aGraph({
      institutions: [
        anInstitution('asd', { kind: 'general_social_service', municipality: 'zerbst' }),
        anInstitution('kita:aken', { kind: 'childcare_centre', municipality: 'aken' }),
        anInstitution('kita:koethen', { kind: 'childcare_centre', municipality: 'koethen' }),
        anInstitution('jobcenter', { kind: 'jobcenter', municipality: 'koethen' }),
      ],
      services: [aService('svc:asd', 'asd', { topics: ['child_neglect'], area: [...COUNTY] })],
      people: [
        aPerson('p:asd', ['asd']),
        expert('p:expert', 'asd', 'child_physical_abuse'),
        aPerson('p:kita', ['kita:koethen']),
        aPerson('p:jobcenter', ['jobcenter']),
      ],
    });
  }

  it('seats institutions whose kind should hold the topic, one with nobody recorded too', () => {
    const plan = planTrainings(childProtection(), { topics: ['child_neglect'], count: 1 });
    const seats = plan.trainings[0]?.seats ?? [];
    expect(seats.map((s) => [s.personId, s.institutionId, s.seats])).toEqual([
      ['p:asd', 'asd', 1],
      ['p:kita', 'kita:koethen', 1],
      [null, 'kita:aken', 2],
    ]);
    expect(plan.trainings[0]?.seatCount).toBe(4);
    // The Jobcenter is no audience for neglect (domain rule EXPECTED_TOPICS_BY_KIND).
    expect(seats.map((s) => s.institutionId)).not.toContain('jobcenter');
  });

  it('proposes an expert of the network as trainer, never also an attendee', () => {
    const plan = planTrainings(childProtection(), { topics: ['child_neglect'], count: 1 });
    const training = plan.trainings[0];
    expect(training?.trainer).toEqual({
      personId: 'p:expert',
      name: 'p:expert',
      institutionId: 'asd',
      sibling: true,
    });
    expect(training?.seats.map((s) => s.personId)).not.toContain('p:expert');
  });

  it('prefers an expert in the topic itself over one in a sibling topic', () => {
    const graph = childProtection();
    const withExact: AnalysisGraph = {
      ...graph,
      people: [...graph.people, expert('p:exact', 'kita:koethen', 'child_neglect')],
    };
    const plan = planTrainings(withExact, { topics: ['child_neglect'], count: 1 });
    expect(plan.trainings[0]?.trainer?.personId).toBe('p:exact');
  });

  it('keeps to the seats per training', () => {
    const graph = aGraph({
      institutions: [
        anInstitution('asd', { kind: 'general_social_service', municipality: 'zerbst' }),
        ...COUNTY.map((m) =>
          anInstitution(`kita:${m}`, { kind: 'childcare_centre', municipality: m }),
        ),
      ],
      services: [aService('svc:asd', 'asd', { topics: ['child_neglect'], area: [...COUNTY] })],
      people: COUNTY.map((m) => aPerson(`p:${m}`, [`kita:${m}`])),
    });
    const plan = planTrainings(graph, { topics: ['child_neglect'], count: 2, seats: 6 });
    expect(plan.trainings.map((t) => t.seatCount)).toEqual([6, 6]);
    // First the ASD, nobody recorded there (two seats, closing all ten gaps), then the Kitas of
    // the largest towns (a second holder each); the second training takes the other six.
    expect(plan.trainings[0]?.seats.map((s) => s.personId ?? s.institutionId)).toEqual([
      'asd',
      'p:bitterfeld_wolfen',
      'p:koethen',
      'p:zerbst',
      'p:sandersdorf_brehna',
    ]);
    expect(plan.trainings[1]?.seats.map((s) => s.personId)).toEqual(
      COUNTY.slice(4).map((m) => `p:${m}`),
    );
    expect(plan.trainings.map((t) => t.id)).toEqual([
      'training:child_neglect',
      'training:child_neglect:2',
    ]);
  });

  it('spreads the year: the most valuable first, a quarter, a format and a day each', () => {
    const plan = planTrainings(childProtection(), {
      topics: ['child_neglect'],
      count: 1,
      year: 2027,
    });
    expect(plan.trainings.map((t) => [t.year, t.quarter, t.format, t.date])).toEqual([
      [2027, 1, 'in_person', '2027-01-13'],
    ]);
  });
});

describe('the effect of recorded trainings', () => {
  it('measures a recorded training by the coverage without and with the expertise it gave', () => {
    const graph = twoGaps();
    const trained = applyTrainings(
      graph,
      [{ topic: 'child_neglect', personIds: ['p:asd'] }],
      '2026-05-04',
    );
    const [effect, earlier] = measureRecordedTrainings(
      trained,
      [
        {
          id: 'trn:1',
          topics: ['child_neglect'],
          date: '2026-05-04',
          participantIds: ['p:asd', 'p:efb'],
        },
        { id: 'trn:0', topics: ['child_neglect'], date: '2025-02-01', participantIds: ['p:asd'] },
      ],
      '2026-06-01',
    );
    expect(effect).toMatchObject({
      trainingId: 'trn:1',
      peopleTrained: ['p:asd'],
      gapsClosed: ['no_qualified_person:child_neglect:zerbst'],
      severityRemoved: 31_500,
      cellsGained: [{ topic: 'child_neglect', municipality: 'zerbst' }],
    });
    // Its participant's expertise does not date from it: it gave nothing to measure.
    expect(earlier).toMatchObject({ trainingId: 'trn:0', peopleTrained: [], gapsClosed: [] });
  });

  it('names the gaps no training can close, by kind', () => {
    const graph: AnalysisGraph = { ...twoGaps(), services: [] };
    const plan = planTrainings(graph, { topics: ['child_neglect'], count: 1 });
    expect(plan.effect.closableGaps).toBe(0);
    expect(plan.effect.unclosable.map((u) => [u.kind, u.count])).toEqual([
      ['shelter_capacity', 1],
      ['no_service', 10],
    ]);
    expect(plan.effect.unclosable[1]?.why.en).toMatch(/^A service is missing, not a qualification/);
  });
});
