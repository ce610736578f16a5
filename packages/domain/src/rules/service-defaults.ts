import type { ServiceData } from '../model';

/**
 * What a new service holds where its creator said nothing: the server stores these, and the
 * client's form for a new service starts with them. The API's field descriptions name them too.
 */
export const NEW_SERVICE_DEFAULTS = {
  description: null,
  minAge: null,
  maxAge: null,
  languages: ['de'],
  openingHours: [],
  available24x7: false,
  selfReferral: true,
  consentRequired: false,
  cost: 'free',
  accessibility: [],
  capacityTotal: null,
  capacityFree: null,
  capacityReportedAt: null,
  interpreting: false,
  boysMaxAge: null,
} as const satisfies Partial<ServiceData>;
