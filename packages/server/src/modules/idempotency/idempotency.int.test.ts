import { randomUUID } from 'node:crypto';
import { useTestApi } from '../../test/fixtures';
import { startTestApi, type GraphQLResult } from '../../test/graphql';

const TOKENS = {
  first: 'coordinator-one-0123456789',
  second: 'coordinator-two-0123456789',
};

type CreateMutation =
  | 'createInstitution'
  | 'createPerson'
  | 'createService'
  | 'createReferralPath'
  | 'createNetwork'
  | 'createMeeting'
  | 'createTraining'
  | 'createCaseReview'
  | 'createGap';

type Created = Partial<Record<CreateMutation, { id: string } | null>>;

describe('idempotent creates (clientMutationId) against the real Neo4j', () => {
  const api = useTestApi(() =>
    startTestApi(undefined, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${TOKENS.first}:coordinator:Koordination Eins,${TOKENS.second}:coordinator:Koordination Zwei`,
    }),
  );
  let institutionA: string;
  let institutionB: string;

  beforeAll(async () => {
    const make = async (name: string) =>
      (
        await create('createInstitution', {
          name,
          kind: 'FAMILY_COUNSELLING_CENTRE',
          municipality: 'koethen',
        })
      ).data!.createInstitution!.id;
    institutionA = await make('Beratungsstelle A');
    institutionB = await make('Beratungsstelle B');
  });

  function create(
    mutation: CreateMutation,
    input: Record<string, unknown>,
    token: string = TOKENS.first,
  ): Promise<GraphQLResult<Created>> {
    const type = `${mutation.replace(/^create/, 'Create')}Input`;
    return api.query<Created>(
      `mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`,
      { input },
      { authorization: `Bearer ${token}` },
    );
  }

  /** Entries of one kind in the database: nodes of a label, or referral paths. */
  async function count(mutation: CreateMutation): Promise<number> {
    const cypher =
      mutation === 'createReferralPath'
        ? 'MATCH ()-[r:REFERS_TO]->() RETURN count(r) AS count'
        : `MATCH (n:${mutation.replace(/^create/, '')}) RETURN count(n) AS count`;
    const [row] = await api.cypher<{ count: number }>(cypher);
    return Number(row?.count);
  }

  /** A valid input of every create mutation. */
  const inputs = (): [CreateMutation, Record<string, unknown>][] => [
    [
      'createInstitution',
      { name: 'Frauenberatung', kind: 'FAMILY_COUNSELLING_CENTRE', municipality: 'koethen' },
    ],
    [
      'createPerson',
      {
        functionTitle: 'Beraterin',
        listingBasis: 'PUBLIC_FUNCTION',
        givenName: 'Erika',
        familyName: 'Muster',
      },
    ],
    [
      'createService',
      { institutionId: institutionA, name: 'Beratung', topics: ['domestic_violence'] },
    ],
    [
      'createReferralPath',
      {
        fromId: institutionA,
        toId: institutionB,
        consent: 'REQUIRED',
        dataMode: 'IDENTIFIED_WITH_CONSENT',
        urgency: 'DAYS',
      },
    ],
    ['createNetwork', { name: 'AK Gewaltschutz', kind: 'ANTI_VIOLENCE_WORKING_GROUP' }],
    ['createMeeting', { title: 'AK-Sitzung', kind: 'MEETING', date: '2024-05-01' }],
    ['createTraining', { title: 'Fortbildung Gefährdungseinschätzung' }],
    [
      'createCaseReview',
      { title: 'Fallreflexion', date: '2024-05-01', lessons: 'Früher anrufen.' },
    ],
    [
      'createGap',
      { title: 'Keine Täterarbeit', date: '2024-05-01', description: 'Kein Angebot im Landkreis.' },
    ],
  ];

  it.each(inputs().map(([mutation]) => mutation))(
    '%s retried with the same key answers the first entry and creates no second',
    async (mutation) => {
      const input = inputs().find(([name]) => name === mutation)![1];
      const before = await count(mutation);
      const key = randomUUID();
      const first = await create(mutation, { ...input, clientMutationId: key });
      expect(first.errors).toBeUndefined();
      const id = first.data![mutation]!.id;
      const retry = await create(mutation, { ...input, clientMutationId: key });
      expect(retry).toEqual({
        data: { [mutation]: { id } },
        extensions: expect.anything() as unknown,
      });
      expect(await count(mutation)).toBe(before + 1);
      const keys = await api.cypher<{ id: string }>(
        'MATCH (k:IdempotencyKey {key: $key}) RETURN k.id AS id',
        { key },
      );
      expect(keys).toEqual([{ id }]);
    },
  );

  it('records a completed training once when retried with the same key, answering the first record', async () => {
    const people = await Promise.all(
      ['Eins', 'Zwei'].map(async (familyName) => {
        const result = await create('createPerson', {
          functionTitle: 'Beraterin',
          listingBasis: 'PUBLIC_FUNCTION',
          givenName: 'Erika',
          familyName,
        });
        return result.data!.createPerson!.id;
      }),
    );
    const record = () =>
      api.query<{
        recordCompletedTraining: {
          training: { id: string } | null;
          date: string;
          peopleUpdated: string[];
          expertiseCreated: number;
        };
      }>(
        `mutation ($input: RecordCompletedTrainingInput!) {
          recordCompletedTraining(input: $input) {
            training { id } date peopleUpdated expertiseCreated
          }
        }`,
        {
          input: {
            topic: 'domestic_violence',
            personIds: people,
            title: 'Fortbildung häusliche Gewalt',
            date: '2024-09-01',
            clientMutationId: 'record-once',
          },
        },
        { authorization: `Bearer ${TOKENS.first}` },
      );
    const first = await record();
    expect(first.errors).toBeUndefined();
    const retry = await record();
    expect(retry.data).toEqual(first.data);
    expect(first.data?.recordCompletedTraining.expertiseCreated).toBe(2);
    const trainings = await api.cypher<{ count: number }>(
      "MATCH (t:Training {title: 'Fortbildung häusliche Gewalt'}) RETURN count(t) AS count",
    );
    expect(Number(trainings[0]?.count)).toBe(1);
  });

  it('stores the key apart from the entry, and a create without key creates each time', async () => {
    const input = { name: 'AK Kinderschutz', kind: 'LOCAL_CHILD_PROTECTION_NETWORK' };
    const keyed = await create('createNetwork', { ...input, clientMutationId: 'k-apart' });
    const [stored] = await api.cypher<{ properties: string[] }>(
      'MATCH (n {id: $id}) RETURN keys(n) AS properties',
      { id: keyed.data!.createNetwork!.id },
    );
    expect(stored?.properties).not.toContain('clientMutationId');
    const before = await count('createNetwork');
    await create('createNetwork', input);
    await create('createNetwork', input);
    expect(await count('createNetwork')).toBe(before + 2);
  });

  it('gives one entry to concurrent creates with the same key, round after round', async () => {
    const before = await count('createInstitution');
    for (let round = 0; round < 5; round += 1) {
      const key = `concurrent-${round}-${randomUUID()}`;
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          create('createInstitution', {
            name: `Gleichzeitig ${round}`,
            kind: 'FAMILY_COUNSELLING_CENTRE',
            municipality: 'koethen',
            clientMutationId: key,
          }),
        ),
      );
      for (const result of results) expect(result.errors).toBeUndefined();
      const ids = new Set(results.map((result) => result.data!.createInstitution!.id));
      expect(ids.size).toBe(1);
    }
    expect(await count('createInstitution')).toBe(before + 5);
  });

  it('refuses the same key with other input or another mutation, naming the field', async () => {
    const key = randomUUID();
    const input = { name: 'Erstes Netzwerk', kind: 'ANTI_VIOLENCE_WORKING_GROUP' };
    expect(
      (await create('createNetwork', { ...input, clientMutationId: key })).errors,
    ).toBeUndefined();
    const before = await count('createNetwork');
    for (const [mutation, other] of [
      ['createNetwork', { ...input, name: 'Zweites Netzwerk' }],
      ['createTraining', { title: 'Erstes Netzwerk' }],
    ] as const) {
      const result = await create(mutation, { ...other, clientMutationId: key });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'clientMutationId',
      });
    }
    expect(await count('createNetwork')).toBe(before);
  });

  it("keeps one viewer's keys apart from another's", async () => {
    const key = randomUUID();
    const input = { title: 'Fortbildung', clientMutationId: key };
    const mine = await create('createTraining', input, TOKENS.first);
    const theirs = await create('createTraining', input, TOKENS.second);
    expect(mine.data!.createTraining!.id).not.toBe(theirs.data!.createTraining!.id);
  });

  it('stores no key for a create that failed, so the corrected retry creates', async () => {
    const key = randomUUID();
    const input = { name: 'Beratung', topics: ['domestic_violence'], clientMutationId: key };
    const failed = await create('createService', { ...input, institutionId: 'institution:none' });
    expect(failed.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    const keys = await api.cypher('MATCH (k:IdempotencyKey {key: $key}) RETURN k', { key });
    expect(keys).toHaveLength(0);
    const retried = await create('createService', { ...input, institutionId: institutionA });
    expect(retried.errors).toBeUndefined();
  });

  it('forgets a key after 24 hours: the same key then creates a new entry', async () => {
    const key = randomUUID();
    const input = {
      title: 'Jahrestreffen',
      kind: 'MEETING',
      date: '2024-06-05',
      clientMutationId: key,
    };
    const first = await create('createMeeting', input);
    await api.cypher('MATCH (k:IdempotencyKey {key: $key}) SET k.createdAt = $old', {
      key,
      old: new Date(Date.now() - 25 * 60 * 60 * 1000).toISOString(),
    });
    const second = await create('createMeeting', input);
    expect(second.errors).toBeUndefined();
    expect(second.data!.createMeeting!.id).not.toBe(first.data!.createMeeting!.id);
    const keys = await api.cypher<{ id: string }>(
      'MATCH (k:IdempotencyKey {key: $key}) RETURN k.id AS id',
      { key },
    );
    expect(keys).toEqual([{ id: second.data!.createMeeting!.id }]);
  });
});
