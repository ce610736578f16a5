import { isProtectedAddressKind } from '../editing/options';
import type { EmergencyCardInstitutionsQuery, InstitutionKind } from '../gql/graphql';
import type { WeeklyInterval } from './weekly-hours';

export type CardInstitution = EmergencyCardInstitutionsQuery['institutions']['nodes'][number];

/** The sections of a municipality's card, in the order they are printed. */
export type SectionKey =
  'police' | 'youthOffice' | 'childProtection' | 'shelter' | 'counselling' | 'hotlines';

/** Which institution kinds each section names (API spelling). */
export const SECTION_KINDS: Readonly<Record<SectionKey, readonly InstitutionKind[]>> = {
  police: ['POLICE_STATION', 'POLICE_VICTIM_PROTECTION_OFFICER'],
  youthOffice: ['YOUTH_WELFARE_OFFICE', 'GENERAL_SOCIAL_SERVICE'],
  childProtection: ['CHILD_PROTECTION_ADVICE_UNIT'],
  shelter: ['WOMENS_SHELTER', 'PROTECTED_FLAT'],
  counselling: [
    'DOMESTIC_VIOLENCE_INTERVENTION_CENTRE',
    'WOMENS_COUNSELLING_CENTRE',
    'SEXUAL_VIOLENCE_COUNSELLING_CENTRE',
    'FORCED_MARRIAGE_TRAFFICKING_SERVICE',
    'FAMILY_COUNSELLING_CENTRE',
    'VICTIM_SUPPORT_NGO',
  ],
  hotlines: ['MEDICAL_CHILD_PROTECTION_HOTLINE', 'NATIONAL_HELPLINE'],
};

export const SECTION_KEYS = Object.keys(SECTION_KINDS) as SectionKey[];

/** Every kind a card may name: what the card's query asks for. */
export const CARD_KINDS: readonly InstitutionKind[] = SECTION_KEYS.flatMap(
  (key) => SECTION_KINDS[key],
);

/** One contact as a card prints it. */
export interface CardContact {
  readonly id: string;
  readonly name: string;
  readonly phone: string | null;
  readonly website: string | null;
  /** Never set for a protected address (women's shelters), whatever the data holds. */
  readonly street: string | null;
  readonly postalCode: string | null;
  readonly municipality: string;
  readonly addressProtected: boolean;
  readonly available24x7: boolean;
  readonly openingHours: readonly WeeklyInterval[];
  /** Services reachable around the clock at an institution that is not (e.g. the on-call service). */
  readonly onCall: readonly string[];
}

export interface CardSection {
  readonly key: SectionKey;
  readonly contacts: readonly CardContact[];
}

/** Whether an institution sits in the municipality or one of its services covers it. */
function serves(institution: CardInstitution, municipality: string): boolean {
  return (
    institution.municipality.id === municipality ||
    institution.services.some((service) => service.area.some((area) => area.id === municipality))
  );
}

/** An institution as a card contact; a protected address is dropped here, once for every card. */
export function toCardContact(institution: CardInstitution): CardContact {
  const addressProtected = isProtectedAddressKind(institution.kind);
  return {
    id: institution.id,
    name: institution.name,
    phone: institution.phone ?? null,
    website: institution.website ?? null,
    street: addressProtected ? null : (institution.street ?? null),
    postalCode: addressProtected ? null : (institution.postalCode ?? null),
    municipality: institution.municipality.id,
    addressProtected,
    available24x7: institution.available24x7,
    openingHours: institution.openingHours,
    onCall: institution.available24x7
      ? []
      : institution.services
          .filter((service) => service.available24x7)
          .map((service) => service.name),
  };
}

/**
 * The key contacts of a municipality by section: the institutions of each section's kinds that
 * sit in it or serve it, those in the municipality first, then by name. A section may be empty.
 */
export function municipalityContacts(
  institutions: readonly CardInstitution[],
  municipality: string,
): CardSection[] {
  return SECTION_KEYS.map((key) => ({
    key,
    contacts: institutions
      .filter(
        (institution) =>
          (SECTION_KINDS[key] as readonly string[]).includes(institution.kind) &&
          serves(institution, municipality),
      )
      .sort(
        (a, b) =>
          Number(b.municipality.id === municipality) - Number(a.municipality.id === municipality) ||
          a.name.localeCompare(b.name, 'de'),
      )
      .map(toCardContact),
  }));
}
