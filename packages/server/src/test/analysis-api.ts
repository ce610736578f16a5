import { DEMO_DATA } from '@schutznetz/demo-data';
import type { AnalysisCacheOptions } from '../analysis-graph/cache';
import { startTestApi, type GraphQLResult, type TestApi } from './graphql';

const ANALYST = 'analyst-token-0123456789abcdef';
const COORDINATOR = 'coordinator-token-0123456789abc';

/** Headers of the analysis tests' viewers; a request without them is public. */
export const AS_ANALYST = { authorization: `Bearer ${ANALYST}` };
export const AS_COORDINATOR = { authorization: `Bearer ${COORDINATOR}` };

/**
 * The API on this worker's freshly reset database with the demo data, as the analysis
 * integration tests use it: the public without a token, an analyst and a coordinator with one.
 */
export function startAnalysisTestApi(cacheOptions: AnalysisCacheOptions = {}): Promise<TestApi> {
  return startTestApi(
    DEMO_DATA,
    {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${ANALYST}:analyst:Jugendhilfeplanung,${COORDINATOR}:coordinator:Netzwerkkoordination`,
    },
    cacheOptions,
  );
}

/** Expects a rejected request: no data, and BAD_USER_INPUT naming `field` first. */
export function expectBadInput(result: GraphQLResult, field: string): void {
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}
