import type { AccessRole, ExplorerNetworkQuery } from '../gql/graphql';
import { buildExplorerData, peopleVisibleTo, resolveHighlights } from './explorer-data';

const node = {
  institutionKind: null,
  networkKind: null,
  municipality: null,
  available24x7: null,
  betweenness: null,
  articulationPoint: false,
  singlePointOfFailure: false,
  subtitle: null,
  services: [],
  topics: [],
  targetGroups: [],
  networks: [],
  x: null,
  y: null,
};

const result: ExplorerNetworkQuery = {
  networkGraph: {
    graphVersion: 'v1',
    betweennessMethod: 'EXACT',
    limit: 1500,
    hidden: [{ kind: 'PERSON', count: 312 }],
    nodes: [
      {
        ...node,
        id: 'inst:ja',
        kind: 'INSTITUTION',
        label: 'Jugendamt',
        institutionKind: 'YOUTH_WELFARE_OFFICE',
        municipality: 'koethen',
        degree: 3,
        betweenness: 0.5,
        articulationPoint: true,
        subtitle: 'Landkreis',
        services: [{ id: 'svc:asd', name: 'ASD' }],
        topics: ['child_endangerment_assessment'],
        targetGroups: ['children_6_12'],
        networks: ['net:lnk'],
        x: 10,
        y: -20,
      },
      {
        ...node,
        id: 'inst:fh',
        kind: 'INSTITUTION',
        label: 'Frauenhaus',
        institutionKind: 'WOMENS_SHELTER',
        degree: 1,
        singlePointOfFailure: true,
      },
      {
        ...node,
        id: 'person:1',
        kind: 'PERSON',
        label: 'A. Beispiel',
        degree: 1,
        subtitle: 'Kinderschutzfachkraft',
      },
      {
        ...node,
        id: 'net:lnk',
        kind: 'NETWORK',
        label: 'Lokales Netzwerk',
        networkKind: 'LOCAL_CHILD_PROTECTION_NETWORK',
        degree: 1,
      },
      { ...node, id: 'domestic_violence', kind: 'TOPIC', label: 'Häusliche Gewalt', degree: 0 },
    ],
    edges: [
      { id: 'ref:1', kind: 'REFERS_TO', source: 'inst:ja', target: 'inst:fh', bridge: true },
      { id: 'w:1', kind: 'WORKS_AT', source: 'person:1', target: 'inst:ja', bridge: false },
    ],
  },
};

describe('buildExplorerData', () => {
  const data = buildExplorerData(result, 'en');
  const find = (id: string) => data.graph.nodes.find((n) => n.id === id);

  it('takes the server graph with lower-case taxonomy codes and its metrics and flags', () => {
    expect(find('inst:ja')).toMatchObject({
      kind: 'institution',
      institutionKind: 'youth_welfare_office',
      municipality: 'koethen',
      degree: 3,
      betweenness: 0.5,
      articulationPoint: true,
    });
    expect(find('inst:fh')?.singlePointOfFailure).toBe(true);
    expect(find('inst:ja')?.position).toEqual({ x: 10, y: -20 });
    expect(find('inst:fh')?.position).toBeNull();
    expect(find('net:lnk')?.networkKind).toBe('local_child_protection_network');
    expect(data.graph.edges.map((e) => `${e.kind}:${e.id}:${e.bridge}`)).toEqual([
      'refers_to:ref:1:true',
      'works_at:w:1:false',
    ]);
  });

  it('labels topics in the UI language from the taxonomy', () => {
    expect(find('domestic_violence')?.label).toBe('Domestic and intimate partner violence');
    expect(buildExplorerData(result, 'de').graph.nodes.at(-1)?.label).toBe(
      'Häusliche Gewalt / Partnerschaftsgewalt',
    );
  });

  it('keeps the facets the filters need, subtitles, and what the server left out', () => {
    expect(data.facets.get('inst:ja')).toEqual({
      topics: ['child_endangerment_assessment'],
      targetGroups: ['children_6_12'],
      networks: ['net:lnk'],
    });
    expect(data.info.get('person:1')?.subtitle).toBe('Kinderschutzfachkraft');
    expect(data.info.get('inst:ja')?.services).toEqual([{ id: 'svc:asd', name: 'ASD' }]);
    expect(data.hidden).toEqual([{ kind: 'person', count: 312 }]);
  });

  it('works without people, as the public role gets the network', () => {
    const institutionsOnly: ExplorerNetworkQuery = {
      networkGraph: {
        ...result.networkGraph,
        hidden: [],
        nodes: result.networkGraph.nodes.filter((n) => n.kind !== 'PERSON'),
      },
    };
    const publicData = buildExplorerData(institutionsOnly, 'en');
    expect(publicData.info.get('inst:ja')?.subtitle).toBe('Landkreis');
    expect(publicData.info.has('person:1')).toBe(false);
    expect(publicData.hidden).toEqual([]);
  });

  it('resolves highlighted services to their institutions', () => {
    expect([...resolveHighlights(['svc:asd', 'inst:fh', 'unknown'], data)].sort()).toEqual([
      'inst:fh',
      'inst:ja',
    ]);
  });
});

describe('peopleVisibleTo', () => {
  it('hides people from the public role only', () => {
    const signedIn: AccessRole[] = ['MEMBER', 'ANALYST', 'COORDINATOR', 'ADMIN'];
    expect(peopleVisibleTo('PUBLIC')).toBe(false);
    expect(signedIn.filter((role) => !peopleVisibleTo(role))).toEqual([]);
  });
});
