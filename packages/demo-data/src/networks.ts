/**
 * The county's networks and who belongs to them (domain.md §1, §4.2, §8.6). The AK gegen Gewalt
 * mirrors the institution types of the bulletin of 10/2024 [S1]; the Kompetenzteam mirrors the
 * meeting of 4 October 2023 [S3]. Debt counselling belongs to no network yet (§4.3).
 */
import type { MembershipData, MembershipRole, NetworkData } from '@schutznetz/domain';
import { COUNTY } from './areas';
import type { DemoInstitutionId } from './institutions';
import type { DemoPersonId } from './people';

export const DEMO_NETWORKS = [
  {
    id: 'net:ak_gewalt',
    name: 'Arbeitskreis gegen Gewalt des Landkreises Anhalt-Bitterfeld',
    kind: 'anti_violence_working_group',
    description:
      'Nach längerer Pause seit dem 24. April 2024 wieder aktiv; tagt vierteljährlich. Austausch über Angebote und Bedarfe, Fortbildung, Nachbesprechung gemeinsamer Fälle.',
    area: COUNTY,
  },
  {
    id: 'net:kinderschutz',
    name: 'Lokales Netzwerk Kinderschutz Anhalt-Bitterfeld',
    kind: 'local_child_protection_network',
    description:
      'Netzwerk nach § 3 KiSchG LSA, koordiniert von der Stabsstelle im Landratsamt; Gesamtkonzept Kinderschutz 2024.',
    area: COUNTY,
  },
  {
    id: 'net:fruehe_hilfen',
    name: 'Netzwerk Frühe Hilfen Anhalt-Bitterfeld',
    kind: 'early_support_network',
    description: 'Netzwerk nach § 3 Abs. 4 KKG, gefördert aus der Bundesstiftung Frühe Hilfen.',
    area: COUNTY,
  },
  {
    id: 'net:kompetenzteam',
    name: 'Kompetenzteam „Stark für Familien“',
    kind: 'family_competence_team',
    description: 'Interdisziplinäres Netzwerk, das der Landkreis einberuft.',
    area: COUNTY,
  },
  {
    id: 'net:leben_ohne_gewalt',
    name: 'Landesweites Netzwerk für ein Leben ohne Gewalt',
    kind: 'state_network_life_without_violence',
    description:
      'Von LIKO 2008 gegründetes Netzwerk der Fachstellen gegen Gewalt in Sachsen-Anhalt.',
    area: ['sachsen_anhalt'],
  },
] as const satisfies readonly NetworkData[];

/** Id of a demo network. */
export type DemoNetworkId = (typeof DEMO_NETWORKS)[number]['id'];

/** Memberships of one network that share a role and a start date. */
function members(
  networkId: DemoNetworkId,
  role: MembershipRole,
  since: string | null,
  memberIds: readonly (DemoInstitutionId | DemoPersonId)[],
): MembershipData[] {
  return memberIds.map((memberId) => ({ networkId, memberId, role, since }));
}

const AK_GEGEN_GEWALT = [
  ...members('net:ak_gewalt', 'coordinator', '2024-04-24', [
    'org:gleichstellung_abi',
    'person:p0025',
  ]),
  // The bulletin's list: shelters, women's centre, police, victim counselling, court,
  // counselling centres, ASD, the child-protection coordinator.
  ...members('net:ak_gewalt', 'member', '2024-04-24', [
    'org:frauenhaus_biwo',
    'org:frauenhaus_koethen',
    'org:frauenzentrum_wolfen',
    'org:polizei_koethen',
    'org:sdj_opferberatung_dessau',
    'org:ag_koethen',
    'org:frauen_in_not_koethen',
    'org:efb_drk_koethen',
    'org:schwangerenberatung_drk_koethen',
    'org:asd_koethen',
    'org:netzwerkkoordination_abi',
    'person:p0040',
    'person:p0041',
    'person:p0042',
    'person:p0032',
    'person:p0052',
    'person:p0036',
    'person:p0044',
    'person:p0058',
    'person:p0063',
    'person:p0003',
    'person:p0018',
  ]),
  ...members('net:ak_gewalt', 'guest', '2024-06-12', [
    'org:interventionsstelle_dessau',
    'org:weisser_ring_abi',
    'person:p0047',
  ]),
  // A new ASD colleague joined after the meeting of 19 March 2025 ("since the last meeting").
  ...members('net:ak_gewalt', 'member', '2025-04-23', ['person:p0007']),
];

const KINDERSCHUTZ = [
  ...members('net:kinderschutz', 'coordinator', '2023-10-01', [
    'org:netzwerkkoordination_abi',
    'person:p0018',
  ]),
  ...members('net:kinderschutz', 'member', '2019-01-01', [
    'org:jugendamt_abi',
    'org:asd_koethen',
    'org:asd_biwo',
    'org:asd_zerbst',
    'org:gesundheitsamt_abi',
    'org:goitzsche_klinikum',
    'org:helios_koethen',
    'org:polizei_koethen',
    'org:ag_koethen',
    'org:ag_biwo',
    'org:efb_drk_koethen',
    'org:efb_zerbst',
    'org:efb_biwo',
    'org:schwangerenberatung_drk_koethen',
    'org:frauenhaus_biwo',
    'org:frauenhaus_koethen',
    'org:sucht_koethen',
    'org:kinderarzt_biwo_1',
    'org:kinderarzt_koethen_1',
    'org:kjp_biwo',
    'org:familienzentrum_biwo',
    'org:familienzentrum_koethen',
    'person:p0001',
    'person:p0003',
    'person:p0008',
    'person:p0014',
    'person:p0022',
    'person:p0032',
    'person:p0036',
    'person:p0058',
    'person:p0075',
  ]),
  ...members('net:kinderschutz', 'member', '2022-09-01', [
    'org:kinderschutzfachstelle_abi',
    'person:p0020',
    'person:p0021',
  ]),
  // Schools and Kitas joined when the Kinderschutzfachkraft programme started.
  ...members('net:kinderschutz', 'member', '2023-11-15', [
    'org:schule_biwo_1',
    'org:schule_biwo_2',
    'org:schule_koethen_1',
    'org:schule_koethen_2',
    'org:schule_zerbst',
    'org:schule_zoerbig',
    'org:kita_biwo_1',
    'org:kita_koethen_1',
    'org:kita_koethen_2',
    'org:kita_zerbst',
    'org:kita_sandersdorf_brehna',
    'person:p0101',
    'person:p0104',
    'person:p0106',
    'person:p0108',
    'person:p0117',
    'person:p0121',
    'person:p0123',
  ]),
  ...members('net:kinderschutz', 'guest', '2024-06-05', [
    'org:wildwasser_dessau',
    'org:interventionsstelle_dessau',
    'person:p0049',
  ]),
];

const FRUEHE_HILFEN = [
  ...members('net:fruehe_hilfen', 'coordinator', '2016-01-01', [
    'org:netzwerkkoordination_abi',
    'person:p0019',
  ]),
  ...members('net:fruehe_hilfen', 'member', '2016-01-01', [
    'org:jugendamt_abi',
    'org:gesundheitsamt_abi',
    'org:helios_koethen',
    'org:schwangerenberatung_drk_koethen',
    'org:schwangerenberatung_zerbst',
    'org:schwangerenberatung_biwo',
    'org:efb_drk_koethen',
    'org:efb_biwo',
    'org:familienhebamme_biwo_1',
    'org:familienhebamme_biwo_2',
    'org:familienhebamme_koethen',
    'org:familienhebamme_zerbst',
    'org:familienzentrum_biwo',
    'org:familienzentrum_koethen',
    'org:mgh_zerbst',
    'org:frauenarzt_biwo',
    'org:frauenarzt_koethen',
    'org:kinderarzt_koethen_2',
    'org:kinderarzt_muldestausee',
    'org:jobcenter_koethen',
    'org:spdi_biwo',
    'org:sucht_koethen',
    'person:p0023',
    'person:p0024',
    'person:p0058',
    'person:p0062',
    'person:p0063',
    'person:p0065',
    'person:p0069',
    'person:p0096',
    'person:p0097',
    'person:p0098',
    'person:p0099',
    'person:p0132',
    'person:p0133',
  ]),
  ...members('net:fruehe_hilfen', 'member', '2022-05-01', [
    'org:babylotsen_koethen',
    'person:p0078',
  ]),
  // The Goitzsche Klinikum rejoined when its obstetrics reopened on 1 July 2024.
  ...members('net:fruehe_hilfen', 'member', '2024-07-01', [
    'org:goitzsche_klinikum',
    'person:p0076',
  ]),
  ...members('net:fruehe_hilfen', 'guest', '2023-09-25', ['org:fachstelle_fruehe_hilfen_lsa']),
];

const KOMPETENZTEAM = [
  ...members('net:kompetenzteam', 'coordinator', '2021-01-01', [
    'org:jugendamt_abi',
    'person:p0001',
  ]),
  ...members('net:kompetenzteam', 'member', '2021-01-01', [
    'org:frauenhaus_biwo',
    'org:frauenhaus_koethen',
    'org:polizei_koethen',
    'org:sdj_opferberatung_dessau',
    'org:asd_biwo',
    'person:p0032',
    'person:p0052',
    'person:p0040',
    'person:p0041',
  ]),
  ...members('net:kompetenzteam', 'guest', '2023-10-04', [
    'org:interventionsstelle_dessau',
    'org:kjp_biwo',
    'person:p0094',
  ]),
];

const LEBEN_OHNE_GEWALT = [
  ...members('net:leben_ohne_gewalt', 'coordinator', '2008-01-01', [
    'org:liko_lsa',
    'person:p0055',
  ]),
  ...members('net:leben_ohne_gewalt', 'member', '2008-01-01', [
    'org:interventionsstelle_dessau',
    'org:wildwasser_dessau',
    'org:wildwasser_halle',
    'org:promann_dessau',
    'org:vera_lsa',
    'org:sdj_opferberatung_dessau',
    'org:frauenzentrum_wolfen',
    'org:gleichstellung_abi',
    'person:p0032',
  ]),
];

export const DEMO_MEMBERSHIPS: readonly MembershipData[] = [
  ...AK_GEGEN_GEWALT,
  ...KINDERSCHUTZ,
  ...FRUEHE_HILFEN,
  ...KOMPETENZTEAM,
  ...LEBEN_OHNE_GEWALT,
];
