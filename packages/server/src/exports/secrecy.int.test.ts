import { DEMO_DATA } from '@schutznetz/demo-data';
import { PROTECTED_ADDRESS_KINDS } from '@schutznetz/domain';
import { hasRole, ROLES, type Role } from '../auth';
import { useTestApi } from '../test/fixtures';
import { searchableText } from '../test/file-text';
import { startTestApi } from '../test/graphql';
import { EXPORTS } from './registry';
import type { ExportFormat } from './types';

/**
 * Secrecy in every export (issue 14, point 6): every export of the registry, in every format,
 * downloaded as every role, never holds a shelter's address (not even one that slipped into the
 * database) and never a professional's personal contact for a role that may not see people.
 * Zipped files (XLSX, ZIP) are searched entry by entry, PDFs stream by stream.
 */

/**
 * The query each export needs to give a file: a new export gets a line here, or the test below
 * fails, so no export can be added without being searched.
 */
const EXAMPLE_QUERIES: Readonly<Record<string, string>> = {
  'training-plan': '?count=3',
  meetings: '',
  'capacity-report': '',
  'network-members': '?network=net:ak_gewalt',
  'network-graph': '',
  hsds: '',
  'import-template': '',
  contacts: '',
};

const TOKENS: Readonly<Record<Exclude<Role, 'public'>, string>> = {
  member: 'secrecy-member-token-0123456789',
  analyst: 'secrecy-analyst-token-0123456789',
  coordinator: 'secrecy-coordinator-token-0123456789',
  admin: 'secrecy-admin-token-0123456789',
};

const headersOf = (role: Role): Record<string, string> =>
  role === 'public' ? {} : { authorization: `Bearer ${TOKENS[role]}` };

/** Written into every shelter before the downloads: none of it may appear in any file. */
const SHELTER_STREET = 'Geheimweg 7';
const SHELTER_POSTAL_CODE = '39991';

describe('secrecy in every export, format and role (real Neo4j, demo data)', () => {
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: Object.entries(TOKENS)
        .map(([role, token]) => `${token}:${role}:Geheimhaltung ${role}`)
        .join(','),
    }),
  );

  /** Work phones and e-mails of people that are not also an institution's function contact. */
  let personalContacts: string[] = [];

  beforeAll(async () => {
    const shelters = await api.cypher<{ count: number }>(
      `MATCH (i:Institution) WHERE i.kind IN $kinds
       SET i.street = $street, i.postalCode = $postalCode
       RETURN count(i) AS count`,
      { kinds: PROTECTED_ADDRESS_KINDS, street: SHELTER_STREET, postalCode: SHELTER_POSTAL_CODE },
    );
    expect(Number(shelters[0]?.count)).toBeGreaterThan(0);
    const functional = await api.cypher<{ contact: string }>(
      `MATCH (i:Institution) UNWIND [i.phone, i.email] AS contact
       WITH contact WHERE contact IS NOT NULL RETURN DISTINCT contact`,
    );
    const shared = new Set(functional.map((row) => row.contact));
    const people = await api.cypher<{ contact: string }>(
      `MATCH (p:Person) UNWIND [p.phone, p.email] AS contact
       WITH contact WHERE contact IS NOT NULL RETURN DISTINCT contact`,
    );
    personalContacts = people.map((row) => row.contact).filter((c) => !shared.has(c));
    expect(personalContacts.length).toBeGreaterThan(20);
  });

  it('has an example query for every export in the registry', () => {
    const missing = EXPORTS.map((e) => e.name).filter((name) => !(name in EXAMPLE_QUERIES));
    expect(missing).toEqual([]);
  });

  it('finds what it looks for: a member’s Excel member list holds work contacts', async () => {
    const file = await api.download(
      `/export/network-members.xlsx${EXAMPLE_QUERIES['network-members'] ?? ''}`,
      headersOf('member'),
    );
    const text = searchableText('xlsx', file.body);
    expect(personalContacts.filter((contact) => text.includes(contact)).length).toBeGreaterThan(5);
  });

  it('lists to each role exactly the exports of its role or below', async () => {
    for (const role of ROLES) {
      const response = await api.download('/export', headersOf(role));
      const listed = (
        JSON.parse(response.body.toString('utf8')) as { exports: { name: string }[] }
      ).exports.map((e) => e.name);
      expect([role, listed]).toEqual([
        role,
        EXPORTS.filter((e) => hasRole({ role }, e.minRole)).map((e) => e.name),
      ]);
    }
  });

  const cases = EXPORTS.flatMap((definition) =>
    definition.formats.map((format): [string, ExportFormat] => [definition.name, format]),
  );

  it.each(cases)(
    '%s.%s holds no shelter address for any role and no personal contact for the public',
    async (name, format) => {
      const definition = EXPORTS.find((e) => e.name === name);
      const query = EXAMPLE_QUERIES[name];
      if (definition === undefined || query === undefined) {
        throw new Error(`no example query for the export '${name}' in EXAMPLE_QUERIES`);
      }
      for (const role of ROLES) {
        const file = await api.download(`/export/${name}.${format}${query}`, headersOf(role));
        const allowed = hasRole({ role }, definition.minRole);
        // A refused download answers an error, never the file.
        expect([role, file.status]).toEqual([role, allowed ? 200 : role === 'public' ? 401 : 403]);
        const text = searchableText(format, file.body);
        const leaks = [SHELTER_STREET, SHELTER_POSTAL_CODE].filter((s) => text.includes(s));
        if (!hasRole({ role }, 'member')) {
          leaks.push(...personalContacts.filter((contact) => text.includes(contact)));
        }
        expect({ file: `${name}.${format}`, role, leaks }).toEqual({
          file: `${name}.${format}`,
          role,
          leaks: [],
        });
      }
    },
    120_000,
  );
});
