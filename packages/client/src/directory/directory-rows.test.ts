import {
  DEFAULT_SORT,
  nextSort,
  readSort,
  sortRows,
  writeSort,
  type DirectoryRow,
} from './directory-rows';

const row = (id: string, name: string, extra: Partial<DirectoryRow> = {}): DirectoryRow => ({
  id,
  name,
  kind: '',
  municipality: '',
  services: [],
  people: [],
  networks: [],
  degree: 0,
  available24x7: false,
  articulationPoint: false,
  singlePointOfFailure: false,
  ...extra,
});

const rows = [
  row('1', 'Zentrum', { municipality: 'Aken', people: [{ id: 'p', name: 'P' }], degree: 5 }),
  row('2', 'Ärztehaus', { municipality: 'Zerbst', degree: 9 }),
  row('3', 'Beratung', { municipality: 'Aken', degree: 5 }),
];

describe('sortRows', () => {
  it('sorts names with German collation (Ä with A)', () => {
    expect(sortRows(rows, DEFAULT_SORT, 'de').map((r) => r.name)).toEqual([
      'Ärztehaus',
      'Beratung',
      'Zentrum',
    ]);
  });

  it('sorts counts numerically, descending when asked, ties by name', () => {
    expect(sortRows(rows, { key: 'degree', order: 'descending' }, 'de').map((r) => r.id)).toEqual([
      '2',
      '3',
      '1',
    ]);
    expect(sortRows(rows, { key: 'people', order: 'descending' }, 'de')[0]?.id).toBe('1');
    expect(
      sortRows(rows, { key: 'municipality', order: 'ascending' }, 'de').map((r) => r.id),
    ).toEqual(['3', '1', '2']);
  });
});

describe('sort in the URL', () => {
  it('round-trips and leaves the default out', () => {
    const params = new URLSearchParams('kind=school');
    writeSort(params, { key: 'people', order: 'descending' });
    expect(params.toString()).toBe('kind=school&sort=people&order=descending');
    expect(readSort(params)).toEqual({ key: 'people', order: 'descending' });
    writeSort(params, DEFAULT_SORT);
    expect(params.toString()).toBe('kind=school');
  });

  it('ignores unknown columns and orders', () => {
    expect(readSort(new URLSearchParams('sort=secret&order=sideways'))).toEqual(DEFAULT_SORT);
  });

  it('flips the order on the same column and starts ascending on another', () => {
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', order: 'descending' });
    expect(nextSort({ key: 'name', order: 'descending' }, 'kind')).toEqual({
      key: 'kind',
      order: 'ascending',
    });
  });
});
