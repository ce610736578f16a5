/**
 * Builders for small hand-made analysis graphs: each fills in neutral defaults so a test
 * states only what matters to it.
 */
import { DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import type { OpeningInterval } from '@schutznetz/domain';
import {
  regionMunicipalities,
  type AnalysisGraph,
  type AnalysisInstitution,
  type AnalysisNetwork,
  type AnalysisPerson,
  type AnalysisReferralPath,
  type AnalysisService,
  type Expertise,
} from '../graph';

/** Monday to Friday, 08:00–16:00. */
export const OFFICE_HOURS: readonly OpeningInterval[] = (
  ['mon', 'tue', 'wed', 'thu', 'fri'] as const
).map((day) => ({ day, opens: '08:00', closes: '16:00' }));

/** An institution in Köthen, German-speaking, office hours, unless overridden. */
export function anInstitution(
  id: string,
  overrides: Partial<AnalysisInstitution> = {},
): AnalysisInstitution {
  return {
    id,
    name: id,
    kind: 'family_counselling_centre',
    municipality: 'koethen',
    street: null,
    postalCode: null,
    phone: null,
    email: null,
    website: null,
    openingHours: OFFICE_HOURS,
    available24x7: false,
    languages: ['de'],
    accessibility: [],
    ...overrides,
  };
}

/** A service on domestic violence for women in Köthen, self-referral, no places. */
export function aService(
  id: string,
  institutionId: string,
  overrides: Partial<AnalysisService> = {},
): AnalysisService {
  return {
    id,
    institutionId,
    name: id,
    topics: ['domestic_violence'],
    targetGroups: ['women'],
    minAge: null,
    maxAge: null,
    languages: ['de'],
    area: ['koethen'],
    openingHours: [],
    available24x7: false,
    selfReferral: true,
    consentRequired: false,
    accessibility: [],
    capacityTotal: null,
    capacityFree: null,
    capacityReportedAt: null,
    interpreting: false,
    boysMaxAge: null,
    ...overrides,
  };
}

/** A referral path without template, any topic, no consent, 24 h response. */
export function aReferralPath(
  id: string,
  fromId: string,
  toId: string,
  overrides: Partial<AnalysisReferralPath> = {},
): AnalysisReferralPath {
  return {
    id,
    fromId,
    toId,
    routeTemplate: null,
    topics: [],
    consent: 'not_required',
    dataMode: 'identified_by_law',
    urgency: 'same_day',
    responseHours: 24,
    afterHours: 'unknown',
    conditions: null,
    ...overrides,
  };
}

/** A person working at `institutionIds` with basic expertise in `topics`. */
export function aPerson(
  id: string,
  institutionIds: readonly string[],
  topics: readonly Expertise['topic'][] = [],
  overrides: Partial<AnalysisPerson> = {},
): AnalysisPerson {
  return {
    id,
    name: id,
    phone: null,
    email: null,
    languages: ['de'],
    qualifications: [],
    employments: institutionIds.map((institutionId) => ({
      institutionId,
      role: 'Fachkraft',
      since: null,
    })),
    expertise: topics.map((topic) => ({
      topic,
      level: 'basic',
      qualification: null,
      since: null,
      validUntil: null,
    })),
    ...overrides,
  };
}

/** A network of `kind` with these members. */
export function aNetwork(
  id: string,
  memberIds: readonly string[],
  overrides: Partial<AnalysisNetwork> = {},
): AnalysisNetwork {
  return {
    id,
    name: id,
    kind: 'anti_violence_working_group',
    area: ['koethen'],
    members: memberIds.map((memberId) => ({ memberId, role: 'member', since: null })),
    ...overrides,
  };
}

/** The demo county's municipalities: the columns of the hand-made graphs. */
export const DEMO_MUNICIPALITIES = regionMunicipalities(DEMO_REGION_CATALOG);

/** A graph over the demo county's municipalities from the parts given. */
export function aGraph(parts: Partial<AnalysisGraph> = {}): AnalysisGraph {
  return {
    version: 'test',
    region: DEMO_REGION_CATALOG,
    municipalities: DEMO_MUNICIPALITIES,
    institutions: [],
    services: [],
    referralPaths: [],
    people: [],
    networks: [],
    ...parts,
  };
}
