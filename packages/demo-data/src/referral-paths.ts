/**
 * Concrete `REFERS_TO` edges between demo institutions, each an instance of a route template
 * R01–R22 (domain.md §7). An edge runs between two consecutive or later steps of its template
 * (a school may notify the ASD directly after an InsoFa consultation, R08). Conditions default
 * to the template's; an entry states only what differs. Gaps §8.6 wants visible show up here as
 * missing or slow edges: weekend hand-overs on R01, Kitas in small municipalities that do not
 * reach the Kinderschutzfachstelle, sexualised-violence help only outside the county.
 */
import {
  referralRouteById,
  selectionIncludes,
  type InstitutionKindCode,
  type ReferralPathData,
  type ReferralRouteId,
  type ReferralRouteTemplate,
  type RouteHop,
  type Urgency,
} from '@schutznetz/domain';
import { DEMO_INSTITUTIONS, type DemoInstitutionId } from './institutions';

type PathDetails = Partial<Omit<ReferralPathData, 'id' | 'fromId' | 'toId' | 'routeTemplate'>>;

const KIND_BY_ID: ReadonlyMap<string, InstitutionKindCode> = new Map(
  DEMO_INSTITUTIONS.map((institution) => [institution.id, institution.kind]),
);

/** The hop of `route` an edge from `fromKind` to `toKind` arrives by, if the kinds fit. */
function hopBetween(
  route: ReferralRouteTemplate,
  fromKind: InstitutionKindCode,
  toKind: InstitutionKindCode,
): RouteHop | undefined {
  const steps = [route.from, ...route.hops.map((hop) => hop.to)];
  for (let from = 0; from < steps.length - 1; from += 1) {
    const start = steps[from];
    if (start === undefined || !selectionIncludes(start, fromKind)) continue;
    const hop = route.hops.slice(from).find((candidate) => candidate.to.includes(toKind));
    if (hop !== undefined) return hop;
  }
  return undefined;
}

/** Typical response in hours when an entry does not state one. */
const RESPONSE_HOURS: Readonly<Record<Urgency, number>> = {
  immediate: 1,
  same_day: 8,
  days: 72,
  weeks: 336,
};

function typicalUrgency(route: ReferralRouteTemplate): Urgency {
  const { urgency } = route.conditions;
  if (urgency.kind === 'range') return urgency.fastest;
  return urgency.kind === 'varies' ? 'days' : 'weeks';
}

/**
 * An edge instantiating `template`. Throws at load time when the institutions' kinds do not fit
 * the template: a data error that must not reach the database.
 */
function refer(
  template: ReferralRouteId,
  fromId: DemoInstitutionId,
  toId: DemoInstitutionId,
  details: PathDetails = {},
): ReferralPathData {
  const route = referralRouteById(template);
  const fromKind = KIND_BY_ID.get(fromId);
  const toKind = KIND_BY_ID.get(toId);
  const hop = fromKind && toKind ? hopBetween(route, fromKind, toKind) : undefined;
  if (hop === undefined) {
    throw new Error(`demo referral path ${template} ${fromId} → ${toId}: kinds do not fit`);
  }
  const urgency = details.urgency ?? typicalUrgency(route);
  return {
    id: `ref:${template.toLowerCase()}_${fromId.slice('org:'.length)}__${toId.slice('org:'.length)}`,
    fromId,
    toId,
    routeTemplate: template,
    topics: route.topics === 'any' ? [] : route.topics,
    consent: route.conditions.consent,
    dataMode: hop.dataModes[0],
    urgency,
    responseHours: RESPONSE_HOURS[urgency],
    formalAgreement: false,
    afterHours: route.conditions.afterHours,
    conditions: route.trigger.de,
    ...details,
  };
}

const POLICE_STATIONS = ['org:polizei_koethen', 'org:polizei_biwo', 'org:polizei_zerbst'] as const;

/** The ASD team responsible for each school and Kita, by court district. */
const SCHOOLS_BY_ASD = [
  [
    'org:asd_biwo',
    [
      'org:schule_biwo_1',
      'org:schule_biwo_2',
      'org:schule_sandersdorf_brehna',
      'org:schule_muldestausee',
      'org:schule_zoerbig',
      'org:schule_raguhn_jessnitz',
    ],
  ],
  [
    'org:asd_koethen',
    [
      'org:schule_koethen_1',
      'org:schule_koethen_2',
      'org:schule_suedliches_anhalt',
      'org:schule_osternienburger_land',
      'org:schule_aken',
      'org:schule_aken_grundschule',
    ],
  ],
  ['org:asd_zerbst', ['org:schule_zerbst']],
] as const;

/** Kitas that consult the Kinderschutzfachstelle before they notify the ASD (R09). */
const KITAS_CONSULTING_INSOFA = [
  'org:kita_biwo_1',
  'org:kita_biwo_2',
  'org:kita_koethen_1',
  'org:kita_koethen_2',
  'org:kita_zerbst',
  'org:kita_sandersdorf_brehna',
  'org:kita_muldestausee',
  'org:kita_zoerbig',
] as const;

/** Kitas that know only the ASD: no InsoFa step, the gap a case review found. */
const KITAS_GOING_STRAIGHT_TO_ASD = [
  ['org:kita_suedliches_anhalt', 'org:asd_koethen'],
  ['org:kita_osternienburger_land', 'org:asd_koethen'],
  ['org:kita_aken', 'org:asd_koethen'],
  ['org:kita_raguhn_jessnitz', 'org:asd_biwo'],
] as const;

const VIOLENCE: readonly ReferralPathData[] = [
  // R01: every police station hands over to the Interventionsstelle in Dessau.
  ...POLICE_STATIONS.map((police) =>
    refer('R01', police, 'org:interventionsstelle_dessau', {
      responseHours: police === 'org:polizei_zerbst' ? 72 : 48,
      formalAgreement: true,
      conditions:
        'Nach Einsatz oder Anzeige wegen häuslicher Gewalt oder Stalking; Übermittlung der Kontaktdaten per Fax oder E-Mail nur mit Einwilligung der betroffenen Person. Einsätze am Wochenende erreichen die Interventionsstelle erst am nächsten Werktag.',
    }),
  ),
  refer('R02', 'org:polizei_koethen', 'org:asd_koethen', {
    urgency: 'same_day',
    responseHours: 24,
    formalAgreement: true,
    afterHours: 'next_working_day',
    conditions:
      'Kinder im Haushalt oder Zeugen der Gewalt. Außerhalb der Dienstzeit nur bei akuter Gefahr über die Rufbereitschaft Inobhutnahme.',
  }),
  refer('R02', 'org:polizei_biwo', 'org:asd_biwo', {
    urgency: 'same_day',
    responseHours: 24,
    formalAgreement: true,
    afterHours: 'next_working_day',
  }),
  refer('R02', 'org:polizei_zerbst', 'org:asd_zerbst', {
    urgency: 'same_day',
    responseHours: 24,
    afterHours: 'next_working_day',
  }),
  refer('R03', 'org:interventionsstelle_dessau', 'org:ag_koethen', {
    responseHours: 120,
    conditions:
      'Antrag auf Schutzanordnung oder Wohnungszuweisung (§§ 1, 2 GewSchG), die betroffene Person entscheidet. Wegen Personalmangels am Familiengericht Köthen längere Terminvorläufe (2024).',
  }),
  refer('R03', 'org:interventionsstelle_dessau', 'org:ag_biwo', { responseHours: 72 }),
  refer('R03', 'org:interventionsstelle_dessau', 'org:ag_zerbst', { responseHours: 72 }),
  refer('R04', 'org:interventionsstelle_dessau', 'org:frauenhaus_biwo', { responseHours: 4 }),
  refer('R04', 'org:interventionsstelle_dessau', 'org:frauenhaus_koethen', { responseHours: 4 }),
  refer('R04', 'org:polizei_biwo', 'org:frauenhaus_biwo', { responseHours: 2 }),
  refer('R04', 'org:polizei_koethen', 'org:frauenhaus_koethen', { responseHours: 2 }),
  refer('R04', 'org:polizei_zerbst', 'org:frauenhaus_koethen', {
    responseHours: 3,
    conditions:
      'Akute Gefahr; kein Frauenhaus im Raum Zerbst, Aufnahme in Köthen oder bei vollem Haus weiter entfernt.',
  }),
  refer('R04', 'org:hilfetelefon_116016', 'org:frauenhaus_biwo', { responseHours: 2 }),
  refer('R04', 'org:hilfetelefon_116016', 'org:frauenhaus_koethen', { responseHours: 2 }),
  refer('R05', 'org:frauenhaus_biwo', 'org:frauenhaus_koethen', {
    responseHours: 4,
    formalAgreement: true,
  }),
  // Outside the county; from Bitterfeld-Wolfen no path is agreed (R05 by the template only).
  refer('R05', 'org:frauenhaus_koethen', 'org:frauenhaus_mittelelbe', {
    responseHours: 2,
    conditions: 'Kein freier Platz in Köthen oder Abstand zum Täter nötig; Aufnahme nach Anruf.',
  }),
  refer('R05', 'org:frauenhaus_koethen', 'org:frauenhaus_biwo', {
    responseHours: 4,
    formalAgreement: true,
    conditions:
      'Kein freier Platz (vier Plätze in Köthen) oder Abstand zum Täter nötig; sonst Platzsuche landesweit über die LAG Frauenhäuser und 116 016.',
  }),
  refer('R06', 'org:frauenhaus_biwo', 'org:jobcenter_biwo', { formalAgreement: true }),
  refer('R06', 'org:frauenhaus_biwo', 'org:schuldnerberatung_biwo'),
  refer('R06', 'org:frauenhaus_koethen', 'org:jobcenter_koethen', { formalAgreement: true }),
  refer('R06', 'org:frauenhaus_koethen', 'org:schuldnerberatung_koethen'),
  refer('R07', 'org:frauenhaus_biwo', 'org:asd_biwo'),
  refer('R07', 'org:frauenhaus_biwo', 'org:efb_biwo'),
  refer('R07', 'org:frauenhaus_koethen', 'org:asd_koethen'),
  refer('R07', 'org:frauenhaus_koethen', 'org:efb_drk_koethen'),
  refer('R07', 'org:frauenhaus_koethen', 'org:ag_koethen', {
    topics: ['separation_custody_contact', 'children_exposed_to_dv'],
    responseHours: 336,
  }),
];

const CHILD_PROTECTION: readonly ReferralPathData[] = [
  ...SCHOOLS_BY_ASD.flatMap(([asd, schools]) =>
    schools.map((school) =>
      refer('R08', school, asd, {
        dataMode: 'identified_by_law',
        urgency: 'days',
        responseHours: 48,
        conditions:
          '§ 4 KKG: zuerst Gespräch mit Kind und Eltern, pseudonymisierte Beratung durch eine InsoFa, dann Mitteilung an den ASD; der ASD meldet an die Schule zurück.',
      }),
    ),
  ),
  refer('R08', 'org:schule_koethen_2', 'org:kinderschutzfachstelle_abi', {
    urgency: 'same_day',
    responseHours: 24,
  }),
  ...KITAS_CONSULTING_INSOFA.map((kita) =>
    refer('R09', kita, 'org:kinderschutzfachstelle_abi', {
      urgency: 'same_day',
      responseHours: 24,
      formalAgreement: true,
      conditions:
        'Vereinbarung nach § 8a Abs. 4 SGB VIII: pseudonymisierte Gefährdungseinschätzung mit der Kinderschutzfachstelle.',
    }),
  ),
  ...(['org:asd_koethen', 'org:asd_biwo', 'org:asd_zerbst'] as const).map((asd) =>
    refer('R09', 'org:kinderschutzfachstelle_abi', asd, {
      urgency: 'same_day',
      responseHours: 24,
      formalAgreement: true,
      conditions:
        'Die InsoFa-Beratung ergibt gewichtige Anhaltspunkte, die Eltern wurden einbezogen: Mitteilung an das zuständige ASD-Regionalteam.',
    }),
  ),
  ...KITAS_GOING_STRAIGHT_TO_ASD.map(([kita, asd]) =>
    refer('R09', kita, asd, {
      urgency: 'days',
      responseHours: 72,
      conditions:
        'Die Kita kennt keine InsoFa-Ansprechperson und wendet sich direkt an den ASD; keine Vereinbarung nach § 8a Abs. 4 SGB VIII hinterlegt.',
    }),
  ),
  refer('R10', 'org:kinderarzt_biwo_1', 'org:kinderschutzhotline', {
    dataMode: 'pseudonymised',
    urgency: 'immediate',
    afterHours: 'available_24_7',
  }),
  refer('R10', 'org:kinderarzt_koethen_1', 'org:kinderschutzhotline', {
    dataMode: 'pseudonymised',
    urgency: 'immediate',
    afterHours: 'available_24_7',
  }),
  refer('R10', 'org:kinderarzt_zerbst', 'org:kinderschutzhotline', {
    dataMode: 'pseudonymised',
    urgency: 'immediate',
    afterHours: 'available_24_7',
  }),
  refer('R10', 'org:goitzsche_klinikum', 'org:kinderschutzhotline', {
    dataMode: 'pseudonymised',
    urgency: 'immediate',
    afterHours: 'available_24_7',
  }),
  refer('R10', 'org:kinderarzt_biwo_1', 'org:asd_biwo', { urgency: 'same_day', responseHours: 24 }),
  refer('R10', 'org:kinderarzt_koethen_1', 'org:asd_koethen', {
    urgency: 'same_day',
    responseHours: 24,
  }),
  refer('R10', 'org:kinderarzt_zerbst', 'org:asd_zerbst', {
    urgency: 'same_day',
    responseHours: 24,
  }),
  refer('R10', 'org:goitzsche_klinikum', 'org:asd_biwo', {
    urgency: 'same_day',
    responseHours: 12,
    formalAgreement: true,
    conditions:
      'Verletzungsmuster oder Vernachlässigung bei stationärer Aufnahme; rechtsmedizinische Dokumentation durch die Kinderschutzbeauftragte der Klinik.',
  }),
  refer('R14', 'org:asd_koethen', 'org:ag_koethen', { urgency: 'days', responseHours: 120 }),
  refer('R14', 'org:asd_biwo', 'org:ag_biwo', { urgency: 'days', responseHours: 72 }),
  refer('R14', 'org:asd_zerbst', 'org:ag_zerbst', { urgency: 'days', responseHours: 72 }),
  refer('R15', 'org:staatsanwaltschaft_dessau', 'org:jugendamt_abi', { responseHours: 48 }),
  refer('R15', 'org:staatsanwaltschaft_dessau', 'org:asd_biwo', { responseHours: 48 }),
];

const EARLY_SUPPORT: readonly ReferralPathData[] = [
  refer('R11', 'org:helios_koethen', 'org:babylotsen_koethen', {
    responseHours: 24,
    formalAgreement: true,
  }),
  refer('R11', 'org:babylotsen_koethen', 'org:netzwerkkoordination_abi', { formalAgreement: true }),
  ...(
    [
      'org:familienhebamme_koethen',
      'org:familienhebamme_zerbst',
      'org:familienhebamme_biwo_1',
      'org:familienhebamme_biwo_2',
    ] as const
  ).map((midwife) =>
    refer('R11', 'org:netzwerkkoordination_abi', midwife, {
      responseHours: 120,
      formalAgreement: true,
    }),
  ),
  refer('R12', 'org:schwangerenberatung_drk_koethen', 'org:netzwerkkoordination_abi'),
  refer('R12', 'org:schwangerenberatung_drk_koethen', 'org:familienhebamme_koethen'),
  refer('R12', 'org:schwangerenberatung_zerbst', 'org:familienhebamme_zerbst'),
  refer('R12', 'org:schwangerenberatung_zerbst', 'org:jobcenter_zerbst'),
  refer('R12', 'org:schwangerenberatung_biwo', 'org:familienhebamme_biwo_1'),
  refer('R12', 'org:schwangerenberatung_biwo', 'org:netzwerkkoordination_abi'),
  refer('R13', 'org:familienhebamme_biwo_1', 'org:asd_biwo'),
  refer('R13', 'org:familienhebamme_biwo_2', 'org:asd_biwo'),
  refer('R13', 'org:familienhebamme_koethen', 'org:asd_koethen'),
  refer('R13', 'org:familienhebamme_zerbst', 'org:asd_zerbst'),
  refer('R19', 'org:sucht_koethen', 'org:netzwerkkoordination_abi'),
  refer('R19', 'org:sucht_koethen', 'org:efb_drk_koethen'),
  refer('R19', 'org:sucht_bitterfeld', 'org:asd_biwo', { dataMode: 'identified_by_law' }),
  refer('R19', 'org:sucht_zerbst', 'org:efb_zerbst'),
  refer('R19', 'org:sucht_wolfen', 'org:familienhebamme_biwo_2'),
  refer('R19', 'org:spdi_biwo', 'org:asd_biwo', { dataMode: 'identified_by_law' }),
  refer('R19', 'org:spdi_biwo', 'org:netzwerkkoordination_abi', {
    topics: ['parental_mental_illness'],
  }),
];

/** Routes to help that sits outside the county, or that the county does not have at all. */
const SPECIALIST_AND_VICTIM_SUPPORT: readonly ReferralPathData[] = [
  refer('R16', 'org:kinderschutzfachstelle_abi', 'org:wildwasser_dessau', {
    dataMode: 'none',
    consent: 'not_applicable',
    responseHours: 72,
    conditions:
      'Anonyme Fachberatung für die InsoFa; Beratung der Betroffenen nur in Dessau-Roßlau.',
  }),
  refer('R16', 'org:kinderschutzfachstelle_abi', 'org:wildwasser_halle', {
    dataMode: 'none',
    consent: 'not_applicable',
    responseHours: 72,
  }),
  refer('R16', 'org:frauenzentrum_wolfen', 'org:wildwasser_halle', { responseHours: 336 }),
  refer('R16', 'org:frauen_in_not_koethen', 'org:wildwasser_dessau', { responseHours: 336 }),
  refer('R16', 'org:efb_drk_koethen', 'org:wildwasser_dessau', {
    topics: ['child_sexual_abuse'],
    responseHours: 336,
    conditions:
      'Verdacht auf sexualisierte Gewalt gegen ein Kind; im Landkreis gibt es keine spezialisierte Fachberatung, Wartezeit in Dessau-Roßlau mehrere Wochen.',
  }),
  refer('R16', 'org:goitzsche_klinikum', 'org:wildwasser_halle', {
    topics: ['child_sexual_abuse'],
    responseHours: 168,
  }),
  ...POLICE_STATIONS.map((police) => refer('R17', police, 'org:weisser_ring_abi')),
  refer('R17', 'org:polizei_koethen', 'org:sdj_opferberatung_dessau', { formalAgreement: true }),
  refer('R18', 'org:polizei_koethen', 'org:promann_dessau'),
  refer('R18', 'org:ag_biwo', 'org:promann_dessau', {
    conditions: 'Auflage des Gerichts oder freiwillige Teilnahme; Kurse nur in Dessau-Roßlau.',
  }),
  refer('R18', 'org:staatsanwaltschaft_dessau', 'org:promann_dessau', { formalAgreement: true }),
  refer('R18', 'org:jugendamt_abi', 'org:promann_dessau'),
  refer('R20', 'org:migrationsberatung_biwo', 'org:frauenhaus_biwo'),
  refer('R20', 'org:migrationsberatung_biwo', 'org:vera_lsa'),
  refer('R20', 'org:migrationsberatung_koethen', 'org:frauenhaus_koethen', {
    conditions:
      'Aufnahme unabhängig vom Aufenthaltsstatus; eine Sprachmittlung muss die Beratungsstelle selbst organisieren, im Landkreis gibt es keinen Dolmetscherpool.',
  }),
  refer('R20', 'org:migrationsberatung_koethen', 'org:vera_lsa'),
];

/** Structural reports (R21) and high-risk case conferences (R22). */
const STRUCTURAL_AND_HIGH_RISK: readonly ReferralPathData[] = [
  refer('R21', 'org:frauenhaus_koethen', 'org:gleichstellung_abi', {
    topics: ['domestic_violence'],
    responseHours: null,
  }),
  refer('R21', 'org:polizei_koethen', 'org:gleichstellung_abi', {
    topics: ['domestic_violence', 'stalking'],
    responseHours: null,
  }),
  refer('R21', 'org:interventionsstelle_dessau', 'org:gleichstellung_abi', {
    topics: ['domestic_violence', 'high_risk_assessment'],
    responseHours: null,
  }),
  refer('R21', 'org:kinderschutzfachstelle_abi', 'org:netzwerkkoordination_abi', {
    topics: ['child_risk_assessment', 'institutional_safeguarding'],
    responseHours: null,
  }),
  refer('R21', 'org:schule_koethen_2', 'org:netzwerkkoordination_abi', {
    topics: ['child_risk_assessment'],
    responseHours: null,
  }),
  refer('R22', 'org:polizei_koethen', 'org:interventionsstelle_dessau', {
    conditions:
      'Hinweise auf Lebensgefahr; in Sachsen-Anhalt kein formal geregeltes Verfahren, die Fallkonferenz wird im Einzelfall einberufen.',
  }),
  refer('R22', 'org:interventionsstelle_dessau', 'org:jugendamt_abi'),
  refer('R22', 'org:frauenhaus_biwo', 'org:polizei_biwo'),
  refer('R22', 'org:staatsanwaltschaft_dessau', 'org:polizei_koethen'),
];

export const DEMO_REFERRAL_PATHS: readonly ReferralPathData[] = [
  ...VIOLENCE,
  ...CHILD_PROTECTION,
  ...EARLY_SUPPORT,
  ...SPECIALIST_AND_VICTIM_SUPPORT,
  ...STRUCTURAL_AND_HIGH_RISK,
];
