/**
 * Values as people write them in a list, turned into the codes the graph stores: kinds, topics,
 * target groups, languages, roles by their German (or English) label or by code; municipalities
 * through the loaded region, by name or AGS, with the nearest name offered when none fits.
 */
import {
  INSTITUTION_KINDS,
  LANGUAGES,
  LISTING_BASES,
  MEMBERSHIP_ROLES,
  TARGET_GROUPS,
  TOPICS,
  foldName,
  type LocalizedLabel,
} from '@schutznetz/domain';

/**
 * Text as matching compares it: the region's own folding, so a name finds the same entries as a
 * municipality does ("Köthen (Anhalt)" → "kothen anhalt").
 */
export const foldText = foldName;

/** The values of a list cell: separated by `,`, `;`, `|` or line breaks, blanks dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[,;|\n\r]+/)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** A code with the labels people may write for it. */
export interface Labelled {
  readonly code: string;
  readonly label: LocalizedLabel;
  /** More names people use. */
  readonly also?: readonly string[];
}

/**
 * A lookup from what people write to a code: the code itself, a label (German or English), a
 * part of a label split at " / " ("Frauenhaus" for "Frauenhaus / Frauen- und Kinderschutzhaus"),
 * or the start of exactly one label.
 */
export class CodeLookup {
  private readonly exact = new Map<string, string>();
  private readonly names: { folded: string; code: string }[] = [];

  constructor(entries: readonly Labelled[]) {
    for (const entry of entries) {
      const names = [entry.code, entry.label.de, entry.label.en, ...(entry.also ?? [])];
      for (const name of names) {
        // "Allgemeiner Sozialer Dienst (ASD)" is also "ASD" and "Allgemeiner Sozialer Dienst".
        const bracketed = [...name.matchAll(/\(([^)]+)\)/g)].map((match) => match[1] ?? '');
        const bare = name.replace(/\s*\([^)]*\)/g, '');
        for (const part of [name, bare, ...bracketed, ...name.split(/\s+\/\s+/)]) {
          const folded = foldText(part);
          if (folded && !this.exact.has(folded)) this.exact.set(folded, entry.code);
          this.names.push({ folded, code: entry.code });
        }
      }
    }
  }

  /** The code `value` stands for; undefined when none or several fit. */
  find(value: string): string | undefined {
    const folded = foldText(value);
    if (!folded) return undefined;
    const exact = this.exact.get(folded);
    if (exact !== undefined) return exact;
    const starting = new Set(
      this.names.filter((name) => name.folded.startsWith(folded)).map((name) => name.code),
    );
    return starting.size === 1 ? [...starting][0] : undefined;
  }
}

/** German and English names of the languages (ISO 639-1 codes, DGS for sign language). */
const LANGUAGE_LABELS: Readonly<Record<(typeof LANGUAGES)[number], LocalizedLabel>> = {
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
  ru: { de: 'Russisch', en: 'Russian' },
  uk: { de: 'Ukrainisch', en: 'Ukrainian' },
  ar: { de: 'Arabisch', en: 'Arabic' },
  pl: { de: 'Polnisch', en: 'Polish' },
  tr: { de: 'Türkisch', en: 'Turkish' },
  fa: { de: 'Persisch', en: 'Persian' },
  ku: { de: 'Kurdisch', en: 'Kurdish' },
  ro: { de: 'Rumänisch', en: 'Romanian' },
  vi: { de: 'Vietnamesisch', en: 'Vietnamese' },
  fr: { de: 'Französisch', en: 'French' },
  dgs: { de: 'Deutsche Gebärdensprache', en: 'German Sign Language' },
};

const ROLE_LABELS: Readonly<Record<(typeof MEMBERSHIP_ROLES)[number], Labelled>> = {
  member: { code: 'member', label: { de: 'Mitglied', en: 'Member' } },
  coordinator: {
    code: 'coordinator',
    label: { de: 'Koordination', en: 'Coordinator' },
    also: ['Koordinator', 'Koordinatorin', 'Sprecher', 'Sprecherin'],
  },
  guest: { code: 'guest', label: { de: 'Gast', en: 'Guest' } },
};

const LISTING_LABELS: Readonly<Record<(typeof LISTING_BASES)[number], Labelled>> = {
  consent: { code: 'consent', label: { de: 'Einwilligung', en: 'Consent' } },
  public_function: {
    code: 'public_function',
    label: { de: 'Öffentliche Funktion', en: 'Public function' },
  },
  role_contact: {
    code: 'role_contact',
    label: { de: 'Funktionskontakt', en: 'Role contact' },
    also: ['Rollenkontakt', 'Funktionspostfach'],
  },
};

/** Names of kinds of institution common in lists that their labels do not contain. */
const KIND_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  youth_welfare_office: ['Jugendamt'],
  family_counselling_centre: [
    'Erziehungsberatungsstelle',
    'Erziehungsberatung',
    'Familienberatung',
  ],
  womens_shelter: ['Frauenschutzhaus', 'Kinderschutzhaus'],
  police_station: ['Polizei', 'Polizeiinspektion'],
  childcare_centre: ['Kindergarten', 'Kindertagesstätte', 'Krippe', 'Hort'],
  school: ['Grundschule', 'Sekundarschule', 'Gymnasium', 'Förderschule'],
};

/** The lookups of every coded field. */
export const VALUE_LOOKUPS = {
  kind: new CodeLookup(
    INSTITUTION_KINDS.map((kind) => ({ ...kind, also: KIND_SYNONYMS[kind.code] ?? [] })),
  ),
  topics: new CodeLookup(TOPICS),
  targetGroups: new CodeLookup(TARGET_GROUPS),
  languages: new CodeLookup(
    LANGUAGES.map((code) => ({
      code,
      label: LANGUAGE_LABELS[code],
      also: code === 'dgs' ? ['Gebärdensprache', 'DGS'] : [],
    })),
  ),
  role: new CodeLookup(Object.values(ROLE_LABELS)),
  listingBasis: new CodeLookup(Object.values(LISTING_LABELS)),
} as const;

/** The loaded region as an import needs it: the part of the region catalog (decision 030) it reads. */
export interface ImportRegion {
  readonly municipalities: readonly {
    readonly code: string;
    readonly ags: string;
    readonly name: LocalizedLabel;
  }[];
  municipalityByName(name: string): { readonly code: string } | undefined;
  municipalityByAgs(ags: string): { readonly code: string } | undefined;
  /** The region's name in German (the code for an unknown one). */
  label(code: string): string;
}

/** Edit distance of two short texts (for "did you mean"). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The municipality a cell names: by name (see the region's rules), AGS or code. */
export function findMunicipality(region: ImportRegion, value: string): string | undefined {
  const trimmed = value.trim();
  if (/^\d{8}$/.test(trimmed)) return region.municipalityByAgs(trimmed)?.code;
  return region.municipalityByName(trimmed)?.code;
}

/** The German name of the municipality nearest to `value`, when one is close enough to suggest. */
export function nearestMunicipality(region: ImportRegion, value: string): string | undefined {
  const wanted = foldText(value);
  let best: { name: string; score: number } | undefined;
  for (const municipality of region.municipalities) {
    const folded = foldText(municipality.name.de);
    const short = folded.split(' ')[0] ?? folded;
    const score = Math.min(distance(wanted, folded), distance(wanted, short));
    if (!best || score < best.score) best = { name: municipality.name.de, score };
  }
  return best && best.score <= Math.max(2, Math.floor(wanted.length / 3)) ? best.name : undefined;
}
