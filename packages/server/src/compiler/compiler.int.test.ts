import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth';
import { benchQueries } from '../test/bench-queries';
import { createContext } from '../context';
import { createLogger } from '../logger';
import { buildAppSchema } from '../schema';
import { DEMO_DATA } from '@schutznetz/demo-data';
import { SHOWCASE, startTestApi, type TestApi } from '../test/graphql';
import { testConfig } from '../test/neo4j';

/** Aliases, fragments, @include, edges with cursors, and fields the mappings cover only partly. */
const SHAPES = `
query Shapes($withServices: Boolean!) {
  first: institutions(first: 5, filter: { kinds: [WOMENS_SHELTER, POLICE_STATION] }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ...Card } }
  }
  second: institutions(first: 3) { nodes { title: name ...Card } }
  network(id: "net:ak_gewalt") {
    name kind area { id }
    members { role since memberKind institution { name kind } person { displayName email } network { name } }
  }
  referrals: institution(id: "org:polizei_biwo") {
    name municipality { id }
    referralsOut { id consent urgency topics { id } routeTemplate { id } to { name } from { name } }
    referralsIn { id to { name } from { name } }
    services @include(if: $withServices) {
      name openingHours { day opens closes } area { id } targetGroups { id } institution { name }
    }
  }
}
fragment Card on Institution {
  id name kind openingHours { day opens } languages
  people { role since person { displayName phone networks { role network { name } } } }
}`;

describe('compiled reads against the DataLoader path (real Neo4j, demo data)', () => {
  let api: TestApi;
  let compiled: GraphQLSchema;
  let loaders: GraphQLSchema;

  beforeAll(async () => {
    api = await startTestApi(DEMO_DATA);
    compiled = await buildAppSchema();
    loaders = await buildAppSchema({ compiledReads: false });
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  async function run(
    schema: GraphQLSchema,
    source: string,
    variableValues: Record<string, unknown>,
    viewer: Viewer,
  ): Promise<{ result: ExecutionResult; roundTrips: number }> {
    const config = testConfig({ NEO4J_TRACE: 'true' });
    const context = createContext(
      { config, driver: api.driver, logger: createLogger(config) },
      viewer,
    );
    const result = await graphql({ schema, source, variableValues, contextValue: context });
    return { result, roundTrips: context.trace?.roundTrips ?? NaN };
  }

  const analyst: Viewer = { name: 'analyst', role: 'analyst' };
  const anonymous: Viewer = { name: 'anonymous', role: 'public' };

  const bench = benchQueries({
    municipalities: ['koethen', 'bitterfeld_wolfen', 'zerbst'],
    earlySupportNetworkId: 'net:fruehe_hilfen',
    analystMunicipality: 'koethen',
    analystTopic: 'parental_mental_illness',
    overviewNetworkId: 'net:kinderschutz',
    membershipHasPerson: true,
  });
  const cases: [string, string, Record<string, unknown>, number][] = [
    ['the showcase query', SHOWCASE, { first: 100 }, 1],
    ...bench.map((query): [string, string, Record<string, unknown>, number] => [
      `bench ${query.id} (${query.title})`,
      query.graphql,
      { ...query.variables },
      1,
    ]),
    ['aliases, fragments, edges and partly covered fields', SHAPES, { withServices: true }, 4],
    [
      'a service list with its institution and staff',
      `{ services(first: 30, filter: { topics: ["domestic_violence"] }) {
          totalCount pageInfo { hasNextPage }
          nodes { name cost minAge topics { id } institution { name people { role person { displayName } } } }
        } service(id: "svc:frauenhaus_biwo_places") { name capacityTotal area { id } } }`,
      {},
      2,
    ],
    [
      'referral paths, filtered, with their ends, and one path by id',
      `{ referralPaths(first: 40, filter: { municipalities: ["zerbst"], topics: ["domestic_violence"] }) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id consent urgency responseHours topics { id } routeTemplate { id }
            from { name kind municipality { id } } to { name people { person { displayName } } } } }
        }
        referralPath(id: "ref:r01_polizei_zerbst__interventionsstelle_dessau") { id dataMode conditions from { name } to { name } } }`,
      {},
      2,
    ],
  ];

  it.each(cases)(
    'answers %s exactly as the loaders do, in one round trip per root field',
    async (_name, source, variables, rootFields) => {
      const viaLoaders = await run(loaders, source, variables, analyst);
      const viaCompiler = await run(compiled, source, variables, analyst);
      expect(viaLoaders.result.errors).toBeUndefined();
      expect(viaCompiler.result.errors).toBeUndefined();
      expect(viaCompiler.result.data).toEqual(viaLoaders.result.data);
      expect(viaCompiler.roundTrips).toBe(rootFields);
    },
  );

  it.each([
    ['Institution.people', '{ institutions(first: 10) { nodes { name people { role } } } }'],
    [
      'Membership.person',
      '{ network(id: "net:kinderschutz") { members { memberKind person { displayName } institution { name } } } }',
    ],
  ])(
    'keeps the role rules: the public may not read %s, with the same errors',
    async (_field, source) => {
      const viaLoaders = await run(loaders, source, {}, anonymous);
      const viaCompiler = await run(compiled, source, {}, anonymous);
      expect(viaCompiler.result.data).toEqual(viaLoaders.result.data);
      const errors = (result: ExecutionResult) =>
        (result.errors ?? []).map((error) => `${error.path?.join('.')}: ${error.message}`).sort();
      expect(errors(viaCompiler.result)).toEqual(errors(viaLoaders.result));
      expect(errors(viaCompiler.result).length).toBeGreaterThan(0);
    },
  );

  it('gives the public the institutions of a network but none of its people, on both paths', async () => {
    type Members = { network: { members: { memberKind: string; memberId: string }[] } };
    const query = '{ network(id: "net:fruehe_hilfen") { members { memberKind memberId } } }';
    for (const schema of [compiled, loaders]) {
      const asPublic = (await run(schema, query, {}, anonymous)).result;
      const asAnalyst = (await run(schema, query, {}, analyst)).result;
      expect(asPublic.errors).toBeUndefined();
      const publicMembers = (asPublic.data as Members).network.members;
      const allMembers = (asAnalyst.data as Members).network.members;
      expect(new Set(publicMembers.map((m) => m.memberKind))).toEqual(new Set(['institution']));
      expect(new Set(allMembers.map((m) => m.memberKind))).toEqual(
        new Set(['institution', 'person']),
      );
      expect(publicMembers).toEqual(allMembers.filter((m) => m.memberKind === 'institution'));
    }
  });
  it('pages with the cursors of compiled reads as with the loaders', async () => {
    const source = `query($after: String) {
      people(first: 7, after: $after, filter: { networks: ["net:kinderschutz"] }) {
        totalCount pageInfo { hasNextPage endCursor } nodes { displayName }
      }
    }`;
    const first = await run(compiled, source, { after: null }, analyst);
    const data = first.result.data as { people: { pageInfo: { endCursor: string } } };
    const after = data.people.pageInfo.endCursor;
    const viaLoaders = await run(loaders, source, { after }, analyst);
    const viaCompiler = await run(compiled, source, { after }, analyst);
    expect(viaCompiler.result.data).toEqual(viaLoaders.result.data);
    expect(first.result.data).toEqual(
      (await run(loaders, source, { after: null }, analyst)).result.data,
    );
  });
});
