/**
 * GraphML (yEd, NetworkX, igraph) and GEXF 1.3 (Gephi) of a {@link GraphDocument}, written with
 * xmlbuilder2 so every name and value is escaped as XML requires. Both declare their attributes
 * with types before the first node; a value that is null is left out.
 */
import { create } from 'xmlbuilder2';
import type {
  AttributeKey,
  AttributeType,
  AttributeValue,
  GraphDocument,
} from './graph-export.model';

type XMLBuilder = ReturnType<typeof create>;

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const GRAPHML_TYPE: Readonly<Record<AttributeType, string>> = {
  string: 'string',
  boolean: 'boolean',
  int: 'int',
  double: 'double',
};

const GEXF_TYPE: Readonly<Record<AttributeType, string>> = {
  string: 'string',
  boolean: 'boolean',
  int: 'integer',
  double: 'double',
};

function text(value: Exclude<AttributeValue, null>): string {
  return typeof value === 'string' ? value : String(value);
}

/** GraphML key ids are unique across nodes and edges: `n-degree`, `e-kind`. */
function keyId(scope: 'node' | 'edge', attribute: AttributeKey): string {
  return `${scope === 'node' ? 'n' : 'e'}-${attribute.id}`;
}

function graphmlKeys(
  root: XMLBuilder,
  scope: 'node' | 'edge',
  attributes: readonly AttributeKey[],
): string[] {
  return attributes.map((attribute) => {
    const id = keyId(scope, attribute);
    root
      .ele('key', {
        id,
        for: scope,
        'attr.name': attribute.id,
        'attr.type': GRAPHML_TYPE[attribute.type],
      })
      .ele('desc')
      .txt(attribute.title);
    return id;
  });
}

function graphmlData(
  element: XMLBuilder,
  keys: readonly string[],
  values: readonly AttributeValue[],
): void {
  values.forEach((value, index) => {
    if (value !== null) element.ele('data', { key: keys[index] }).txt(text(value));
  });
}

/** The document as GraphML 1.0 (directed). */
export function toGraphMl(doc: GraphDocument): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NAMESPACE, 'graphml', {
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd`,
  });
  const nodeKeys = graphmlKeys(root, 'node', doc.nodeAttributes);
  const edgeKeys = graphmlKeys(root, 'edge', doc.edgeAttributes);
  const graph = root.ele('graph', { id: 'schutznetz', edgedefault: 'directed' });
  graph.ele('desc').txt(doc.description);
  for (const node of doc.nodes)
    graphmlData(graph.ele('node', { id: node.id }), nodeKeys, node.values);
  for (const edge of doc.edges) {
    const element = graph.ele('edge', { id: edge.id, source: edge.source, target: edge.target });
    graphmlData(element, edgeKeys, edge.values);
  }
  return root.end({ prettyPrint: true });
}

function gexfAttributes(
  graph: XMLBuilder,
  scope: 'node' | 'edge',
  attributes: readonly AttributeKey[],
): void {
  const element = graph.ele('attributes', { class: scope });
  for (const attribute of attributes) {
    element.ele('attribute', {
      id: attribute.id,
      title: attribute.title,
      type: GEXF_TYPE[attribute.type],
    });
  }
}

function gexfValues(
  element: XMLBuilder,
  attributes: readonly AttributeKey[],
  values: readonly AttributeValue[],
): void {
  if (values.every((value) => value === null)) return;
  const list = element.ele('attvalues');
  values.forEach((value, index) => {
    if (value !== null) list.ele('attvalue', { for: attributes[index]?.id, value: text(value) });
  });
}

/** The document as GEXF 1.3 (static, directed). */
export function toGexf(doc: GraphDocument): string {
  const nodeAttributes = doc.nodeAttributes;
  const edgeAttributes = doc.edgeAttributes;
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GEXF_NAMESPACE, 'gexf', {
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd`,
    version: '1.3',
  });
  const meta = root.ele('meta', { lastmodifieddate: doc.date });
  meta.ele('creator').txt('Schutznetz');
  meta.ele('description').txt(doc.description);
  const graph = root.ele('graph', { defaultedgetype: 'directed', mode: 'static' });
  gexfAttributes(graph, 'node', nodeAttributes);
  gexfAttributes(graph, 'edge', edgeAttributes);
  const nodes = graph.ele('nodes');
  for (const node of doc.nodes) {
    gexfValues(nodes.ele('node', { id: node.id, label: node.label }), nodeAttributes, node.values);
  }
  const edges = graph.ele('edges');
  for (const edge of doc.edges) {
    const element = edges.ele('edge', {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
    });
    gexfValues(element, edgeAttributes, edge.values);
  }
  return root.end({ prettyPrint: true });
}
