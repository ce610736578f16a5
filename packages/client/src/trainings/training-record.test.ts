import {
  personCoveragePercent,
  planEffect,
  recordProblems,
  toRecordInput,
} from './training-record';

describe('training plan figures', () => {
  it('reports coverage with a person in percent and the effect of the plan', () => {
    const before = { cells: 200, cellsWithPerson: 150, gaps: 40, totalSeverity: 1000.4 };
    const after = { cells: 200, cellsWithPerson: 170, gaps: 31, totalSeverity: 700 };
    expect(personCoveragePercent(before)).toBe(75);
    expect(planEffect(before, after)).toEqual({
      cellsGained: 20,
      gapsClosed: 9,
      severityRemoved: 300,
      percentBefore: 75,
      percentAfter: 85,
    });
    expect(personCoveragePercent({ ...before, cells: 0 })).toBe(0);
  });
});

describe('recording a completed training', () => {
  const draft = {
    title: ' Fachtag Stalking ',
    date: '2026-11-20',
    level: 'BASIC',
    personIds: ['per:1', 'per:2', 'per:1'],
  };

  it('accepts a complete draft and builds the input without duplicates', () => {
    expect(recordProblems(draft)).toEqual([]);
    expect(toRecordInput('stalking', draft)).toEqual({
      topic: 'stalking',
      title: 'Fachtag Stalking',
      date: '2026-11-20',
      level: 'BASIC',
      personIds: ['per:1', 'per:2'],
    });
  });

  it('names a missing title, a bad date and nobody attending', () => {
    expect(recordProblems({ ...draft, title: 'x', date: '20.11.2026', personIds: [] })).toEqual([
      'title',
      'date',
      'people',
    ]);
  });
});
