/**
 * An HSDS document as the import engine's records (decision 031's engine, decision 032): the
 * engine's own kinds (institution, service, person) for what its forms know, and the HSDS kinds
 * of hsds.import-kinds.ts for the rest (details of institutions, services and people,
 * employments, expertise, networks with their members, referral paths). Every record refers to
 * others by their HSDS id, which the engine stores as external id; each record's `ref` is the
 * JSON collection and index it comes from (`organizations`, 3).
 */
import { encodeOpeningHours } from '../../records';
import type { ImportRecord } from '../data-import';
import type {
  ImportedDocument,
  ImportedOrganization,
  ImportedService,
} from './hsds.import-document';
import { isRoundTheClock, openingHoursOf } from './hsds.schedules';
import { codesOf } from './hsds.taxonomy';

/** What the import reads of the importing instance's region. */
export interface ImportRegionNames {
  get(code: string): unknown;
  municipalityByName(name: string): { readonly code: string } | undefined;
}

type Values = Record<string, string | readonly string[] | undefined>;

const record = (kind: string, sheet: string, line: number, values: Values): ImportRecord => ({
  kind,
  ref: { sheet, line },
  values,
});

const flag = (value: boolean | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : String(value);
const number = (value: number | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : String(value);
const orNone = (value: string | null | undefined): string | undefined => value ?? undefined;
const codes = (items: readonly { code?: string | null }[]): string[] =>
  items.flatMap((item) => (item.code ? [item.code] : []));

/** The municipality: the exporter's code when this region has it, else its name or the city. */
function municipalityOf(
  organization: ImportedOrganization,
  region: ImportRegionNames,
): string | undefined {
  const x = organization.x_schutznetz;
  if (x?.municipality && region.get(x.municipality) !== undefined) return x.municipality;
  return orNone(x?.municipality_name) ?? organization.locations[0]?.addresses[0]?.city;
}

function organizationRecords(
  organization: ImportedOrganization,
  line: number,
  region: ImportRegionNames,
): ImportRecord[] {
  const x = organization.x_schutznetz;
  const location = organization.locations[0];
  const address = location?.addresses.find((a) => (a.address_type ?? 'physical') === 'physical');
  const schedules = location?.schedules ?? [];
  return [
    record('institution', 'organizations', line, {
      externalId: organization.id,
      name: organization.name,
      kind: orNone(x?.kind) ?? codesOf('institutionKind', organization.attributes)[0],
      municipality: municipalityOf(organization, region),
      operator: orNone(x?.operator),
      street: address?.address_1,
      postalCode: address?.postal_code ?? orNone(x?.postal_code),
      phone: organization.phones[0]?.number,
      email: orNone(organization.email),
      website: orNone(organization.website),
      languages: location ? codes(location.languages) : undefined,
    }),
    record('hsds_institution', 'organizations', line, {
      institution: organization.id,
      languages: location ? codes(location.languages) : undefined,
      openingHours: encodeOpeningHours(openingHoursOf(schedules)),
      available24x7: flag(x?.available_24x7 ?? isRoundTheClock(schedules)),
      accessibility: x?.accessibility,
      sourceUrl: orNone(x?.source_url),
      lastVerifiedAt: orNone(x?.last_verified_at),
      isFictional: flag(x?.is_fictional),
    }),
  ];
}

function serviceRecords(
  service: ImportedService,
  line: number,
  region: ImportRegionNames,
): ImportRecord[] {
  const x = service.x_schutznetz;
  const capacity = service.capacities[0];
  const area =
    x?.area ??
    service.service_areas.flatMap((a) => {
      const found = a.name ? region.municipalityByName(a.name) : undefined;
      return found ? [found.code] : [];
    });
  return [
    record('service', 'services', line, {
      externalId: service.id,
      institution: service.organization_id,
      name: service.name,
      description: orNone(service.description),
      topics: codesOf('topic', service.attributes),
      targetGroups: codesOf('targetGroup', service.attributes),
      languages: codes(service.languages),
    }),
    record('hsds_service', 'services', line, {
      service: service.id,
      languages: codes(service.languages),
      area,
      openingHours: encodeOpeningHours(openingHoursOf(service.schedules)),
      available24x7: flag(x?.available_24x7 ?? isRoundTheClock(service.schedules)),
      minAge: number(service.minimum_age),
      maxAge: number(service.maximum_age),
      selfReferral: flag(x?.self_referral),
      consentRequired: flag(x?.consent_required),
      cost: orNone(x?.cost),
      accessibility: x?.accessibility,
      interpreting: flag(x?.interpreting),
      boysMaxAge: number(x?.boys_max_age),
      capacityTotal: number(x ? x.capacity_total : capacity?.maximum),
      capacityFree: number(x ? x.capacity_free : capacity?.available),
      capacityReportedAt: orNone(x ? x.capacity_reported_at : capacity?.updated),
    }),
  ];
}

/** People of the extension, or else each contact of an organization as a person working there. */
function peopleRecords(document: ImportedDocument): ImportRecord[] {
  const x = document.x_schutznetz;
  if (!x || x.people.length === 0) {
    return document.organizations.flatMap((organization) =>
      organization.contacts.map((contact, index) => {
        const name = contact.name?.trim() ?? '';
        const [given, ...family] = contact.title ? name.split(/\s+/) : [];
        return record(
          'person',
          `organizations[${document.organizations.indexOf(organization)}].contacts`,
          index,
          {
            externalId: contact.id,
            givenName: family.length ? given : undefined,
            familyName: family.length ? family.join(' ') : undefined,
            functionTitle: orNone(contact.title) ?? name,
            institution: organization.id,
            email: orNone(contact.email),
            phone: contact.phones[0]?.number,
          },
        );
      }),
    );
  }
  const contacts = new Map(
    document.organizations.flatMap((o) =>
      o.contacts.map((contact) => [contact.id, contact] as const),
    ),
  );
  const firstContact = new Map<string, string>();
  for (const employment of x.employments) {
    if (employment.contact_id && !firstContact.has(employment.person_id)) {
      firstContact.set(employment.person_id, employment.contact_id);
    }
  }
  return [
    ...x.people.flatMap((person, index) => {
      const contact = contacts.get(firstContact.get(person.id) ?? '');
      return [
        record('person', 'x_schutznetz.people', index, {
          externalId: person.id,
          givenName: orNone(person.given_name),
          familyName: orNone(person.family_name),
          functionTitle: person.function_title,
          email: orNone(contact?.email ?? person.email),
          phone: contact?.phones[0]?.number ?? orNone(person.phone),
          languages: person.languages,
          listingBasis: orNone(person.listing_basis),
        }),
        record('hsds_person', 'x_schutznetz.people', index, {
          person: person.id,
          qualifications: person.qualifications,
          isFictional: flag(person.is_fictional),
        }),
      ];
    }),
    ...x.employments.map((employment, index) =>
      record('hsds_employment', 'x_schutznetz.employments', index, {
        person: employment.person_id,
        institution: employment.organization_id,
        role: orNone(employment.role),
        since: orNone(employment.since),
      }),
    ),
    ...x.expertise.map((item, index) =>
      record('hsds_expertise', 'x_schutznetz.expertise', index, {
        person: item.person_id,
        topic: item.topic,
        level: item.level,
        qualification: orNone(item.qualification),
        since: orNone(item.since),
        validUntil: orNone(item.valid_until),
      }),
    ),
  ];
}

/** A network's member as one list value: `organization|<id>|<role>|<since>`. */
export function memberValue(
  type: string,
  id: string,
  role: string,
  since: string | null | undefined,
): string {
  return [type, id, role, since ?? ''].join('|');
}

function extensionRecords(document: ImportedDocument): ImportRecord[] {
  const x = document.x_schutznetz;
  if (!x) return [];
  return [
    ...x.networks.map((network, index) =>
      record('hsds_network', 'x_schutznetz.networks', index, {
        externalId: network.id,
        name: network.name,
        kind: network.kind,
        description: orNone(network.description),
        area: network.area,
        members: x.memberships
          .filter((m) => m.network_id === network.id)
          .map((m) => memberValue(m.member_type, m.member_id, m.role, m.since)),
      }),
    ),
    ...x.referral_paths.map((path, index) =>
      record('hsds_referral_path', 'x_schutznetz.referral_paths', index, {
        externalId: path.id,
        from: path.from_organization_id,
        to: path.to_organization_id,
        routeTemplate: orNone(path.route_template),
        topics: path.topics,
        urgency: path.urgency,
        responseHours: number(path.response_hours),
        afterHours: path.after_hours,
        consent: orNone(path.consent),
        dataMode: orNone(path.data_mode),
        formalAgreement: flag(path.formal_agreement),
        conditions: orNone(path.conditions),
      }),
    ),
  ];
}

/** Every record of the document, in the order the engine plans kinds anyway. */
export function hsdsRecords(document: ImportedDocument, region: ImportRegionNames): ImportRecord[] {
  return [
    ...document.organizations.flatMap((organization, line) =>
      organizationRecords(organization, line, region),
    ),
    ...document.services.flatMap((service, line) => serviceRecords(service, line, region)),
    ...peopleRecords(document),
    ...extensionRecords(document),
  ];
}
