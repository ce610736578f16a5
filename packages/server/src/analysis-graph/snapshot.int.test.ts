import type { GraphDataSet } from '@schutznetz/domain';
import { Neo4jExecutor } from '../neo4j/executor';
import { DEMO_DATA } from '@schutznetz/demo-data';
import { startTestApi, type TestApi } from '../test/graphql';
import { SnapshotRepository } from './snapshot.repository';
import { SnapshotService } from './snapshot.service';

/** Compares records by the given string fields in turn (code-point order, as Cypher sorts). */
function byKeys<T>(...keys: (keyof T)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const left = String(a[key]);
      const right = String(b[key]);
      if (left !== right) return left < right ? -1 : 1;
    }
    return 0;
  };
}

const sorted = <T>(items: readonly T[], compare?: (a: T, b: T) => number): T[] =>
  [...items].sort(compare);

const byId = byKeys<{ id: string }>('id');

/**
 * The order the graph cannot keep: collections by id (or their composite key), id lists inside
 * records sorted. Lists stored as properties (languages, opening hours, action items) keep theirs.
 */
function normalise(data: GraphDataSet): GraphDataSet {
  return {
    region: data.region,
    institutions: sorted(data.institutions, byId),
    people: sorted(data.people, byId),
    worksAt: sorted(data.worksAt, byKeys('personId', 'institutionId')),
    expertise: sorted(data.expertise, byKeys('personId', 'topic')),
    services: sorted(data.services, byId).map((service) => ({
      ...service,
      topics: sorted(service.topics),
      targetGroups: sorted(service.targetGroups),
      area: sorted(service.area),
    })),
    referralPaths: sorted(data.referralPaths, byId),
    networks: sorted(data.networks, byId).map((network) => ({
      ...network,
      area: sorted(network.area),
    })),
    memberships: sorted(data.memberships, byKeys('networkId', 'memberId')),
    meetings: sorted(data.meetings, byId).map((meeting) => ({
      ...meeting,
      networkIds: sorted(meeting.networkIds),
      participantIds: sorted(meeting.participantIds),
    })),
    trainings: sorted(data.trainings, byId).map((training) => ({
      ...training,
      topics: sorted(training.topics),
      participantIds: sorted(training.participantIds),
    })),
    caseReviews: sorted(data.caseReviews, byId).map((review) => ({
      ...review,
      gapIds: sorted(review.gapIds),
    })),
    gaps: sorted(data.gaps, byId).map((gap) => ({ ...gap, area: sorted(gap.area) })),
  };
}

const CREATE = `
mutation Create($input: CreateInstitutionInput!) {
  createInstitution(input: $input) { id version }
}`;
const UPDATE = `
mutation Update($input: UpdateInstitutionInput!) {
  updateInstitution(input: $input) { id version }
}`;
const READ = `query { institutions(first: 5) { totalCount nodes { id name } } }`;

function snapshotOf(api: TestApi): SnapshotService {
  return new SnapshotService(new SnapshotRepository(new Neo4jExecutor(api.driver, 'neo4j')));
}

describe('the snapshot of the demo data (real Neo4j)', () => {
  let api: TestApi;
  let snapshot: SnapshotService;

  beforeAll(async () => {
    api = await startTestApi(DEMO_DATA);
    snapshot = snapshotOf(api);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('reads back exactly the data set that was seeded', async () => {
    await snapshot.readDataSet(); // warm up the query plans; the second read is the one timed
    const started = performance.now();
    const data = await snapshot.readDataSet();
    const elapsed = performance.now() - started;
    const counts = Object.entries(data)
      .map(([name, items]) => `${name} ${(items as readonly unknown[]).length}`)
      .join(', ');
    console.log(`Snapshot of the demo data in ${elapsed.toFixed(0)} ms (${counts})`);

    expect(normalise(data)).toStrictEqual(normalise(DEMO_DATA));
  });

  it('returns every collection and id list in id order already', async () => {
    const data = await snapshot.readDataSet();
    expect(data).toStrictEqual(normalise(data));
  });

  it('keeps its version across reads and changes it with every write', async () => {
    const initial = await snapshot.readVersion();
    await snapshot.readDataSet();
    const read = await api.query(READ);
    expect(read.errors).toBeUndefined();
    expect(await snapshot.readVersion()).toBe(initial);

    const created = await api.query<{ createInstitution: { id: string; version: number } }>(
      CREATE,
      {
        input: {
          name: 'Familienberatung Aken',
          kind: 'FAMILY_COUNSELLING_CENTRE',
          municipality: 'aken',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const afterCreate = await snapshot.readVersion();
    expect(afterCreate).not.toBe(initial);

    // An update changes no count: the version sum and the latest timestamp must show it.
    const updated = await api.query(UPDATE, {
      input: { id: created.data?.createInstitution.id, version: 1, name: 'Familienhilfe Aken' },
    });
    expect(updated.errors).toBeUndefined();
    expect(await snapshot.readVersion()).not.toBe(afterCreate);
  });
});

describe('the snapshot of an empty database (real Neo4j)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(undefined, {}, {}, null);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('is a data set of empty lists', async () => {
    const service = snapshotOf(api);
    expect(await service.readDataSet()).toEqual({
      institutions: [],
      people: [],
      worksAt: [],
      expertise: [],
      services: [],
      referralPaths: [],
      networks: [],
      memberships: [],
      meetings: [],
      trainings: [],
      caseReviews: [],
      gaps: [],
      region: null,
    });
    expect(await service.readVersion()).toBe('empty/0n/0r/0v/region0');
  });
});
