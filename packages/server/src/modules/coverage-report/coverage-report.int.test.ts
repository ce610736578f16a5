import { AS_ANALYST, expectBadInput, startAnalysisTestApi } from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * Coverage over GraphQL on the demo data (real Neo4j): what members and the public see, and a
 * scope with an unknown municipality. (The gap of issue 4's fourth scenario is checked with its
 * route, in referral-routes.)
 */

describe('coverage over GraphQL on the demo data (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);

  it('gives members the people behind each cell', async () => {
    const result = await api.query<{
      coverage: { cells: { personCount: number; people: unknown[] }[] };
    }>(`{ coverage { cells { personCount people { id } } } }`, {}, AS_ANALYST);
    expect(result.errors).toBeUndefined();
    const cells = result.data!.coverage.cells;
    expect(cells.some((c) => c.people.length > 0)).toBe(true);
    expect(cells.every((c) => c.people.length === c.personCount)).toBe(true);
  });

  it('gives the public the services per cell, but not who holds a topic nor the gap list', async () => {
    const result = await api.query<{
      coverage: { cells: { serviceCount: number; institutions: unknown[] }[] };
    }>(`{ coverage { cells { serviceCount institutions { id } } } }`);
    expect(result.errors).toBeUndefined();
    const cells = result.data!.coverage.cells;
    expect(cells.some((c) => c.serviceCount > 0)).toBe(true);
    expect(cells.some((c) => c.institutions.length > 0)).toBe(true);
    for (const internal of [
      '{ coverage { cells { personCount } } }',
      '{ coverage { cells { people { id } } } }',
      '{ coverage { gaps { id } } }',
      '{ coverage { summary { gaps } } }',
    ]) {
      const refused = await api.query(internal);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('names the scope field of an unknown municipality', async () => {
    expectBadInput(
      await api.query(`{ coverage(scope: { municipalities: ["atlantis"] }) { graphVersion } }`),
      'scope.municipalities',
    );
  });
});
