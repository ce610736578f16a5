import { createInstitution, useTestApi } from '../../test/fixtures';

const SERVICE_FIELDS = `
  id name description version minAge maxAge languages available24x7 selfReferral
  consentRequired cost accessibility capacityTotal capacityFree capacityReportedAt
  openingHours { day opens closes }
  institution { id name }
  topics { id } targetGroups { id } area { id }`;

const CREATE = `
mutation($input: CreateServiceInput!) { createService(input: $input) { ${SERVICE_FIELDS} } }`;
const UPDATE = `
mutation($input: UpdateServiceInput!) { updateService(input: $input) { ${SERVICE_FIELDS} } }`;
const REPORT = `
mutation($id: ID!, $version: Int!, $free: Int!) {
  reportCapacity(id: $id, version: $version, capacityFree: $free) {
    version capacityTotal capacityFree capacityReportedAt
  }
}`;
const DELETE = 'mutation($id: ID!, $version: Int!) { deleteService(id: $id, version: $version) }';

interface ServiceView {
  id: string;
  name: string;
  description: string | null;
  version: number;
  minAge: number | null;
  maxAge: number | null;
  languages: string[];
  capacityTotal: number | null;
  capacityFree: number | null;
  capacityReportedAt: string | null;
  institution: { id: string; name: string };
  topics: { id: string }[];
  targetGroups: { id: string }[];
  area: { id: string }[];
}

const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);

/** Creating, changing and deleting services (lists and filters: offering-queries.int.test.ts). */
describe('services over GraphQL (real Neo4j)', () => {
  const api = useTestApi();
  let counselling: string;
  let shelter: string;

  beforeAll(async () => {
    counselling = await createInstitution(
      api,
      'Beratungsstelle Köthen',
      'FAMILY_COUNSELLING_CENTRE',
    );
    shelter = await createInstitution(api, 'Frauenhaus Test', 'WOMENS_SHELTER');
  });

  async function create(input: Record<string, unknown>): Promise<ServiceView> {
    const result = await api.query<{ createService: ServiceView }>(CREATE, {
      input: { institutionId: counselling, topics: ['parenting_support'], ...input },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createService;
  }

  async function countServices(): Promise<number> {
    const [row] = await api.cypher<{ n: number }>('MATCH (n:Service) RETURN count(n) AS n');
    return row?.n ?? 0;
  }

  async function countLinks(): Promise<number> {
    const [row] = await api.cypher<{ n: number }>('MATCH (:Service)-[r]-() RETURN count(r) AS n');
    return row?.n ?? 0;
  }

  it('creates a service offered by an institution, with its topics, groups and area', async () => {
    const created = await create({
      name: 'Erziehungsberatung',
      description: 'Beratung für Eltern und Jugendliche.',
      topics: ['parenting_support', 'domestic_violence'],
      targetGroups: ['parents_families'],
      area: ['koethen', 'aken'],
      minAge: 0,
      maxAge: 27,
      languages: ['DE', 'EN'],
      cost: 'FREE',
      openingHours: [{ day: 'MON', opens: '09:00', closes: '12:00' }],
    });
    expect(created).toMatchObject({
      name: 'Erziehungsberatung',
      version: 1,
      minAge: 0,
      maxAge: 27,
      languages: ['DE', 'EN'],
      capacityTotal: null,
      institution: { id: counselling, name: 'Beratungsstelle Köthen' },
    });
    expect(ids(created.topics)).toEqual(['domestic_violence', 'parenting_support']);
    expect(ids(created.targetGroups)).toEqual(['parents_families']);
    expect(ids(created.area)).toEqual(['aken', 'koethen']);

    const rows = await api.cypher<{ institution: string; topics: number; area: number }>(
      `MATCH (i:Institution)-[:OFFERS]->(s:Service {id: $id})
       RETURN i.id AS institution, COUNT { (s)-[:ADDRESSES_TOPIC]->(:Topic) } AS topics,
              COUNT { (s)-[:SERVES_AREA]->(:Region) } AS area`,
      { id: created.id },
    );
    expect(rows).toEqual([{ institution: counselling, topics: 2, area: 2 }]);

    const read = await api.query<{ service: ServiceView }>(
      `query($id: ID!) { service(id: $id) { ${SERVICE_FIELDS} } }`,
      { id: created.id },
    );
    expect(read.data?.service).toEqual(created);
    const missing = await api.query<{ service: null }>('{ service(id: "svc:none") { id } }');
    expect(missing.data?.service).toBeNull();
  });

  it.each([
    ['name', { name: 'A' }, /longer than or equal to 2/],
    ['description', { description: 'x' }, /longer than or equal to 2/],
    ['topics', { topics: [] }, /at least 1/],
    ['topics', { topics: ['astrology'] }, /unknown topic: astrology/],
    ['targetGroups', { targetGroups: ['martians'] }, /unknown target group/],
    ['area', { area: ['atlantis'] }, /unknown municipality/],
    ['minAge', { minAge: -1 }, /not be less than 0/],
    ['maxAge', { maxAge: 121 }, /not be greater than 120/],
    ['maxAge', { minAge: 18, maxAge: 18 }, /minAge must be lower than maxAge/],
    ['capacityTotal', { capacityTotal: -1 }, /not be less than 0/],
    ['capacityFree', { capacityTotal: 2, capacityFree: 3 }, /must not exceed/],
    ['capacityFree', { capacityFree: 1 }, /without places/],
    [
      'openingHours.0.closes',
      { openingHours: [{ day: 'TUE', opens: '14:00', closes: '13:00' }] },
      /later/,
    ],
  ])(
    'rejects a bad %s with BAD_USER_INPUT naming the field, and writes nothing',
    async (field, patch, message) => {
      const before = [await countServices(), await countLinks()];
      const result = await api.query(CREATE, {
        input: {
          institutionId: counselling,
          name: 'Testangebot',
          topics: ['parenting_support'],
          ...patch,
        },
      });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect([await countServices(), await countLinks()]).toEqual(before);
    },
  );

  it('answers NOT_FOUND on institutionId for an unknown institution, and writes nothing', async () => {
    const before = await countServices();
    const result = await api.query(CREATE, {
      input: { institutionId: 'org:none', name: 'Waise', topics: ['parenting_support'] },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'institutionId',
    });
    expect(await countServices()).toBe(before);
  });

  it('updates fields, replaces links when given, and refuses a stale version', async () => {
    const created = await create({
      name: 'Jugendberatung',
      topics: ['parenting_support'],
      targetGroups: ['adolescents_14_18'],
      area: ['koethen'],
      minAge: 14,
      maxAge: 18,
    });
    const updated = await api.query<{ updateService: ServiceView }>(UPDATE, {
      input: {
        id: created.id,
        version: 1,
        name: 'Jugend- und Familienberatung',
        topics: ['emotional_abuse', 'parenting_support'],
        area: ['aken', 'zerbst'],
        maxAge: 27,
      },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateService).toMatchObject({
      name: 'Jugend- und Familienberatung',
      version: 2,
      minAge: 14,
      maxAge: 27,
    });
    expect(ids(updated.data!.updateService.topics)).toEqual([
      'emotional_abuse',
      'parenting_support',
    ]);
    expect(ids(updated.data!.updateService.area)).toEqual(['aken', 'zerbst']);
    // Target groups were not given: they stay.
    expect(ids(updated.data!.updateService.targetGroups)).toEqual(['adolescents_14_18']);

    const cleared = await api.query<{ updateService: ServiceView }>(UPDATE, {
      input: { id: created.id, version: 2, targetGroups: null, minAge: null },
    });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data?.updateService).toMatchObject({
      version: 3,
      minAge: null,
      targetGroups: [],
    });

    const stale = await api.query(UPDATE, { input: { id: created.id, version: 1, name: 'Alt' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'version',
      currentVersion: 3,
    });
    const [row] = await api.cypher<{ name: string; topics: number }>(
      `MATCH (s:Service {id: $id})
       RETURN s.name AS name, COUNT { (s)-[:ADDRESSES_TOPIC]->() } AS topics`,
      { id: created.id },
    );
    expect(row).toEqual({ name: 'Jugend- und Familienberatung', topics: 2 });
  });

  it('checks an update against the stored values and writes nothing when it fails', async () => {
    const created = await create({ name: 'Kinderschutzberatung', minAge: 0, maxAge: 18 });
    const result = await api.query(UPDATE, {
      input: { id: created.id, version: 1, minAge: 18, topics: ['child_neglect'] },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'maxAge',
    });
    const noTopics = await api.query(UPDATE, {
      input: { id: created.id, version: 1, topics: null },
    });
    expect(noTopics.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'topics',
    });
    const [row] = await api.cypher<{ minAge: number; version: number; topics: string[] }>(
      `MATCH (s:Service {id: $id})
       RETURN s.minAge AS minAge, s.version AS version,
              [(s)-[:ADDRESSES_TOPIC]->(t) | t.id] AS topics`,
      { id: created.id },
    );
    expect(row).toEqual({ minAge: 0, version: 1, topics: ['parenting_support'] });

    const unknown = await api.query(UPDATE, { input: { id: 'svc:none', version: 1, name: 'Xy' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('reports free places with the time, within the places in total', async () => {
    const created = await create({
      institutionId: shelter,
      name: 'Schutzplätze',
      topics: ['domestic_violence'],
      capacityTotal: 6,
    });
    const before = Date.now();
    const reported = await api.query<{
      reportCapacity: { version: number; capacityFree: number; capacityReportedAt: string };
    }>(REPORT, { id: created.id, version: 1, free: 2 });
    expect(reported.errors).toBeUndefined();
    expect(reported.data?.reportCapacity).toMatchObject({ version: 2, capacityFree: 2 });
    const at = Date.parse(reported.data!.reportCapacity.capacityReportedAt);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);

    for (const [free, message] of [
      [7, /must not exceed the places in total \(6\)/],
      [-1, /not be less than 0/],
    ] as const) {
      const bad = await api.query(REPORT, { id: created.id, version: 2, free });
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'capacityFree',
      });
      expect(bad.errors?.[0]?.message).toMatch(message);
    }
    const stale = await api.query(REPORT, { id: created.id, version: 1, free: 0 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const [row] = await api.cypher<{ free: number; version: number }>(
      'MATCH (s:Service {id: $id}) RETURN s.capacityFree AS free, s.version AS version',
      { id: created.id },
    );
    expect(row).toEqual({ free: 2, version: 2 });

    const noPlaces = await create({ name: 'Ohne Plätze' });
    const refused = await api.query(REPORT, { id: noPlaces.id, version: 1, free: 0 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'capacityFree',
    });
  });

  it('deletes with the current version only', async () => {
    const created = await create({ name: 'Zum Löschen', area: ['aken'] });
    const stale = await api.query(DELETE, { id: created.id, version: 2 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const result = await api.query<{ deleteService: string }>(DELETE, {
      id: created.id,
      version: 1,
    });
    expect(result.data?.deleteService).toBe(created.id);
    expect(await api.cypher('MATCH (s:Service {id: $id}) RETURN s', { id: created.id })).toEqual(
      [],
    );
    // Deleted, not unknown: the client is told it is gone and can be restored from its history.
    const again = await api.query(DELETE, { id: created.id, version: 1 });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'version',
      currentVersion: null,
    });
    expect(again.errors?.[0]?.message).toMatch(/was deleted by .* restore/);
  });
});
