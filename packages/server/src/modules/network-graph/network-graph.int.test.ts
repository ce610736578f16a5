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

  const WHOLE = `
    query Whole($filter: NetworkGraphFilterInput, $limit: Int) {
      networkGraph(filter: $filter, limit: $limit) {
        limit
        hidden { kind count }
        nodes { id kind subtitle services { id name } topics targetGroups networks }
        edges { id }
      }
    }`;
  interface Whole {
    networkGraph: {
      limit: number;
      hidden: { kind: string; count: number }[];
      nodes: {
        id: string;
        kind: string;
        subtitle: string | null;
        services: { id: string; name: string }[];
        topics: string[];
        targetGroups: string[];
        networks: string[];
      }[];
    };
  }

  it('answers the whole county in one request: every institution and person, with what the explorer lists and filters by', async () => {
    const result = await api.query<Whole>(WHOLE, {}, AS_ANALYST);
    expect(result.errors).toBeUndefined();
    const { nodes, hidden, limit } = result.data!.networkGraph;
    expect(limit).toBe(1500);
    expect(hidden).toEqual([]);
    const ids = (kind: string) =>
      nodes
        .filter((n) => n.kind === kind)
        .map((n) => n.id)
        .sort();
    expect(ids('INSTITUTION')).toEqual(DEMO_DATA.institutions.map((i) => i.id).sort());
    expect(ids('PERSON')).toEqual(DEMO_DATA.people.map((p) => p.id).sort());
    expect(nodes.find((n) => n.id === 'org:jugendamt_abi')).toEqual({
      id: 'org:jugendamt_abi',
      kind: 'INSTITUTION',
      subtitle: 'Landkreis Anhalt-Bitterfeld',
      services: [
        { id: 'svc:jugendamt_hze', name: 'Hilfen zur Erziehung: Antrag und Hilfeplanung' },
      ],
      topics: ['child_neglect', 'parenting_support'],
      targetGroups: ['parents_families', 'single_parents'],
      networks: ['net:fruehe_hilfen', 'net:kinderschutz', 'net:kompetenzteam'],
    });
    expect(nodes.find((n) => n.id === 'person:p0001')).toEqual({
      id: 'person:p0001',
      kind: 'PERSON',
      subtitle: 'Fachdienstleitung Hilfen zur Erziehung',
      services: [],
      topics: ['child_risk_assessment', 'parenting_support', 'separation_custody_contact'],
      targetGroups: [],
      networks: ['net:kinderschutz', 'net:kompetenzteam'],
    });
  });

  it('keeps the best connected nodes under a limit and says per kind how many it left out', async () => {
    const whole = (await api.query<Whole>(WHOLE, {}, AS_ANALYST)).data!.networkGraph.nodes;
    const fixed = whole.filter((n) => n.kind === 'NETWORK' || n.kind === 'TOPIC').length;
    // Room for networks, topics and all but 6 institutions: 6 institutions and every person go.
    const limit = fixed + DEMO_DATA.institutions.length - 6;
    const result = await api.query<Whole>(WHOLE, { limit }, AS_ANALYST);
    expect(result.errors).toBeUndefined();
    const { nodes, hidden } = result.data!.networkGraph;
    expect(nodes).toHaveLength(limit);
    expect(hidden).toEqual([
      { kind: 'INSTITUTION', count: 6 },
      { kind: 'PERSON', count: DEMO_DATA.people.length },
    ]);
    // A narrower filter brings them back: Zerbst's 14 institutions and the 20 people there.
    const zerbst = await api.query<Whole>(
      WHOLE,
      { limit, filter: { municipalities: ['zerbst'] } },
      AS_ANALYST,
    );
    const shown = zerbst.data!.networkGraph;
    expect(shown.hidden).toEqual([]);
    expect(shown.nodes.filter((n) => n.kind === 'INSTITUTION')).toHaveLength(14);
    expect(shown.nodes.filter((n) => n.kind === 'PERSON')).toHaveLength(20);
  });

  it('refuses a limit outside 1–20,000 and an unknown municipality', async () => {
    const result = await api.query<Whole>(
      WHOLE,
      { limit: 0, filter: { municipalities: ['atlantis'] } },
      AS_ANALYST,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toContain('atlantis');
  });

  it('places every node of the default picture, by municipality: Zerbst’s institutions nearer each other than to Köthen’s', async () => {
    const result = await api.query<{
      networkGraph: { nodes: { id: string; x: number | null; y: number | null }[] };
    }>('{ networkGraph { nodes { id x y } } }', {}, AS_ANALYST);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.networkGraph.nodes;
    expect(nodes.filter((n) => n.x === null || n.y === null)).toEqual([]);
    const at = new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
    const centre = (municipality: string) => {
      const points = DEMO_DATA.institutions
        .filter((i) => i.municipality === municipality)
        .map((i) => at.get(i.id)!);
      return {
        x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
        y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
        points,
      };
    };
    const zerbst = centre('zerbst');
    const koethen = centre('koethen');
    const spread =
      zerbst.points.reduce((sum, p) => sum + Math.hypot(p.x - zerbst.x, p.y - zerbst.y), 0) /
      zerbst.points.length;
    expect(spread).toBeLessThan(Math.hypot(zerbst.x - koethen.x, zerbst.y - koethen.y));
    // The same picture for a filtered answer: positions come from the whole graph.
    const filtered = await api.query<{
      networkGraph: { nodes: { id: string; x: number | null; y: number | null }[] };
    }>(
      '{ networkGraph(filter: { municipalities: ["zerbst"] }) { nodes { id x y } } }',
      {},
      AS_ANALYST,
    );
    for (const node of filtered.data!.networkGraph.nodes)
      expect({ x: node.x, y: node.y }).toEqual(at.get(node.id));
  });
});
