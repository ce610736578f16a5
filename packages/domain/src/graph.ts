/**
 * Names of node labels and relationship types in the Neo4j graph. Cypher in the server takes
 * them from here so that a rename happens in one place.
 */
export const Label = {
  Institution: 'Institution',
  Person: 'Person',
  Topic: 'Topic',
  TargetGroup: 'TargetGroup',
  Municipality: 'Municipality',
  Region: 'Region',
  Service: 'Service',
  Network: 'Network',
  Meeting: 'Meeting',
  Training: 'Training',
  CaseReview: 'CaseReview',
  Gap: 'Gap',
  /** Something agreed at a meeting or in a case review, with who does it by when. */
  ActionItem: 'ActionItem',
  /** A dated copy of the graph the analyses read (decision 028): reports and comparisons over time. */
  Snapshot: 'Snapshot',
  /** A named explorer view (filters, styling, node positions) kept for the network's meetings. */
  SavedView: 'SavedView',
  /** The loaded region's file-level data and version (decision 030); one node. */
  RegionSetup: 'RegionSetup',
  /** A saved column mapping of spreadsheet imports (decision 031). */
  ImportMapping: 'ImportMapping',
} as const;
export type Label = (typeof Label)[keyof typeof Label];

/** Every label whose nodes carry a stable, unique `id`. */
export const IDENTIFIED_LABELS: readonly Label[] = Object.values(Label);

export const Rel = {
  WORKS_AT: 'WORKS_AT',
  HAS_EXPERTISE: 'HAS_EXPERTISE',
  OFFERS: 'OFFERS',
  ADDRESSES_TOPIC: 'ADDRESSES_TOPIC',
  SERVES_GROUP: 'SERVES_GROUP',
  SERVES_AREA: 'SERVES_AREA',
  LOCATED_IN: 'LOCATED_IN',
  REFERS_TO: 'REFERS_TO',
  MEMBER_OF: 'MEMBER_OF',
  ATTENDED: 'ATTENDED',
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  COVERS_TOPIC: 'COVERS_TOPIC',
  PART_OF: 'PART_OF',
  CONCERNS: 'CONCERNS',
  ORGANISED_BY: 'ORGANISED_BY',
  ABOUT_TOPIC: 'ABOUT_TOPIC',
  RECORDED_IN: 'RECORDED_IN',
  /** An institution or person excused from a meeting. */
  EXCUSED_FROM: 'EXCUSED_FROM',
  /** An institution or person responsible for an action item. */
  RESPONSIBLE_FOR: 'RESPONSIBLE_FOR',
  /** An action item agreed at a meeting or in a case review. */
  AGREED_AT: 'AGREED_AT',
} as const;
export type Rel = (typeof Rel)[keyof typeof Rel];

/** Labels the full-text index `search_text` covers, and so the kinds the search returns. */
export const SEARCHABLE_LABELS = [
  Label.Institution,
  Label.Person,
  Label.Service,
  Label.Network,
  Label.Meeting,
  Label.Training,
] as const;
export type SearchableLabel = (typeof SEARCHABLE_LABELS)[number];
