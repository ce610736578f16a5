import type { TestApi } from '../test/graphql';
import type { AnalysisCache } from './cache';
import { AS_ANALYST, AS_COORDINATOR, startAnalysisTestApi } from '../test/analysis-api';

/**
 * The shared analysis cache behind the API (real Neo4j, demo data): a write through this server
 * is in the next answer; a write made directly in the database (another API replica,
 * `npm run seed`, the Neo4j console) once the staleness window has passed. The cache's clock is
 * injected, so the window passes without sleeping.
 */

const WINDOW_MS = 1_000;

describe('the analysis cache behind the API (real Neo4j, demo data)', () => {
  let api: TestApi;
  let cache: AnalysisCache;
  /** The cache's clock (ms), moved by the tests. */
  let clock = 0;

  beforeAll(async () => {
    api = await startAnalysisTestApi({ revalidateAfterMs: WINDOW_MS, now: () => clock });
    cache = api.analysisCache;
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
    const writes = cache.writeGeneration;
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
    expect(cache.writeGeneration).toBeGreaterThan(writes);
    const after = await api.query<Answer>(ROUTE_PATHS, {}, AS_ANALYST);
    expect(after.data!.referralRoutes.graphVersion).not.toBe(
      before.data!.referralRoutes.graphVersion,
    );
    const pathsAfter = after.data!.referralRoutes.routes.flatMap((r) =>
      r.hops.map((h) => h.referralPathId),
    );
    expect(pathsAfter).not.toContain(used);
  });

  it('picks up a write made directly in the database once the staleness window has passed', async () => {
    const LABEL = `{ networkGraph(filter: { focus: "org:schule_aken", depth: 0 }) {
        graphVersion nodes { id label } } }`;
    type Answer = {
      networkGraph: { graphVersion: string; nodes: { id: string; label: string }[] };
    };
    const label = async (): Promise<{ version: string; label: string | undefined }> => {
      const result = await api.query<Answer>(LABEL, {}, AS_ANALYST);
      expect(result.errors).toBeUndefined();
      const { graphVersion, nodes } = result.data!.networkGraph;
      return { version: graphVersion, label: nodes.find((n) => n.id === 'org:schule_aken')?.label };
    };
    expect(cache.revalidateAfterMs).toBe(WINDOW_MS);
    const before = await label();
    const writes = cache.writeGeneration;

    // As another replica or `npm run seed` would: not through this server, version bumped.
    await api.cypher(
      `MATCH (i:Institution {id: 'org:schule_aken'})
       SET i.name = 'Grundschule Aken (umbenannt)', i.version = i.version + 1,
           i.updatedAt = $now, i.updatedBy = 'seed'`,
      { now: new Date().toISOString() },
    );

    // Within the window the cached graph is served; this process saw no write of its own.
    clock += WINDOW_MS - 1;
    expect(await label()).toEqual(before);
    expect(cache.writeGeneration).toBe(writes);

    // The first answer after the window is still the cached one (stale-while-revalidate) and
    // compares the version in the background; once that has settled, answers are new.
    clock += 1;
    expect(await label()).toEqual(before);
    await cache.settled();
    const after = await label();
    expect(after.version).not.toBe(before.version);
    expect(after.label).toBe('Grundschule Aken (umbenannt)');
  });
});
