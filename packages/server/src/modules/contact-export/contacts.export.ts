import {
  fileSlug,
  hasProtectedAddress,
  institutionKindByCode,
  isInstitutionKindCode,
  type RegionCatalog,
} from '@schutznetz/domain';
import { maySeePeople } from '../../auth';
import type { Context } from '../../context';
import { InvalidInputError, NotFoundError } from '../../errors';
import type { ExportDefinition } from '../../exports/types';
import type { InstitutionRecord } from '../institution/institution.mapping';
import { displayName, type PersonRecord } from '../person/person.mapping';
import { toVcf, type ContactCard } from './vcard';

/** More than a county lists: the whole directory is one file, not a page. */
const MOST = 100_000;

const CATEGORY = 'Schutznetz';

/** An institution's function contact; a shelter's card has its phone and no address at all. */
export function institutionCard(
  institution: InstitutionRecord,
  region: RegionCatalog,
): ContactCard {
  const kind = isInstitutionKindCode(institution.kind) ? institution.kind : null;
  // The store never holds a shelter's address; should one slip in, the card still has none.
  const protectedAddress = kind === null || hasProtectedAddress(kind);
  const hasAddress = institution.street !== null || institution.postalCode !== null;
  const kindLabel = kind === null ? null : institutionKindByCode(kind).label.de;
  return {
    uid: `schutznetz:${institution.id}`,
    kind: 'institution',
    formattedName: institution.name,
    name: null,
    organization: institution.name,
    title: null,
    role: null,
    phone: institution.phone ?? null,
    email: institution.email ?? null,
    website: institution.website ?? null,
    address:
      protectedAddress || !hasAddress
        ? null
        : {
            street: institution.street,
            postalCode: institution.postalCode,
            locality: region.label(institution.municipality, 'de'),
          },
    categories: kindLabel === null ? [CATEGORY] : [CATEGORY, kindLabel],
    note:
      [
        kindLabel,
        institution.operator ? `Träger: ${institution.operator}` : null,
        institution.available24x7 ? 'Rund um die Uhr erreichbar' : null,
      ]
        .filter((line) => line !== null)
        .join('\n') || null,
  };
}

async function personCard(person: PersonRecord, context: Context): Promise<ContactCard> {
  const [employment] = await context.services.person.findEmployments(person.id);
  const employer = employment
    ? await context.services.institution.findById(employment.institutionId)
    : null;
  const contact = context.services.person.contactFor(person, context.viewer);
  const { givenName, familyName } = person;
  return {
    uid: `schutznetz:${person.id}`,
    kind: 'person',
    formattedName: displayName(person),
    name:
      givenName !== null && familyName !== null ? { family: familyName, given: givenName } : null,
    organization: employer?.name ?? null,
    title: person.functionTitle,
    role: employment?.role ?? null,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    website: null,
    address: null,
    categories: [CATEGORY, 'Fachkraft'],
    note: null,
  };
}

interface ContactFilter {
  readonly networks?: readonly string[];
  readonly municipalities?: readonly string[];
}

function optionalParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim();
  return value === undefined || value === '' ? null : value;
}

/** The optional filter by `network` and `municipality`, checked; and what it adds to the name. */
async function filterOf(
  params: URLSearchParams,
  context: Context,
  region: RegionCatalog,
): Promise<{ filter: ContactFilter; stem: string }> {
  const networkId = optionalParam(params, 'network');
  const municipality = optionalParam(params, 'municipality');
  let stem = 'kontakte';
  if (municipality !== null) {
    if (!region.isMunicipality(municipality)) {
      throw InvalidInputError.forField('municipality', `unknown municipality: ${municipality}`);
    }
    stem += `-${fileSlug(region.label(municipality, 'de'))}`;
  }
  if (networkId !== null) {
    const network = await context.services.network.findById(networkId);
    if (!network) throw new NotFoundError('Network', networkId, 'network');
    stem += `-${fileSlug(network.name)}`;
  }
  return {
    filter: {
      ...(networkId === null ? {} : { networks: [networkId] }),
      ...(municipality === null ? {} : { municipalities: [municipality] }),
    },
    stem,
  };
}

/**
 * `GET /export/contacts.vcf?network=&municipality=`: the function contacts of the institutions
 * (phone, e-mail, website, a public address — a shelter's card has only its phone and e-mail),
 * and for members and up the professionals with their function and work contacts, as vCard 3.0
 * for Outlook, Thunderbird and phones; optionally only a network's members or one municipality.
 */
export const CONTACTS_EXPORT: ExportDefinition = {
  name: 'contacts',
  formats: ['vcf'],
  minRole: 'public',
  describe: {
    de: 'Kontakte (vCard) für Outlook und Telefon: Funktionskontakte der Einrichtungen (ohne Anschrift der Frauenhäuser) und – ab Mitgliedern – Fachkräfte mit dienstlichen Kontakten; wahlweise je Netzwerk oder Gemeinde',
    en: 'Contacts (vCard) for Outlook and phones: function contacts of the institutions (no shelter address) and — from members up — professionals with their work contacts; optionally per network or municipality',
  },
  async produce({ params, context }) {
    const region = await context.services.region.catalog();
    const { filter, stem } = await filterOf(params, context, region);
    const page = { first: MOST, after: null };
    const institutions = await context.services.institution.list(filter, page);
    const cards = institutions.items.map((institution) => institutionCard(institution, region));
    if (maySeePeople(context.viewer)) {
      const people = await context.services.person.list(filter, page);
      cards.push(...(await Promise.all(people.items.map((p) => personCard(p, context)))));
    }
    return { filename: `${stem}.vcf`, body: await toVcf(cards) };
  },
};
