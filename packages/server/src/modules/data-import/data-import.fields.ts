/**
 * What an import can fill, per kind of entry: the fields, the German headers that name them in a
 * coordinator's list (the first one is the template's), and the mapping proposed for a file's
 * headers. Pure data and functions, no I/O.
 */
import { foldText } from './data-import.values';

/** The kinds of entry a spreadsheet holds: one sheet (or CSV file) per kind. */
export const IMPORT_KINDS = ['institution', 'service', 'person', 'membership'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One field a column can be mapped to. */
export interface ImportField {
  readonly name: string;
  /** A row without a value here is refused. */
  readonly required: boolean;
  /** Several values in one cell, separated by `,`, `;`, `|` or line breaks. */
  readonly list: boolean;
  /** Headers that name this field (case, accents and punctuation do not matter); first: the template's. */
  readonly headers: readonly string[];
}

const field = (
  name: string,
  headers: readonly string[],
  options: { required?: boolean; list?: boolean } = {},
): ImportField => ({
  name,
  headers,
  required: options.required ?? false,
  list: options.list ?? false,
});

const EXTERNAL_ID = field('externalId', ['Externe ID', 'ID', 'Nr', 'Nummer', 'Kennung']);
const PHONE = field('phone', ['Telefon', 'Tel', 'Telefonnummer', 'Phone']);
const EMAIL = field('email', ['E-Mail', 'Email', 'Mail', 'E-Mail-Adresse']);
const LANGUAGES = field('languages', ['Sprachen', 'Sprache', 'Languages'], { list: true });

/** The fields of each kind, in the template's column order. */
export const IMPORT_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  institution: [
    EXTERNAL_ID,
    field('name', ['Name', 'Einrichtung', 'Bezeichnung', 'Name der Einrichtung'], {
      required: true,
    }),
    field('kind', ['Art', 'Typ', 'Art der Einrichtung', 'Einrichtungsart'], { required: true }),
    field('municipality', ['Gemeinde', 'Ort', 'Stadt', 'AGS', 'Gemeindeschlüssel'], {
      required: true,
    }),
    field('operator', ['Träger', 'Traeger']),
    field('street', ['Straße', 'Strasse', 'Adresse', 'Anschrift', 'Straße und Hausnummer']),
    field('postalCode', ['PLZ', 'Postleitzahl']),
    PHONE,
    EMAIL,
    field('website', ['Webseite', 'Website', 'Internet', 'Homepage', 'Internetseite']),
    LANGUAGES,
  ],
  service: [
    EXTERNAL_ID,
    field('institution', ['Einrichtung', 'Einrichtung ID', 'Anbieter'], { required: true }),
    field('name', ['Angebot', 'Name', 'Bezeichnung'], { required: true }),
    field('description', ['Beschreibung']),
    field('topics', ['Themen', 'Thema'], { required: true, list: true }),
    field('targetGroups', ['Zielgruppen', 'Zielgruppe'], { list: true }),
    LANGUAGES,
  ],
  person: [
    EXTERNAL_ID,
    field('givenName', ['Vorname']),
    field('familyName', ['Nachname', 'Familienname']),
    field('functionTitle', ['Funktion', 'Funktionsbezeichnung', 'Position'], { required: true }),
    field('institution', ['Einrichtung', 'Arbeitgeber', 'Einrichtung ID']),
    EMAIL,
    PHONE,
    LANGUAGES,
    field('listingBasis', ['Grundlage', 'Rechtsgrundlage', 'Grundlage der Veröffentlichung']),
  ],
  membership: [
    field('network', ['Netzwerk', 'Netzwerk ID'], { required: true }),
    field('institution', ['Einrichtung', 'Einrichtung ID']),
    field('person', ['Person', 'Person ID']),
    field('role', ['Rolle']),
    field('since', ['Seit', 'Mitglied seit']),
  ],
};

/** Names of sheets that hold each kind (the template's first), for a workbook's tabs. */
const SHEET_NAMES: Readonly<Record<ImportKind, readonly string[]>> = {
  institution: ['Einrichtungen', 'Einrichtung', 'Institutionen', 'Institutions'],
  service: ['Angebote', 'Angebot', 'Leistungen', 'Services'],
  person: ['Personen', 'Person', 'Ansprechpersonen', 'Fachkräfte', 'People'],
  membership: ['Mitgliedschaften', 'Mitgliedschaft', 'Netzwerke', 'Memberships'],
};

/** The template's sheet name of a kind. */
export function sheetNameOf(kind: ImportKind): string {
  return SHEET_NAMES[kind][0] ?? kind;
}

/** The kind a sheet (or a CSV file) holds, told by its name; undefined when the name says nothing. */
export function kindOfSheet(name: string): ImportKind | undefined {
  const folded = foldText(name.replace(/\.(csv|txt|xlsx)$/i, ''));
  return IMPORT_KINDS.find((kind) =>
    SHEET_NAMES[kind].some((candidate) => folded.includes(foldText(candidate))),
  );
}

/** One column of a file and the field it fills (null: left out). */
export interface ColumnMapping {
  readonly header: string;
  readonly field?: string | null;
}

/** The field a header names for `kind`, if any. */
export function fieldOfHeader(kind: ImportKind, header: string): ImportField | undefined {
  const folded = foldText(header);
  return IMPORT_FIELDS[kind].find((candidate) =>
    candidate.headers.some((name) => foldText(name) === folded),
  );
}

/** The mapping proposed for a file's headers: each known header to its field, once. */
export function proposeMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping[] {
  const used = new Set<string>();
  return headers.map((header) => {
    const found = fieldOfHeader(kind, header);
    if (!found || used.has(found.name)) return { header, field: null };
    used.add(found.name);
    return { header, field: found.name };
  });
}

/** The kind's fields by name. */
export function fieldsByName(kind: ImportKind): ReadonlyMap<string, ImportField> {
  return new Map(IMPORT_FIELDS[kind].map((item) => [item.name, item]));
}
