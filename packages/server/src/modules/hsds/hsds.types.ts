/**
 * The HSDS 3.1 objects Schutznetz writes and reads, as far as it uses them (the full schemas are
 * in spec/hsds-3.1), and the `x_schutznetz` extension (docs/hsds-extension.md). Fields
 * HSDS leaves optional are left out rather than written as null: the schemas allow no nulls.
 */

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
}

/** A classification of an object by a taxonomy term (topics, target groups, kinds). */
export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term?: HsdsTaxonomyTerm;
  label?: string;
}

export interface HsdsPhone {
  id: string;
  organization_id?: string;
  contact_id?: string;
  number: string;
  type?: string;
  description?: string;
}

export interface HsdsContact {
  id: string;
  organization_id?: string;
  name?: string;
  title?: string;
  department?: string;
  email?: string;
  phones: HsdsPhone[];
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface HsdsLanguage {
  id: string;
  service_id?: string;
  location_id?: string;
  code: string;
  name?: string;
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  location_id?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  wkst?: 'MO';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  organization_id: string;
  name: string;
  description?: string;
  addresses: HsdsAddress[];
  languages: HsdsLanguage[];
  schedules: HsdsSchedule[];
  accessibility: HsdsAccessibility[];
}

/** Institution fields HSDS has no place for (docs/hsds-extension.md). */
export interface XInstitution {
  kind: string;
  operator: string | null;
  /** The municipality's code in the exporting instance's region; its name is `municipality_name`. */
  municipality: string;
  municipality_name: string;
  /** The postal code (never a shelter's): also where an address without street cannot hold it. */
  postal_code: string | null;
  available_24x7: boolean;
  accessibility: string[];
  source_url: string | null;
  last_verified_at: string | null;
  is_fictional: boolean;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  phones: HsdsPhone[];
  locations: HsdsLocation[];
  contacts: HsdsContact[];
  attributes: HsdsAttribute[];
  x_schutznetz: XInstitution;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description?: string;
  extent_type?: string;
  uri?: string;
}

export interface HsdsUnit {
  id: string;
  name: string;
  scheme?: string;
  identifier?: string;
}

export interface HsdsCapacity {
  id: string;
  service_id: string;
  unit: HsdsUnit;
  available: number;
  maximum?: number;
  description?: string;
  updated: string;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}

/** Service fields HSDS has no place for (docs/hsds-extension.md). */
export interface XService {
  area: string[];
  available_24x7: boolean;
  self_referral: boolean;
  consent_required: boolean;
  cost: string;
  accessibility: string[];
  interpreting: boolean;
  boys_max_age: number | null;
  capacity_total: number | null;
  capacity_free: number | null;
  capacity_reported_at: string | null;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description?: string;
  status: 'active';
  minimum_age?: number;
  maximum_age?: number;
  interpretation_services?: string;
  fees_description?: string;
  eligibility_description?: string;
  service_areas: HsdsServiceArea[];
  languages: HsdsLanguage[];
  schedules: HsdsSchedule[];
  capacities: HsdsCapacity[];
  service_at_locations: HsdsServiceAtLocation[];
  attributes: HsdsAttribute[];
  x_schutznetz: XService;
}

/** A professional (members and up): what an HSDS contact cannot hold. */
export interface XPerson {
  id: string;
  given_name: string | null;
  family_name: string | null;
  function_title: string;
  languages: string[];
  qualifications: string[];
  listing_basis: string;
  is_fictional: boolean;
  /** Set when the person works nowhere, so no contact of an organization carries them. */
  email: string | null;
  phone: string | null;
}

/** A person's work at an organization; `contact_id` is the HSDS contact for it. */
export interface XEmployment {
  id: string;
  person_id: string;
  organization_id: string;
  contact_id: string;
  role: string;
  since: string | null;
}

export interface XExpertise {
  id: string;
  person_id: string;
  topic: string;
  topic_term_id: string;
  level: string;
  qualification: string | null;
  since: string | null;
  valid_until: string | null;
}

/** A referral path; consent, data mode, conditions and agreement only for members and up. */
export interface XReferralPath {
  id: string;
  from_organization_id: string;
  to_organization_id: string;
  route_template: string | null;
  topics: string[];
  urgency: string;
  response_hours: number | null;
  after_hours: string;
  consent?: string;
  data_mode?: string;
  formal_agreement?: boolean;
  conditions?: string | null;
}

export interface XNetwork {
  id: string;
  name: string;
  kind: string;
  description: string | null;
  area: string[];
}

export interface XMembership {
  id: string;
  network_id: string;
  member_type: 'organization' | 'person';
  member_id: string;
  role: string;
  since: string | null;
}

/** The top-level extension: what HSDS cannot express. */
export interface XSchutznetz {
  version: 1;
  region: { county: string | null };
  people: XPerson[];
  employments: XEmployment[];
  expertise: XExpertise[];
  referral_paths: XReferralPath[];
  networks: XNetwork[];
  memberships: XMembership[];
}

/** `hsds.json`: the directory as HSDS 3.1 objects plus the extension. */
export interface HsdsDocument {
  hsds_version: '3.1';
  generated_at: string;
  publisher: string;
  organizations: HsdsOrganization[];
  services: HsdsService[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
  x_schutznetz: XSchutznetz;
}
