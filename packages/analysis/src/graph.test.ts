import {
  NEW_INSTITUTION_DEFAULTS,
  type GraphDataSet,
  type InstitutionData,
  type ReferralPathData,
  type RegionCode,
  type ServiceData,
} from '@schutznetz/domain';
import { DEMO_REGION } from '@schutznetz/demo-data';
import { fromDataSet, scope, toGraphology } from './graph';

function institution(id: string, municipality: RegionCode): InstitutionData {
  return {
    id,
    name: id,
    kind: 'family_counselling_centre',
    ...NEW_INSTITUTION_DEFAULTS,
    municipality,
    lastVerifiedAt: null,
    isFictional: true,
  };
}

function service(id: string, institutionId: string, area: RegionCode[]): ServiceData {
  return {
    id,
    institutionId,
    name: id,
    description: null,
    topics: ['domestic_violence'],
    targetGroups: ['women'],
    minAge: null,
    maxAge: null,
    languages: ['de'],
    area,
    openingHours: [],
    available24x7: false,
    selfReferral: true,
    consentRequired: false,
    cost: 'free',
    accessibility: [],
    capacityTotal: null,
    capacityFree: null,
    capacityReportedAt: null,
    interpreting: false,
    boysMaxAge: null,
  };
}

function path(id: string, fromId: string, toId: string): ReferralPathData {
  return {
    id,
    fromId,
    toId,
    routeTemplate: null,
    topics: [],
    consent: 'not_required',
    dataMode: 'none',
    urgency: 'days',
    responseHours: 24,
    formalAgreement: false,
    afterHours: 'unknown',
    conditions: null,
  };
}

const DATA: GraphDataSet = {
  region: DEMO_REGION,
  institutions: [
    institution('efb', 'koethen'),
    institution('asd', 'zerbst'),
    institution('ist', 'dessau_rosslau'),
    institution('wildwasser', 'halle_saale'),
  ],
  people: [
    {
      id: 'p:efb',
      givenName: 'Anna',
      familyName: 'Beispiel',
      functionTitle: 'Beraterin',
      email: null,
      phone: null,
      languages: ['de'],
      qualifications: ['insofa'],
      listingBasis: 'consent',
      isFictional: true,
    },
    {
      id: 'p:asd',
      givenName: null,
      familyName: null,
      functionTitle: 'Team ASD Zerbst',
      email: null,
      phone: null,
      languages: ['de'],
      qualifications: [],
      listingBasis: 'role_contact',
      isFictional: true,
    },
  ],
  worksAt: [
    { personId: 'p:efb', institutionId: 'efb', role: 'Beraterin', since: null },
    { personId: 'p:asd', institutionId: 'asd', role: 'Team', since: null },
    { personId: 'p:efb', institutionId: 'gone', role: 'früher', since: null },
  ],
  expertise: [
    {
      personId: 'p:efb',
      topic: 'parenting_support',
      level: 'expert',
      qualification: 'insofa',
      since: '2019-01-01',
      validUntil: null,
    },
  ],
  services: [
    service('svc:efb', 'efb', ['koethen', 'aken']),
    service('svc:asd', 'asd', ['zerbst']),
    service('svc:ist_county', 'ist', ['dessau_rosslau', 'koethen']),
    service('svc:ist_city', 'ist', ['dessau_rosslau']),
    service('svc:wildwasser', 'wildwasser', ['bitterfeld_wolfen']),
  ],
  referralPaths: [
    path('ref:efb-ist', 'efb', 'ist'),
    path('ref:efb-asd', 'efb', 'asd'),
    path('ref:efb-gone', 'efb', 'gone'),
  ],
  networks: [
    {
      id: 'net:ak',
      name: 'AK',
      kind: 'anti_violence_working_group',
      description: null,
      area: ['koethen'],
    },
    {
      id: 'net:zerbst',
      name: 'Zerbst',
      kind: 'local_alliance_for_families',
      description: null,
      area: ['zerbst'],
    },
  ],
  memberships: [
    { networkId: 'net:ak', memberId: 'efb', role: 'member', since: null },
    { networkId: 'net:ak', memberId: 'p:asd', role: 'member', since: null },
    { networkId: 'net:zerbst', memberId: 'asd', role: 'coordinator', since: null },
  ],
  meetings: [],
  trainings: [
    {
      id: 'tr:1',
      title: 'Stalking',
      date: '2024-05-01',
      provider: null,
      topics: ['stalking', 'parenting_support'],
      meetingId: null,
      participantIds: ['p:efb', 'p:asd'],
      completed: true,
    },
  ],
  caseReviews: [],
  gaps: [],
};

describe('fromDataSet', () => {
  it('keeps an institution’s function contacts and address, but never a shelter’s address', () => {
    const contacts = {
      street: 'Markt 1',
      postalCode: '06366',
      phone: '+49 3496 1',
      email: 'a@example.org',
      website: 'example.org',
    };
    const graph = fromDataSet({
      ...DATA,
      institutions: [
        { ...institution('efb', 'koethen'), ...contacts },
        { ...institution('fh', 'koethen'), ...contacts, kind: 'womens_shelter' },
      ],
    });
    const [office, shelter] = graph.institutions;
    expect(office).toMatchObject(contacts);
    expect(shelter).toMatchObject({ ...contacts, street: null, postalCode: null });
  });

  it('keeps what the analyses read and drops relationships whose ends are missing', () => {
    const graph = fromDataSet(DATA, { version: 'v7' });
    expect(graph.version).toBe('v7');
    expect(graph.municipalities).toHaveLength(10);
    expect(graph.referralPaths.map((r) => r.id)).toEqual(['ref:efb-ist', 'ref:efb-asd']);
    const [anna, team] = graph.people;
    expect(anna).toEqual({
      id: 'p:efb',
      name: 'Anna Beispiel',
      phone: null,
      email: null,
      languages: ['de'],
      qualifications: ['insofa'],
      employments: [{ institutionId: 'efb', role: 'Beraterin', since: null }],
      expertise: [
        {
          topic: 'parenting_support',
          level: 'expert',
          qualification: 'insofa',
          since: '2019-01-01',
          validUntil: null,
        },
      ],
    });
    expect(team?.name).toBe('Team ASD Zerbst');
    expect(graph.networks[0]?.members).toEqual([
      { memberId: 'efb', role: 'member', since: null },
      { memberId: 'p:asd', role: 'member', since: null },
    ]);
  });

  it('can count completed trainings as basic expertise', () => {
    const graph = fromDataSet(DATA, { completedTrainingsAsExpertise: true });
    const [anna, team] = graph.people;
    // Anna already holds parenting support; the training adds stalking only.
    expect(anna?.expertise.map((e) => [e.topic, e.level])).toEqual([
      ['parenting_support', 'expert'],
      ['stalking', 'basic'],
    ]);
    expect(team?.expertise.map((e) => e.topic)).toEqual(['stalking', 'parenting_support']);
  });
});

describe('scope', () => {
  it('keeps the municipalities plus outside institutions whose services serve them', () => {
    const scoped = scope(fromDataSet(DATA), ['koethen', 'aken']);
    expect(scoped.municipalities.map((m) => [m.code, m.population])).toEqual([
      ['koethen', 25_200],
      ['aken', 7_300],
    ]);
    expect(scoped.institutions.map((i) => i.id)).toEqual(['efb', 'ist']);
    // Of the Interventionsstelle in Dessau only the service for the county stays.
    expect(scoped.services.map((s) => s.id)).toEqual(['svc:efb', 'svc:ist_county']);
    expect(scoped.referralPaths.map((r) => r.id)).toEqual(['ref:efb-ist']);
    // The ASD team stays as a member of the Köthen working group, without its employment.
    expect(scoped.people.map((p) => [p.id, p.employments.length])).toEqual([
      ['p:efb', 1],
      ['p:asd', 0],
    ]);
    expect(scoped.networks.map((n) => n.id)).toEqual(['net:ak']);
  });

  it('adds a column without population for a code the graph does not know', () => {
    const scoped = scope(fromDataSet(DATA), ['dessau_rosslau']);
    expect(scoped.municipalities).toEqual([
      { code: 'dessau_rosslau', name: 'dessau_rosslau', population: null, neighbours: [] },
    ]);
    expect(scoped.institutions.map((i) => i.id)).toEqual(['ist']);
  });
});

describe('toGraphology', () => {
  it('builds a multigraph of institutions, services, people and networks', () => {
    const g = toGraphology(fromDataSet(DATA));
    expect(g.order).toBe(4 + 5 + 2 + 2);
    expect(g.size).toBe(5 + 2 + 3 + 2); // OFFERS, WORKS_AT, MEMBER_OF, REFERS_TO
    expect(g.getEdgeAttributes('ref:efb-ist')).toMatchObject({ type: 'REFERS_TO' });
    expect(g.getNodeAttribute('p:efb', 'type')).toBe('person');
    expect(g.outNeighbors('efb').sort()).toEqual(['asd', 'ist', 'net:ak', 'svc:efb']);
  });
});
