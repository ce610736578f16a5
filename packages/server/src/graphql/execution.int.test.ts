import { startApp, type RunningApp } from '../app';
import { benchQueries } from '../test/bench-queries';
import { createLogger } from '../logger';
import { DEMO_DATA } from '@schutznetz/demo-data';
import { startTestApi, type TestApi } from '../test/graphql';
import { testConfig } from '../test/neo4j';

const ANALYST = 'analyst-token-0123456789abcdef';
const COORDINATOR = 'coordinator-token-0123456789ab';
const ENV = {
  ANONYMOUS_ROLE: 'public',
  AUTH_TOKENS: `${ANALYST}:analyst:Jugendhilfeplanung,${COORDINATOR}:coordinator:Netzwerkkoordination`,
};
const asAnalyst = { authorization: `Bearer ${ANALYST}` };
const asCoordinator = { authorization: `Bearer ${COORDINATOR}` };

interface Exchange {
  readonly status: number;
  readonly body: unknown;
}

async function post(
  app: RunningApp,
  request: { query: string; variables?: unknown; operationName?: string },
  headers: Record<string, string> = {},
): Promise<Exchange> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
  });
  return { status: response.status, body: await response.json() };
}

/** Database time varies from request to request; round trips do not. */
function withoutTimings(exchange: Exchange): Exchange {
  const body = exchange.body as { extensions?: { neo4j?: { dbMs?: number } } };
  if (body.extensions?.neo4j) body.extensions.neo4j.dbMs = 0;
  return exchange;
}

const SHOWCASE = `
query Showcase($first: Int!) {
  people(first: $first, filter: {
    networks: ["net:fruehe_hilfen"], municipalities: ["koethen"], topics: ["parental_mental_illness"]
  }) {
    totalCount
    nodes {
      displayName functionTitle email phone
      employments { role institution { name phone email } }
      expertise { topic { id label { de } } level qualification }
    }
  }
}`;

const [Q1, Q2, Q3] = benchQueries({
  municipalities: ['koethen', 'bitterfeld_wolfen', 'zerbst'],
  earlySupportNetworkId: 'net:fruehe_hilfen',
  analystMunicipality: 'koethen',
  analystTopic: 'parental_mental_illness',
  overviewNetworkId: 'net:kinderschutz',
  membershipHasPerson: true,
});

/** Aliases, a named and an inline fragment, @include/@skip from variables, on a compiled root. */
const SHAPES = `
query Shapes($withServices: Boolean!, $skipKind: Boolean!) {
  first: institutions(first: 3) { nodes { ...Card } pageInfo { hasNextPage endCursor } }
  again: institutions(first: 2, filter: { municipalities: ["zerbst"] }) {
    edges { cursor node { title: name ... on Institution { kind @skip(if: $skipKind) } } }
  }
}
fragment Card on Institution {
  id name __typename
  services @include(if: $withServices) { name topics { id } }
  networks { network { id } }
}`;

/** What the server answers, one case per line: name, request, viewer. */
type Case = [string, Parameters<typeof post>[1], Record<string, string>];

/** Variables of the showcase (`$first: Int!`) that both executors must refuse alike. */
const BAD_VARIABLES = [
  ['a missing non-null variable', {}],
  ['null for a non-null variable', { first: null }],
  ['a float for an Int variable', { first: 1.5 }],
  ['a numeric string for an Int variable', { first: '5' }],
  ['a list for an Int variable', { first: [5] }],
] as const;

const CASES: readonly Case[] = [
  ['the analyst showcase', { query: SHOWCASE, variables: { first: 20 } }, asAnalyst],
  ['Q1 directory', { query: Q1?.graphql ?? '', variables: Q1?.variables }, asAnalyst],
  ['Q2 analyst', { query: Q2?.graphql ?? '', variables: Q2?.variables }, asAnalyst],
  ['Q3 network overview', { query: Q3?.graphql ?? '', variables: Q3?.variables }, asAnalyst],
  [
    'aliases, fragments and directives',
    { query: SHAPES, variables: { withServices: true, skipKind: true } },
    asAnalyst,
  ],
  [
    'the other branch of the directives',
    { query: SHAPES, variables: { withServices: false, skipKind: false } },
    asAnalyst,
  ],
  [
    'one operation of several, by name',
    { query: `${SHAPES} query Other { topics { id } }`, operationName: 'Other' },
    asAnalyst,
  ],
  [
    'search over a union',
    {
      query: `{ search(text: "Beratung", first: 10) { kind node { __typename
        ... on Institution { id name } ... on Service { id name } ... on Person { id } } } }`,
    },
    asAnalyst,
  ],
  [
    'an analysis',
    {
      query: `{ resilience { municipalities isolatedInstitutions { id name }
        singlePoints { singlePersonTopics { id } } } }`,
    },
    asAnalyst,
  ],
  [
    'introspection',
    { query: '{ __type(name: "Membership") { fields { name type { kind name } } } }' },
    asAnalyst,
  ],
  [
    'FORBIDDEN for a root field the public may not read',
    { query: SHOWCASE, variables: { first: 5 } },
    {},
  ],
  [
    'FORBIDDEN for a nested field the public may not read',
    { query: '{ institutions(first: 2) { nodes { name people { person { displayName } } } } }' },
    {},
  ],
  [
    'NOT_FOUND',
    { query: '{ network(id: "net:none") { name } institution(id: "org:none") { name } }' },
    asAnalyst,
  ],
  [
    'BAD_USER_INPUT from argument validation, naming the field',
    {
      query: `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`,
      variables: {
        input: {
          name: 'Xa Beratung',
          kind: 'CHILDCARE_CENTRE',
          municipality: 'koethen',
          email: 'no-mail',
        },
      },
    },
    asCoordinator,
  ],
  [
    'BAD_USER_INPUT (HTTP 400) for a variable of the wrong type',
    { query: SHOWCASE, variables: { first: 'ten' } },
    asAnalyst,
  ],
  ...BAD_VARIABLES.map(([name, variables]): Case => [
    `BAD_USER_INPUT (HTTP 400) for ${name}`,
    { query: SHOWCASE, variables },
    asAnalyst,
  ]),
  [
    'BAD_USER_INPUT (HTTP 400) for an unknown enum value and an unknown field in an input variable',
    {
      query: `query($filter: InstitutionFilterInput) { institutions(first: 1, filter: $filter) { totalCount } }`,
      variables: { filter: { kinds: ['NO_SUCH_KIND'], colour: 'red' } },
    },
    asAnalyst,
  ],
  [
    'FORBIDDEN for a mutation',
    {
      query: `mutation { deleteInstitution(id: "org:none", version: 1) }`,
    },
    asAnalyst,
  ],
  [
    'a variable whose input type has a non-null field with a default (graphql-js executes it)',
    {
      query: `mutation($input: MembershipInput!) {
        addNetworkMember(input: $input) { id members { memberKind } }
      }`,
      variables: { input: { networkId: 'net:none', memberId: 'org:none' } },
    },
    asCoordinator,
  ],
  ['GRAPHQL_VALIDATION_FAILED', { query: '{ institutions { nonsense } }' }, asAnalyst],
];

describe('graphql-jit and graphql-js answer alike (real Neo4j, demo data)', () => {
  let api: TestApi;
  let jit: RunningApp;
  let graphqlJs: RunningApp;

  beforeAll(async () => {
    api = await startTestApi(DEMO_DATA, { ...ENV, GRAPHQL_EXECUTOR: 'jit' });
    jit = api.app;
    const config = testConfig({ ...ENV, NEO4J_TRACE: 'true', GRAPHQL_EXECUTOR: 'graphql-js' });
    graphqlJs = await startApp({ config, driver: api.driver, logger: createLogger(config) });
  }, 120_000);

  afterAll(async () => {
    await graphqlJs.stop();
    await api.close();
  });

  it.each(CASES)('%s', async (_name, request, headers) => {
    const viaJit = withoutTimings(await post(jit, request, headers));
    const viaGraphqlJs = withoutTimings(await post(graphqlJs, request, headers));
    expect(viaJit).toEqual(viaGraphqlJs);
    // Byte for byte, key order included.
    expect(JSON.stringify(viaJit)).toBe(JSON.stringify(viaGraphqlJs));
    // Twice: the second request runs the cached compiled operation.
    expect(withoutTimings(await post(jit, request, headers))).toEqual(viaGraphqlJs);
  });

  it('answers the error cases with the codes clients rely on', async () => {
    const codes = async (
      request: Parameters<typeof post>[1],
      headers: Record<string, string> = asAnalyst,
    ) => {
      const { status, body } = await post(jit, request, headers);
      const errors = (body as { errors?: { extensions: { code: string; field?: string } }[] })
        .errors;
      return { status, errors: errors?.map(({ extensions }) => extensions) };
    };
    expect(await codes({ query: SHOWCASE, variables: { first: 5 } }, {})).toMatchObject({
      errors: [{ code: 'FORBIDDEN' }],
    });
    for (const variables of [{ first: 'ten' }, ...BAD_VARIABLES.map(([, bad]) => bad)]) {
      expect(await codes({ query: SHOWCASE, variables })).toEqual({
        status: 400,
        errors: [{ code: 'BAD_USER_INPUT' }],
      });
    }
    expect(await codes(CASES[13]?.[1] ?? { query: '' }, asCoordinator)).toMatchObject({
      errors: [{ code: 'BAD_USER_INPUT', field: 'email' }],
    });
  });

  it('runs the same mutations with the same results', async () => {
    const create = `mutation($input: CreateInstitutionInput!) {
      createInstitution(input: $input) {
        id name kind version email municipality { id } networks { role } people { role }
      }
    }`;
    const update = `mutation($input: UpdateInstitutionInput!) {
      updateInstitution(input: $input) { id name version phone }
    }`;
    const remove =
      'mutation($id: ID!, $version: Int!) { deleteInstitution(id: $id, version: $version) }';
    const run = async (app: RunningApp) => {
      const created = await post(
        app,
        {
          query: create,
          variables: {
            input: { name: 'Testberatung', kind: 'CHILDCARE_CENTRE', municipality: 'zerbst' },
          },
        },
        asCoordinator,
      );
      const { id, version } = (
        created.body as { data: { createInstitution: { id: string; version: number } } }
      ).data.createInstitution;
      const input = { id, version, phone: '+49 3923 4900' };
      const updated = await post(app, { query: update, variables: { input } }, asCoordinator);
      const stale = await post(app, { query: update, variables: { input } }, asCoordinator);
      const deleted = await post(
        app,
        { query: remove, variables: { id, version: version + 1 } },
        asCoordinator,
      );
      // Ids are fresh UUIDs; everything else must match.
      return JSON.parse(
        JSON.stringify([created, updated, stale, deleted].map(withoutTimings)).replaceAll(id, 'ID'),
      ) as unknown;
    };
    expect(await run(jit)).toEqual(await run(graphqlJs));
  });
});
