/**
 * Kinds of coordination bodies. §8.2 lists them apart from the institution kinds because they
 * are `Network` nodes that institutions and people are members of, not organisations.
 */
import type { LegalNormCode } from './legal-norms';
import { indexByCode, mustGet } from './lookup';
import type { LocalizedLabel } from './types';

/** One kind of network. */
export interface NetworkKind<Code extends string = NetworkKindCode> {
  readonly code: Code;
  readonly label: LocalizedLabel;
  readonly description: LocalizedLabel;
  /** Whether a county convenes it or it spans the Land. */
  readonly level: 'county' | 'state';
  /** The norms that require or frame it; empty for voluntary bodies. */
  readonly legalBasis: readonly LegalNormCode[];
  /** §8.2 marks with `*` the bodies found in Anhalt-Bitterfeld sources. */
  readonly foundInAbi: boolean;
}

/** All network kinds, in the order of §8.2. */
export const NETWORK_KINDS = [
  {
    code: 'local_child_protection_network',
    label: { de: 'Lokales Netzwerk Kinderschutz', en: 'Local child protection network' },
    description: {
      de: 'Pflichtnetzwerk jedes Landkreises nach § 3 KiSchG LSA: Koordination, Risikomanagement, anonymisierte Fallberatung, Fortbildung.',
      en: 'Mandatory network of every county under § 3 KiSchG LSA: coordination, risk management, anonymised case consultation, training.',
    },
    level: 'county',
    legalBasis: ['kischg_lsa_3', 'kkg_3'],
    foundInAbi: true,
  },
  {
    code: 'early_support_network',
    label: { de: 'Netzwerk Frühe Hilfen', en: 'Early support network (Frühe Hilfen)' },
    description: {
      de: 'Verbindliche Netzwerkstruktur der Frühen Hilfen nach § 3 KKG, gefördert von der Bundesstiftung Frühe Hilfen.',
      en: 'Binding Frühe Hilfen network structure under § 3 KKG, funded by the Bundesstiftung Frühe Hilfen.',
    },
    level: 'county',
    legalBasis: ['kkg_3', 'bustifh'],
    foundInAbi: true,
  },
  {
    code: 'anti_violence_working_group',
    label: { de: 'Arbeitskreis gegen Gewalt', en: 'Working group against violence' },
    description: {
      de: 'Arbeitskreis des Landkreises gegen Gewalt: Austausch, Fortbildung, Nachbesprechung gemeinsamer Fälle; tagt vierteljährlich.',
      en: "The county's working group against violence: exchange, training, debriefing of shared cases; meets quarterly.",
    },
    level: 'county',
    legalBasis: ['istanbul_convention_art_7'],
    foundInAbi: true,
  },
  {
    code: 'family_competence_team',
    label: {
      de: 'Kompetenzteam „Stark für Familien“',
      en: 'Competence team "Strong for families"',
    },
    description: {
      de: 'Interdisziplinäres Netzwerk, das der Landkreis einberuft.',
      en: 'An interdisciplinary network convened by the county.',
    },
    level: 'county',
    legalBasis: [],
    foundInAbi: true,
  },
  {
    code: 'local_alliance_for_families',
    label: { de: 'Lokales Bündnis für Familie', en: 'Local alliance for families' },
    description: {
      de: 'Bündnis zur Vereinbarkeit von Familie und Beruf.',
      en: 'An alliance for reconciling family and work.',
    },
    level: 'county',
    legalBasis: [],
    foundInAbi: true,
  },
  {
    code: 'state_network_life_without_violence',
    label: {
      de: 'Landesweites Netzwerk für ein Leben ohne Gewalt',
      en: 'Statewide network for a life without violence',
    },
    description: {
      de: 'Von LIKO 2008 gegründetes Netzwerk der Fachstellen gegen Gewalt in Sachsen-Anhalt.',
      en: 'The network of specialist services against violence in Saxony-Anhalt, started by LIKO in 2008.',
    },
    level: 'state',
    legalBasis: [],
    foundInAbi: false,
  },
] as const satisfies readonly NetworkKind<string>[];

/** Code of a network kind, e.g. `'anti_violence_working_group'`. */
export type NetworkKindCode = (typeof NETWORK_KINDS)[number]['code'];

const networkKindList: readonly NetworkKind[] = NETWORK_KINDS;
const networkKindIndex = indexByCode(networkKindList, 'network kinds');
const networkKindCodes: ReadonlySet<string> = new Set(networkKindIndex.keys());

/** Narrows an untrusted string to a network kind code. */
export function isNetworkKindCode(value: unknown): value is NetworkKindCode {
  return typeof value === 'string' && networkKindCodes.has(value);
}

/** The network kind with this code. */
export function networkKindByCode(code: NetworkKindCode): NetworkKind {
  return mustGet(networkKindIndex, code, 'network kinds');
}
