import type { TestApi } from '../../test/graphql';
import { AS_ANALYST, expectBadInput, startAnalysisTestApi } from '../../test/analysis-api';

/**
 * Network composition over GraphQL on the demo data (real Neo4j): expected partners, overlaps
 * and bridging members, and an unknown network.
 */

describe('networkComposition over GraphQL on the demo data (real Neo4j)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startAnalysisTestApi();
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('checks a network’s composition against the partners the law expects', async () => {
    const result = await api.query<{
      networkComposition: {
        network: { id: string; network: { name: string } | null };
        expectations: { basis: string; met: unknown[]; missing: { anyOf: string[] }[] }[];
        overlaps: { other: { id: string } }[];
        bridgingMembers: { kind: string }[];
      };
    }>(
      `{ networkComposition(network: "net:fruehe_hilfen") {
          network { id network { name } }
          expectations { basis met { requirementId } missing { anyOf } }
          overlaps { other { id } }
          bridgingMembers { kind }
        } }`,
      {},
      AS_ANALYST,
    );
    expect(result.errors).toBeUndefined();
    const c = result.data!.networkComposition;
    expect(c.network.network?.name).toBeTruthy();
    expect(c.expectations.length).toBeGreaterThan(0);
    expect(c.expectations.some((e) => e.met.length > 0)).toBe(true);
    expect(c.overlaps.length).toBeGreaterThan(0);
  });

  it('names the network field when the network is unknown', async () => {
    expectBadInput(
      await api.query(
        `{ networkComposition(network: "net:none") { missingCount } }`,
        {},
        AS_ANALYST,
      ),
      'network',
    );
  });

  it('is internal: the public is refused, for a real network as for an unknown one', async () => {
    for (const network of ['net:ak_gewalt', 'net:none']) {
      const result = await api.query(
        `query($network: ID!) { networkComposition(network: $network) { missingCount } }`,
        { network },
      );
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
