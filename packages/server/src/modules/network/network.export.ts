import {
  fileSlug,
  hasProtectedAddress,
  institutionKindByCode,
  isInstitutionKindCode,
  type MembershipRole,
} from '@schutznetz/domain';
import { maySeePeople, type Viewer } from '../../auth';
import type { Context } from '../../context';
import { InvalidInputError, NotFoundError } from '../../errors';
import { toCsv, type TableColumn } from '../../exports/csv';
import type { ExportDefinition } from '../../exports/types';
import { toXlsx } from '../../exports/xlsx';
import type { InstitutionRecord } from '../institution/institution.mapping';
import type { PersonRecord } from '../person/person.mapping';
import type { MembershipRecord } from './network.repository';
import { currentRegion } from '../region/region.current';

/** A network role as the member list names it. */
export const MEMBERSHIP_ROLE_DE: Readonly<Record<MembershipRole, string>> = {
  coordinator: 'Koordination',
  member: 'Mitglied',
  guest: 'Gast',
};

/** Coordination first, then members, then guests. */
const ROLE_ORDER: Readonly<Record<MembershipRole, number>> = {
  coordinator: 0,
  member: 1,
  guest: 2,
};

/** One line of the member list: an institution or a person with what the viewer may see. */
export interface MemberRow {
  readonly role: MembershipRole;
  readonly kind: 'institution' | 'person';
  readonly name: string;
  /** The kind of institution, or the person's function. */
  readonly what: string;
  /** Where a person works (institution names). */
  readonly workplace: string;
  readonly municipality: string;
  readonly address: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly since: string | null;
}

/** Written instead of a protected address: a women's shelter's is never given out. */
export const PROTECTED_ADDRESS = 'Adresse geschützt';

function institutionRow(membership: MembershipRecord, institution: InstitutionRecord): MemberRow {
  const kind = isInstitutionKindCode(institution.kind) ? institution.kind : null;
  // The store never holds a shelter's address; should one slip in, the list still withholds it.
  const protectedAddress = kind !== null && hasProtectedAddress(kind);
  const address = [institution.street, institution.postalCode].filter(Boolean).join(', ');
  return {
    role: membership.role,
    kind: 'institution',
    name: institution.name,
    what: kind ? institutionKindByCode(kind).label.de : '',
    workplace: '',
    municipality: currentRegion().isRegion(institution.municipality)
      ? currentRegion().label(institution.municipality)
      : '',
    address: protectedAddress ? PROTECTED_ADDRESS : address,
    phone: institution.phone,
    email: institution.email,
    since: membership.since,
  };
}

async function personRow(
  membership: MembershipRecord,
  person: PersonRecord,
  context: Context,
): Promise<MemberRow> {
  const employments = await context.services.person.findEmployments(person.id);
  const workplaces = await Promise.all(
    employments.map((employment) =>
      context.services.institution.findById(employment.institutionId),
    ),
  );
  const contact = context.services.person.contactFor(person, context.viewer);
  return {
    role: membership.role,
    kind: 'person',
    name:
      person.givenName && person.familyName
        ? `${person.givenName} ${person.familyName}`
        : person.functionTitle,
    what: person.functionTitle,
    workplace: workplaces
      .flatMap((institution) => (institution ? [institution.name] : []))
      .join(', '),
    municipality: '',
    address: '',
    phone: contact.phone,
    email: contact.email,
    since: membership.since,
  };
}

/**
 * The members of a network as the viewer may see them: institutions for everyone, people (with
 * their function and work contacts) for members and up, never a protected address.
 */
export async function memberRows(networkId: string, context: Context): Promise<MemberRow[]> {
  const viewer: Viewer = context.viewer;
  const memberships = await context.services.network.membersOf(networkId, viewer);
  const rows = await Promise.all(
    memberships.map(async (membership): Promise<MemberRow | null> => {
      if (membership.memberKind === 'institution') {
        const institution = await context.services.institution.findById(membership.memberId);
        return institution ? institutionRow(membership, institution) : null;
      }
      if (!maySeePeople(viewer)) return null;
      const person = await context.services.person.findById(membership.memberId);
      return person ? personRow(membership, person, context) : null;
    }),
  );
  const collator = new Intl.Collator('de');
  return rows
    .filter((row): row is MemberRow => row !== null)
    .sort(
      (a, b) =>
        ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
        Number(a.kind === 'person') - Number(b.kind === 'person') ||
        collator.compare(a.name, b.name),
    );
}

const COLUMNS: readonly TableColumn<MemberRow>[] = [
  { header: 'Rolle im Netzwerk', value: (row) => MEMBERSHIP_ROLE_DE[row.role] },
  { header: 'Mitglied als', value: (row) => (row.kind === 'person' ? 'Fachkraft' : 'Einrichtung') },
  { header: 'Name', value: (row) => row.name },
  { header: 'Art oder Funktion', value: (row) => row.what },
  { header: 'Tätig bei', value: (row) => row.workplace },
  { header: 'Gemeinde', value: (row) => row.municipality },
  { header: 'Anschrift', value: (row) => row.address },
  { header: 'Telefon (dienstlich)', value: (row) => row.phone },
  { header: 'E-Mail (dienstlich)', value: (row) => row.email },
  { header: 'Mitglied seit', value: (row) => row.since },
];

/** "mitglieder-arbeitskreis-gegen-gewalt" from the network's name. */
function fileStem(name: string): string {
  return `mitglieder-${fileSlug(name) || 'netzwerk'}`;
}

/**
 * `GET /export/network-members.csv|xlsx?network=<id>`: a network's member list with German role
 * names (Koordination, Mitglied, Gast). Everyone may download it; the public gets the member
 * institutions only, members and up also the people with their function and work contacts.
 */
export const NETWORK_MEMBERS_EXPORT: ExportDefinition = {
  name: 'network-members',
  formats: ['csv', 'xlsx'],
  minRole: 'public',
  describe: {
    de: 'Mitgliederliste eines Netzwerks: Rolle (Koordination, Mitglied, Gast), Einrichtungen und – ab Mitgliedern – Fachkräfte mit dienstlichen Kontakten',
    en: "A network's member list: role (coordination, member, guest), institutions and — from members up — professionals with their work contacts",
  },
  async produce({ format, params, context }) {
    const networkId = params.get('network')?.trim() ?? '';
    if (networkId === '') {
      throw InvalidInputError.forField('network', 'Name the network: ?network=<id>.');
    }
    const network = await context.services.network.findById(networkId);
    if (!network) throw new NotFoundError('Network', networkId, 'network');
    const rows = await memberRows(networkId, context);
    const stem = fileStem(network.name);
    if (format === 'csv') return { filename: `${stem}.csv`, body: toCsv(COLUMNS, rows) };
    const day = new Date().toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' });
    const caption = maySeePeople(context.viewer)
      ? `Stand: ${day}`
      : `Stand: ${day}; Fachkräfte sehen nur angemeldete Mitglieder des Netzwerks.`;
    const body = await toXlsx([
      { name: 'Mitglieder', title: `Mitglieder: ${network.name}`, caption, columns: COLUMNS, rows },
    ]);
    return { filename: `${stem}.xlsx`, body };
  },
};
