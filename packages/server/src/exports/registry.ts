/**
 * Every file the server offers for download (decision 029). A module adds its export here, one
 * line each; `GET /export` lists them for the viewer's role.
 */
import { CONTACTS_EXPORT } from '../modules/contact-export/contacts.export';
import { MEETINGS_EXPORT } from '../modules/event/meetings.export';
import { IMPORT_TEMPLATE_EXPORT } from '../modules/data-import/data-import.export';
import { HSDS_EXPORT } from '../modules/hsds/hsds.export';
import { NETWORK_GRAPH_EXPORT } from '../modules/graph-export/graph-export.export';
import { NETWORK_MEMBERS_EXPORT } from '../modules/network/network.export';
import { CAPACITY_REPORT_EXPORT } from '../modules/protection-capacity/protection-capacity.export';
import { TRAINING_PLAN_EXPORT } from '../modules/training-plan/training-plan.export';
import type { ExportDefinition } from './types';

export const EXPORTS: readonly ExportDefinition[] = [
  TRAINING_PLAN_EXPORT,
  MEETINGS_EXPORT,
  CAPACITY_REPORT_EXPORT,
  NETWORK_MEMBERS_EXPORT,
  HSDS_EXPORT,
  NETWORK_GRAPH_EXPORT,
  IMPORT_TEMPLATE_EXPORT,
  CONTACTS_EXPORT,
];
