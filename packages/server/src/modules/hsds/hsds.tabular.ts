/**
 * `hsds.zip`: the HSDS tabular data package — `datapackage.json` and one CSV per table, at the
 * `path` the HSDS schema names (organizations.csv, services.csv, …), plus the extension's tables
 * (x_schutznetz_*.csv, listed in datapackage.json like the others). Nested HSDS objects become
 * rows of their own table linked by id; lists inside an extension row are JSON arrays (the data
 * package's `array` type). CSV here is plain RFC 4180 (comma, UTF-8, no byte order mark) as the
 * data package format expects, not the German Excel dialect of the other exports.
 */
import { stringify } from 'csv-stringify/sync';
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type { HsdsDocument } from './hsds.types';

type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'datetime';

/** One column of a table, as the data package describes it. */
export interface TableField {
  readonly name: string;
  readonly type: FieldType;
  readonly format?: 'uuid' | 'email' | 'uri';
}

/** A row: an HSDS object (or extension record) whose plain fields fill the columns. */
type Row = object;

/** A table of the package: its resource name, file and columns, and its rows from a document. */
export interface TableSpec {
  readonly name: string;
  readonly path: string;
  readonly description: string;
  readonly fields: readonly TableField[];
  readonly rows: (document: HsdsDocument) => readonly Row[];
  /** The table is Schutznetz's extension, not HSDS. */
  readonly extension?: boolean;
}

const id = (name: string): TableField => ({ name, type: 'string', format: 'uuid' });
const text = (name: string): TableField => ({ name, type: 'string' });
const num = (name: string): TableField => ({ name, type: 'number' });
const bool = (name: string): TableField => ({ name, type: 'boolean' });
const list = (name: string): TableField => ({ name, type: 'array' });

const locations = (doc: HsdsDocument) => doc.organizations.flatMap((o) => o.locations);

/** The HSDS tables Schutznetz fills, in the order of the HSDS data package. */
const HSDS_TABLES: readonly TableSpec[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    description: 'Einrichtungen',
    fields: [
      id('id'),
      text('name'),
      text('description'),
      { name: 'email', type: 'string', format: 'email' },
      { name: 'website', type: 'string', format: 'uri' },
    ],
    rows: (doc) => doc.organizations,
  },
  {
    name: 'service',
    path: 'services.csv',
    description: 'Angebote',
    fields: [
      id('id'),
      id('organization_id'),
      text('name'),
      text('description'),
      text('status'),
      num('minimum_age'),
      num('maximum_age'),
      text('interpretation_services'),
      text('fees_description'),
      text('eligibility_description'),
    ],
    rows: (doc) => doc.services,
  },
  {
    name: 'location',
    path: 'locations.csv',
    description: 'Standorte (bei geschützten Anschriften ohne Adresse)',
    fields: [
      id('id'),
      text('location_type'),
      id('organization_id'),
      text('name'),
      text('description'),
    ],
    rows: locations,
  },
  {
    name: 'address',
    path: 'addresses.csv',
    description: 'Anschriften (nie die eines Frauenhauses)',
    fields: [
      id('id'),
      id('location_id'),
      text('address_1'),
      text('city'),
      text('state_province'),
      text('postal_code'),
      text('country'),
      text('address_type'),
    ],
    rows: (doc) => locations(doc).flatMap((l) => l.addresses),
  },
  {
    name: 'service_at_location',
    path: 'service_at_location.csv',
    description: 'Angebote an Standorten',
    fields: [id('id'), id('service_id'), id('location_id')],
    rows: (doc) => doc.services.flatMap((s) => s.service_at_locations),
  },
  {
    name: 'phone',
    path: 'phones.csv',
    description: 'Rufnummern der Einrichtungen und (ab Mitgliedern) der Fachkräfte',
    fields: [
      id('id'),
      id('organization_id'),
      id('contact_id'),
      text('number'),
      text('type'),
      text('description'),
    ],
    rows: (doc) =>
      doc.organizations.flatMap((o) => [...o.phones, ...o.contacts.flatMap((c) => c.phones)]),
  },
  {
    name: 'contact',
    path: 'contacts.csv',
    description: 'Fachkräfte als Kontakte (ab Mitgliedern)',
    fields: [
      id('id'),
      id('organization_id'),
      text('name'),
      text('title'),
      text('department'),
      { name: 'email', type: 'string', format: 'email' },
    ],
    rows: (doc) => doc.organizations.flatMap((o) => o.contacts),
  },
  {
    name: 'schedule',
    path: 'schedules.csv',
    description: 'Öffnungszeiten',
    fields: [
      id('id'),
      id('service_id'),
      id('location_id'),
      text('freq'),
      text('wkst'),
      text('byday'),
      text('opens_at'),
      text('closes_at'),
      text('description'),
    ],
    rows: (doc) => [
      ...locations(doc).flatMap((l) => l.schedules),
      ...doc.services.flatMap((s) => s.schedules),
    ],
  },
  {
    name: 'service_area',
    path: 'service_areas.csv',
    description: 'Einzugsgebiete der Angebote',
    fields: [id('id'), id('service_id'), text('name'), text('extent_type'), text('uri')],
    rows: (doc) => doc.services.flatMap((s) => s.service_areas),
  },
  {
    name: 'language',
    path: 'languages.csv',
    description: 'Sprachen',
    fields: [id('id'), id('service_id'), id('location_id'), text('code')],
    rows: (doc) => [
      ...locations(doc).flatMap((l) => l.languages),
      ...doc.services.flatMap((s) => s.languages),
    ],
  },
  {
    name: 'accessibility',
    path: 'accessibility.csv',
    description: 'Barrierefreiheit der Standorte',
    fields: [id('id'), id('location_id'), text('description')],
    rows: (doc) => locations(doc).flatMap((l) => l.accessibility),
  },
  {
    name: 'unit',
    path: 'units.csv',
    description: 'Einheiten der Kapazitäten',
    fields: [id('id'), text('name'), text('scheme'), text('identifier')],
    rows: (doc) => {
      const units = doc.services.flatMap((s) => s.capacities.map((c) => c.unit));
      return [...new Map(units.map((u) => [u.id, u])).values()];
    },
  },
  {
    name: 'service_capacity',
    path: 'service_capacity.csv',
    description: 'Plätze (gesamt und frei)',
    fields: [
      id('id'),
      id('service_id'),
      id('unit_id'),
      num('available'),
      num('maximum'),
      text('description'),
      { name: 'updated', type: 'datetime' },
    ],
    rows: (doc) =>
      doc.services.flatMap((s) => s.capacities.map((c) => ({ ...c, unit_id: c.unit.id }))),
  },
  {
    name: 'attribute',
    path: 'attributes.csv',
    description: 'Einordnung nach Thema, Zielgruppe und Art der Einrichtung',
    fields: [
      id('id'),
      id('link_id'),
      id('taxonomy_term_id'),
      text('link_type'),
      text('link_entity'),
      text('label'),
    ],
    rows: (doc) => [
      ...doc.organizations.flatMap((o) => o.attributes),
      ...doc.services.flatMap((s) => s.attributes),
    ],
  },
  {
    name: 'taxonomy',
    path: 'taxonomies.csv',
    description: 'Schutznetz-Taxonomien',
    fields: [id('id'), text('name'), text('description'), text('version')],
    rows: (doc) => doc.taxonomies,
  },
  {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    description: 'Begriffe der Schutznetz-Taxonomien',
    fields: [
      id('id'),
      text('code'),
      text('name'),
      text('description'),
      id('parent_id'),
      text('taxonomy'),
      id('taxonomy_id'),
      text('language'),
    ],
    rows: (doc) => doc.taxonomy_terms,
  },
];

/** The extension's tables (docs/hsds-extension.md). */
const EXTENSION_TABLES: readonly TableSpec[] = (
  [
    {
      name: 'x_schutznetz_organization',
      path: 'x_schutznetz_organizations.csv',
      description: 'Schutznetz: Angaben zu Einrichtungen, die HSDS nicht kennt',
      fields: [
        id('organization_id'),
        text('kind'),
        text('operator'),
        text('municipality'),
        text('municipality_name'),
        text('postal_code'),
        bool('available_24x7'),
        list('accessibility'),
        text('source_url'),
        text('last_verified_at'),
        bool('is_fictional'),
      ],
      rows: (doc) => doc.organizations.map((o) => ({ organization_id: o.id, ...o.x_schutznetz })),
    },
    {
      name: 'x_schutznetz_service',
      path: 'x_schutznetz_services.csv',
      description: 'Schutznetz: Angaben zu Angeboten, die HSDS nicht kennt',
      fields: [
        id('service_id'),
        list('area'),
        bool('available_24x7'),
        bool('self_referral'),
        bool('consent_required'),
        text('cost'),
        list('accessibility'),
        bool('interpreting'),
        num('boys_max_age'),
        num('capacity_total'),
        num('capacity_free'),
        text('capacity_reported_at'),
      ],
      rows: (doc) => doc.services.map((s) => ({ service_id: s.id, ...s.x_schutznetz })),
    },
    {
      name: 'x_schutznetz_person',
      path: 'x_schutznetz_people.csv',
      description: 'Schutznetz: Fachkräfte (ab Mitgliedern)',
      fields: [
        id('id'),
        text('given_name'),
        text('family_name'),
        text('function_title'),
        list('languages'),
        list('qualifications'),
        text('listing_basis'),
        bool('is_fictional'),
        text('email'),
        text('phone'),
      ],
      rows: (doc) => doc.x_schutznetz.people,
    },
    {
      name: 'x_schutznetz_employment',
      path: 'x_schutznetz_employments.csv',
      description: 'Schutznetz: wer wo tätig ist (ab Mitgliedern)',
      fields: [
        id('id'),
        id('person_id'),
        id('organization_id'),
        id('contact_id'),
        text('role'),
        text('since'),
      ],
      rows: (doc) => doc.x_schutznetz.employments,
    },
    {
      name: 'x_schutznetz_expertise',
      path: 'x_schutznetz_expertise.csv',
      description: 'Schutznetz: Expertise der Fachkräfte nach Thema und Niveau (ab Mitgliedern)',
      fields: [
        id('id'),
        id('person_id'),
        text('topic'),
        id('topic_term_id'),
        text('level'),
        text('qualification'),
        text('since'),
        text('valid_until'),
      ],
      rows: (doc) => doc.x_schutznetz.expertise,
    },
    {
      name: 'x_schutznetz_referral_path',
      path: 'x_schutznetz_referral_paths.csv',
      description: 'Schutznetz: Verweisungswege zwischen Einrichtungen',
      fields: [
        id('id'),
        id('from_organization_id'),
        id('to_organization_id'),
        text('route_template'),
        list('topics'),
        text('urgency'),
        num('response_hours'),
        text('after_hours'),
        text('consent'),
        text('data_mode'),
        bool('formal_agreement'),
        text('conditions'),
      ],
      rows: (doc) => doc.x_schutznetz.referral_paths,
    },
    {
      name: 'x_schutznetz_network',
      path: 'x_schutznetz_networks.csv',
      description: 'Schutznetz: Netzwerke',
      fields: [id('id'), text('name'), text('kind'), text('description'), list('area')],
      rows: (doc) => doc.x_schutznetz.networks,
    },
    {
      name: 'x_schutznetz_membership',
      path: 'x_schutznetz_memberships.csv',
      description: 'Schutznetz: Mitgliedschaften in Netzwerken',
      fields: [
        id('id'),
        id('network_id'),
        text('member_type'),
        id('member_id'),
        text('role'),
        text('since'),
      ],
      rows: (doc) => doc.x_schutznetz.memberships,
    },
  ] satisfies TableSpec[]
).map((table) => ({ ...table, extension: true }));

export const TABLES: readonly TableSpec[] = [...HSDS_TABLES, ...EXTENSION_TABLES];

function cell(value: unknown, type: FieldType): string {
  if (value === null || value === undefined) return '';
  if (type !== 'array' && typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** One table as CSV with a header line. */
export function tableCsv(table: TableSpec, document: HsdsDocument): string {
  const rows = table
    .rows(document)
    .map((row) =>
      table.fields.map((field) => cell((row as Record<string, unknown>)[field.name], field.type)),
    );
  return stringify([table.fields.map((field) => field.name), ...rows]);
}

/** `datapackage.json`: the package's resources with their columns (Frictionless Data Package). */
export function datapackageOf(document: HsdsDocument): object {
  return {
    name: 'schutznetz-hsds',
    title: document.publisher,
    profile: 'tabular-data-package',
    created: document.generated_at,
    hsds_version: document.hsds_version,
    resources: TABLES.map((table) => ({
      name: table.name,
      path: table.path,
      description: table.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: table.fields.map((field) => ({ ...field })),
        primaryKey: table.fields[0]?.name,
      },
      ...(table.extension ? { x_schutznetz: true } : {}),
    })),
  };
}

/**
 * A zip of `files`: fflate writes the archive, Node's zlib deflates each file (native, several
 * times faster than fflate's own deflate on the 90 MB of a large county).
 */
function zipOf(files: Readonly<Record<string, Buffer>>): Buffer {
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const archive = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else chunks.push(chunk);
  });
  for (const [filename, data] of Object.entries(files)) {
    const file: ZipInputFile = { filename, size: data.length, crc: crc32(data), compression: 8 };
    archive.add(file);
    file.ondata?.(null, deflateRawSync(data), true);
  }
  archive.end();
  if (failures[0]) throw failures[0];
  return Buffer.concat(chunks);
}

/** The data package as a zip: datapackage.json and every table's CSV. */
export function hsdsZip(document: HsdsDocument): Buffer {
  const files: Record<string, Buffer> = {
    'datapackage.json': Buffer.from(JSON.stringify(datapackageOf(document), null, 2), 'utf8'),
  };
  for (const table of TABLES) files[table.path] = Buffer.from(tableCsv(table, document), 'utf8');
  return zipOf(files);
}
