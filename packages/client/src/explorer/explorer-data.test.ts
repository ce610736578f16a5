import type { ExplorerNetworkQuery } from '../gql/graphql';
import { buildExplorerData, computeDegrees, resolveHighlights } from './explorer-data';

const result: ExplorerNetworkQuery = {
  institutions: {
    totalCount: 2,
    nodes: [
      {
        id: 'inst:ja',
        name: 'Jugendamt',
        kind: 'YOUTH_WELFARE_OFFICE',
        operator: 'Landkreis',
        available24x7: false,
        municipality: { id: 'koethen' },
        networks: [{ network: { id: 'net:lnk' } }],
        services: [
          {
            id: 'svc:asd',
            name: 'ASD',
            topics: [{ id: 'child_endangerment_assessment' }],
            targetGroups: [{ id: 'children_6_12' }],
          },
        ],
        referralsOut: [{ id: 'ref:1', to: { id: 'inst:fh' } }],
      },
      {
        id: 'inst:fh',
        name: 'Frauenhaus',
        kind: 'WOMENS_SHELTER',
        operator: null,
        available24x7: true,
        municipality: { id: 'zerbst' },
        networks: [],
        services: [],
        referralsOut: [],
      },
    ],
  },
  people: {
    totalCount: 3,
    nodes: [
      {
        id: 'person:1',
        displayName: 'A. Beispiel',
        functionTitle: 'Kinderschutzfachkraft',
        employments: [{ institution: { id: 'inst:ja' } }],
        expertise: [{ topic: { id: 'child_endangerment_assessment' } }],
        networks: [],
      },
    ],
  },
  networks: {
    nodes: [{ id: 'net:lnk', name: 'Lokales Netzwerk', kind: 'LOCAL_CHILD_PROTECTION_NETWORK' }],
  },
  topics: [
    {
      id: 'child_protection',
      isGroup: true,
      label: { de: 'Kinderschutz', en: 'Child protection' },
    },
    {
      id: 'child_endangerment_assessment',
      isGroup: false,
      label: { de: 'Gefährdungseinschätzung', en: 'Risk assessment' },
    },
  ],
};

describe('buildExplorerData', () => {
  const data = buildExplorerData(result, 'en');
  const node = (id: string) => data.graph.nodes.find((n) => n.id === id);

  it('makes nodes of institutions, people, networks and (non-group) topics', () => {
    expect(data.graph.nodes.map((n) => `${n.kind}:${n.id}`).sort()).toEqual([
      'institution:inst:fh',
      'institution:inst:ja',
      'network:net:lnk',
      'person:person:1',
      'topic:child_endangerment_assessment',
    ]);
    expect(node('child_endangerment_assessment')?.label).toBe('Risk assessment');
  });

  it('uses the taxonomy codes for kinds', () => {
    expect(node('inst:fh')?.institutionKind).toBe('womens_shelter');
    expect(node('net:lnk')?.networkKind).toBe('local_child_protection_network');
  });

  it('links employment, referrals, memberships, expertise and offers, and counts degrees', () => {
    expect(data.graph.edges.map((e) => `${e.kind} ${e.source}→${e.target}`).sort()).toEqual([
      'expertise person:1→child_endangerment_assessment',
      'member_of inst:ja→net:lnk',
      'offers_topic inst:ja→child_endangerment_assessment',
      'refers_to inst:ja→inst:fh',
      'works_at person:1→inst:ja',
    ]);
    expect(node('inst:ja')?.degree).toBe(4);
    expect(node('inst:fh')?.degree).toBe(1);
  });

  it('keeps the facets the filters need and says when lists were capped', () => {
    expect(data.facets.get('inst:ja')).toEqual({
      topics: ['child_endangerment_assessment'],
      targetGroups: ['children_6_12'],
      networks: ['net:lnk'],
    });
    expect(data.truncated).toBe(true);
  });

  it('resolves highlighted services to their institutions', () => {
    expect([...resolveHighlights(['svc:asd', 'inst:fh', 'unknown'], data)].sort()).toEqual([
      'inst:fh',
      'inst:ja',
    ]);
  });
});

describe('computeDegrees', () => {
  it('counts both ends of every edge', () => {
    const degrees = computeDegrees([
      { id: 'a', source: 'x', target: 'y', kind: 'refers_to' },
      { id: 'b', source: 'y', target: 'z', kind: 'refers_to' },
    ]);
    expect(Object.fromEntries(degrees)).toEqual({ x: 1, y: 2, z: 1 });
  });
});
