/**
 * The directory as HSDS 3.1 organizations and services (decision 032), from the graph as plain
 * data and what the viewer may see: a shelter's location never has an address, professionals
 * are contacts only for members and up, their own phone and e-mail likewise.
 */
import {
  hasProtectedAddress,
  institutionKindByCode,
  isInstitutionKindCode,
  type AccessibilityFeature,
  type Cost,
  type GraphDataSet,
  type InstitutionData,
  type PersonData,
  type RegionCatalog,
  type ServiceData,
} from '@schutznetz/domain';
import { maySeeContacts, maySeePeople, type ViewerRole } from '../../auth';
import { displayName } from '../person/person.mapping';
import { hsdsId } from './hsds.ids';
import { schedulesOf } from './hsds.schedules';
import { attributeOf } from './hsds.taxonomy';
import type {
  HsdsAttribute,
  HsdsCapacity,
  HsdsContact,
  HsdsLanguage,
  HsdsLocation,
  HsdsOrganization,
  HsdsService,
} from './hsds.types';

/** What the export reads of the loaded region. */
export type HsdsRegion = Pick<RegionCatalog, 'county' | 'externals' | 'get' | 'label'>;

export const COST_DE: Readonly<Record<Cost, string>> = {
  free: 'kostenlos',
  health_insurance: 'Kosten trägt die Krankenkasse',
  fee: 'kostenpflichtig',
  means_tested: 'Kosten nach Einkommen',
};

const ACCESSIBILITY_DE: Readonly<Record<AccessibilityFeature, string>> = {
  step_free_access: 'Stufenloser Zugang',
  accessible_toilet: 'Barrierefreies WC',
  hearing_loop: 'Induktive Höranlage',
  sign_language: 'Gebärdensprache',
  easy_language: 'Leichte Sprache',
  home_visits: 'Hausbesuche',
  online_counselling: 'Onlineberatung',
  phone_counselling: 'Telefonberatung',
};

/** HSDS's `website`/`uri` must be an absolute URI; anything else is left out. */
function absoluteUrl(value: string | null): string | undefined {
  return value !== null && /^https?:\/\/\S+$/i.test(value) ? value : undefined;
}

/** The state (Land) the county lies in, for addresses; empty when the region names none. */
function stateOf(region: HsdsRegion): string {
  return region.externals.find((external) => external.level === 'state')?.name.de ?? '';
}

function languagesOf(
  owner: { service_id: string } | { location_id: string },
  ownerKey: string,
  codes: readonly string[],
): HsdsLanguage[] {
  return codes.map((code) => ({ id: hsdsId('language', ownerKey, code), ...owner, code }));
}

function kindLabel(kind: string): string {
  return isInstitutionKindCode(kind) ? institutionKindByCode(kind).label.de : kind;
}

/** A protected address (women's shelters): no street, no postal code, in no file. */
function isProtected(institution: InstitutionData): boolean {
  return isInstitutionKindCode(institution.kind) && hasProtectedAddress(institution.kind);
}

function locationOf(institution: InstitutionData, region: HsdsRegion): HsdsLocation {
  const id = hsdsId('location', institution.id);
  const owner = { location_id: id };
  const city = region.label(institution.municipality, 'de');
  // HSDS requires a street line: a postal code without a street goes in the extension only.
  const hasAddress = !isProtected(institution) && institution.street !== null;
  return {
    id,
    location_type: 'physical',
    organization_id: hsdsId('organization', institution.id),
    name: institution.name,
    description: isProtected(institution)
      ? `${city}; die Anschrift ist geschützt und wird nicht weitergegeben.`
      : city,
    addresses: hasAddress
      ? [
          {
            id: hsdsId('address', institution.id),
            location_id: id,
            address_1: institution.street,
            city,
            state_province: stateOf(region),
            postal_code: institution.postalCode ?? '',
            country: 'DE',
            address_type: 'physical',
          },
        ]
      : [],
    languages: languagesOf(owner, institution.id, institution.languages),
    schedules: schedulesOf(
      owner,
      institution.id,
      institution.openingHours,
      institution.available24x7,
    ),
    accessibility: institution.accessibility.map((feature) => ({
      id: hsdsId('accessibility', institution.id, feature),
      location_id: id,
      description: ACCESSIBILITY_DE[feature],
    })),
  };
}

/** A professional's contact at one organization: name and function; phone and e-mail for members. */
function contactOf(
  person: PersonData,
  institutionId: string,
  role: string,
  viewer: ViewerRole,
): HsdsContact {
  const id = hsdsId('contact', person.id, institutionId);
  const withContacts = maySeeContacts(viewer);
  return {
    id,
    organization_id: hsdsId('organization', institutionId),
    name: displayName(person),
    title: person.functionTitle,
    ...(role ? { department: role } : {}),
    ...(withContacts && person.email ? { email: person.email } : {}),
    phones:
      withContacts && person.phone
        ? [
            {
              id: hsdsId('contact-phone', person.id, institutionId),
              contact_id: id,
              number: person.phone,
            },
          ]
        : [],
  };
}

function organizationOf(
  institution: InstitutionData,
  contacts: HsdsContact[],
  region: HsdsRegion,
): HsdsOrganization {
  const id = hsdsId('organization', institution.id);
  const municipality = region.label(institution.municipality, 'de');
  const kind = attributeOf('institutionKind', institution.kind, id, 'organization');
  const description = [`${kindLabel(institution.kind)} in ${municipality}`]
    .concat(institution.operator ? [`Träger: ${institution.operator}`] : [])
    .join('; ');
  const website = absoluteUrl(institution.website);
  return {
    id,
    name: institution.name,
    description,
    ...(institution.email ? { email: institution.email } : {}),
    ...(website ? { website } : {}),
    phones: institution.phone
      ? [
          {
            id: hsdsId('organization-phone', institution.id),
            organization_id: id,
            number: institution.phone,
            type: 'voice',
            description: 'Zentrale Rufnummer',
          },
        ]
      : [],
    locations: [locationOf(institution, region)],
    contacts,
    attributes: kind ? [kind] : [],
    x_schutznetz: {
      kind: institution.kind,
      operator: institution.operator,
      municipality: institution.municipality,
      municipality_name: municipality,
      postal_code: isProtected(institution) ? null : institution.postalCode,
      available_24x7: institution.available24x7,
      accessibility: [...institution.accessibility],
      source_url: institution.sourceUrl,
      last_verified_at: institution.lastVerifiedAt,
      is_fictional: institution.isFictional,
    },
  };
}

function capacitiesOf(service: ServiceData, id: string): HsdsCapacity[] {
  if (service.capacityTotal === null || service.capacityFree === null) return [];
  return [
    {
      id: hsdsId('capacity', service.id),
      service_id: id,
      unit: {
        id: hsdsId('unit', 'places'),
        name: 'Plätze',
        scheme: 'schutznetz',
        identifier: 'places',
      },
      available: service.capacityFree,
      maximum: service.capacityTotal,
      description: 'Freie Plätze, wie die Einrichtung sie gemeldet hat',
      updated: service.capacityReportedAt ?? new Date(0).toISOString(),
    },
  ];
}

function serviceOf(service: ServiceData, region: HsdsRegion): HsdsService {
  const id = hsdsId('service', service.id);
  const owner = { service_id: id };
  const classified = [
    ...service.topics.map((code) => attributeOf('topic', code, id, 'service')),
    ...service.targetGroups.map((code) => attributeOf('targetGroup', code, id, 'service')),
  ].filter((attribute): attribute is HsdsAttribute => attribute !== null);
  const eligibility = [
    service.selfReferral ? 'Selbstmeldung möglich' : 'Zugang über Vermittlung',
    ...(service.consentRequired ? ['Einwilligung erforderlich'] : []),
  ].join('; ');
  return {
    id,
    organization_id: hsdsId('organization', service.institutionId),
    name: service.name,
    ...(service.description ? { description: service.description } : {}),
    status: 'active',
    ...(service.minAge !== null ? { minimum_age: service.minAge } : {}),
    ...(service.maxAge !== null ? { maximum_age: service.maxAge } : {}),
    ...(service.interpreting
      ? { interpretation_services: 'Sprachmittlung kann organisiert werden' }
      : {}),
    fees_description: COST_DE[service.cost],
    eligibility_description: eligibility,
    service_areas: service.area.map((code) => {
      const entry = region.get(code);
      return {
        id: hsdsId('service-area', service.id, code),
        service_id: id,
        name: region.label(code, 'de'),
        ...(entry ? { extent_type: entry.kind } : {}),
        ...(entry?.ags ? { uri: `urn:de:ags:${entry.ags}` } : {}),
      };
    }),
    languages: languagesOf(owner, service.id, service.languages),
    schedules: schedulesOf(owner, service.id, service.openingHours, service.available24x7),
    capacities: capacitiesOf(service, id),
    service_at_locations: [
      {
        id: hsdsId('service-at-location', service.id),
        service_id: id,
        location_id: hsdsId('location', service.institutionId),
      },
    ],
    attributes: classified,
    x_schutznetz: {
      area: [...service.area],
      available_24x7: service.available24x7,
      self_referral: service.selfReferral,
      consent_required: service.consentRequired,
      cost: service.cost,
      accessibility: [...service.accessibility],
      interpreting: service.interpreting,
      boys_max_age: service.boysMaxAge,
      capacity_total: service.capacityTotal,
      capacity_free: service.capacityFree,
      capacity_reported_at: service.capacityReportedAt,
    },
  };
}

/** Organizations (with locations, phones and the contacts the viewer may see) and services. */
export function directoryOf(
  data: Pick<GraphDataSet, 'institutions' | 'services' | 'people' | 'worksAt'>,
  viewer: ViewerRole,
  region: HsdsRegion,
): { organizations: HsdsOrganization[]; services: HsdsService[] } {
  const contacts = new Map<string, HsdsContact[]>();
  if (maySeePeople(viewer)) {
    const people = new Map(data.people.map((person) => [person.id, person]));
    for (const work of data.worksAt) {
      const person = people.get(work.personId);
      if (person === undefined) continue;
      const list = contacts.get(work.institutionId) ?? [];
      list.push(contactOf(person, work.institutionId, work.role, viewer));
      contacts.set(work.institutionId, list);
    }
  }
  return {
    organizations: data.institutions.map((institution) =>
      organizationOf(institution, contacts.get(institution.id) ?? [], region),
    ),
    services: data.services.map((service) => serviceOf(service, region)),
  };
}
