/**
 * The check that keeps case reviews and meeting minutes anonymous (decision 027): text that looks
 * like personal data of a private person — a name with a form of address, a given name with a
 * family name, a birth date, a street address or a postcode with a place, a phone number, an
 * e-mail address, an age next to a name — is found and named, so the server can refuse it at its
 * field and the client can show why. Institutions, laws, places, counts and dates of meetings
 * in prose are not personal data and pass. A heuristic, tuned to miss little: a refused
 * sentence can always be reworded ("die Mutter", "eine Nachbarin", "im Juni 2024").
 */
import type { LocalizedLabel } from '../taxonomy/types';

export type PersonalDataKind =
  'name' | 'birth_date' | 'address' | 'postal_code' | 'phone' | 'email' | 'age_with_name';

/** One piece of text that looks like personal data, as it stands in the text. */
export interface PersonalDataFinding {
  readonly kind: PersonalDataKind;
  readonly text: string;
  readonly index: number;
}

/** What each kind is called in a message ("ein Geburtsdatum"). */
export const PERSONAL_DATA_KIND_LABELS: Readonly<Record<PersonalDataKind, LocalizedLabel>> = {
  name: { de: 'Name einer Person', en: "a person's name" },
  birth_date: { de: 'Geburtsdatum', en: 'a birth date' },
  address: { de: 'Anschrift', en: 'a street address' },
  postal_code: { de: 'Postleitzahl mit Ort', en: 'a postcode with a place' },
  phone: { de: 'Telefonnummer', en: 'a phone number' },
  email: { de: 'E-Mail-Adresse', en: 'an e-mail address' },
  age_with_name: { de: 'Alter mit Name', en: 'an age with a name' },
};

const UPPER = 'A-ZÄÖÜ';
const LOWER = 'a-zäöüß';
/** A capitalised word such as a family name, hyphenated parts included ("Müller-Lüdenscheidt"). */
const CAPITALISED = `[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)*`;

/**
 * Common given names in Germany and among the county's families (a deliberately small list: a
 * given name followed by a family name is flagged, "Lea (5)" with an age too).
 */
const GIVEN_NAMES = new Set(
  (
    'Anna Maria Marie Sophie Sofia Emma Emilia Mia Hannah Hanna Lea Leonie Lena Laura Lina Ella ' +
    'Clara Klara Lisa Sarah Sara Julia Katharina Johanna Charlotte Paula Luisa Louisa Frieda Ida ' +
    'Greta Mila Nele Amelie Jana Jasmin Jessica Jennifer Nicole Sandra Stefanie Sabine Susanne ' +
    'Petra Monika Andrea Claudia Christina Kerstin Katrin Anja Silke Heike Manuela Melanie Nadine ' +
    'Daniela Martina Birgit Ute Ines Yvonne Tanja Nina Vanessa Michelle Chantal Jacqueline Ronja ' +
    'Fatma Ayse Ayşe Elif Zeynep Aleyna Amina Fatima Leila Olga Tatjana Svetlana Natalia Oksana ' +
    'Ben Paul Leon Luca Lukas Lucas Finn Noah Elias Jonas Felix Max Maximilian Moritz Tim Tom ' +
    'Jan Niklas Nils David Julian Jakob Jacob Philipp Alexander Simon Erik Eric Emil Anton Oskar ' +
    'Theo Henry Karl Carl Fritz Kevin Dennis Marcel Marco Mario Sven Stefan Steffen Thomas Michael ' +
    'Andreas Daniel Christian Markus Matthias Martin Frank Uwe Jens Jörg Torsten Ronny Rico Mike ' +
    'Peter Klaus Jürgen Dieter Wolfgang Hans Günter Horst Manfred Bernd Ralf Olaf Detlef Heiko ' +
    'Mehmet Ahmet Ali Mustafa Mohammed Mohammad Omar Yusuf Ibrahim Hassan Ivan Dmitri Sergej Igor'
  ).split(' '),
);

/** Nouns for people that follow an age ("14-jährige Jugendliche") and are no names. */
const PERSON_NOUNS = new Set(
  (
    'Jugendliche Jugendlicher Jugendlichen Kind Kinder Kindes Mädchen Junge Jungen Schülerin ' +
    'Schüler Tochter Sohn Mutter Vater Frau Mann Person Personen Betroffene Betroffener ' +
    'Geschwister Säugling Baby Kleinkind Klientin Klient Bewohnerin Bewohner Frauen Männer Eltern ' +
    'Teilnehmende Fachkräfte Fachkraft Auszubildende'
  ).split(' '),
);

/**
 * Endings of counted things after a five-digit number, so "12000 Einwohner" and "15000
 * Beratungsstunden" are no postcode with a place.
 */
const COUNTED_ENDINGS = (
  'einwohner einwohnerinnen euro eur fälle fällen menschen personen kinder frauen männer plätze ' +
  'platz beratungen beratung kontakte anrufe stunden haushalte familien mitglieder teilnehmende ' +
  'fachkräfte besuche termine exemplare'
).split(' ');

function isCounted(word: string): boolean {
  const lower = word.toLowerCase();
  return COUNTED_ENDINGS.some((ending) => lower.endsWith(ending));
}

/** Offices and roles after "Frau"/"Herr": "Frau Bürgermeisterin" names an office, not a client. */
const OFFICES = new Set(
  (
    'Bürgermeisterin Bürgermeister Oberbürgermeisterin Oberbürgermeister Landrätin Landrat ' +
    'Ministerin Minister Staatssekretärin Staatssekretär Präsidentin Präsident Vorsitzende ' +
    'Vorsitzender Kollegin Kollege Richterin Richter Staatsanwältin Staatsanwalt Abgeordnete ' +
    'Abgeordneter Beigeordnete Beigeordneter Dezernentin Dezernent Amtsleiterin Amtsleiter'
  ).split(' '),
);

/** Abbreviations of laws that take a number in brackets ("SGB (8)") — not a name with an age. */
const STATUTES = new Set(['SGB', 'BGB', 'StGB', 'GewSchG', 'KKG', 'Abs', 'Nr']);

interface Rule {
  readonly kind: PersonalDataKind;
  readonly pattern: RegExp;
  /** Drops a match that is none (the match's groups at hand). */
  readonly keep?: (match: RegExpExecArray) => boolean;
}

const STREET_SUFFIX =
  '(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|pfad|markt|hof)';

const RULES: readonly Rule[] = [
  {
    kind: 'email',
    pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi,
  },
  {
    kind: 'birth_date',
    // "geb. 12.03.1985", "geboren am 3.4.85", "Geburtsdatum: 12.03.1985", "* 12.03.1985", "DOB".
    pattern:
      /(?:\bgeb\.|\bgeboren(?:\s+am)?|\bgeburtsdatum:?|\bgeb\.-datum:?|\bborn(?:\s+on)?|\bdate of birth:?|\bdob:?|\*)\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b/giu,
  },
  {
    kind: 'birth_date',
    pattern: /\b(?:jahrgang|jg\.|geboren|geb\.|born(?:\s+in)?)\s*(?:19|20)\d{2}\b/giu,
  },
  {
    kind: 'address',
    // "Hauptstraße 12", "Lange Str. 3a", "Am Anger 5" is left to the postcode rule.
    pattern: new RegExp(
      `(?<![${UPPER}${LOWER}])[${UPPER}][${LOWER}-]*${STREET_SUFFIX}\\s+\\d{1,4}\\s?[a-z]?\\b`,
      'gu',
    ),
  },
  {
    kind: 'address',
    pattern: new RegExp(
      `\\b(?:${CAPITALISED}\\s+)?(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Ring|Gasse)\\s+(?:(?:der|des|am|an der)\\s+${CAPITALISED}\\s+)?\\d{1,4}\\s?[a-z]?\\b`,
      'gu',
    ),
  },
  {
    kind: 'postal_code',
    pattern: new RegExp(`(?<![\\d.,])\\b\\d{5}\\s+(${CAPITALISED})`, 'gu'),
    keep: (match) => !isCounted(match[1] ?? ''),
  },
  {
    kind: 'phone',
    // Starts with + or 0 and holds 7 or more digits; service numbers (0800, 116 xxx) pass.
    pattern: /(?<![\w/])(?:\+\d{1,3}|0)[\d ()/-]{5,}\d/g,
    keep: (match) => {
      const digits = match[0].replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) return false;
      return !/^(?:0800|0180|0900|116)/.test(digits);
    },
  },
  {
    kind: 'name',
    // "Frau Müller", "Herr M.", "Familie Schulz", "Mrs Smith"; not "Frauenhaus", "Frau und Kind".
    pattern: new RegExp(
      `\\b(?:Frau|Herrn?|Fr\\.|Hr\\.|Familie|Fam\\.|Mrs?\\.?|Ms\\.?|Miss)\\s+(?:(?:Dr|Prof)\\.\\s+)?(${CAPITALISED}|[${UPPER}]\\.)`,
      'gu',
    ),
    keep: (match) => !OFFICES.has(match[1] ?? ''),
  },
  {
    kind: 'name',
    // A common given name followed by a capitalised word: "Anna Müller", not "Anna-Schule".
    pattern: new RegExp(`(?<![-\\w])(${CAPITALISED})\\s+(${CAPITALISED})(?![-\\w])`, 'gu'),
    keep: (match) => GIVEN_NAMES.has(match[1] ?? '') && !/^[A-ZÄÖÜ]\.$/.test(match[2] ?? ''),
  },
  {
    kind: 'age_with_name',
    // "Lea (5)", "Tim, 14 Jahre", "Max, 12 J.".
    pattern: new RegExp(
      `(?<![-\\w])(${CAPITALISED})\\s*(?:\\(\\s*\\d{1,2}(?:\\s*J\\.?|\\s*Jahre)?\\s*\\)|,\\s*\\d{1,2}\\s*(?:Jahre|J\\.|years))`,
      'gu',
    ),
    keep: (match) => !PERSON_NOUNS.has(match[1] ?? '') && !STATUTES.has(match[1] ?? ''),
  },
  {
    kind: 'age_with_name',
    // "der 14-jährige Tim", "die 5jährige Lea"; not "14-jährige Jugendliche".
    pattern: new RegExp(`\\b\\d{1,2}\\s?-?\\s?jährige[rn]?\\s+(${CAPITALISED})`, 'gu'),
    keep: (match) => !PERSON_NOUNS.has(match[1] ?? ''),
  },
];

/**
 * Everything in `text` that looks like personal data, in the order it appears (one finding per
 * place: the first rule that matches there wins).
 */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      if (rule.keep && !rule.keep(match)) continue;
      const index = match.index;
      const end = index + match[0].length;
      const overlaps = findings.some(
        (found) => index < found.index + found.text.length && found.index < end,
      );
      if (!overlaps) findings.push({ kind: rule.kind, text: match[0].trim(), index });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

/** True when `text` holds nothing that looks like personal data. */
export function isFreeOfPersonalData(text: string): boolean {
  return findPersonalData(text).length === 0;
}

/**
 * The message for a refused field: what looked like personal data, quoted, in both languages
 * ("Sieht nach personenbezogenen Daten aus: Geburtsdatum „geb. 12.03.1985“ …").
 */
export function personalDataMessage(
  findings: readonly Pick<PersonalDataFinding, 'kind' | 'text'>[],
): LocalizedLabel {
  const listed = (language: 'de' | 'en') =>
    findings
      .map((finding) => {
        const label = PERSONAL_DATA_KIND_LABELS[finding.kind][language];
        return language === 'de' ? `${label} „${finding.text}“` : `${label} ("${finding.text}")`;
      })
      .join(', ');
  return {
    de: `Sieht nach personenbezogenen Daten aus: ${listed('de')}. Bitte anonymisieren (z. B. „die Mutter“, „im Juni 2024“).`,
    en: `Looks like personal data: ${listed('en')}. Please anonymise (e.g. "the mother", "in June 2024").`,
  };
}
