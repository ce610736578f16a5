import { DEMO_DATA } from '@schutznetz/demo-data';
import type { TestApi } from '../../test/graphql';
import { AS_ANALYST, startAnalysisTestApi } from '../../test/analysis-api';

/**
 * Resilience over GraphQL on the demo data (real Neo4j): single points, structure, brokers,
 * isolated institutions and what-ifs, and what the public may ask.
 */

describe('resilience over GraphQL on the demo data (real Neo4j)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startAnalysisTestApi();
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('reports single points, structure, brokers, isolated institutions and a what-if', async () => {
    const result = await api.query<{
      resilience: {
        singlePoints: { singlePersonTopics: { id: string }[]; topics: { topic: { id: string } }[] };
        structure: {
          components: number;
          articulationPoints: { node: { id: string } }[];
          bridges: unknown[];
        };
        brokers: { method: string; brokers: { node: { id: string }; score: number }[] };
        isolatedInstitutions: { id: string }[];
        whatIfRemoved: { removedKind: string; summary: { en: string }; lostCells: unknown[] };
      };
    }>(
      `{ resilience {
          singlePoints { singlePersonTopics { id } topics { topic { id } } }
          structure { components articulationPoints { node { id } } bridges { source { id } } }
          brokers(limit: 5) { method brokers { node { id } score } }
          isolatedInstitutions { id }
          whatIfRemoved(id: "org:interventionsstelle_dessau") { removedKind summary { en } lostCells { topic { id } } }
        } }`,
      {},
      AS_ANALYST,
    );
    expect(result.errors).toBeUndefined();
    const r = result.data!.resilience;
    expect(r.singlePoints.topics.length).toBe(30);
    expect(r.structure.articulationPoints.length).toBeGreaterThan(0);
    expect(r.brokers.brokers).toHaveLength(5);
    expect(r.brokers.brokers[0]!.score).toBeGreaterThan(0);
    expect(r.whatIfRemoved.removedKind).toBe('INSTITUTION');
    expect(r.whatIfRemoved.summary.en).toContain('Without');
  });

  it('forbids the public a what-if on a person', async () => {
    const whatIf = await api.query(
      `{ resilience { whatIfRemoved(id: "${DEMO_DATA.people[0]!.id}") { removedName } } }`,
    );
    expect(whatIf.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
