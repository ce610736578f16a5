import type { InstitutionData } from '../model';

/**
 * What a new institution holds where its creator said nothing (no operator, address, contact, hours
 * or source; German only): the server stores these, and the demo data completes its entries with
 * them.
 */
export const NEW_INSTITUTION_DEFAULTS = {
  operator: null,
  street: null,
  postalCode: null,
  phone: null,
  email: null,
  website: null,
  openingHours: [],
  available24x7: false,
  languages: ['de'],
  accessibility: [],
  sourceUrl: null,
} as const satisfies Partial<InstitutionData>;
