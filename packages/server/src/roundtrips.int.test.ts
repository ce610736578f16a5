import { NEW_INSTITUTION_DEFAULTS, type GraphDataSet } from '@schutznetz/domain';
import { SeedRepository } from './modules/seed/seed.repository';
import { SeedService } from './modules/seed/seed.service';
import { Neo4jExecutor } from './neo4j/executor';
import { resetDatabase } from './test/neo4j';
import { useTestApi } from './test/fixtures';
import { prepareDatabase } from './database';

/** n institutions, each with a person (with expertise), a service, a referral and memberships. */
function dataSet(n: number): GraphDataSet {
  const ids = Array.from({ length: n }, (_, i) => String(i).padStart(4, '0'));
  return {
    institutions: ids.map((i) => ({
      id: `org:${i}`,
      name: `Beratungsstelle ${i}`,
      kind: 'family_counselling_centre',
      ...NEW_INSTITUTION_DEFAULTS,
      municipality: 'koethen',
      lastVerifiedAt: null,
      isFictional: true,
    })),
    people: ids.map((i) => ({
      id: `person:${i}`,
      givenName: 'Kim',
      familyName: `Muster${i}`,
      functionTitle: 'Beraterin',
      email: `kim${i}@example.org`,
      phone: null,
      languages: ['de'],
      qualifications: [],
      listingBasis: 'consent',
      isFictional: true,
    })),
    worksAt: ids.map((i) => ({
      personId: `person:${i}`,
      institutionId: `org:${i}`,
      role: 'Beratung',
      since: null,
    })),
    expertise: ids.map((i) => ({
      personId: `person:${i}`,
      topic: 'parental_mental_illness',
      level: 'advanced',
      qualification: null,
      since: null,
      validUntil: null,
    })),
    services: ids.map((i) => ({
      id: `svc:${i}`,
      institutionId: `org:${i}`,
      name: `Beratung ${i}`,
      description: null,
      topics: ['parenting_support'],
      targetGroups: [],
      minAge: null,
      maxAge: null,
      languages: ['de'],
      area: ['koethen'],
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
    })),
    referralPaths: ids.slice(1).map((i, index) => ({
      id: `ref:${i}`,
      fromId: `org:${i}`,
      toId: `org:${ids[index] ?? '0000'}`,
      routeTemplate: null,
      topics: [],
      consent: 'required',
      dataMode: 'identified_with_consent',
      urgency: 'days',
      responseHours: 48,
      formalAgreement: false,
      afterHours: 'next_working_day',
      conditions: null,
    })),
    networks: [
      {
        id: 'net:test',
        name: 'Netzwerk',
        kind: 'early_support_network',
        description: null,
        area: [],
      },
    ],
    memberships: ids.flatMap((i) => [
      { networkId: 'net:test', memberId: `org:${i}`, role: 'member' as const, since: null },
      { networkId: 'net:test', memberId: `person:${i}`, role: 'member' as const, since: null },
    ]),
    meetings: [],
    trainings: [],
    caseReviews: [],
    gaps: [],
  };
}

const NESTED = `{
  institutions(first: 200) {
    nodes {
      name
      people { role person { displayName email expertise { level topic { id } } networks { role network { name } } } }
      networks { role network { name } }
      services { name topics { id } }
      referralsOut { to { name } }
    }
  }
}`;

describe('round trips do not grow with list length (real Neo4j)', () => {
  const api = useTestApi();

  async function roundTripsFor(n: number): Promise<number> {
    await resetDatabase(api.driver);
    await prepareDatabase(api.driver, 'neo4j');
    await new SeedService(new SeedRepository(new Neo4jExecutor(api.driver, 'neo4j'))).seed(
      dataSet(n),
    );
    const result = await api.query<{ institutions: { nodes: { people: unknown[] }[] } }>(NESTED);
    expect(result.errors).toBeUndefined();
    expect(result.data?.institutions.nodes).toHaveLength(n);
    expect(result.data?.institutions.nodes.every((node) => node.people.length === 1)).toBe(true);
    return result.extensions?.neo4j?.roundTrips ?? NaN;
  }

  it('asks for 10 and for 100 institutions with their people, expertise and networks in the same number of round trips', async () => {
    const ten = await roundTripsFor(10);
    const hundred = await roundTripsFor(100);
    expect(hundred).toBe(ten);
    // At most one per relationship field of the query plus the page: people, expertise, the
    // person's networks, the institution's networks, network (shared by both), services,
    // referralsOut and their targets — bounded by the query's shape, never by its lists.
    expect(ten).toBeLessThanOrEqual(9);
  }, 120_000);
});
