import { AS_ANALYST, startAnalysisTestApi } from '../test/analysis-api';
import { useTestApi } from '../test/fixtures';
import type { GraphQLResult } from '../test/graphql';
import { ANALYSIS_LIMITS } from './analysis-limit';
import { MAX_PAGE_ITEMS } from './page-limit';

/**
 * What a request may cost (issue 10.3): analyses count per alias against a per-role limit, nested
 * pages multiply against the page limit, and documents past graphql-armor's alias and token
 * limits are refused with HTTP 400, before any resolver runs.
 */
describe('analysis and query limits (real Neo4j, demo data)', () => {
  const api = useTestApi(startAnalysisTestApi);

  async function post(
    query: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: GraphQLResult }> {
    const response = await fetch(`${api.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResult };
  }

  const coverageAliases = (n: number): string =>
    `{ ${Array.from(
      { length: n },
      (_, i) => `c${i}: coverage(asOf: "2024-01-${String(i + 1).padStart(2, '0')}") { asOf }`,
    ).join(' ')} }`;

  it('refuses more analyses than the public may run in one request, naming the limit', async () => {
    const { status, body } = await post(coverageAliases(ANALYSIS_LIMITS.public + 1));
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toContain(`at most ${ANALYSIS_LIMITS.public} analyses`);
  });

  it('runs as many analyses as the public limit allows', async () => {
    const { status, body } = await post(coverageAliases(ANALYSIS_LIMITS.public));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.['c0']).toEqual({ asOf: '2024-01-01' });
  });

  it('lets a member run more, up to the members’ limit', async () => {
    const allowed = await post(coverageAliases(ANALYSIS_LIMITS.public + 1), AS_ANALYST);
    expect(allowed.status).toBe(200);
    expect(allowed.body.errors).toBeUndefined();
    const refused = await post(coverageAliases(ANALYSIS_LIMITS.member + 1), AS_ANALYST);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.message).toContain(`at most ${ANALYSIS_LIMITS.member}`);
  });

  it('counts what-if removals inside resilience', async () => {
    const whatIfs = Array.from(
      { length: ANALYSIS_LIMITS.public },
      (_, i) => `w${i}: whatIfRemoved(id: "org:x${i}") { removedId }`,
    ).join(' ');
    const { status, body } = await post(`{ resilience { ${whatIfs} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers 1000 aliases with 400 and a GraphQL error, not 500', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
    const { status, body } = await post(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a document over the token limit with 400 and a GraphQL error, not 500', async () => {
    const fields = Array.from({ length: 6000 }, () => '__typename').join(' ');
    const { status, body } = await post(`{ ${fields} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/token/i);
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(
      body.errors?.[0]?.extensions?.code,
    );
  });

  it('refuses nested pages that multiply past the page limit, with 400 naming it', async () => {
    const nested = await post(
      `{ institutions(first: 200) { nodes { id municipality { id institutions { nodes { id } } } } } }`,
    );
    expect(nested.status).toBe(400);
    expect(nested.body.errors?.[0]?.message).toContain(`more than ${MAX_PAGE_ITEMS} items`);
    const flat = await post(
      `{ institutions(first: 200) { nodes { id services { id } } } services(first: 200) { totalCount } }`,
    );
    expect(flat.status).toBe(200);
    expect(flat.body.errors).toBeUndefined();
  });

  it('limits the public to fewer referral routes per search', async () => {
    const search = (k: number, headers: Record<string, string> = {}) =>
      post(
        `{ referralRoutes(start: { self: true }, need: { topic: "domestic_violence", municipality: "zerbst" }, k: ${k}) { graphVersion } }`,
        headers,
      );
    const refused = await search(6);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'k',
    });
    expect((await search(5)).body.errors).toBeUndefined();
    expect((await search(6, AS_ANALYST)).body.errors).toBeUndefined();
  });
});
