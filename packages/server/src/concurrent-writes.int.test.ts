import { useTestApi } from './test/fixtures';
import { type GraphQLResult, type TestApi } from './test/graphql';

/**
 * Optimistic concurrency under real concurrency (issue 10 §1): several clients that read the same
 * version and send their change at the same moment. Exactly one of them may win; every other one
 * must be told CONFLICT with the version that now stands, so no change is ever silently lost.
 */

const RACERS = 5;
const ROUNDS = 8;

interface Entity {
  readonly id: string;
  readonly version: number;
}

/** One versioned mutation: how to create its entry, and the change each racer sends. */
interface VersionedMutation {
  readonly name: string;
  create(api: TestApi): Promise<Entity>;
  /** The change racer `racer` sends for the entry read at `version`. */
  change(entity: Entity, racer: number): { query: string; variables: Record<string, unknown> };
}

function created(result: GraphQLResult, field: string): Entity {
  expect(result.errors).toBeUndefined();
  const entity = result.data?.[field] as Entity | undefined;
  if (!entity) throw new Error(`${field} answered no entry`);
  return entity;
}

const mutate =
  (field: string, input: string) =>
  async (api: TestApi, variables: Record<string, unknown>): Promise<Entity> =>
    created(
      await api.query(
        `mutation($input: ${input}!) { ${field}(input: $input) { id version } }`,
        variables,
      ),
      field,
    );

const createInstitution = mutate('createInstitution', 'CreateInstitutionInput');
const updateInput = (field: string, input: string, changes: (racer: number) => object) => ({
  change: (entity: Entity, racer: number) => ({
    query: `mutation($input: ${input}!) { ${field}(input: $input) { id version } }`,
    variables: { input: { id: entity.id, version: entity.version, ...changes(racer) } },
  }),
});
const deleteBy = (field: string) => ({
  change: (entity: Entity) => ({
    query: `mutation($id: ID!, $version: Int!) { ${field}(id: $id, version: $version) }`,
    variables: { id: entity.id, version: entity.version },
  }),
});

let serial = 0;
const unique = (prefix: string) => `${prefix} ${++serial}`;

async function someInstitution(api: TestApi): Promise<Entity> {
  return createInstitution(api, {
    input: {
      name: unique('Beratungsstelle'),
      kind: 'FAMILY_COUNSELLING_CENTRE',
      municipality: 'koethen',
    },
  });
}

async function someService(api: TestApi): Promise<Entity> {
  const institution = await someInstitution(api);
  return mutate('createService', 'CreateServiceInput')(api, {
    input: {
      institutionId: institution.id,
      name: unique('Beratung'),
      topics: ['parenting_support'],
      capacityTotal: 8,
    },
  });
}

const MUTATIONS: readonly VersionedMutation[] = [
  {
    name: 'updateInstitution',
    create: someInstitution,
    ...updateInput('updateInstitution', 'UpdateInstitutionInput', (racer) => ({
      name: `Beratungsstelle Racer ${racer}`,
    })),
  },
  {
    name: 'updatePerson',
    create: (api) =>
      mutate('createPerson', 'CreatePersonInput')(api, {
        input: { functionTitle: unique('Fachkraft'), listingBasis: 'ROLE_CONTACT' },
      }),
    ...updateInput('updatePerson', 'UpdatePersonInput', (racer) => ({
      functionTitle: `Fachkraft Racer ${racer}`,
    })),
  },
  {
    name: 'updateService',
    create: someService,
    ...updateInput('updateService', 'UpdateServiceInput', (racer) => ({
      name: `Beratung Racer ${racer}`,
    })),
  },
  {
    name: 'reportCapacity',
    create: someService,
    change: (entity, racer) => ({
      query: `mutation($id: ID!, $version: Int!, $free: Int!) {
        reportCapacity(id: $id, version: $version, capacityFree: $free) { id version }
      }`,
      variables: { id: entity.id, version: entity.version, free: racer },
    }),
  },
  {
    name: 'updateReferralPath',
    create: async (api) => {
      const [from, to] = [await someInstitution(api), await someInstitution(api)];
      return mutate('createReferralPath', 'CreateReferralPathInput')(api, {
        input: {
          fromId: from.id,
          toId: to.id,
          consent: 'INFORM_BEFORE',
          dataMode: 'NONE',
          urgency: 'DAYS',
        },
      });
    },
    ...updateInput('updateReferralPath', 'UpdateReferralPathInput', (racer) => ({
      conditions: `Bedingung ${racer}`,
    })),
  },
  {
    name: 'updateNetwork',
    create: (api) =>
      mutate('createNetwork', 'CreateNetworkInput')(api, {
        input: { name: unique('Netzwerk'), kind: 'ANTI_VIOLENCE_WORKING_GROUP' },
      }),
    ...updateInput('updateNetwork', 'UpdateNetworkInput', (racer) => ({
      name: `Netzwerk Racer ${racer}`,
    })),
  },
  {
    name: 'updateMeeting',
    create: (api) =>
      mutate('createMeeting', 'CreateMeetingInput')(api, {
        input: { title: unique('Sitzung'), date: '2025-03-12', kind: 'MEETING' },
      }),
    ...updateInput('updateMeeting', 'UpdateMeetingInput', (racer) => ({
      title: `Sitzung Racer ${racer}`,
    })),
  },
  {
    name: 'updateTraining',
    create: (api) =>
      mutate('createTraining', 'CreateTrainingInput')(api, {
        input: { title: unique('Fortbildung') },
      }),
    ...updateInput('updateTraining', 'UpdateTrainingInput', (racer) => ({
      title: `Fortbildung Racer ${racer}`,
    })),
  },
  {
    name: 'updateCaseReview',
    create: (api) =>
      mutate('createCaseReview', 'CreateCaseReviewInput')(api, {
        input: { title: unique('Fallreflexion'), date: '2025-03-12', lessons: 'Übergaben klären' },
      }),
    ...updateInput('updateCaseReview', 'UpdateCaseReviewInput', (racer) => ({
      lessons: `Erkenntnis ${racer}`,
    })),
  },
  {
    name: 'updateGap',
    create: (api) =>
      mutate('createGap', 'CreateGapInput')(api, {
        input: {
          title: unique('Lücke'),
          date: '2025-03-12',
          description: 'Keine Beratung vor Ort',
        },
      }),
    ...updateInput('updateGap', 'UpdateGapInput', (racer) => ({
      description: `Beschreibung ${racer}`,
    })),
  },
];

/** Each entry's delete races just as its update does. */
const DELETES: readonly VersionedMutation[] = MUTATIONS.filter(
  (mutation) => mutation.name !== 'reportCapacity',
).map((mutation) => {
  const field = mutation.name.replace(/^update/, 'delete');
  return { name: field, create: mutation.create, ...deleteBy(field) };
});

interface Outcome {
  readonly wins: number;
  /** `currentVersion` of each CONFLICT: the version that stands, or null once deleted. */
  readonly conflicts: unknown[];
  /** NOT_FOUND answers: wrong for an entry that existed (a deleted one answers CONFLICT). */
  readonly gone: number;
  readonly others: string[];
}

async function race(
  api: TestApi,
  requests: readonly { query: string; variables: Record<string, unknown> }[],
): Promise<Outcome> {
  const results = await Promise.all(requests.map((r) => api.query(r.query, r.variables)));
  const errors = results.flatMap((result) => result.errors ?? []);
  const coded = (code: string) => errors.filter((error) => error.extensions?.code === code);
  return {
    wins: results.filter((result) => !result.errors).length,
    conflicts: coded('CONFLICT').map((error) => error.extensions?.['currentVersion']),
    gone: coded('NOT_FOUND').length,
    others: errors
      .filter((error) => !['CONFLICT', 'NOT_FOUND'].includes(String(error.extensions?.code)))
      .map((error) => `${String(error.extensions?.code)}: ${error.message}`),
  };
}

describe('concurrent writes with the same version (real Neo4j)', () => {
  const api = useTestApi();

  it.each([...MUTATIONS, ...DELETES].map((mutation) => [mutation.name, mutation] as const))(
    '%s: of concurrent calls with the same version exactly one wins, the others get CONFLICT with the version that stands',
    async (_name, mutation) => {
      for (let round = 0; round < ROUNDS; round += 1) {
        const entity = await mutation.create(api);
        const requests = Array.from({ length: RACERS }, (_, racer) =>
          mutation.change(entity, racer),
        );
        const outcome = await race(api, requests);
        expect(outcome.others).toEqual([]);
        expect(outcome.wins).toBe(1);
        expect(outcome.gone).toBe(0);
        // A delete leaves no version behind (null); an update leaves the winner's.
        const standing = mutation.name.startsWith('delete') ? null : entity.version + 1;
        expect(outcome.conflicts).toEqual(Array(RACERS - 1).fill(standing));
      }
    },
  );

  it('an update racing a delete of the same version: exactly one of them happens', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const entity = await someInstitution(api);
      const outcome = await race(api, [
        MUTATIONS[0]!.change(entity, 1),
        deleteBy('deleteInstitution').change(entity),
      ]);
      expect(outcome.others).toEqual([]);
      expect(outcome.wins).toBe(1);
      expect(outcome.gone).toBe(0);
      expect(outcome.conflicts).toHaveLength(1);
      const [row] = await api.cypher<{ n: number; version: number | null }>(
        'OPTIONAL MATCH (n:Institution {id: $id}) RETURN count(n) AS n, n.version AS version',
        { id: entity.id },
      );
      if (outcome.conflicts[0] !== null) {
        // The update won: the delete was told the version that stands, and nothing was deleted.
        expect(row).toEqual({ n: 1, version: entity.version + 1 });
        expect(outcome.conflicts).toEqual([entity.version + 1]);
      } else {
        expect(row!.n).toBe(0);
      }
    }
  });

  it('a street and a change of kind to women’s shelter sent at once never leave a shelter with a stored address', async () => {
    for (let round = 0; round < ROUNDS * 2; round += 1) {
      const entity = await someInstitution(api);
      const update = (changes: object) => ({
        query: `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }`,
        variables: { input: { id: entity.id, version: entity.version, ...changes } },
      });
      const outcome = await race(api, [
        update({ street: 'Marktstraße 1', postalCode: '06366' }),
        update({ kind: 'WOMENS_SHELTER' }),
      ]);
      expect(outcome.wins).toBe(1);
    }
    const shelters = await api.cypher<{ name: string }>(
      `MATCH (n:Institution {kind: 'WOMENS_SHELTER'})
       WHERE n.street IS NOT NULL OR n.postalCode IS NOT NULL RETURN n.name AS name`,
    );
    expect(shelters).toEqual([]);
  });
});
