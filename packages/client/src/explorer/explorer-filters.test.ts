import type { GraphData } from '../graph/graph-model';
import {
  NO_FILTERS,
  expandTopics,
  filterGraph,
  inducedSubgraph,
  neighbourhood,
  type InstitutionFacets,
} from './explorer-filters';

const graph: GraphData = {
  nodes: [
    {
      id: 'ja',
      kind: 'institution',
      label: 'Jugendamt',
      institutionKind: 'youth_welfare_office',
      municipality: 'koethen',
    },
    {
      id: 'fh',
      kind: 'institution',
      label: 'Frauenhaus',
      institutionKind: 'womens_shelter',
      municipality: 'zerbst',
    },
    { id: 'p1', kind: 'person', label: 'Kinderschutzfachkraft' },
    { id: 'p2', kind: 'person', label: 'Beraterin' },
    { id: 'net', kind: 'network', label: 'Netzwerk Kinderschutz' },
    { id: 'child_endangerment_assessment', kind: 'topic', label: 'Gefährdungseinschätzung' },
    { id: 'domestic_violence', kind: 'topic', label: 'Häusliche Gewalt' },
  ],
  edges: [
    { id: 'w1', source: 'p1', target: 'ja', kind: 'works_at' },
    { id: 'w2', source: 'p2', target: 'fh', kind: 'works_at' },
    { id: 'm1', source: 'ja', target: 'net', kind: 'member_of' },
    { id: 'x1', source: 'p1', target: 'child_endangerment_assessment', kind: 'expertise' },
    { id: 'o1', source: 'fh', target: 'domestic_violence', kind: 'offers_topic' },
    { id: 'r1', source: 'ja', target: 'fh', kind: 'refers_to' },
  ],
};

const facets = new Map<string, InstitutionFacets>([
  [
    'ja',
    {
      topics: ['child_endangerment_assessment'],
      targetGroups: ['children_6_12'],
      networks: ['net'],
    },
  ],
  ['fh', { topics: ['domestic_violence'], targetGroups: ['women'], networks: [] }],
]);

const ids = (data: GraphData) => data.nodes.map((node) => node.id).sort();

describe('filterGraph', () => {
  it('keeps everything connected without filters', () => {
    expect(ids(filterGraph(graph, facets, NO_FILTERS))).toEqual(ids(graph));
    expect(filterGraph(graph, facets, NO_FILTERS).edges).toHaveLength(graph.edges.length);
  });

  it('filters institutions by municipality and keeps their people, networks and topics', () => {
    const result = filterGraph(graph, facets, { ...NO_FILTERS, municipalities: ['koethen'] });
    expect(ids(result)).toEqual(['child_endangerment_assessment', 'ja', 'net', 'p1']);
    expect(result.edges.map((edge) => edge.id).sort()).toEqual(['m1', 'w1', 'x1']);
  });

  it('filters by kind, target group and network', () => {
    expect(ids(filterGraph(graph, facets, { ...NO_FILTERS, kinds: ['womens_shelter'] }))).toContain(
      'fh',
    );
    expect(
      ids(filterGraph(graph, facets, { ...NO_FILTERS, kinds: ['womens_shelter'] })),
    ).not.toContain('ja');
    expect(ids(filterGraph(graph, facets, { ...NO_FILTERS, targetGroups: ['women'] }))).toEqual([
      'domestic_violence',
      'fh',
      'p2',
    ]);
    expect(ids(filterGraph(graph, facets, { ...NO_FILTERS, networks: ['net'] }))).not.toContain(
      'fh',
    );
  });

  it('lets a topic group stand for its topics', () => {
    const groups = expandTopics(['violence_close_relationships']);
    expect(groups.has('domestic_violence')).toBe(true);
    expect(groups.size).toBeGreaterThan(1);
  });

  it('narrows with each filter and widens with each value of one filter', () => {
    const both = filterGraph(graph, facets, {
      ...NO_FILTERS,
      municipalities: ['koethen', 'zerbst'],
    });
    expect(ids(both)).toContain('ja');
    expect(ids(both)).toContain('fh');
    const none = filterGraph(graph, facets, {
      ...NO_FILTERS,
      municipalities: ['koethen'],
      kinds: ['womens_shelter'],
    });
    expect(none.nodes).toEqual([]);
  });

  it('hides layers without changing what the filters select', () => {
    const result = filterGraph(graph, facets, {
      ...NO_FILTERS,
      layers: ['institution', 'network'],
    });
    expect(ids(result)).toEqual(['fh', 'ja', 'net']);
    expect(result.edges.map((edge) => edge.id).sort()).toEqual(['m1', 'r1']);
  });
});

describe('neighbourhood', () => {
  it('reaches depth 1, 2 and 3 over edges in both directions', () => {
    expect([...neighbourhood(graph, 'p1', 1)].sort()).toEqual([
      'child_endangerment_assessment',
      'ja',
      'p1',
    ]);
    expect([...neighbourhood(graph, 'p1', 2)].sort()).toEqual([
      'child_endangerment_assessment',
      'fh',
      'ja',
      'net',
      'p1',
    ]);
    expect(neighbourhood(graph, 'p1', 3).has('p2')).toBe(true);
  });

  it('is empty for an unknown focus', () => {
    expect(neighbourhood(graph, 'nobody', 2).size).toBe(0);
  });

  it('yields a subgraph with only the edges inside it', () => {
    const sub = inducedSubgraph(graph, neighbourhood(graph, 'fh', 1));
    expect(sub.edges.map((edge) => edge.id).sort()).toEqual(['o1', 'r1', 'w2']);
  });
});
