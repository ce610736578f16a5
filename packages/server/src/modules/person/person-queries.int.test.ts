import { type Connection, expectError, useTestApi } from '../../test/fixtures';
import { ADD_EMPLOYMENT, SET_EXPERTISE, personFixtures } from '../../test/people';

/** Reading people: lists, filters, pages, one person, and the round trips of people in lists. */
describe('people over GraphQL: queries (real Neo4j)', () => {
  const api = useTestApi();
  const { createInstitution, createPerson, named } = personFixtures(api);

  describe('people and person queries', () => {
    let ids: Record<string, string>;

    beforeAll(async () => {
      await api.cypher('MATCH (n) WHERE n:Person OR n:Institution OR n:Network DETACH DELETE n');
      const office = await createInstitution(
        'Jugendamt Filtertest',
        'YOUTH_WELFARE_OFFICE',
        'aken',
      );
      const school = await createInstitution('Schule Filtertest', 'SCHOOL', 'zerbst');
      const anna = await named('Anna', 'Albrecht', { languages: ['DE', 'AR'] });
      const bert = await named('Bert', 'Berger', { qualifications: ['INSOFA'] });
      const team = await createPerson({
        functionTitle: 'Team Schulsozialarbeit',
        listingBasis: 'ROLE_CONTACT',
      });
      const carla = await named('Carla', 'Claus');
      ids = { office, school, anna: anna.id, bert: bert.id, team: team.id, carla: carla.id };
      for (const [personId, institutionId] of [
        [anna.id, office],
        [bert.id, office],
        [team.id, school],
      ]) {
        const result = await api.query(ADD_EMPLOYMENT, { personId, institutionId, role: 'Team' });
        expect(result.errors).toBeUndefined();
      }
      for (const [personId, topic, qualification] of [
        [anna.id, 'stalking', null],
        [carla.id, 'domestic_violence', 'FAMILY_MIDWIFE'],
      ]) {
        const result = await api.query(SET_EXPERTISE, {
          input: { personId, topic, level: 'BASIC', qualification },
        });
        expect(result.errors).toBeUndefined();
      }
      await api.cypher(
        `CREATE (w:Network {id: 'net:ak', name: 'AK gegen Gewalt', sortKey: 'ak gegen gewalt'})
         WITH w MATCH (p:Person {id: $id}) CREATE (p)-[:MEMBER_OF {role: 'member'}]->(w)`,
        { id: carla.id },
      );
    });

    type Names = { people: { totalCount: number; nodes: { displayName: string }[] } };
    async function names(filter: Record<string, unknown>): Promise<string[]> {
      const result = await api.query<Names>(
        'query($filter: PersonFilterInput) { people(first: 50, filter: $filter) { totalCount nodes { displayName } } }',
        { filter },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.people.nodes.map((node) => node.displayName);
    }

    it('lists everyone ordered by family name, role contacts by function', async () => {
      expect(await names({})).toEqual([
        'Anna Albrecht',
        'Bert Berger',
        'Carla Claus',
        'Team Schulsozialarbeit',
      ]);
    });

    it.each([
      ['institutions', () => ({ institutions: [ids['office']] }), ['Anna Albrecht', 'Bert Berger']],
      ['institution kinds', () => ({ institutionKinds: ['SCHOOL'] }), ['Team Schulsozialarbeit']],
      ['municipalities', () => ({ municipalities: ['zerbst'] }), ['Team Schulsozialarbeit']],
      ['a topic', () => ({ topics: ['stalking'] }), ['Anna Albrecht']],
      [
        'a topic group',
        () => ({ topics: ['violence_close_relationships'] }),
        ['Anna Albrecht', 'Carla Claus'],
      ],
      [
        'qualifications, listed or behind expertise',
        () => ({ qualifications: ['INSOFA', 'FAMILY_MIDWIFE'] }),
        ['Bert Berger', 'Carla Claus'],
      ],
      ['languages', () => ({ languages: ['AR'] }), ['Anna Albrecht']],
      ['networks', () => ({ networks: ['net:ak'] }), ['Carla Claus']],
      ['text', () => ({ text: 'schulsozial' }), ['Team Schulsozialarbeit']],
      [
        'text and institution',
        () => ({ text: 'bert', institutions: [ids['office']] }),
        ['Bert Berger'],
      ],
      [
        'several filters at once',
        () => ({ institutions: [ids['office']], languages: ['AR'] }),
        ['Anna Albrecht'],
      ],
    ])('filters by %s', async (_label, filter, expected) => {
      expect(await names(filter())).toEqual(expected);
    });

    it('pages with cursors and counts the total', async () => {
      type Page = { people: Connection<{ displayName: string }> };
      const page = `query($after: String) {
        people(first: 3, after: $after) { totalCount nodes { displayName } pageInfo { hasNextPage endCursor } }
      }`;
      const one = await api.query<Page>(page);
      expect(one.data?.people).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      expect(one.data?.people.nodes).toHaveLength(3);
      const two = await api.query<Page>(page, { after: one.data?.people.pageInfo.endCursor });
      expect(two.data?.people).toMatchObject({
        nodes: [{ displayName: 'Team Schulsozialarbeit' }],
        pageInfo: { hasNextPage: false },
      });
      expectError(await api.query(page, { after: 'nonsense' }), 'BAD_USER_INPUT', 'after');
    });

    it('rejects unknown topic and municipality codes in the filter', async () => {
      const query = 'query($filter: PersonFilterInput) { people(filter: $filter) { totalCount } }';
      expectError(
        await api.query(query, { filter: { topics: ['astrology'] } }),
        'BAD_USER_INPUT',
        'filter.topics',
      );
      expectError(
        await api.query(query, { filter: { municipalities: ['atlantis'] } }),
        'BAD_USER_INPUT',
        'filter.municipalities',
      );
    });

    it('reads one person with employments and expertise, or null for an unknown id', async () => {
      const result = await api.query<{
        person: {
          displayName: string;
          employments: { institution: { name: string } }[];
          expertise: { topic: { id: string } }[];
        };
        missing: null;
      }>(
        `query($id: ID!) {
          person(id: $id) { displayName employments { institution { name } } expertise { topic { id } } }
          missing: person(id: "person:none") { id }
        }`,
        { id: ids['anna'] },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        person: {
          displayName: 'Anna Albrecht',
          employments: [{ institution: { name: 'Jugendamt Filtertest' } }],
          expertise: [{ topic: { id: 'stalking' } }],
        },
        missing: null,
      });
    });
  });

  describe('round trips of people in institution lists', () => {
    beforeAll(async () => {
      await api.cypher('MATCH (n) WHERE n:Person OR n:Institution OR n:Network DETACH DELETE n');
    });

    const TOPICS = ['domestic_violence', 'stalking', 'child_risk_assessment'];

    /**
     * Runs mutations as aliased fields, 40 to a request (the server allows 50 aliases); returns
     * the data of each alias in order.
     */
    async function batch<T>(fields: string[]): Promise<T[]> {
      const results: T[] = [];
      for (let start = 0; start < fields.length; start += 40) {
        const chunk = fields.slice(start, start + 40);
        const result = await api.query<Record<string, T>>(
          `mutation { ${chunk.map((field, i) => `m${i}: ${field}`).join('\n')} }`,
        );
        expect(result.errors).toBeUndefined();
        results.push(...chunk.map((_, i) => result.data![`m${i}`]!));
      }
      return results;
    }

    /** Creates people, each working at one of `institutions` with expertise in two topics. */
    async function addPeople(from: number, to: number, institutions: string[]): Promise<void> {
      const people = await batch<{ id: string }>(
        Array.from(
          { length: to - from },
          (_, i) =>
            `createPerson(input: { givenName: "Vorname", familyName: "Person ${from + i}", functionTitle: "Fachkraft", listingBasis: CONSENT }) { id }`,
        ),
      );
      await batch(
        people.flatMap(({ id }, i) => {
          const institution = institutions[i % institutions.length]!;
          return [
            `addEmployment(personId: "${id}", institutionId: "${institution}", role: "Fachkraft") { id }`,
            `setExpertise(input: { personId: "${id}", topic: "${TOPICS[i % 3]!}", level: BASIC }) { id }`,
            `setExpertise(input: { personId: "${id}", topic: "${TOPICS[(i + 1) % 3]!}", level: EXPERT }) { id }`,
          ];
        }),
      );
    }

    async function addInstitutions(from: number, to: number): Promise<string[]> {
      const created = await batch<{ id: string }>(
        Array.from(
          { length: to - from },
          (_, i) =>
            `createInstitution(input: { name: "Einrichtung ${from + i}", kind: SCHOOL, municipality: "aken" }) { id }`,
        ),
      );
      return created.map(({ id }) => id);
    }

    async function measure(): Promise<{ roundTrips: number; people: number }> {
      const result = await api.query<{
        institutions: {
          nodes: { people: { person: { displayName: string; expertise: unknown[] } }[] }[];
        };
      }>(
        '{ institutions(first: 200) { nodes { people { person { displayName expertise { topic { id } } } } } } }',
      );
      expect(result.errors).toBeUndefined();
      const people = result.data!.institutions.nodes.flatMap((node) => node.people);
      for (const { person } of people) expect(person.expertise).toHaveLength(2);
      return { roundTrips: result.extensions?.neo4j?.roundTrips ?? -1, people: people.length };
    }

    it('costs the same number of round trips for 10 and for 100 people', async () => {
      await addPeople(0, 10, await addInstitutions(0, 4));
      const ten = await measure();
      await addPeople(10, 100, await addInstitutions(4, 40));
      const hundred = await measure();

      expect(ten.people).toBe(10);
      expect(hundred.people).toBe(100);
      // One compiled statement for the institutions with their people and expertise.
      expect(ten.roundTrips).toBe(1);
      expect(hundred.roundTrips).toBe(ten.roundTrips);
      // Writing 100 people with their relationships takes about 400 transactions.
    }, 120_000);
  });
});
