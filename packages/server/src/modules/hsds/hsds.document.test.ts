import { DEMO_DATA, DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import { hasProtectedAddress, isInstitutionKindCode, type GraphDataSet } from '@schutznetz/domain';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { hsdsDocumentOf } from './hsds.document';
import { hsdsId } from './hsds.ids';
import { HsdsSchemas } from './hsds.schema-check';
import { hsdsZip, TABLES } from './hsds.tabular';
import type { HsdsDocument } from './hsds.types';

const schemas = new HsdsSchemas();
const NOW = new Date('2026-12-06T10:00:00Z');

function exportAs(role: 'public' | 'member', data: GraphDataSet = DEMO_DATA): HsdsDocument {
  return hsdsDocumentOf(data, { role }, DEMO_REGION_CATALOG, NOW);
}

const shelters = DEMO_DATA.institutions.filter(
  (i) => isInstitutionKindCode(i.kind) && hasProtectedAddress(i.kind),
);

describe('HSDS JSON export of the demo directory', () => {
  const member = exportAs('member');
  const open = exportAs('public');

  it.each([
    ['public', open],
    ['member', member],
  ])('validates every organization and service against the HSDS 3.1 schemas (%s)', (_, doc) => {
    expect(doc.organizations).toHaveLength(DEMO_DATA.institutions.length);
    expect(doc.services).toHaveLength(DEMO_DATA.services.length);
    const problems = [
      ...doc.organizations.flatMap((o) =>
        schemas.errors('organization', o).map((e) => `${o.name}${e}`),
      ),
      ...doc.services.flatMap((s) => schemas.errors('service', s).map((e) => `${s.name}${e}`)),
      ...doc.taxonomies.flatMap((t) => schemas.errors('taxonomy', t)),
      ...doc.taxonomy_terms.flatMap((t) => schemas.errors('taxonomy_term', t)),
    ];
    expect(problems).toEqual([]);
  });

  it('fails the schema check on a broken organization (no name) and a broken service area id', () => {
    const [organization] = member.organizations;
    const [service] = member.services.filter((s) => s.service_areas.length > 0);
    const nameless = Object.fromEntries(
      Object.entries(organization!).filter(([key]) => key !== 'name'),
    );
    const badArea = {
      ...service!,
      service_areas: [{ ...service!.service_areas[0]!, id: 'area-1' }],
    };
    expect(schemas.errors('organization', nameless)).toContain(
      "/: must have required property 'name'",
    );
    expect(schemas.errors('service', badArea)).toContain(
      '/service_areas/0/id: must match format "uuid"',
    );
  });

  it('derives the same UUIDs from the same Schutznetz ids in every export', () => {
    const again = exportAs('member');
    const first = DEMO_DATA.institutions[0]!;
    expect(member.organizations[0]!.id).toBe(hsdsId('organization', first.id));
    // Pinned: a changed namespace or name scheme would give every exported entry a new id.
    expect(hsdsId('organization', 'org:frauenhaus_biwo')).toBe(
      '500c42ce-9022-501c-808e-37a23d544e99',
    );
    expect(again.organizations.map((o) => o.id)).toEqual(member.organizations.map((o) => o.id));
    expect(again.services.map((s) => s.id)).toEqual(member.services.map((s) => s.id));
    expect(new Set(member.organizations.map((o) => o.id)).size).toBe(member.organizations.length);
  });

  it("gives a shelter's location no address, for any role", () => {
    expect(shelters.length).toBeGreaterThan(0);
    for (const doc of [open, member]) {
      for (const shelter of shelters) {
        const organization = doc.organizations.find(
          (o) => o.id === hsdsId('organization', shelter.id),
        )!;
        expect(organization.locations).toHaveLength(1);
        expect(organization.locations[0]!.addresses).toEqual([]);
      }
    }
  });

  it('lists professionals as contacts with their work phone for members, none for the public', () => {
    const withPeople = member.organizations.flatMap((o) => o.contacts);
    expect(withPeople.length).toBe(DEMO_DATA.worksAt.length);
    expect(withPeople.some((c) => c.phones.length > 0 && c.email)).toBe(true);
    expect(open.organizations.flatMap((o) => o.contacts)).toEqual([]);
    expect(open.x_schutznetz.people).toEqual([]);
    expect(open.x_schutznetz.expertise).toEqual([]);
    expect(open.x_schutznetz.memberships.every((m) => m.member_type === 'organization')).toBe(true);
    expect(open.x_schutznetz.referral_paths.some((p) => 'consent' in p)).toBe(false);
    expect(member.x_schutznetz.referral_paths).toHaveLength(DEMO_DATA.referralPaths.length);
  });

  it('classifies services by topic and target group with German terms and names areas by municipality', () => {
    const service = member.services.find(
      (s) => s.service_areas.length > 0 && s.attributes.length > 0,
    )!;
    const terms = new Map(member.taxonomy_terms.map((t) => [t.id, t]));
    for (const attribute of service.attributes)
      expect(terms.has(attribute.taxonomy_term_id)).toBe(true);
    expect(member.taxonomy_terms.find((t) => t.code === 'domestic_violence')?.name).toBe(
      'Häusliche Gewalt / Partnerschaftsgewalt',
    );
    const names = new Set(DEMO_REGION_CATALOG.all.map((r) => r.name.de));
    for (const area of service.service_areas) expect(names.has(area.name)).toBe(true);
  });
});

/** A CSV row as an object: empty cells left out, numbers and lists typed as the package says. */
function rowObject(
  row: Record<string, string>,
  fields: readonly { name: string; type: string }[],
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const field of fields) {
    const cell = row[field.name] ?? '';
    if (cell === '') continue;
    if (field.type === 'number') object[field.name] = Number(cell);
    else if (field.type === 'boolean') object[field.name] = cell === 'true';
    else if (field.type === 'array') object[field.name] = JSON.parse(cell) as unknown;
    else object[field.name] = cell;
  }
  return object;
}

interface Resource {
  name: string;
  path: string;
  profile: string;
  schema: { fields: { name: string; type: string }[]; primaryKey: string };
  x_schutznetz?: boolean;
}

describe('HSDS tabular data package', () => {
  const doc = exportAs('member');
  const files = unzipSync(hsdsZip(doc));
  const datapackage = JSON.parse(strFromU8(files['datapackage.json']!)) as {
    profile: string;
    resources: Resource[];
  };
  const tables = new Map(
    datapackage.resources.map((resource) => [
      resource.name,
      parse<Record<string, string>>(strFromU8(files[resource.path]!), { columns: true }),
    ]),
  );

  it('lists every CSV of the zip in datapackage.json, HSDS tables at the paths their schemas name', () => {
    expect(datapackage.profile).toBe('tabular-data-package');
    expect(Object.keys(files).sort()).toEqual(
      ['datapackage.json', ...datapackage.resources.map((r) => r.path)].sort(),
    );
    const byName = new Map([...schemas.files.values()].map((schema) => [schema.name, schema]));
    for (const resource of datapackage.resources) {
      expect(resource.profile).toBe('tabular-data-resource');
      if (resource.x_schutznetz) {
        expect(resource.path).toMatch(/^x_schutznetz_\w+\.csv$/);
        continue;
      }
      const schema = byName.get(resource.name);
      expect(schema?.path).toBe(resource.path);
      const known = new Set([...Object.keys(schema!.properties), 'unit_id']);
      expect(resource.schema.fields.map((f) => f.name).filter((f) => !known.has(f))).toEqual([]);
    }
    expect(TABLES.filter((t) => t.extension).map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'x_schutznetz_referral_path',
        'x_schutznetz_expertise',
        'x_schutznetz_network',
        'x_schutznetz_membership',
      ]),
    );
  });

  it('turns every row of an HSDS table back into an object that validates against its schema', () => {
    const units = new Map((tables.get('unit') ?? []).map((row) => [row['id'], row]));
    const problems: string[] = [];
    for (const resource of datapackage.resources.filter((r) => !r.x_schutznetz)) {
      for (const row of tables.get(resource.name) ?? []) {
        const object = rowObject(row, resource.schema.fields);
        if (resource.name === 'service_capacity') {
          object['unit'] = rowObject(units.get(row['unit_id'])!, [
            { name: 'id', type: 'string' },
            { name: 'name', type: 'string' },
          ]);
        }
        problems.push(
          ...schemas.errors(resource.name, object).map((e) => `${resource.path} ${row['id']}${e}`),
        );
      }
    }
    expect(problems).toEqual([]);
    expect(tables.get('organization')).toHaveLength(doc.organizations.length);
    expect(tables.get('x_schutznetz_referral_path')).toHaveLength(DEMO_DATA.referralPaths.length);
  });

  it('writes no address row for a shelter', () => {
    const shelterLocations = new Set(shelters.map((s) => hsdsId('location', s.id)));
    const addresses = tables.get('address') ?? [];
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((row) => shelterLocations.has(row['location_id']!))).toEqual([]);
  });
});
