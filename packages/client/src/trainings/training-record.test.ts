import { byQuarter, recordProblems, toRecordInput, withPerson } from './training-record';

const DRAFT = {
  topic: 'stalking',
  title: '  Stalking erkennen  ',
  date: '2026-03-18',
  provider: '',
  level: 'BASIC',
  people: [
    { id: 'person:p1', name: 'Anna' },
    { id: 'person:p2', name: 'Ben' },
  ],
};

describe('recording a completed training', () => {
  it('accepts any participants and sends the trimmed title without an empty provider', () => {
    expect(recordProblems(DRAFT, '2026-06-01')).toEqual([]);
    expect(toRecordInput(DRAFT)).toEqual({
      topic: 'stalking',
      title: 'Stalking erkennen',
      date: '2026-03-18',
      level: 'BASIC',
      personIds: ['person:p1', 'person:p2'],
    });
    expect(toRecordInput({ ...DRAFT, provider: ' Wildwasser ' })).toMatchObject({
      provider: 'Wildwasser',
    });
  });

  it('names each problem as the server would: topic, title, a date in the future, provider, nobody', () => {
    expect(
      recordProblems(
        { ...DRAFT, topic: '', title: 'x', date: '2026-07-01', provider: 'x', people: [] },
        '2026-06-01',
      ),
    ).toEqual(['topic', 'title', 'date', 'provider', 'people']);
  });

  it('adds a person once', () => {
    const people = withPerson(DRAFT.people, { id: 'person:p1', name: 'Anna' });
    expect(people).toHaveLength(2);
    expect(withPerson(people, { id: 'person:p3', name: 'Cem' }).map((p) => p.id)).toEqual([
      'person:p1',
      'person:p2',
      'person:p3',
    ]);
  });
});

describe('the year plan by quarter', () => {
  it('puts each training in its quarter, by date', () => {
    const plan = [
      { id: 'b', quarter: 1, date: '2027-02-03' },
      { id: 'a', quarter: 1, date: '2027-01-13' },
      { id: 'c', quarter: 3, date: '2027-07-14' },
    ];
    expect(byQuarter(plan).map((q) => [q.quarter, q.trainings.map((t) => t.id)])).toEqual([
      [1, ['a', 'b']],
      [2, []],
      [3, ['c']],
      [4, []],
    ]);
  });
});
