import type { TestApi } from '../../test/graphql';
import { AS_ANALYST, AS_COORDINATOR, startAnalysisTestApi } from '../analysis/analysis-test-api';

/**
 * The shared analysis cache behind the API (real Neo4j, demo data): a write through this server
 * is in the next answer.
 */

describe('the analysis cache behind the API (real Neo4j, demo data)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startAnalysisTestApi();
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('answers routes anew after a referral path is deleted through the API', async () => {
    const ROUTE_PATHS = `{ referralRoutes(start: { institutionId: "org:schule_aken" },
        need: { topic: "child_neglect", municipality: "aken", age: 8 }, k: 5) {
        graphVersion routes { hops { referralPathId } } } }`;
    type Answer = {
      referralRoutes: {
        graphVersion: string;
        routes: { hops: { referralPathId: string | null }[] }[];
      };
    };
    const before = await api.query<Answer>(ROUTE_PATHS, {}, AS_ANALYST);
    const used = before
      .data!.referralRoutes.routes.flatMap((r) => r.hops.map((h) => h.referralPathId))
      .find((id) => id !== null)!;
    const path = await api.query<{ referralPath: { version: number } | null }>(
      `query P($id: ID!) { referralPath(id: $id) { version } }`,
      { id: used },
      AS_COORDINATOR,
    );
    expect(path.errors).toBeUndefined();
    const deleted = await api.query(
      `mutation D($id: ID!, $version: Int!) { deleteReferralPath(id: $id, version: $version) }`,
      { id: used, version: path.data!.referralPath!.version },
      AS_COORDINATOR,
    );
    expect(deleted.errors).toBeUndefined();
    const after = await api.query<Answer>(ROUTE_PATHS, {}, AS_ANALYST);
    expect(after.data!.referralRoutes.graphVersion).not.toBe(
      before.data!.referralRoutes.graphVersion,
    );
    const pathsAfter = after.data!.referralRoutes.routes.flatMap((r) =>
      r.hops.map((h) => h.referralPathId),
    );
    expect(pathsAfter).not.toContain(used);
  });
});
