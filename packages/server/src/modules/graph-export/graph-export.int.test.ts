import { DEMO_DATA } from '@schutznetz/demo-data';
import { XMLParser } from 'fast-xml-parser';
import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';

const MEMBER = 'member-token-0123456789abcdef';
const AS_MEMBER = { authorization: `Bearer ${MEMBER}` };

/** Every element as a list and every attribute prefixed with `@`, as the XML says. */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attvalue'].includes(name),
  parseAttributeValue: false,
  parseTagValue: false,
});

type Attributes = Record<string, string | undefined>;

interface GraphMlNode {
  '@id': string;
}

/** The node of `id` with its attributes by name, from a parsed GraphML file. */
function graphMlAttributes(
  keys: { '@id': string; '@attr.name': string }[],
  element: { data?: { '@key': string; '#text': string }[] },
): Attributes {
  const names = new Map(keys.map((key) => [key['@id'], key['@attr.name']]));
  return Object.fromEntries(
    (element.data ?? []).map((data) => [names.get(data['@key']) ?? data['@key'], data['#text']]),
  );
}

const EXPLORER = `
query {
  networkGraph(limit: 20000) {
    nodes { id kind label degree betweenness articulationPoint }
    edges { id kind }
  }
  referralPaths(first: 1) { totalCount }
}`;

interface ExplorerAnswer {
  networkGraph: {
    nodes: {
      id: string;
      kind: string;
      label: string;
      degree: number;
      betweenness: number | null;
      articulationPoint: boolean | null;
    }[];
    edges: { id: string; kind: string }[];
  };
  referralPaths: { totalCount: number };
}

describe('the network as GraphML and GEXF for Gephi and yEd (real Neo4j, demo data)', () => {
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${MEMBER}:member:Schulsozialarbeit Aken`,
    }),
  );

  async function explorer(headers: Record<string, string>): Promise<ExplorerAnswer> {
    const result = await api.query<ExplorerAnswer>(EXPLORER, {}, headers);
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error('no answer');
    return result.data;
  }

  it('gives a member GraphML with typed keys and ASD Köthen’s degree and betweenness as the explorer answers them', async () => {
    const file = await api.download('/export/network-graph.graphml', AS_MEMBER);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(file.headers.get('content-disposition')).toMatch(/schutznetz-netzwerk-.*\.graphml/);
    const xml = parser.parse(file.body.toString('utf8')) as {
      graphml: {
        '@xmlns': string;
        key: { '@id': string; '@for': string; '@attr.name': string; '@attr.type': string }[];
        graph: {
          '@edgedefault': string;
          node: (GraphMlNode & { data?: { '@key': string; '#text': string }[] })[];
          edge: {
            '@source': string;
            '@target': string;
            data?: { '@key': string; '#text': string }[];
          }[];
        };
      };
    };
    const { graphml } = xml;
    expect(graphml['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(graphml.graph['@edgedefault']).toBe('directed');
    const typeOf = (scope: string, name: string): string | undefined =>
      graphml.key.find((k) => k['@for'] === scope && k['@attr.name'] === name)?.['@attr.type'];
    expect(typeOf('node', 'degree')).toBe('int');
    expect(typeOf('node', 'betweenness')).toBe('double');
    expect(typeOf('node', 'articulationPoint')).toBe('boolean');
    expect(typeOf('node', 'municipalityName')).toBe('string');
    expect(typeOf('edge', 'urgency')).toBe('string');

    const answer = await explorer(AS_MEMBER);
    const asd = answer.networkGraph.nodes.find((n) => n.id === 'org:asd_koethen');
    const node = graphml.graph.node.find((n) => n['@id'] === 'org:asd_koethen');
    if (!node || !asd) throw new Error('ASD Köthen missing');
    const attributes = graphMlAttributes(graphml.key, node);
    expect(attributes['label']).toBe(asd.label);
    expect(attributes['kind']).toBe('institution');
    expect(attributes['municipalityName']).toBe('Köthen (Anhalt)');
    expect(Number(attributes['degree'])).toBe(asd.degree);
    expect(Number(attributes['betweenness'])).toBeCloseTo(asd.betweenness ?? NaN, 10);
    expect(attributes['articulationPoint']).toBe(String(asd.articulationPoint));

    // Every node and edge the explorer shows a member, people included.
    expect(graphml.graph.node).toHaveLength(answer.networkGraph.nodes.length);
    expect(graphml.graph.edge).toHaveLength(answer.networkGraph.edges.length);
    expect(graphml.graph.node.some((n) => n['@id'].startsWith('person:'))).toBe(true);
    // One directed edge per referral path, with its topics and urgency.
    const referrals = graphml.graph.edge
      .map((edge) => ({ edge, data: graphMlAttributes(graphml.key, edge) }))
      .filter(({ data }) => data['kind'] === 'refers_to');
    expect(referrals).toHaveLength(answer.referralPaths.totalCount);
    expect(referrals.every(({ data }) => data['urgency'] && data['topics'])).toBe(true);
  });

  it('gives the public no people and no weak-point marks', async () => {
    const file = await api.download('/export/network-graph.graphml');
    expect(file.status).toBe(200);
    const text = file.body.toString('utf8');
    const { graphml } = parser.parse(text) as {
      graphml: { key: { '@attr.name': string }[]; graph: { node: GraphMlNode[] } };
    };
    expect(graphml.graph.node.some((n) => n['@id'].startsWith('person:'))).toBe(false);
    const names = graphml.key.map((k) => k['@attr.name']);
    expect(names).toContain('degree');
    for (const mark of ['betweenness', 'articulationPoint', 'singlePointOfFailure', 'bridge']) {
      expect(names).not.toContain(mark);
    }
    expect(graphml.graph.node).toHaveLength((await explorer({})).networkGraph.nodes.length);
    expect(text).not.toContain('Petra Wolf');
  });

  it('gives Gephi GEXF 1.3 with declared node attributes and the same nodes and edges', async () => {
    const file = await api.download('/export/network-graph.gexf', AS_MEMBER);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    const { gexf } = parser.parse(file.body.toString('utf8')) as {
      gexf: {
        '@xmlns': string;
        '@version': string;
        graph: {
          '@defaultedgetype': string;
          attributes: { '@class': string; attribute: { '@id': string; '@type': string }[] }[];
          nodes: {
            node: {
              '@id': string;
              '@label': string;
              attvalues?: { attvalue: { '@for': string; '@value': string }[] };
            }[];
          };
          edges: { edge: unknown[] };
        };
      };
    };
    expect(gexf['@xmlns']).toBe('http://gexf.net/1.3');
    expect(gexf['@version']).toBe('1.3');
    expect(gexf.graph['@defaultedgetype']).toBe('directed');
    const nodeAttributes = gexf.graph.attributes.find((a) => a['@class'] === 'node')?.attribute;
    expect(nodeAttributes?.find((a) => a['@id'] === 'degree')?.['@type']).toBe('integer');
    expect(nodeAttributes?.find((a) => a['@id'] === 'betweenness')?.['@type']).toBe('double');

    const answer = await explorer(AS_MEMBER);
    expect(gexf.graph.nodes.node).toHaveLength(answer.networkGraph.nodes.length);
    expect(gexf.graph.edges.edge).toHaveLength(answer.networkGraph.edges.length);
    const asd = gexf.graph.nodes.node.find((n) => n['@id'] === 'org:asd_koethen');
    const values = new Map(asd?.attvalues?.attvalue.map((v) => [v['@for'], v['@value']]));
    const expected = answer.networkGraph.nodes.find((n) => n.id === 'org:asd_koethen');
    expect(asd?.['@label']).toBe(expected?.label);
    expect(Number(values.get('degree'))).toBe(expected?.degree);
    expect(Number(values.get('betweenness'))).toBeCloseTo(expected?.betweenness ?? NaN, 10);
  });
});
