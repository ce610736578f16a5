import { AS_ANALYST, AS_COORDINATOR, startAnalysisTestApi } from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * Resilience with people over GraphQL on the demo data (real Neo4j, decision 024): the people on
 * whom an institution's link to the networks hangs and what a person's leaving costs. The two
 * kinds of isolation are known answers of resilience.int.test.ts.
 */

const LINDENALLEE = 'org:kinderarzt_koethen_2';
const LINDENALLEE_NAME = 'Kinder- und Jugendarztpraxis Lindenallee (fiktiv)';
const DR_YOUSEF = 'person:p0082';
const FRUEHE_HILFEN = 'net:fruehe_hilfen';

interface Ref {
  id: string;
  name: string;
}

interface PersonLinks {
  nodeCount: number;
  linkCount: number;
  cutPoints: { person: Ref; cutOff: Ref[] }[];
  bridges: { person: Ref; other: Ref & { kind: string }; kind: string; cutOff: Ref[] }[];
}

const PERSON_LINKS = `personLinks {
  nodeCount linkCount
  cutPoints { person { id name } cutOff { id name } }
  bridges { person { id name } other { id name kind } kind cutOff { id name } }
}`;

describe('resilience with people over GraphQL on the demo data (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);

  /** `selection` of the county's resilience on 2026-12-06, asked by an analyst. */
  async function resilience<Part>(selection: string): Promise<Part> {
    const result = await api.query<{ resilience: Part }>(
      `{ resilience(asOf: "2026-12-06") { ${selection} } }`,
      {},
      AS_ANALYST,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.resilience;
  }

  async function coordinate(mutation: string): Promise<void> {
    const result = await api.query(mutation, {}, AS_COORDINATOR);
    expect(result.errors).toBeUndefined();
  }

  it('finds nobody on whom an institution’s link hangs: every institution on the network has a second way', async () => {
    const { personLinks } = await resilience<{ personLinks: PersonLinks }>(PERSON_LINKS);
    // 105 institutions, 133 people, 5 networks; 113 referral pairs, 133 employments, 152
    // memberships (the ASD colleague who joined the AK in April 2025 is the 152nd).
    expect(personLinks).toEqual({ nodeCount: 243, linkCount: 398, cutPoints: [], bridges: [] });
  });

  it('names the topic nobody else is qualified in when its only expert leaves', async () => {
    const { whatIfRemoved } = await resilience<{
      whatIfRemoved: {
        removedName: string;
        topicsLosingLastExpert: { id: string }[];
        topicsLosingLastHolder: { id: string }[];
        cutOffInstitutions: Ref[];
      };
    }>(
      `whatIfRemoved(id: "person:p0051") { removedName topicsLosingLastExpert { id }
         topicsLosingLastHolder { id } cutOffInstitutions { id name } }`,
    );
    // Uwe Brenner of ProMann is the county's only professional in perpetrator work; ProMann's
    // service keeps the topic held.
    expect(whatIfRemoved).toEqual({
      removedName: 'Uwe Brenner',
      topicsLosingLastExpert: [{ id: 'perpetrator_work' }],
      topicsLosingLastHolder: [],
      cutOffInstitutions: [],
    });
  });

  it('finds the paediatrician who became her practice’s only link to the Frühe Hilfen, and what her leaving cuts off', async () => {
    // The practice leaves the network; its paediatrician joins in person.
    await coordinate(
      `mutation { removeNetworkMember(memberId: "${LINDENALLEE}", networkId: "${FRUEHE_HILFEN}") { id } }`,
    );
    await coordinate(
      `mutation { addNetworkMember(input: { memberId: "${DR_YOUSEF}", networkId: "${FRUEHE_HILFEN}" }) { id } }`,
    );
    try {
      const r = await resilience<{
        personLinks: PersonLinks;
        isolation: { inReferralGraph: Ref[]; inNetworks: Ref[] };
        whatIfRemoved: { cutOffInstitutions: Ref[]; summary: { en: string } };
      }>(
        `${PERSON_LINKS}
         isolation { inReferralGraph { id } inNetworks { id } }
         whatIfRemoved(id: "${DR_YOUSEF}") { cutOffInstitutions { id name } summary { en } }`,
      );
      const lindenallee = { id: LINDENALLEE, name: LINDENALLEE_NAME };
      const yousef = { id: DR_YOUSEF, name: 'Amal Yousef' };
      expect(r.personLinks.cutPoints).toEqual([{ person: yousef, cutOff: [lindenallee] }]);
      expect(r.personLinks.bridges).toEqual([
        {
          person: yousef,
          other: {
            id: FRUEHE_HILFEN,
            name: 'Netzwerk Frühe Hilfen Anhalt-Bitterfeld',
            kind: 'NETWORK',
          },
          kind: 'MEMBERSHIP',
          cutOff: [lindenallee],
        },
        {
          person: yousef,
          other: { id: LINDENALLEE, name: LINDENALLEE_NAME, kind: 'INSTITUTION' },
          kind: 'EMPLOYMENT',
          cutOff: [lindenallee],
        },
      ]);
      // Linked to the networks through its staff, still without any referral path.
      expect(r.isolation.inReferralGraph.map((i) => i.id)).toContain(LINDENALLEE);
      expect(r.isolation.inNetworks.map((i) => i.id)).not.toContain(LINDENALLEE);
      expect(r.whatIfRemoved.cutOffInstitutions).toEqual([lindenallee]);
      expect(r.whatIfRemoved.summary.en).toContain('1 institution cut off');
    } finally {
      await coordinate(
        `mutation { removeNetworkMember(memberId: "${DR_YOUSEF}", networkId: "${FRUEHE_HILFEN}") { id } }`,
      );
      await coordinate(
        `mutation { addNetworkMember(input: { memberId: "${LINDENALLEE}", networkId: "${FRUEHE_HILFEN}" }) { id } }`,
      );
    }
  });

  it('forbids the public the people on whom a link hangs', async () => {
    const result = await api.query(
      '{ resilience { personLinks { cutPoints { person { id } } } } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
