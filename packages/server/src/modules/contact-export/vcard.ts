/**
 * vCard 3.0 (RFC 2426) of function contacts and professionals, written with ical.js, which
 * escapes text and structured values and folds long lines. 3.0 rather than 4.0 (RFC 6350)
 * because Outlook imports 4.0 only partly and Android's contacts and Outlook both read 3.0 as
 * it is; nothing here needs 4.0 (no KIND, no RELATED).
 */
import type ICAL from 'ical.js' with { 'resolution-mode': 'import' };

type Ical = typeof ICAL;
type Component = InstanceType<Ical['Component']>;

/** A postal address; never one of a kind with a protected address (the caller leaves it out). */
export interface CardAddress {
  readonly street: string | null;
  readonly postalCode: string | null;
  readonly locality: string;
}

/** One contact card: an institution's function contact or a professional. */
export interface ContactCard {
  /** Stable id: a re-imported file updates the contact instead of adding it twice. */
  readonly uid: string;
  readonly kind: 'institution' | 'person';
  readonly formattedName: string;
  /** People: family and given name; null for an institution or a role contact without a name. */
  readonly name: { readonly family: string; readonly given: string } | null;
  /** The organisation: the institution, for people their employer. */
  readonly organization: string | null;
  /** People: their function (TITLE) and their role at the employer (ROLE). */
  readonly title: string | null;
  readonly role: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly website: string | null;
  readonly address: CardAddress | null;
  readonly categories: readonly string[];
  readonly note: string | null;
}

function add(
  ical: Ical,
  card: Component,
  name: string,
  value: string | string[],
  type?: string[],
): void {
  const property = new ical.Property(name, card);
  if (type !== undefined) property.setParameter('type', type);
  property.setValue(value);
  card.addProperty(property);
}

function vcard(ical: Ical, contact: ContactCard): Component {
  const card = new ical.Component('vcard');
  add(ical, card, 'version', '3.0');
  add(ical, card, 'uid', contact.uid);
  add(ical, card, 'fn', contact.formattedName);
  // N is required in 3.0; an institution's is empty, and Apple shows the card as a company.
  add(ical, card, 'n', [contact.name?.family ?? '', contact.name?.given ?? '', '', '', '']);
  if (contact.kind === 'institution') add(ical, card, 'x-abshowas', 'COMPANY');
  if (contact.organization != null) add(ical, card, 'org', [contact.organization]);
  if (contact.title != null) add(ical, card, 'title', contact.title);
  if (contact.role != null) add(ical, card, 'role', contact.role);
  if (contact.phone != null) add(ical, card, 'tel', contact.phone, ['WORK', 'VOICE']);
  if (contact.email != null) add(ical, card, 'email', contact.email, ['INTERNET', 'WORK']);
  if (contact.website != null) add(ical, card, 'url', contact.website);
  if (contact.address != null) {
    const { street, postalCode, locality } = contact.address;
    add(
      ical,
      card,
      'adr',
      ['', '', street ?? '', locality, '', postalCode ?? '', 'Deutschland'],
      ['WORK'],
    );
  }
  if (contact.categories.length > 0) {
    // CATEGORIES is a list of values, not one structured value.
    const categories = new ical.Property('categories', card);
    categories.setValues([...contact.categories]);
    card.addProperty(categories);
  }
  if (contact.note != null) add(ical, card, 'note', contact.note);
  return card;
}

/** The cards as the text of a .vcf file (CRLF lines, folded at 75 characters). */
export async function toVcf(cards: readonly ContactCard[]): Promise<string> {
  // ical.js is an ES module; the CommonJS server loads it on first use.
  const { default: ical } = await import('ical.js');
  return cards.map((card) => `${vcard(ical, card).toString()}\r\n`).join('');
}
