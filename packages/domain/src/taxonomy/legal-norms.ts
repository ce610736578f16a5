/**
 * The legal norms that referral routes and network expectations cite (domain.md §2, §7, §8.5
 * `legal_basis`). Only norms the taxonomies use are listed; this is not a law database.
 */
import { indexByCode, mustGet } from './lookup';
import type { Evidence, LocalizedLabel } from './types';

/** One legal norm. */
export interface LegalNorm<Code extends string = LegalNormCode> {
  readonly code: Code;
  /** The citation as lawyers write it, e.g. `§ 4 KKG`. */
  readonly citation: string;
  readonly title: LocalizedLabel;
  /** ISO date from which the norm applies, when the doc gives one that still lies ahead or matters. */
  readonly inForceFrom: string | null;
  readonly evidence: Evidence;
}

/** All cited norms. */
export const LEGAL_NORMS = [
  {
    code: 'kkg_3',
    citation: '§ 3 KKG',
    title: {
      de: 'Rahmenbedingungen für verbindliche Netzwerkstrukturen im Kinderschutz',
      en: 'Framework for binding child-protection network structures',
    },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'kkg_4',
    citation: '§ 4 KKG',
    title: {
      de: 'Beratung und Übermittlung von Informationen durch Geheimnisträger bei Kindeswohlgefährdung',
      en: 'Advice and disclosure by professional secrecy holders when a child is endangered',
    },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'kkg_5',
    citation: '§ 5 KKG',
    title: {
      de: 'Mitteilungen an das Jugendamt (Strafverfolgungsbehörden und Gerichte)',
      en: 'Notifications to the Jugendamt by prosecution authorities and courts',
    },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'kkg_6',
    citation: '§ 6 KKG',
    title: {
      de: 'Beratung im medizinischen Kinderschutz',
      en: 'Advice on medical child protection',
    },
    inForceFrom: '2026-01-01',
    evidence: 'sourced',
  },
  {
    code: 'sgb_viii_8a',
    citation: '§ 8a SGB VIII',
    title: {
      de: 'Schutzauftrag bei Kindeswohlgefährdung',
      en: 'Protection mandate when a child is endangered',
    },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'sgb_viii_8b',
    citation: '§ 8b SGB VIII',
    title: {
      de: 'Fachliche Beratung und Begleitung zum Schutz von Kindern und Jugendlichen',
      en: 'Professional advice on protecting children and young people',
    },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'sgb_viii_42',
    citation: '§ 42 SGB VIII',
    title: { de: 'Inobhutnahme von Kindern und Jugendlichen', en: 'Emergency custody' },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'bgb_1666',
    citation: '§ 1666 BGB',
    title: {
      de: 'Gerichtliche Maßnahmen bei Gefährdung des Kindeswohls',
      en: 'Court measures when a child is endangered',
    },
    inForceFrom: null,
    evidence: 'background',
  },
  {
    code: 'famfg_157',
    citation: '§ 157 FamFG',
    title: {
      de: 'Erörterung der Kindeswohlgefährdung',
      en: 'Court hearing on the endangerment of a child',
    },
    inForceFrom: null,
    evidence: 'background',
  },
  {
    code: 'gewschg_1',
    citation: '§ 1 GewSchG',
    title: {
      de: 'Gerichtliche Maßnahmen zum Schutz vor Gewalt und Nachstellungen',
      en: 'Civil protection orders against violence and stalking',
    },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'gewschg_2',
    citation: '§ 2 GewSchG',
    title: {
      de: 'Überlassung einer gemeinsam genutzten Wohnung',
      en: 'Sole use of the shared home',
    },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    // §2.5: the Wegweisung power is sourced, its paragraph number (§ 36 SOG LSA) is not.
    code: 'sog_lsa_barring_order',
    citation: 'SOG LSA (Wohnungsverweisung)',
    title: {
      de: 'Polizeiliche Wohnungsverweisung („Wer schlägt, der geht“)',
      en: 'Police barring order ("whoever hits, leaves")',
    },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'sgb_ii',
    citation: 'SGB II',
    title: { de: 'Grundsicherung für Arbeitsuchende', en: 'Basic income support for jobseekers' },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'schkg_3_8',
    citation: '§§ 3, 8 SchKG',
    title: {
      de: 'Beratungsstellen und Schwangerschaftskonfliktberatung',
      en: 'Pregnancy counselling and pregnancy-conflict counselling centres',
    },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'sgb_xiv',
    citation: 'SGB XIV',
    title: { de: 'Soziale Entschädigung', en: 'Social compensation for victims' },
    inForceFrom: null,
    evidence: 'background',
  },
  {
    code: 'stpo_406g',
    citation: '§ 406g StPO',
    title: { de: 'Psychosoziale Prozessbegleitung', en: 'Psychosocial court support' },
    inForceFrom: null,
    evidence: 'background',
  },
  {
    code: 'aufenthg_31',
    citation: '§ 31 AufenthG',
    title: {
      de: 'Eigenständiges Aufenthaltsrecht der Ehegatten',
      en: 'Independent residence right of spouses',
    },
    inForceFrom: null,
    evidence: 'background',
  },
  {
    code: 'kischg_lsa_3',
    citation: '§ 3 KiSchG LSA',
    title: { de: 'Lokale Netzwerke Kinderschutz', en: 'Local child-protection networks' },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'bustifh',
    citation: 'Bundesstiftung Frühe Hilfen (VV Fonds Frühe Hilfen)',
    title: {
      de: 'Bundesstiftung Frühe Hilfen',
      en: 'Federal foundation for early childhood support',
    },
    inForceFrom: '2018-01-01',
    evidence: 'sourced',
  },
  {
    code: 'istanbul_convention_art_7',
    citation: 'Art. 7 Istanbul-Konvention',
    title: {
      de: 'Umfassende und koordinierte politische Maßnahmen',
      en: 'Comprehensive and co-ordinated policies',
    },
    inForceFrom: null,
    evidence: 'sourced',
  },
  {
    code: 'istanbul_convention_art_31',
    citation: 'Art. 31 Istanbul-Konvention',
    title: {
      de: 'Sorgerecht, Besuchsrecht und Sicherheit',
      en: 'Custody, visitation rights and safety',
    },
    inForceFrom: null,
    evidence: 'background',
  },
  {
    code: 'istanbul_convention_art_51',
    citation: 'Art. 51 Istanbul-Konvention',
    title: {
      de: 'Gefährdungsanalyse und Gefahrenmanagement',
      en: 'Risk assessment and risk management',
    },
    inForceFrom: null,
    evidence: 'background',
  },
] as const satisfies readonly LegalNorm<string>[];

/** Code of a cited legal norm, e.g. `'kkg_4'`. */
export type LegalNormCode = (typeof LEGAL_NORMS)[number]['code'];

const normList: readonly LegalNorm[] = LEGAL_NORMS;
const normIndex = indexByCode(normList, 'legal norms');
const normCodes: ReadonlySet<string> = new Set(normIndex.keys());

/** Narrows an untrusted string to a legal norm code. */
export function isLegalNormCode(value: unknown): value is LegalNormCode {
  return typeof value === 'string' && normCodes.has(value);
}

/** The legal norm with this code. */
export function legalNormByCode(code: LegalNormCode): LegalNorm {
  return mustGet(normIndex, code, 'legal norms');
}

/**
 * Tells whether the norm applies on `isoDate` (`YYYY-MM-DD`); e.g. the § 6 KKG hotline route
 * only exists from 2026.
 */
export function isLegalNormInForce(code: LegalNormCode, isoDate: string): boolean {
  const from = legalNormByCode(code).inForceFrom;
  return from === null || isoDate >= from;
}
