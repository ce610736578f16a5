import { DEMO_REGION } from '@schutznetz/demo-data';
import { TARGET_GROUPS, TOPICS } from '@schutznetz/domain';
import { startTestApi, type TestApi } from '../../test/graphql';

describe('taxonomies over GraphQL (real Neo4j)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('lists every topic with its labels, group and children, without a database round trip', async () => {
    const result = await api.query<{
      topics: { id: string; label: { de: string; en: string }; parent: { id: string } | null }[];
      topic: { children: { id: string }[]; criticality: number };
    }>(
      '{ topics { id label { de en } parent { id } } topic(id: "violence_close_relationships") { criticality children { id } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.topics).toHaveLength(TOPICS.length);
    expect(result.data?.topics.find((t) => t.id === 'domestic_violence')?.parent).toEqual({
      id: 'violence_close_relationships',
    });
    expect(result.data?.topic.children.map((c) => c.id)).toContain('domestic_violence');
    expect(result.extensions?.neo4j?.roundTrips).toBe(0);
  });

  it('lists target groups with age ranges', async () => {
    const result = await api.query<{
      targetGroups: { id: string; minAge: number | null; maxAge: number | null }[];
    }>('{ targetGroups { id minAge maxAge } }');
    expect(result.data?.targetGroups).toHaveLength(TARGET_GROUPS.length);
    for (const group of result.data?.targetGroups ?? []) {
      if (group.minAge !== null && group.maxAge !== null)
        expect(group.minAge).toBeLessThan(group.maxAge);
    }
  });

  it('lists the ten municipalities with AGS, population and neighbours, and the regions', async () => {
    const result = await api.query<{
      municipalities: {
        id: string;
        ags: string;
        population: number;
        neighbours: { id: string }[];
      }[];
      regions: { kind: string }[];
    }>('{ municipalities { id ags population neighbours { id } } regions { kind } }');
    expect(result.data?.municipalities).toHaveLength(DEMO_REGION.municipalities.length);
    const aken = result.data?.municipalities.find((m) => m.id === 'aken');
    expect(aken?.ags).toMatch(/^15082\d{3}$/);
    expect(aken?.neighbours.map((n) => n.id)).toContain('zerbst');
    expect(new Set(result.data?.regions.map((r) => r.kind))).toEqual(
      new Set(['county', 'municipality', 'external']),
    );
  });

  it('writes the taxonomies into the graph so traversals reach them', async () => {
    const rows = await api.cypher<{
      topics: number;
      parts: number;
      regions: number;
      municipalities: number;
    }>(
      `MATCH (t:Topic) WITH count(t) AS topics
       MATCH (:Topic)-[p:PART_OF]->(:Topic) WITH topics, count(p) AS parts
       MATCH (r:Region) WITH topics, parts, count(r) AS regions
       MATCH (m:Municipality) RETURN topics, parts, regions, count(m) AS municipalities`,
    );
    expect(rows).toEqual([
      {
        topics: TOPICS.length,
        parts: TOPICS.filter((t) => t.parent !== null).length,
        regions: expect.any(Number) as unknown,
        municipalities: DEMO_REGION.municipalities.length,
      },
    ]);
  });
});
