/**
 * The network as Gephi and yEd read it: the explorer's nodes and edges (institutions, people,
 * networks, topics; referral paths, employments, memberships, expertise, topics offered) with
 * the metrics the explorer's analysis computed, as typed attributes that the GraphML and GEXF
 * writers declare and fill alike. No address and no contact is in it: the files are for
 * analysing the structure, and what is not in them cannot leak.
 */
import {
  institutionKindByCode,
  isInstitutionKindCode,
  isNetworkKindCode,
  isTopicCode,
  networkKindByCode,
  topicByCode,
} from '@schutznetz/domain';
import type {
  ExplorerEdge,
  ExplorerEdgeKind,
  ExplorerNode,
  ExplorerNodeKind,
  NetworkGraphView,
} from '../network-graph/network-graph.views';

/** The value types both formats know (GraphML `attr.type`, GEXF `type`). */
export type AttributeType = 'string' | 'boolean' | 'int' | 'double';

export type AttributeValue = string | number | boolean | null;

/** One typed attribute of every node or every edge, as a file declares it. */
export interface AttributeKey {
  /** The attribute's name in the file (GraphML `attr.name`, GEXF `id`): stable for scripts. */
  readonly id: string;
  /** What it means, in German (GraphML `<desc>`, GEXF `title`). */
  readonly title: string;
  readonly type: AttributeType;
}

/** An attribute with the way to read it from a node or an edge of the explorer's answer. */
export interface AttributeDefinition<Item> extends AttributeKey {
  /** The value of one item; null leaves it out. */
  readonly value: (item: Item) => AttributeValue;
}

/** A node or an edge with its label and attribute values in the order of the definitions. */
export interface GraphItem {
  readonly id: string;
  readonly label: string;
  readonly values: readonly AttributeValue[];
}

export interface GraphEdgeItem extends GraphItem {
  readonly source: string;
  readonly target: string;
}

/** The graph a file holds: attribute definitions, nodes and edges, all directed. */
export interface GraphDocument {
  /** What the file shows, in German (GEXF `<description>`, GraphML `<desc>`). */
  readonly description: string;
  /** The day of the graph (YYYY-MM-DD). */
  readonly date: string;
  readonly nodeAttributes: readonly AttributeKey[];
  readonly edgeAttributes: readonly AttributeKey[];
  readonly nodes: readonly GraphItem[];
  readonly edges: readonly GraphEdgeItem[];
}

const NODE_KIND_DE: Readonly<Record<ExplorerNodeKind, string>> = {
  institution: 'Einrichtung',
  person: 'Fachkraft',
  network: 'Netzwerk',
  topic: 'Thema',
};

const EDGE_KIND_DE: Readonly<Record<ExplorerEdgeKind, string>> = {
  refers_to: 'Hilfeweg',
  works_at: 'arbeitet bei',
  member_of: 'Mitglied in',
  expertise: 'Expertise',
  offers_topic: 'bietet Thema an',
};

/** Names of the weak-point marks the explorer shows members and up only (visibility.ts). */
const MEMBER_MARKS: ReadonlySet<string> = new Set([
  'betweenness',
  'articulationPoint',
  'singlePointOfFailure',
  'bridge',
]);

function topicLabels(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  return codes.map((code) => (isTopicCode(code) ? topicByCode(code).label.de : code)).join('; ');
}

/** "Frauenhaus", "Lokales Netzwerk Kinderschutz", "Fachkraft", "Thema". */
function typeLabel(node: ExplorerNode): string {
  if (node.institutionKind !== null && isInstitutionKindCode(node.institutionKind)) {
    return institutionKindByCode(node.institutionKind).label.de;
  }
  if (node.networkKind !== null && isNetworkKindCode(node.networkKind)) {
    return networkKindByCode(node.networkKind).label.de;
  }
  return NODE_KIND_DE[node.kind];
}

/**
 * The graph document of the explorer's answer for the viewer: the weak-point marks only where
 * the answer carries them (members and up), municipality names from `municipalityName`.
 */
export function graphDocument(
  view: NetworkGraphView,
  options: {
    readonly marksVisible: boolean;
    readonly municipalityName: (code: string) => string;
    /** The loaded region's name ("Landkreis Anhalt-Bitterfeld"). */
    readonly regionName: string;
    readonly date: string;
  },
): GraphDocument {
  const networkNames = new Map(
    view.nodes.filter((n) => n.kind === 'network').map((n) => [n.id, n.label]),
  );
  const nodeAttributes: AttributeDefinition<ExplorerNode>[] = [
    { id: 'label', title: 'Name', type: 'string', value: (n) => n.label },
    { id: 'kind', title: 'Knotenart', type: 'string', value: (n) => n.kind },
    { id: 'kindLabel', title: 'Art', type: 'string', value: typeLabel },
    {
      id: 'institutionKind',
      title: 'Einrichtungsart (Code)',
      type: 'string',
      value: (n) => n.institutionKind,
    },
    { id: 'networkKind', title: 'Netzwerkart (Code)', type: 'string', value: (n) => n.networkKind },
    { id: 'municipality', title: 'Gemeinde (Code)', type: 'string', value: (n) => n.municipality },
    {
      id: 'municipalityName',
      title: 'Gemeinde',
      type: 'string',
      value: (n) => (n.municipality === null ? null : options.municipalityName(n.municipality)),
    },
    {
      id: 'operatorOrFunction',
      title: 'Träger oder Funktion',
      type: 'string',
      value: (n) => n.subtitle,
    },
    {
      id: 'available24x7',
      title: 'Rund um die Uhr erreichbar',
      type: 'boolean',
      value: (n) => n.available24x7,
    },
    {
      id: 'serviceCount',
      title: 'Angebote',
      type: 'int',
      value: (n) => (n.kind === 'institution' ? n.services.length : null),
    },
    { id: 'topics', title: 'Themen', type: 'string', value: (n) => topicLabels(n.topics) },
    {
      id: 'networks',
      title: 'Netzwerke',
      type: 'string',
      value: (n) =>
        n.networks.length === 0
          ? null
          : n.networks.map((id) => networkNames.get(id) ?? id).join('; '),
    },
    { id: 'degree', title: 'Grad (Verbindungen)', type: 'int', value: (n) => n.degree },
    {
      id: 'betweenness',
      title: 'Vermittlungszentralität (normiert, Hilfewege)',
      type: 'double',
      value: (n) => n.betweenness,
    },
    {
      id: 'articulationPoint',
      title: 'Artikulationspunkt (Ausfall trennt das Netz)',
      type: 'boolean',
      value: (n) => (n.kind === 'institution' ? n.articulationPoint : null),
    },
    {
      id: 'singlePointOfFailure',
      title: 'Einzige Stelle für ein Thema',
      type: 'boolean',
      value: (n) => (n.kind === 'network' ? null : n.singlePointOfFailure),
    },
  ];
  const edgeAttributes: AttributeDefinition<ExplorerEdge>[] = [
    { id: 'kind', title: 'Kantenart', type: 'string', value: (e) => e.kind },
    { id: 'kindLabel', title: 'Art', type: 'string', value: (e) => EDGE_KIND_DE[e.kind] },
    {
      id: 'routeTemplate',
      title: 'Hilfeweg-Vorlage',
      type: 'string',
      value: (e) => e.routeTemplate,
    },
    { id: 'urgency', title: 'Dringlichkeit', type: 'string', value: (e) => e.urgency },
    { id: 'topics', title: 'Themen', type: 'string', value: (e) => topicLabels(e.topics) },
    { id: 'level', title: 'Expertise-Stufe', type: 'string', value: (e) => e.level },
    {
      id: 'bridge',
      title: 'Brücke (einzige Verbindung)',
      type: 'boolean',
      value: (e) => (e.kind === 'refers_to' ? e.bridge : null),
    },
  ];
  const visible = <Item>(list: AttributeDefinition<Item>[]): AttributeDefinition<Item>[] =>
    options.marksVisible ? list : list.filter((a) => !MEMBER_MARKS.has(a.id));
  const nodeDefs = visible(nodeAttributes);
  const edgeDefs = visible(edgeAttributes);
  return {
    description:
      `Schutznetz – ${options.regionName}, Stand ${options.date}: Einrichtungen, ` +
      `${options.marksVisible ? 'Fachkräfte, ' : ''}Netzwerke und Themen; Kanten: Hilfewege, ` +
      `${options.marksVisible ? 'Beschäftigung, Mitgliedschaften, Expertise, ' : 'Mitgliedschaften, '}angebotene Themen.`,
    date: options.date,
    nodeAttributes: nodeDefs,
    edgeAttributes: edgeDefs,
    nodes: view.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      values: nodeDefs.map((a) => a.value(n)),
    })),
    edges: view.edges.map((e) => ({
      id: e.id,
      label: EDGE_KIND_DE[e.kind],
      source: e.source,
      target: e.target,
      values: edgeDefs.map((a) => a.value(e)),
    })),
  };
}
