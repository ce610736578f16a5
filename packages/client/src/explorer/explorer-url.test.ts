import { NO_FILTERS } from './explorer-filters';
import {
  DEFAULT_STATE,
  parseExplorerState,
  readFilters,
  toSearchParams,
  type ExplorerState,
} from './explorer-url';

describe('explorer URL state', () => {
  it('reads the defaults from an empty query', () => {
    expect(parseExplorerState(new URLSearchParams())).toEqual(DEFAULT_STATE);
    expect(toSearchParams(DEFAULT_STATE).toString()).toBe('');
  });

  it('round-trips filters, focus, depth, selection, metric, highlight, layout, colour and path', () => {
    const state: ExplorerState = {
      filters: {
        networks: ['net:fruehe_hilfen'],
        kinds: ['women_shelter', 'youth_welfare_office'],
        topics: ['domestic_violence'],
        targetGroups: ['women'],
        municipalities: ['zerbst'],
        layers: ['institution', 'network'],
      },
      focus: 'inst:ja',
      depth: 3,
      selected: 'inst:fh',
      metric: 'betweenness',
      highlight: ['svc:1', 'svc:2'],
      grouping: 'network',
      colour: 'betweenness',
      pathFrom: 'org:schule_aken',
      pathTo: 'org:frauenhaus',
      referralsOnly: true,
    };
    const params = toSearchParams(state);
    expect(params.get('layout')).toBe('network');
    expect(params.get('from')).toBe('org:schule_aken');
    expect(parseExplorerState(new URLSearchParams(params.toString()))).toEqual(state);
    expect(params.get('kind')).toBe('women_shelter,youth_welfare_office');
  });

  it('accepts the gap dashboard link ?highlight=id1,id2', () => {
    expect(parseExplorerState(new URLSearchParams('highlight=a,b,,a')).highlight).toEqual([
      'a',
      'b',
    ]);
  });

  it('clamps the depth to 1–3 and ignores junk', () => {
    expect(parseExplorerState(new URLSearchParams('focus=x&depth=9')).depth).toBe(3);
    expect(parseExplorerState(new URLSearchParams('focus=x&depth=0')).depth).toBe(1);
    expect(parseExplorerState(new URLSearchParams('depth=abc')).depth).toBe(1);
    expect(parseExplorerState(new URLSearchParams('size=pagerank')).metric).toBe('degree');
    expect(parseExplorerState(new URLSearchParams('layout=spiral')).grouping).toBe('municipality');
    expect(parseExplorerState(new URLSearchParams('colour=rainbow')).colour).toBe('kind');
  });

  it('merges repeated parameters and keeps only known layers', () => {
    const filters = readFilters(new URLSearchParams('kind=a&kind=b,a&layers=person,bogus'));
    expect(filters.kinds).toEqual(['a', 'b']);
    expect(filters.layers).toEqual(['person']);
    expect(readFilters(new URLSearchParams('')).layers).toEqual(NO_FILTERS.layers);
  });

  it('leaves out the depth when nothing is in focus', () => {
    expect(toSearchParams({ ...DEFAULT_STATE, depth: 2 }).has('depth')).toBe(false);
  });
});
