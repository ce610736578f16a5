import { DEMO_DATA } from '@schutznetz/demo-data';
import { AS_ANALYST, startAnalysisTestApi } from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * The graph explorer's elements over GraphQL on the demo data (real Neo4j): metrics, the public
 * view without people, and the focus neighbourhood.
 */

describe('networkGraph over GraphQL on the demo data (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);

  const GRAPH = `
    query Graph($filter: NetworkGraphFilterInput) {
      networkGraph(filter: $filter) {
        graphVersion betweennessMethod
        nodes { id kind label degree betweenness articulationPoint singlePointOfFailure institutionKind }
        edges { id source target kind bridge }
      }
    }`;
  interface Graph {
    networkGraph: {
      betweennessMethod: string;
      nodes: {
        id: string;
        kind: string;
        degree: number;
        betweenness: number | null;
        articulationPoint: boolean;
        singlePointOfFailure: boolean;
      }[];
      edges: { id: string; source: string; target: string; kind: string; bridge: boolean }[];
    };
  }

  it('gives members every kind of node and edge with metrics, edges only between returned nodes', async () => {
    const result = await api.query<Graph>(GRAPH, {}, AS_ANALYST);
    expect(result.errors).toBeUndefined();
    const { nodes, edges, betweennessMethod } = result.data!.networkGraph;
    expect(betweennessMethod).toBe('EXACT');
    expect(new Set(nodes.map((n) => n.kind))).toEqual(
      new Set(['INSTITUTION', 'PERSON', 'NETWORK', 'TOPIC']),
    );
    expect(new Set(edges.map((e) => e.kind))).toEqual(
      new Set(['WORKS_AT', 'REFERS_TO', 'MEMBER_OF', 'EXPERTISE', 'OFFERS_TOPIC']),
    );
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const institutions = nodes.filter((n) => n.kind === 'INSTITUTION');
    expect(institutions.every((n) => n.betweenness !== null)).toBe(true);
    expect(institutions.some((n) => (n.betweenness ?? 0) > 0)).toBe(true);
    expect(nodes.some((n) => n.articulationPoint)).toBe(true);
    expect(nodes.some((n) => n.singlePointOfFailure)).toBe(true);
    for (const node of nodes.slice(0, 20)) {
      const touching = edges.filter((e) => e.source === node.id || e.target === node.id);
      expect(node.degree).toBe(touching.length);
    }
  });

  it('shows the public no people and no edges of people', async () => {
    const result = await api.query<Graph>(GRAPH, {});
    expect(result.errors).toBeUndefined();
    const { nodes, edges } = result.data!.networkGraph;
    expect(nodes.some((n) => n.kind === 'PERSON')).toBe(false);
    expect(edges.some((e) => e.kind === 'WORKS_AT' || e.kind === 'EXPERTISE')).toBe(false);
    const personIds = new Set(DEMO_DATA.people.map((p) => p.id));
    expect(edges.some((e) => personIds.has(e.source))).toBe(false);
  });

  it('focuses on a node’s neighbourhood after the filters', async () => {
    const result = await api.query<Graph>(
      GRAPH,
      {
        filter: {
          focus: 'org:schule_aken',
          depth: 1,
          nodeKinds: ['INSTITUTION'],
          edgeKinds: ['REFERS_TO'],
        },
      },
      AS_ANALYST,
    );
    expect(result.errors).toBeUndefined();
    const { nodes, edges } = result.data!.networkGraph;
    expect(nodes.map((n) => n.id)).toContain('org:schule_aken');
    expect(nodes.length).toBeGreaterThan(1);
    expect(edges.every((e) => e.kind === 'REFERS_TO')).toBe(true);
    expect(
      edges.every((e) => e.source === 'org:schule_aken' || e.target === 'org:schule_aken'),
    ).toBe(true);
  });
});
