/**
 * Landkreis Auental: a made-up county (names, keys and figures invented; AGS 99 is no German
 * Land) with six municipalities and a small data set of its own, to show that an instance runs
 * for any county loaded from a region file with no code change (decision 030). Nothing here
 * exists; no person is real.
 */
import {
  NEW_INSTITUTION_DEFAULTS,
  NEW_SERVICE_DEFAULTS,
  REGION_FORMAT,
  type GraphDataSet,
  type InstitutionData,
  type MunicipalityDefinition,
  type RegionDefinition,
  type ServiceData,
} from '@schutznetz/domain';

const county = 'lk_auental';

function place(
  code: string,
  name: string,
  ags: string,
  count: number,
  neighbours: string[],
  options: { isTown?: boolean; courtDistrict?: string } = {},
): MunicipalityDefinition {
  return {
    code,
    name: { de: name, en: name },
    ags: `99101${ags}`,
    isTown: options.isTown ?? false,
    population: { count, year: 2024, approximate: false },
    courtDistrict: options.courtDistrict ?? 'auenstadt',
    neighbours,
  };
}

/** The region file of Landkreis Auental. */
export const AUENTAL_REGION: RegionDefinition = {
  format: REGION_FORMAT,
  source: 'Invented for the tests of decision 030.',
  notes: ['Every name, key and figure is made up.'],
  county: {
    code: county,
    name: { de: 'Landkreis Auental', en: 'Auental district' },
    ags: '99101',
    population: { count: 49_100, year: 2024, approximate: false },
    seat: 'auenstadt',
  },
  municipalities: [
    place(
      'auenstadt',
      'Auenstadt an der Aue',
      '011',
      24_300,
      ['birkenfelde', 'muehlbach_am_tann', 'sonnenried'],
      {
        isTown: true,
      },
    ),
    place('birkenfelde', 'Birkenfelde', '022', 8_100, ['auenstadt', 'eichwalde_nord'], {
      isTown: true,
      courtDistrict: 'birkenfelde',
    }),
    place('muehlbach_am_tann', 'Mühlbach am Tann', '033', 5_400, ['auenstadt', 'kraehenhof']),
    place('eichwalde_nord', 'Eichwalde-Nord', '044', 3_900, ['birkenfelde'], {
      courtDistrict: 'birkenfelde',
    }),
    place('kraehenhof', 'Krähenhof', '055', 2_750, ['muehlbach_am_tann']),
    place('sonnenried', 'Sonnenried', '066', 4_650, ['auenstadt']),
  ],
  externals: [
    {
      code: 'grossbergen',
      name: { de: 'Großbergen', en: 'Grossbergen' },
      level: 'city',
      ags: '99001000',
    },
    {
      code: 'land_beispiel',
      name: { de: 'Land Beispielland', en: 'State of Beispielland' },
      level: 'state',
      ags: '99',
    },
    { code: 'bund', name: { de: 'Bund', en: 'Federal' }, level: 'federal', ags: null },
  ],
};

function institution(
  id: string,
  name: string,
  kind: InstitutionData['kind'],
  municipality: string,
): InstitutionData {
  return {
    ...NEW_INSTITUTION_DEFAULTS,
    id: `org:${id}`,
    name,
    kind,
    municipality,
    lastVerifiedAt: null,
    isFictional: true,
  };
}

function service(
  id: string,
  institutionId: string,
  fields: Pick<ServiceData, 'name' | 'topics' | 'targetGroups' | 'area'> & Partial<ServiceData>,
): ServiceData {
  return {
    ...NEW_SERVICE_DEFAULTS,
    id: `svc:${id}`,
    institutionId: `org:${institutionId}`,
    ...fields,
  };
}

const CHILDREN = ['infants_0_3', 'children_3_6', 'children_6_14', 'adolescents_14_18'] as const;

/** Auental's institutions, services, people, network and referral paths. */
export const AUENTAL_DATA: GraphDataSet = {
  region: AUENTAL_REGION,
  institutions: [
    institution('au_polizei', 'Polizeirevier Auenstadt (fiktiv)', 'police_station', 'auenstadt'),
    institution(
      'au_interventionsstelle',
      'Interventionsstelle Großbergen (fiktiv)',
      'domestic_violence_intervention_centre',
      'grossbergen',
    ),
    institution('au_frauenhaus', 'Frauenhaus Auental (fiktiv)', 'womens_shelter', 'auenstadt'),
    institution(
      'au_asd',
      'Allgemeiner Sozialer Dienst Auental (fiktiv)',
      'general_social_service',
      'auenstadt',
    ),
    institution(
      'au_beratung',
      'Familienberatung Birkenfelde (fiktiv)',
      'family_counselling_centre',
      'birkenfelde',
    ),
    institution('au_kita', 'Kita Krähennest Krähenhof (fiktiv)', 'childcare_centre', 'kraehenhof'),
  ],
  services: [
    service('au_interventionsstelle', 'au_interventionsstelle', {
      name: 'Beratung nach häuslicher Gewalt',
      topics: ['domestic_violence', 'stalking'],
      targetGroups: ['women', 'men'],
      minAge: 18,
      area: [county],
    }),
    service('au_frauenhaus', 'au_frauenhaus', {
      name: 'Schutzunterkunft',
      topics: ['domestic_violence', 'children_exposed_to_dv'],
      targetGroups: ['women', ...CHILDREN],
      area: [county],
      available24x7: true,
      capacityTotal: 5,
      capacityFree: 2,
    }),
    service('au_asd', 'au_asd', {
      name: 'Gefährdungseinschätzung',
      topics: ['child_risk_assessment', 'children_exposed_to_dv', 'child_neglect'],
      targetGroups: [...CHILDREN],
      maxAge: 18,
      // Not Birkenfelde and Eichwalde-Nord: a gap there, reached only nearby.
      area: ['auenstadt', 'muehlbach_am_tann', 'kraehenhof', 'sonnenried'],
    }),
    service('au_beratung', 'au_beratung', {
      name: 'Erziehungsberatung',
      topics: ['parenting_support', 'separation_custody_contact'],
      targetGroups: ['parents_families'],
      area: ['birkenfelde', 'eichwalde_nord'],
    }),
  ],
  people: [
    {
      id: 'person:au_1',
      givenName: 'Frida',
      familyName: 'Fiktiv',
      functionTitle: 'Sozialarbeiterin',
      email: null,
      phone: null,
      languages: ['de'],
      qualifications: ['insofa'],
      listingBasis: 'consent',
      isFictional: true,
    },
    {
      id: 'person:au_2',
      givenName: 'Bruno',
      familyName: 'Beispiel',
      functionTitle: 'Kontaktbeamter',
      email: null,
      phone: null,
      languages: ['de'],
      qualifications: [],
      listingBasis: 'consent',
      isFictional: true,
    },
    {
      id: 'person:au_3',
      givenName: 'Clara',
      familyName: 'Muster',
      functionTitle: 'Erzieherin',
      email: null,
      phone: null,
      languages: ['de'],
      qualifications: [],
      listingBasis: 'consent',
      isFictional: true,
    },
  ],
  worksAt: [
    { personId: 'person:au_1', institutionId: 'org:au_asd', role: 'Fachkraft', since: null },
    {
      personId: 'person:au_2',
      institutionId: 'org:au_polizei',
      role: 'Kontaktbeamter',
      since: null,
    },
    { personId: 'person:au_3', institutionId: 'org:au_kita', role: 'Erzieherin', since: null },
  ],
  expertise: [
    {
      personId: 'person:au_1',
      topic: 'child_risk_assessment',
      level: 'expert',
      qualification: 'insofa',
      since: '2020-01-01',
      validUntil: null,
    },
  ],
  referralPaths: [
    {
      id: 'ref:au_r01',
      fromId: 'org:au_polizei',
      toId: 'org:au_interventionsstelle',
      routeTemplate: 'R01',
      topics: ['domestic_violence', 'stalking'],
      consent: 'required',
      dataMode: 'identified_with_consent',
      urgency: 'days',
      responseHours: 48,
      formalAgreement: true,
      afterHours: 'next_working_day',
      conditions: null,
    },
    {
      id: 'ref:au_r02',
      fromId: 'org:au_polizei',
      toId: 'org:au_asd',
      routeTemplate: 'R02',
      topics: ['children_exposed_to_dv', 'child_risk_assessment'],
      consent: 'not_required',
      dataMode: 'identified_by_law',
      urgency: 'same_day',
      responseHours: 24,
      formalAgreement: true,
      afterHours: 'unknown',
      conditions: null,
    },
  ],
  networks: [
    {
      id: 'net:au_runder_tisch',
      name: 'Runder Tisch gegen Gewalt Auental',
      kind: 'anti_violence_working_group',
      description: null,
      area: [county],
    },
  ],
  memberships: [
    { networkId: 'net:au_runder_tisch', memberId: 'org:au_polizei', role: 'member', since: null },
    { networkId: 'net:au_runder_tisch', memberId: 'org:au_asd', role: 'coordinator', since: null },
    {
      networkId: 'net:au_runder_tisch',
      memberId: 'org:au_frauenhaus',
      role: 'member',
      since: null,
    },
    { networkId: 'net:au_runder_tisch', memberId: 'person:au_1', role: 'member', since: null },
  ],
  meetings: [],
  trainings: [],
  caseReviews: [],
  gaps: [],
};
