import { useTestApi } from '../test/fixtures';
import { type GraphQLResult } from '../test/graphql';

/** Names no one can read or that hide what they say. */
const BAD_NAMES: readonly [string, string][] = [
  ['blank', ''],
  ['only spaces', '    '],
  ['only zero-width characters', '\u200B\u200C\u200D\u2060'],
  ['a NUL', 'Frauen\u0000haus'],
  ['a line break', 'Frauen\nhaus'],
  ['another control character', 'Frauen\u0007haus'],
  ['a bidi override', 'Beratung \u202Egnutareb'],
  ['a bidi isolate', 'Beratung \u2066x\u2069'],
  ['a lone surrogate', 'Beratung \uD800'],
];

describe('clean input against the real Neo4j', () => {
  const api = useTestApi();
  let institutionId: string;

  beforeAll(async () => {
    const created = await api.query<{ createInstitution: { id: string } }>(
      `mutation { createInstitution(input: {
        name: "Beratungsstelle Köthen", kind: FAMILY_COUNSELLING_CENTRE, municipality: "koethen"
      }) { id } }`,
    );
    institutionId = created.data!.createInstitution.id;
  });

  async function nodeCount(): Promise<number> {
    const [row] = await api.cypher<{ count: number }>('MATCH (n) RETURN count(n) AS count');
    return Number(row?.count);
  }

  function expectRefused(result: GraphQLResult, field: string): void {
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(result)).not.toMatch(/at .+\.(js|ts):\d+/);
  }

  it.each(BAD_NAMES)(
    'refuses an institution name with %s, naming the field and writing nothing',
    async (_what, name) => {
      const before = await nodeCount();
      const result = await api.query(
        `mutation ($name: String!) { createInstitution(input: {
          name: $name, kind: FAMILY_COUNSELLING_CENTRE, municipality: "koethen"
        }) { id } }`,
        { name },
      );
      expectRefused(result, 'name');
      expect(await nodeCount()).toBe(before);
    },
  );

  it('refuses an invisible name for every kind of entry, on create and update', async () => {
    const invisible = '\u200B \u200B';
    const creates: [string, Record<string, unknown>, string][] = [
      [
        'createInstitution',
        { kind: 'FAMILY_COUNSELLING_CENTRE', municipality: 'koethen', name: invisible },
        'name',
      ],
      [
        'createInstitution',
        {
          kind: 'FAMILY_COUNSELLING_CENTRE',
          municipality: 'koethen',
          name: 'Beratung',
          operator: invisible,
        },
        'operator',
      ],
      [
        'createPerson',
        { functionTitle: invisible, listingBasis: 'PUBLIC_FUNCTION' },
        'functionTitle',
      ],
      [
        'createPerson',
        { functionTitle: 'Beraterin', listingBasis: 'PUBLIC_FUNCTION', familyName: invisible },
        'familyName',
      ],
      ['createService', { institutionId, topics: ['domestic_violence'], name: invisible }, 'name'],
      ['createNetwork', { kind: 'ANTI_VIOLENCE_WORKING_GROUP', name: invisible }, 'name'],
      ['createMeeting', { kind: 'MEETING', date: '2024-05-01', title: invisible }, 'title'],
      ['createTraining', { title: invisible }, 'title'],
      [
        'createCaseReview',
        { date: '2024-05-01', lessons: 'Früher anrufen.', title: invisible },
        'title',
      ],
      [
        'createGap',
        { date: '2024-05-01', description: 'Keine Beratung.', title: invisible },
        'title',
      ],
    ];
    const before = await nodeCount();
    for (const [mutation, input, field] of creates) {
      const result = await api.query(
        `mutation ($input: ${inputType(mutation)}!) {
        ${mutation}(input: $input) { id } }`,
        { input },
      );
      expectRefused(result, field);
    }
    const update = await api.query(
      `mutation ($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }`,
      { input: { id: institutionId, version: 1, name: '\u202EBeratung' } },
    );
    expectRefused(update, 'name');
    expect(await nodeCount()).toBe(before);
  });

  it("refuses an invisible role of a person's employment", async () => {
    const person = await api.query<{ createPerson: { id: string } }>(
      `mutation { createPerson(input: {
        functionTitle: "Beraterin", listingBasis: PUBLIC_FUNCTION,
        givenName: "Erika", familyName: "Muster"
      }) { id } }`,
    );
    const personId = person.data!.createPerson.id;
    const result = await api.query(
      `mutation ($personId: ID!, $institutionId: ID!) {
        addEmployment(personId: $personId, institutionId: $institutionId, role: "\u200B\u200B") { id }
      }`,
      { personId, institutionId },
    );
    expectRefused(result, 'role');
    const employments = await api.cypher('MATCH (:Person {id: $personId})-[r]->() RETURN r', {
      personId,
    });
    expect(employments).toHaveLength(0);
  });

  it('refuses control and bidi characters in free text but keeps its line breaks', async () => {
    const refused = await api.query(
      `mutation ($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
      {
        input: {
          name: 'AK Gewaltschutz',
          kind: 'ANTI_VIOLENCE_WORKING_GROUP',
          description: 'Treffen\u0000 monatlich',
        },
      },
    );
    expectRefused(refused, 'description');
    const kept = await api.query<{ createNetwork: { description: string } }>(
      `mutation ($input: CreateNetworkInput!) { createNetwork(input: $input) { description } }`,
      {
        input: {
          name: 'AK Gewaltschutz',
          kind: 'ANTI_VIOLENCE_WORKING_GROUP',
          description: 'Treffen monatlich\n\tim Rathaus',
        },
      },
    );
    expect(kept.data?.createNetwork.description).toBe('Treffen monatlich\n\tim Rathaus');
  });

  it('stores names and free text in Unicode NFC', async () => {
    const decomposed = 'Beratungsstelle Ko\u0308then'; // "ö" as o + combining diaeresis
    const result = await api.query<{ createInstitution: { id: string; name: string } }>(
      `mutation ($name: String!, $operator: String) { createInstitution(input: {
        name: $name, operator: $operator, kind: FAMILY_COUNSELLING_CENTRE, municipality: "koethen"
      }) { id name } }`,
      { name: decomposed, operator: 'Diakonie Mitteldeutschland e\u0301' },
    );
    const created = result.data!.createInstitution;
    expect(created.name).toBe('Beratungsstelle K\u00F6then');
    const [stored] = await api.cypher<{ name: string; operator: string }>(
      'MATCH (n {id: $id}) RETURN n.name AS name, n.operator AS operator',
      { id: created.id },
    );
    expect(stored).toEqual({
      name: 'Beratungsstelle K\u00F6then',
      operator: 'Diakonie Mitteldeutschland \u00E9',
    });
  });

  describe('searching text made only of search syntax', () => {
    const SYNTAX = ['~~~', '((((((', '"', 'AND', '*', '\\', '-', '+-&&||!', ':/?^[]{}'];

    it.each(SYNTAX)('lists no error and nothing matched for filter.text %p', async (text) => {
      const result = await api.query<Record<string, { totalCount: number }>>(
        `query ($text: String!) {
          institutions(filter: { text: $text }) { totalCount }
          people(filter: { text: $text }) { totalCount }
          services(filter: { text: $text }) { totalCount }
          networks(filter: { text: $text }) { totalCount }
          meetings(filter: { text: $text }) { totalCount }
          trainings(filter: { text: $text }) { totalCount }
        }`,
        { text },
      );
      expect(result.errors).toBeUndefined();
      if (text !== 'AND') {
        for (const list of Object.values(result.data ?? {})) expect(list.totalCount).toBe(0);
      }
    });

    it.each(SYNTAX.filter((text) => text.length >= 2))(
      'answers search(text: %p) without an error',
      async (text) => {
        const result = await api.query<{ search: unknown[] }>(
          'query ($text: String!) { search(text: $text) { kind } }',
          { text },
        );
        expect(result.errors).toBeUndefined();
        expect(Array.isArray(result.data?.search)).toBe(true);
      },
    );

    it('still finds words next to search syntax', async () => {
      const result = await api.query<{ institutions: { totalCount: number } }>(
        '{ institutions(filter: { text: "((Köthen~ **" }) { totalCount } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.institutions.totalCount).toBeGreaterThan(0);
    });
  });
});

function inputType(mutation: string): string {
  return `${mutation.replace(/^create/, 'Create')}Input`;
}
