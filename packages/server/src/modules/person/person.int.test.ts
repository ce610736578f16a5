import { startTestApi, type GraphQLResult, type TestApi } from '../../test/graphql';

const PERSON_FIELDS = `id givenName familyName displayName functionTitle email phone languages
  qualifications listingBasis isFictional version updatedBy`;

const CREATE_INSTITUTION = `
mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`;
const CREATE = `
mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `
mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON_FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) }';
const ADD_EMPLOYMENT = `
mutation($personId: ID!, $institutionId: ID!, $role: String!, $since: String) {
  addEmployment(personId: $personId, institutionId: $institutionId, role: $role, since: $since) {
    id version employments { role since institution { id name } person { id } }
  }
}`;
const REMOVE_EMPLOYMENT = `
mutation($personId: ID!, $institutionId: ID!) {
  removeEmployment(personId: $personId, institutionId: $institutionId) { id version employments { role } }
}`;
const SET_EXPERTISE = `
mutation($input: SetExpertiseInput!) {
  setExpertise(input: $input) {
    id version
    expertise { level qualification since validUntil topic { id } person { id } }
  }
}`;
const REMOVE_EXPERTISE = `
mutation($personId: ID!, $topic: ID!) {
  removeExpertise(personId: $personId, topic: $topic) { id version expertise { topic { id } } }
}`;

interface PersonShape {
  id: string;
  givenName: string | null;
  familyName: string | null;
  displayName: string;
  functionTitle: string;
  email: string | null;
  phone: string | null;
  languages: string[];
  qualifications: string[];
  listingBasis: string;
  isFictional: boolean;
  version: number;
  updatedBy: string;
}

function expectError(result: GraphQLResult, code: string, field: string, message?: RegExp): void {
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
  if (message) expect(result.errors?.[0]?.message).toMatch(message);
}

describe('people over GraphQL (real Neo4j)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  async function createInstitution(
    name: string,
    kind = 'YOUTH_WELFARE_OFFICE',
    municipality = 'koethen',
  ): Promise<string> {
    const result = await api.query<{ createInstitution: { id: string } }>(CREATE_INSTITUTION, {
      input: { name, kind, municipality },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createInstitution.id;
  }

  async function createPerson(input: Record<string, unknown>): Promise<PersonShape> {
    const result = await api.query<{ createPerson: PersonShape }>(CREATE, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.createPerson;
  }

  async function named(givenName: string, familyName: string, extra = {}): Promise<PersonShape> {
    return createPerson({
      givenName,
      familyName,
      functionTitle: 'Sozialarbeiterin',
      listingBasis: 'CONSENT',
      ...extra,
    });
  }

  /** Every node and relationship a person mutation could write. */
  async function snapshot(): Promise<unknown> {
    const [row] = await api.cypher(`
      CALL () { MATCH (p:Person) RETURN count(p) AS people, collect(p.version) AS versions }
      CALL () { MATCH ()-[w:WORKS_AT]->() RETURN collect([w.role, w.since]) AS employments }
      CALL () { MATCH ()-[e:HAS_EXPERTISE]->() RETURN collect([e.level, e.since]) AS expertise }
      RETURN people, versions, employments, expertise`);
    return row;
  }

  describe('createPerson', () => {
    it('creates a named person with work contact data', async () => {
      const person = await named('Katrin', 'Lehmhaus', {
        email: 'k.lehmhaus@jugendamt.example',
        phone: '+49 3496 60 1234',
        languages: ['DE', 'RU'],
        qualifications: ['INSOFA'],
      });
      expect(person).toMatchObject({
        givenName: 'Katrin',
        familyName: 'Lehmhaus',
        displayName: 'Katrin Lehmhaus',
        email: 'k.lehmhaus@jugendamt.example',
        phone: '+49 3496 60 1234',
        languages: ['DE', 'RU'],
        qualifications: ['INSOFA'],
        listingBasis: 'CONSENT',
        isFictional: false,
        version: 1,
        updatedBy: 'anonymous',
      });
      expect(person.id).toMatch(/^person:/);
      const [row] = await api.cypher<{ sortKey: string }>(
        'MATCH (p:Person {id: $id}) RETURN p.sortKey AS sortKey',
        { id: person.id },
      );
      expect(row?.sortKey).toBe('lehmhaus katrin');
    });

    it('creates a role contact without a name, shown by its function', async () => {
      const person = await createPerson({
        functionTitle: 'Team Frauenhaus',
        listingBasis: 'ROLE_CONTACT',
        phone: '0340 123456',
      });
      expect(person).toMatchObject({
        givenName: null,
        familyName: null,
        displayName: 'Team Frauenhaus',
        languages: ['DE'],
        qualifications: [],
        email: null,
      });
    });

    const valid = {
      givenName: 'Jana',
      familyName: 'Richter',
      functionTitle: 'Beraterin',
      listingBasis: 'CONSENT',
    };
    it.each([
      ['givenName', { givenName: '' }, /longer than or equal to 1/],
      ['familyName', { familyName: 'x'.repeat(101) }, /shorter than or equal to 100/],
      ['givenName', { givenName: '   ' }, /blank/],
      ['functionTitle', { functionTitle: 'B' }, /longer than or equal to 2/],
      ['email', { email: 'jana@' }, /e-mail/],
      ['phone', { phone: 'ruf an' }, /phone number/],
      ['familyName', { familyName: null }, /given name/],
      ['givenName', { givenName: null }, /family name/],
      ['listingBasis', { givenName: null, familyName: null }, /ROLE_CONTACT/],
      ['listingBasis', { listingBasis: 'ROLE_CONTACT' }, /with a name/],
    ])(
      'rejects a bad %s with BAD_USER_INPUT naming the field, and writes nothing',
      async (field, patch, message) => {
        const before = await snapshot();
        const result = await api.query(CREATE, { input: { ...valid, ...patch } });
        expectError(result, 'BAD_USER_INPUT', field, message);
        expect(await snapshot()).toEqual(before);
      },
    );
  });

  describe('updatePerson and deletePerson', () => {
    it('updates with the current version, re-sorting by the new name', async () => {
      const person = await named('Heike', 'Adler');
      const result = await api.query<{ updatePerson: PersonShape }>(UPDATE, {
        input: { id: person.id, version: 1, familyName: 'Zander', email: 'h.zander@x.example' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.updatePerson).toMatchObject({
        displayName: 'Heike Zander',
        email: 'h.zander@x.example',
        functionTitle: 'Sozialarbeiterin',
        version: 2,
      });
      const [row] = await api.cypher<{ sortKey: string }>(
        'MATCH (p:Person {id: $id}) RETURN p.sortKey AS sortKey',
        { id: person.id },
      );
      expect(row?.sortKey).toBe('zander heike');
    });

    it('turns a person into a role contact when names and basis change together', async () => {
      const person = await named('Olaf', 'Brandt');
      const result = await api.query<{ updatePerson: PersonShape }>(UPDATE, {
        input: {
          id: person.id,
          version: 1,
          givenName: null,
          familyName: null,
          listingBasis: 'ROLE_CONTACT',
          functionTitle: 'Leitung Interventionsstelle',
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.updatePerson).toMatchObject({
        givenName: null,
        familyName: null,
        displayName: 'Leitung Interventionsstelle',
      });
    });

    it.each([
      ['listingBasis', { givenName: null, familyName: null }],
      ['givenName', { givenName: null }],
      ['functionTitle', { functionTitle: null }],
      ['listingBasis', { listingBasis: null }],
      ['email', { email: 'nicht-da' }],
    ])('rejects an update leaving a bad %s, and writes nothing', async (field, patch) => {
      const person = await named('Uta', 'Weber');
      const before = await snapshot();
      const result = await api.query(UPDATE, { input: { id: person.id, version: 1, ...patch } });
      expectError(result, 'BAD_USER_INPUT', field);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
      const person = await named('Tom', 'Schulz');
      const first = await api.query(UPDATE, {
        input: { id: person.id, version: 1, functionTitle: 'Schulsozialarbeiter' },
      });
      expect(first.errors).toBeUndefined();
      const stale = await api.query(UPDATE, {
        input: { id: person.id, version: 1, functionTitle: 'Überschrieben' },
      });
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'version',
        currentVersion: 2,
      });
      const staleDelete = await api.query(DELETE, { id: person.id, version: 1 });
      expect(staleDelete.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
      const [row] = await api.cypher<{ title: string }>(
        'MATCH (p:Person {id: $id}) RETURN p.functionTitle AS title',
        { id: person.id },
      );
      expect(row?.title).toBe('Schulsozialarbeiter');
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const update = await api.query(UPDATE, {
        input: { id: 'person:none', version: 1, functionTitle: 'Xy' },
      });
      expectError(update, 'NOT_FOUND', 'id');
      const remove = await api.query(DELETE, { id: 'person:none', version: 1 });
      expectError(remove, 'NOT_FOUND', 'id');
    });

    it('deletes a person with their relationships', async () => {
      const institution = await createInstitution('Jugendamt Löschtest');
      const person = await named('Lea', 'Lorenz');
      await api.query(ADD_EMPLOYMENT, {
        personId: person.id,
        institutionId: institution,
        role: 'Fachkraft',
      });
      const result = await api.query<{ deletePerson: string }>(DELETE, {
        id: person.id,
        version: 2,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.deletePerson).toBe(person.id);
      expect(await api.cypher('MATCH (p:Person {id: $id}) RETURN p', { id: person.id })).toEqual(
        [],
      );
      expect(
        await api.cypher('MATCH (:Institution {id: $id})<-[w:WORKS_AT]-() RETURN w', {
          id: institution,
        }),
      ).toEqual([]);
    });
  });

  describe('employments', () => {
    it('adds, changes and removes an employment, bumping the person’s version', async () => {
      const institution = await createInstitution('Jugendamt Köthen');
      const person = await named('Sabine', 'Krüger');
      type Added = {
        addEmployment: {
          version: number;
          employments: {
            role: string;
            since: string | null;
            institution: { id: string; name: string };
            person: { id: string };
          }[];
        };
      };
      const added = await api.query<Added>(ADD_EMPLOYMENT, {
        personId: person.id,
        institutionId: institution,
        role: 'Fachkraft ASD',
        since: '2019-04-01',
      });
      expect(added.errors).toBeUndefined();
      expect(added.data?.addEmployment).toEqual({
        id: person.id,
        version: 2,
        employments: [
          {
            role: 'Fachkraft ASD',
            since: '2019-04-01',
            institution: { id: institution, name: 'Jugendamt Köthen' },
            person: { id: person.id },
          },
        ],
      });

      const changed = await api.query<Added>(ADD_EMPLOYMENT, {
        personId: person.id,
        institutionId: institution,
        role: 'Teamleitung ASD',
      });
      expect(changed.data?.addEmployment).toMatchObject({
        version: 3,
        employments: [{ role: 'Teamleitung ASD', since: null }],
      });

      const staff = await api.query<{
        institution: { people: { role: string; person: { displayName: string } }[] };
      }>('query($id: ID!) { institution(id: $id) { people { role person { displayName } } } }', {
        id: institution,
      });
      expect(staff.data?.institution.people).toEqual([
        { role: 'Teamleitung ASD', person: { displayName: 'Sabine Krüger' } },
      ]);

      const removed = await api.query<{
        removeEmployment: { version: number; employments: unknown[] };
      }>(REMOVE_EMPLOYMENT, { personId: person.id, institutionId: institution });
      expect(removed.errors).toBeUndefined();
      expect(removed.data?.removeEmployment).toMatchObject({ version: 4, employments: [] });
    });

    it.each([
      ['personId', 'NOT_FOUND', { personId: 'person:none' }],
      ['institutionId', 'NOT_FOUND', { institutionId: 'org:none' }],
      ['role', 'BAD_USER_INPUT', { role: 'X' }],
      ['role', 'BAD_USER_INPUT', { role: '   ' }],
      ['since', 'BAD_USER_INPUT', { since: '2020-13-01' }],
    ])(
      'rejects addEmployment with a bad %s (%s), and writes nothing',
      async (field, code, patch) => {
        const institution = await createInstitution('Beratungsstelle Fehlerfall');
        const person = await named('Eva', 'Fehler');
        const before = await snapshot();
        const result = await api.query(ADD_EMPLOYMENT, {
          personId: person.id,
          institutionId: institution,
          role: 'Beraterin',
          ...patch,
        });
        expectError(result, code, field);
        expect(await snapshot()).toEqual(before);
      },
    );

    it('answers NOT_FOUND when removing an employment that does not exist, and writes nothing', async () => {
      const institution = await createInstitution('Kita Ohne Personal', 'CHILDCARE_CENTRE');
      const person = await named('Ines', 'Ohnestelle');
      const before = await snapshot();
      for (const [variables, field] of [
        [{ personId: person.id, institutionId: institution }, 'institutionId'],
        [{ personId: person.id, institutionId: 'org:none' }, 'institutionId'],
        [{ personId: 'person:none', institutionId: institution }, 'personId'],
      ] as const) {
        expectError(await api.query(REMOVE_EMPLOYMENT, variables), 'NOT_FOUND', field);
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('expertise', () => {
    it('sets, replaces and removes expertise; topics list their experts, groups included', async () => {
      const person = await named('Mara', 'Expertin');
      type Set = {
        setExpertise: {
          version: number;
          expertise: {
            level: string;
            qualification: string | null;
            since: string | null;
            validUntil: string | null;
            topic: { id: string };
            person: { id: string };
          }[];
        };
      };
      const set = await api.query<Set>(SET_EXPERTISE, {
        input: {
          personId: person.id,
          topic: 'domestic_violence',
          level: 'ADVANCED',
          qualification: 'TRAUMA_COUNSELLING',
          since: '2020-01-01',
          validUntil: '2026-12-31',
        },
      });
      expect(set.errors).toBeUndefined();
      expect(set.data?.setExpertise).toEqual({
        id: person.id,
        version: 2,
        expertise: [
          {
            level: 'ADVANCED',
            qualification: 'TRAUMA_COUNSELLING',
            since: '2020-01-01',
            validUntil: '2026-12-31',
            topic: { id: 'domestic_violence' },
            person: { id: person.id },
          },
        ],
      });

      const replaced = await api.query<Set>(SET_EXPERTISE, {
        input: { personId: person.id, topic: 'domestic_violence', level: 'EXPERT' },
      });
      expect(replaced.data?.setExpertise).toMatchObject({
        version: 3,
        expertise: [{ level: 'EXPERT', qualification: null, since: null, validUntil: null }],
      });

      type Experts = { topic: { experts: { person: { displayName: string } }[] } };
      const experts = (id: string) =>
        api.query<Experts>(
          'query($id: ID!) { topic(id: $id) { experts { person { displayName } } } }',
          { id },
        );
      for (const topic of ['domestic_violence', 'violence_close_relationships']) {
        expect((await experts(topic)).data?.topic.experts).toEqual([
          { person: { displayName: 'Mara Expertin' } },
        ]);
      }
      expect((await experts('stalking')).data?.topic.experts).toEqual([]);

      const removed = await api.query<{
        removeExpertise: { version: number; expertise: unknown[] };
      }>(REMOVE_EXPERTISE, { personId: person.id, topic: 'domestic_violence' });
      expect(removed.errors).toBeUndefined();
      expect(removed.data?.removeExpertise).toMatchObject({ version: 4, expertise: [] });
    });

    it.each([
      ['topic', 'BAD_USER_INPUT', { topic: 'astrology' }],
      ['personId', 'NOT_FOUND', { personId: 'person:none' }],
      ['validUntil', 'BAD_USER_INPUT', { since: '2024-05-01', validUntil: '2024-05-01' }],
      ['since', 'BAD_USER_INPUT', { since: '01.05.2024' }],
      ['validUntil', 'BAD_USER_INPUT', { validUntil: '2024-02-30' }],
    ])(
      'rejects setExpertise with a bad %s (%s), and writes nothing',
      async (field, code, patch) => {
        const person = await named('Nils', 'Nochnicht');
        const before = await snapshot();
        const result = await api.query(SET_EXPERTISE, {
          input: { personId: person.id, topic: 'stalking', level: 'BASIC', ...patch },
        });
        expectError(result, code, field);
        expect(await snapshot()).toEqual(before);
      },
    );

    it('rejects removing unknown or absent expertise, and writes nothing', async () => {
      const person = await named('Olga', 'Ohnethema');
      const before = await snapshot();
      expectError(
        await api.query(REMOVE_EXPERTISE, { personId: person.id, topic: 'astrology' }),
        'BAD_USER_INPUT',
        'topic',
      );
      expectError(
        await api.query(REMOVE_EXPERTISE, { personId: person.id, topic: 'stalking' }),
        'NOT_FOUND',
        'topic',
      );
      expectError(
        await api.query(REMOVE_EXPERTISE, { personId: 'person:none', topic: 'stalking' }),
        'NOT_FOUND',
        'personId',
      );
      expect(await snapshot()).toEqual(before);
    });
  });

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
      type Page = {
        people: {
          totalCount: number;
          nodes: { displayName: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
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
