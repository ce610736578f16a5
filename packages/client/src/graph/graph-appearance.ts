/**
 * How each kind of node looks: a colour AND a shape per kind, so the kind never depends on colour
 * alone (the legend names both). Institutions are told apart by sector (domain.md §8.2); people,
 * networks and topics each have their own shape. Colours are from the Okabe–Ito palette, which
 * stays distinguishable with the common colour-vision deficiencies.
 */
import {
  INSTITUTION_CATEGORIES,
  institutionKindByCode,
  isInstitutionKindCode,
  type InstitutionCategory,
} from '@schutznetz/domain';
import type { GraphEdgeKind, GraphNode } from './graph-model';

/** Cytoscape node shapes used here. */
export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'octagon'
  | 'pentagon'
  | 'hexagon'
  | 'diamond'
  | 'barrel'
  | 'star'
  | 'round-tag'
  | 'triangle';

/** What decides a node's look: a sector for institutions, the node kind otherwise. */
export type AppearanceKey =
  InstitutionCategory | 'institution_other' | 'person' | 'network' | 'topic';

export interface NodeAppearance {
  readonly color: string;
  readonly shape: NodeShape;
}

export const NODE_APPEARANCE: Readonly<Record<AppearanceKey, NodeAppearance>> = {
  child_youth_welfare: { color: '#0072B2', shape: 'round-rectangle' },
  violence_protection: { color: '#D55E00', shape: 'octagon' },
  police_justice: { color: '#332288', shape: 'rectangle' },
  counselling: { color: '#009E73', shape: 'hexagon' },
  health: { color: '#CC79A7', shape: 'diamond' },
  education_family: { color: '#E69F00', shape: 'pentagon' },
  social_security_administration: { color: '#7F7F7F', shape: 'barrel' },
  institution_other: { color: '#444444', shape: 'triangle' },
  person: { color: '#56B4E9', shape: 'ellipse' },
  network: { color: '#1D2330', shape: 'star' },
  topic: { color: '#B9A800', shape: 'round-tag' },
};

/** The legend's order: sectors first (as the taxonomy lists them), then the other kinds. */
export const APPEARANCE_KEYS: readonly AppearanceKey[] = [
  ...INSTITUTION_CATEGORIES.map((category) => category.code),
  'person',
  'network',
  'topic',
];

/** The appearance key of a node: its institution's sector, or its kind. */
export function appearanceKeyOf(node: Pick<GraphNode, 'kind' | 'institutionKind'>): AppearanceKey {
  if (node.kind !== 'institution') return node.kind;
  const code = node.institutionKind;
  return code && isInstitutionKindCode(code)
    ? institutionKindByCode(code).category
    : 'institution_other';
}

/** How each kind of edge is drawn; line style, not colour, tells them apart. */
export interface EdgeAppearance {
  readonly color: string;
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
  readonly width: number;
  readonly arrow: boolean;
}

export const EDGE_APPEARANCE: Readonly<Record<GraphEdgeKind, EdgeAppearance>> = {
  refers_to: { color: '#1F4F8B', lineStyle: 'solid', width: 2, arrow: true },
  works_at: { color: '#8A93A3', lineStyle: 'solid', width: 1, arrow: false },
  member_of: { color: '#4A5263', lineStyle: 'dashed', width: 1, arrow: false },
  expertise: { color: '#A89A2A', lineStyle: 'dotted', width: 1, arrow: false },
  offers_topic: { color: '#C9B94A', lineStyle: 'dotted', width: 1, arrow: false },
};

export const EDGE_KINDS: readonly GraphEdgeKind[] = [
  'refers_to',
  'works_at',
  'member_of',
  'expertise',
  'offers_topic',
];
