import {
  type Connection,
  createInstitution as createInstitutionVia,
  useTestApi,
} from '../../test/fixtures';

const PATH_FIELDS = `
  id version consent dataMode urgency responseHours formalAgreement afterHours conditions
  createdAt updatedAt updatedBy
  from { id } to { id } topics { id }
  routeTemplate { id title { en } trigger { de } mechanism { en } fromKinds steps }`;

const CREATE = `
mutation($input: CreateReferralPathInput!) { createReferralPath(input: $input) { ${PATH_FIELDS} } }`;
const UPDATE = `
mutation($input: UpdateReferralPathInput!) { updateReferralPath(input: $input) { ${PATH_FIELDS} } }`;
const DELETE =
  'mutation($id: ID!, $version: Int!) { deleteReferralPath(id: $id, version: $version) }';

interface PathView {
  id: string;
  version: number;
  consent: string;
  dataMode: string;
  urgency: string;
  conditions: string | null;
  from: { id: string };
  to: { id: string };
  topics: { id: string }[];
  routeTemplate: { id: string; fromKinds: string[] | null; steps: string[][] } | null;
}

describe('referral paths over GraphQL (real Neo4j)', () => {
  const api = useTestApi();
  let police: string;
  let intervention: string;
  let school: string;
  let insofa: string;
  let asd: string;

  beforeAll(async () => {
    police = await createInstitution('Polizeirevier Test', 'POLICE_STATION', 'bitterfeld_wolfen');
    intervention = await createInstitution(
      'Interventionsstelle Test',
      'DOMESTIC_VIOLENCE_INTERVENTION_CENTRE',
      'dessau_rosslau',
    );
    school = await createInstitution('Grundschule Test', 'SCHOOL', 'koethen');
    insofa = await createInstitution('Kinderschutzberatung Test', 'CHILD_PROTECTION_ADVICE_UNIT');
    asd = await createInstitution('ASD Test', 'GENERAL_SOCIAL_SERVICE');
  });

  const createInstitution = (name: string, kind: string, municipality = 'koethen') =>
    createInstitutionVia(api, name, kind, municipality);

  async function create(input: Record<string, unknown>): Promise<PathView> {
    const result = await api.query<{ createReferralPath: PathView }>(CREATE, {
      input: {
        consent: 'REQUIRED',
        dataMode: 'IDENTIFIED_WITH_CONSENT',
        urgency: 'DAYS',
        ...input,
      },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createReferralPath;
  }

  async function countPaths(): Promise<number> {
    const [row] = await api.cypher<{ n: number }>(
      'MATCH ()-[r:REFERS_TO]->() RETURN count(r) AS n',
    );
    return row?.n ?? 0;
  }

  it('creates a path that instantiates a route template', async () => {
    const created = await create({
      fromId: police,
      toId: intervention,
      routeTemplate: 'R01',
      topics: ['domestic_violence', 'stalking'],
      responseHours: 72,
      afterHours: 'NEXT_WORKING_DAY',
      conditions: 'Nur mit Einwilligung der betroffenen Person.',
    });
    expect(created).toMatchObject({
      version: 1,
      consent: 'REQUIRED',
      dataMode: 'IDENTIFIED_WITH_CONSENT',
      urgency: 'DAYS',
      responseHours: 72,
      formalAgreement: false,
      afterHours: 'NEXT_WORKING_DAY',
      updatedBy: 'anonymous',
      from: { id: police },
      to: { id: intervention },
      topics: [{ id: 'domestic_violence' }, { id: 'stalking' }],
      routeTemplate: {
        id: 'R01',
        title: { en: 'Police → intervention centre' },
        fromKinds: ['POLICE_STATION', 'POLICE_VICTIM_PROTECTION_OFFICER'],
        steps: [['DOMESTIC_VIOLENCE_INTERVENTION_CENTRE']],
      },
    });
    const rows = await api.cypher<{ from: string; to: string; template: string; version: number }>(
      `MATCH (a)-[r:REFERS_TO {id: $id}]->(b)
       RETURN a.id AS from, b.id AS to, r.routeTemplate AS template, r.version AS version`,
      { id: created.id },
    );
    expect(rows).toEqual([{ from: police, to: intervention, template: 'R01', version: 1 }]);

    const read = await api.query<{ referralPath: PathView }>(
      `query($id: ID!) { referralPath(id: $id) { ${PATH_FIELDS} } }`,
      { id: created.id },
    );
    expect(read.data?.referralPath).toEqual(created);
    const missing = await api.query<{ referralPath: null }>('{ referralPath(id: "ref:x") { id } }');
    expect(missing.data?.referralPath).toBeNull();
  });

  it('accepts each leg of a multi-step route (R08 school → InsoFa → ASD)', async () => {
    const legs = [
      { fromId: school, toId: insofa, dataMode: 'PSEUDONYMISED' },
      { fromId: insofa, toId: asd, dataMode: 'IDENTIFIED_BY_LAW' },
      { fromId: school, toId: asd, dataMode: 'IDENTIFIED_BY_LAW' },
    ];
    for (const leg of legs) {
      const created = await create({ ...leg, routeTemplate: 'R08', consent: 'INFORM_BEFORE' });
      expect(created.routeTemplate?.steps).toEqual([
        ['CHILD_PROTECTION_ADVICE_UNIT'],
        ['GENERAL_SOCIAL_SERVICE'],
      ]);
    }
  });

  it.each([
    ['NOT_FOUND', 'fromId', () => ({ fromId: 'org:none', toId: asd }), /does not exist/],
    ['NOT_FOUND', 'toId', () => ({ fromId: police, toId: 'org:none' }), /does not exist/],
    ['BAD_USER_INPUT', 'toId', () => ({ fromId: police, toId: police }), /another institution/],
    [
      'BAD_USER_INPUT',
      'routeTemplate',
      () => ({ fromId: police, toId: intervention, routeTemplate: 'R99' }),
      /unknown route template/,
    ],
    [
      'BAD_USER_INPUT',
      'routeTemplate',
      () => ({ fromId: school, toId: intervention, routeTemplate: 'R01' }),
      /starts at police_station, police_victim_protection_officer; "Grundschule Test" is school/,
    ],
    [
      'BAD_USER_INPUT',
      'routeTemplate',
      () => ({ fromId: police, toId: school, routeTemplate: 'R01' }),
      /leads from police_station to domestic_violence_intervention_centre; "Grundschule Test" is school/,
    ],
    [
      'BAD_USER_INPUT',
      'routeTemplate',
      () => ({ fromId: insofa, toId: school, routeTemplate: 'R08' }),
      /leads from child_protection_advice_unit to general_social_service/,
    ],
    [
      'BAD_USER_INPUT',
      'dataMode',
      () => ({ fromId: school, toId: insofa, routeTemplate: 'R08', dataMode: 'IDENTIFIED_BY_LAW' }),
      /as pseudonymised, not identified_by_law/,
    ],
    [
      'BAD_USER_INPUT',
      'topics',
      () => ({ fromId: police, toId: asd, topics: ['astrology'] }),
      /unknown topic/,
    ],
    [
      'BAD_USER_INPUT',
      'responseHours',
      () => ({ fromId: police, toId: asd, responseHours: -1 }),
      /not be less than 0/,
    ],
    [
      'BAD_USER_INPUT',
      'conditions',
      () => ({ fromId: police, toId: asd, conditions: 'x' }),
      /longer than or equal to 2/,
    ],
  ])('answers %s on %s and writes nothing', async (code, field, input, message) => {
    const before = await countPaths();
    const result = await api.query(CREATE, {
      input: {
        consent: 'REQUIRED',
        dataMode: 'IDENTIFIED_WITH_CONSENT',
        urgency: 'DAYS',
        ...input(),
      },
    });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await countPaths()).toBe(before);
  });

  it('updates with the current version, checks the template, and refuses a stale version', async () => {
    const created = await create({ fromId: police, toId: asd, urgency: 'SAME_DAY' });
    const updated = await api.query<{ updateReferralPath: PathView }>(UPDATE, {
      input: {
        id: created.id,
        version: 1,
        routeTemplate: 'R02',
        dataMode: 'IDENTIFIED_BY_LAW',
        consent: 'NOT_REQUIRED',
        conditions: 'Kinder im Haushalt.',
      },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateReferralPath).toMatchObject({
      version: 2,
      urgency: 'SAME_DAY',
      consent: 'NOT_REQUIRED',
      conditions: 'Kinder im Haushalt.',
      routeTemplate: { id: 'R02' },
    });

    const wrongTemplate = await api.query(UPDATE, {
      input: { id: created.id, version: 2, routeTemplate: 'R03' },
    });
    expect(wrongTemplate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'routeTemplate',
    });
    const wrongMode = await api.query(UPDATE, {
      input: { id: created.id, version: 2, dataMode: 'PSEUDONYMISED' },
    });
    expect(wrongMode.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dataMode',
    });
    const stale = await api.query(UPDATE, {
      input: { id: created.id, version: 1, conditions: 'Überschrieben' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'version',
      currentVersion: 2,
    });
    const [row] = await api.cypher(
      `MATCH ()-[r:REFERS_TO {id: $id}]->()
       RETURN r.version AS version, r.routeTemplate AS template, r.dataMode AS dataMode,
              r.conditions AS conditions`,
      { id: created.id },
    );
    expect(row).toEqual({
      version: 2,
      template: 'R02',
      dataMode: 'identified_by_law',
      conditions: 'Kinder im Haushalt.',
    });

    const cleared = await api.query<{ updateReferralPath: PathView }>(UPDATE, {
      input: { id: created.id, version: 2, routeTemplate: null, conditions: null },
    });
    expect(cleared.data?.updateReferralPath).toMatchObject({
      version: 3,
      routeTemplate: null,
      conditions: null,
    });
    const unknown = await api.query(UPDATE, { input: { id: 'ref:none', version: 1 } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('deletes with the current version only', async () => {
    const created = await create({ fromId: asd, toId: police });
    const stale = await api.query(DELETE, { id: created.id, version: 5 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const deleted = await api.query<{ deleteReferralPath: string }>(DELETE, {
      id: created.id,
      version: 1,
    });
    expect(deleted.data?.deleteReferralPath).toBe(created.id);
    expect(
      await api.cypher('MATCH ()-[r:REFERS_TO {id: $id}]->() RETURN r', { id: created.id }),
    ).toEqual([]);
    // Deleted, not unknown: the client is told it is gone and can be restored from its history.
    const again = await api.query(DELETE, { id: created.id, version: 1 });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'version',
      currentVersion: null,
    });
    expect(again.errors?.[0]?.message).toMatch(/was deleted by .* restore/);
  });

  describe('lists', () => {
    let a: string;
    let b: string;
    let c: string;
    const paths: Record<string, string> = {};

    beforeAll(async () => {
      a = await createInstitution('Listen A', 'POLICE_STATION', 'osternienburger_land');
      b = await createInstitution('Listen B', 'DOMESTIC_VIOLENCE_INTERVENTION_CENTRE', 'aken');
      c = await createInstitution('Listen C', 'FAMILY_COURT', 'aken');
      paths['ab'] = (
        await create({ fromId: a, toId: b, routeTemplate: 'R01', topics: ['stalking'] })
      ).id;
      paths['bc'] = (
        await create({ fromId: b, toId: c, routeTemplate: 'R03', urgency: 'IMMEDIATE' })
      ).id;
      paths['ca'] = (await create({ fromId: c, toId: a, topics: ['child_neglect'] })).id;
    });

    async function found(filter: Record<string, unknown>): Promise<string[]> {
      const result = await api.query<{ referralPaths: { nodes: { id: string }[] } }>(
        'query($filter: ReferralPathFilterInput) { referralPaths(first: 100, filter: $filter) { nodes { id } } }',
        { filter },
      );
      expect(result.errors).toBeUndefined();
      const names = new Map(Object.entries(paths).map(([name, id]) => [id, name]));
      return result.data!.referralPaths.nodes.flatMap((node) => names.get(node.id) ?? []).sort();
    }

    it('filters by ends, template, topic group, urgency and municipality of either end', async () => {
      expect(await found({ from: [a, b] })).toEqual(['ab', 'bc']);
      expect(await found({ to: [a] })).toEqual(['ca']);
      expect(await found({ routeTemplates: ['R03'] })).toEqual(['bc']);
      expect(await found({ topics: ['violence_close_relationships'] })).toEqual(['ab']);
      expect(await found({ topics: ['child_endangerment'] })).toEqual(['ca']);
      expect(await found({ urgency: ['IMMEDIATE'] })).toEqual(['bc']);
      expect(await found({ municipalities: ['osternienburger_land'] })).toEqual(['ab', 'ca']);
    });

    it('pages by id with cursors and counts the total', async () => {
      type Page = { referralPaths: Connection<{ id: string }> };
      const query = `query($after: String) {
        referralPaths(first: 2, after: $after, filter: { municipalities: ["osternienburger_land", "aken"] }) {
          totalCount nodes { id } pageInfo { hasNextPage endCursor }
        }
      }`;
      const sorted = Object.values(paths).sort();
      const one = await api.query<Page>(query);
      expect(one.data?.referralPaths).toMatchObject({
        totalCount: 3,
        nodes: sorted.slice(0, 2).map((id) => ({ id })),
        pageInfo: { hasNextPage: true },
      });
      const two = await api.query<Page>(query, {
        after: one.data?.referralPaths.pageInfo.endCursor,
      });
      expect(two.data?.referralPaths).toMatchObject({
        nodes: [{ id: sorted[2] }],
        pageInfo: { hasNextPage: false },
      });
    });

    it('rejects unknown codes in a filter', async () => {
      const result = await api.query(
        '{ referralPaths(filter: { routeTemplates: ["R0"] }) { totalCount } }',
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.routeTemplates',
      });
    });

    it('reads the paths out of and into an institution', async () => {
      const result = await api.query<{
        institution: {
          referralsOut: { id: string; to: { name: string } }[];
          referralsIn: { id: string; from: { name: string } }[];
        };
      }>(
        `query($id: ID!) {
          institution(id: $id) { referralsOut { id to { name } } referralsIn { id from { name } } }
        }`,
        { id: b },
      );
      expect(result.data?.institution).toEqual({
        referralsOut: [{ id: paths['bc'], to: { name: 'Listen C' } }],
        referralsIn: [{ id: paths['ab'], from: { name: 'Listen A' } }],
      });
    });
  });

  describe('round trips', () => {
    const QUERY = `{
      institutions(first: 200) {
        nodes { services { name topics { id } area { id } } referralsOut { to { name } } }
      }
    }`;

    type Result = {
      institutions: {
        nodes: { services: { name: string }[]; referralsOut: { to: { name: string } }[] }[];
      };
    };

    /** Adds institutions, each with two services and a path to the one before it. */
    async function grow(from: number, to: number): Promise<void> {
      const created: string[] = [];
      for (let start = from; start < to; start += 10) {
        const batch = Array.from({ length: Math.min(10, to - start) }, (_, i) => start + i);
        created.push(
          ...(await Promise.all(
            batch.map((n) => createInstitution(`Netz ${n}`, 'FAMILY_COUNSELLING_CENTRE')),
          )),
        );
      }
      for (let start = 0; start < created.length; start += 10) {
        await Promise.all(
          created.slice(start, start + 10).flatMap((id, i) => [
            ...['Beratung', 'Gruppe'].map(async (name) => {
              const result = await api.query(
                'mutation($input: CreateServiceInput!) { createService(input: $input) { id } }',
                {
                  input: {
                    institutionId: id,
                    name: `${name} ${from + start + i}`,
                    topics: ['parenting_support', 'domestic_violence'],
                    area: ['koethen', 'aken'],
                  },
                },
              );
              expect(result.errors).toBeUndefined();
            }),
            create({ fromId: id, toId: created[start + i - 1] ?? police }),
          ]),
        );
      }
    }

    it('costs the same number of round trips for 10 and for 100 institutions', async () => {
      await grow(0, 10);
      const small = await api.query<Result>(QUERY);
      expect(small.errors).toBeUndefined();
      await grow(10, 100);
      const large = await api.query<Result>(QUERY);
      expect(large.errors).toBeUndefined();

      const withServices = (result: typeof small) =>
        result.data!.institutions.nodes.filter((node) => node.services.length === 2).length;
      expect(withServices(small)).toBeGreaterThanOrEqual(10);
      expect(withServices(large)).toBeGreaterThanOrEqual(100);
      // Institutions, their services, their paths and the institutions the paths lead to: one
      // compiled statement.
      expect(small.extensions?.neo4j?.roundTrips).toBe(1);
      expect(large.extensions?.neo4j?.roundTrips).toBe(small.extensions?.neo4j?.roundTrips);
    }, 120_000);
  });
});
