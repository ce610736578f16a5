import { DEMO_REGION } from '@schutznetz/demo-data';
import type { RegionDefinition } from '@schutznetz/domain';
import { useTestApi } from '../../test/fixtures';
import { startTestApi, type GraphQLResult } from '../../test/graphql';

/** Loading a region file through the API (decision 030), on the real Neo4j. */

const ADMIN = 'admin-token-0123456789abcdef';
const COORDINATOR = 'coordinator-token-0123456789';
const MEMBER = 'member-token-0123456789abcd';
const AS_ADMIN = { authorization: `Bearer ${ADMIN}` };

const LOAD = `
mutation($input: LoadRegionInput!) {
  loadRegion(input: $input) {
    applied version
    changes { code change fields }
    region { version county { id name { de } } municipalities { id population } }
  }
}`;

const REGION = `{ region { version updatedAt county { id ags seat } municipalities { id name { de }
  population populationYear approximate isTown courtDistrict neighbours { id } }
  externals { id level } } }`;

interface LoadAnswer {
  loadRegion: {
    applied: boolean;
    version: number;
    changes: { code: string; change: string; fields: string[] }[];
    region: {
      version: number;
      county: { id: string; name: { de: string } } | null;
      municipalities: { id: string; population: number }[];
    };
  };
}

/** The demo file with one change made to a copy. */
function edited(change: (region: RegionDefinition) => RegionDefinition): RegionDefinition {
  return change(structuredClone<RegionDefinition>(DEMO_REGION));
}

const withoutAken = edited((r) => ({
  ...r,
  municipalities: r.municipalities
    .filter((m) => m.code !== 'aken')
    .map((m) => ({ ...m, neighbours: m.neighbours.filter((n) => n !== 'aken') })),
}));

describe('the region, loaded from a file (real Neo4j)', () => {
  const api = useTestApi(() =>
    startTestApi(undefined, {
      AUTH_TOKENS:
        `${ADMIN}:admin:Anna Admin,${COORDINATOR}:coordinator:Kerstin Koordination,` +
        `${MEMBER}:member:Max Mitglied`,
    }),
  );

  const load = (
    input: Record<string, unknown>,
    headers: Record<string, string> = AS_ADMIN,
  ): Promise<GraphQLResult<LoadAnswer>> => api.query<LoadAnswer>(LOAD, { input }, headers);

  it('answers the loaded demo county to everyone, without who loaded it', async () => {
    const result = await api.query<{
      region: {
        version: number;
        county: { id: string; ags: string; seat: string };
        municipalities: {
          id: string;
          name: { de: string };
          population: number;
          isTown: boolean;
          neighbours: { id: string }[];
        }[];
        externals: { id: string; level: string }[];
      };
    }>(REGION);
    expect(result.errors).toBeUndefined();
    expect(result.data?.region.version).toBe(1);
    expect(result.data?.region.county).toEqual({
      id: 'anhalt_bitterfeld',
      ags: '15082',
      seat: 'koethen',
    });
    expect(result.data?.region.municipalities).toHaveLength(10);
    const koethen = result.data?.region.municipalities.find((m) => m.id === 'koethen');
    expect(koethen).toMatchObject({
      name: { de: 'Köthen (Anhalt)' },
      population: 25_200,
      isTown: true,
    });
    expect(koethen?.neighbours.map((n) => n.id).sort()).toEqual([
      'osternienburger_land',
      'suedliches_anhalt',
    ]);
    expect(result.data?.region.externals.find((e) => e.id === 'germany')?.level).toBe('federal');

    const updatedBy = await api.query('{ region { updatedBy } }');
    expect(updatedBy.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asAdmin = await api.query<{ region: { updatedBy: string } }>(
      '{ region { updatedBy } }',
      {},
      AS_ADMIN,
    );
    expect(asAdmin.data?.region.updatedBy).toBe('Systemstart (Demo-Region)');
  });

  it('lets only admins load a region', async () => {
    for (const token of [COORDINATOR, MEMBER, undefined]) {
      const headers: Record<string, string> =
        token === undefined ? {} : { authorization: `Bearer ${token}` };
      const result = await load({ definition: DEMO_REGION, dryRun: true }, headers);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('changes nothing when the same file is loaded again', async () => {
    const result = await load({ definition: DEMO_REGION });
    expect(result.errors).toBeUndefined();
    expect(result.data?.loadRegion).toMatchObject({ applied: false, version: 1, changes: [] });
  });

  it('refuses an invalid file at its path, writing nothing', async () => {
    const broken = edited((r) => ({
      ...r,
      municipalities: r.municipalities.map((m, i) =>
        i === 3 ? { ...m, neighbours: [...m.neighbours.slice(0, 1), 'xyz'] } : m,
      ),
    }));
    const result = await load({ definition: broken });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('municipalities[3].neighbours[1]');
    expect(result.errors?.[0]?.message).toContain('unknown municipality "xyz"');

    const badAgs = await load({
      definition: edited((r) => ({
        ...r,
        municipalities: r.municipalities.map((m, i) => (i === 0 ? { ...m, ags: '1508201' } : m)),
      })),
    });
    expect(badAgs.errors?.[0]?.extensions?.field).toBe('municipalities[0].ags');

    const notMutual = await load({
      definition: edited((r) => ({
        ...r,
        municipalities: r.municipalities.map((m) =>
          m.code === 'zerbst' ? { ...m, neighbours: ['aken', 'koethen'] } : m,
        ),
      })),
    });
    expect(notMutual.errors?.[0]?.message).toMatch(
      /^municipalities\[2\]\.neighbours\[1\]: "koethen" does not list "zerbst"/,
    );
    const [row] = await api.cypher<{ version: number }>(
      'MATCH (s:RegionSetup) RETURN s.version AS version',
    );
    expect(row?.version).toBe(1);
  });

  it('refuses to remove a municipality entries are located in, naming how many', async () => {
    await api.cypher(
      `MATCH (r:Region {id: 'aken'})
       CREATE (:Institution {id: 'org:test_aken', name: 'Test Aken'})-[:LOCATED_IN]->(r)`,
    );
    const result = await load({ definition: withoutAken });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('municipalities');
    expect(result.errors?.[0]?.message).toContain('"aken" cannot be removed: 1 entry is located');
    const rows = await api.cypher<{ regions: number; version: number }>(
      `MATCH (r:Region) WITH count(r) AS regions
       MATCH (s:RegionSetup) RETURN regions, s.version AS version`,
    );
    expect(rows).toEqual([{ regions: 16, version: 1 }]);
    await api.cypher(`MATCH (i:Institution {id: 'org:test_aken'}) DETACH DELETE i`);
  });

  it('lists the changes of a dry run without writing them', async () => {
    const result = await load({ definition: withoutAken, dryRun: true });
    expect(result.errors).toBeUndefined();
    expect(result.data?.loadRegion.applied).toBe(false);
    expect(result.data?.loadRegion.version).toBe(1);
    expect(result.data?.loadRegion.changes).toEqual(
      expect.arrayContaining([
        { code: 'aken', change: 'REMOVED', fields: [] },
        { code: 'zerbst', change: 'CHANGED', fields: ['neighbours'] },
      ]),
    );
    expect(result.data?.loadRegion.region.municipalities).toHaveLength(9);
    const [row] = await api.cypher<{ n: number }>(
      `MATCH (r:Region {id: 'aken'}) RETURN count(r) AS n`,
    );
    expect(row?.n).toBe(1);
  });

  it('applies a change, raises the version, records it and refuses a stale version', async () => {
    const bigger = edited((r) => ({
      ...r,
      municipalities: r.municipalities.map((m) =>
        m.code === 'koethen'
          ? { ...m, population: { count: 25_500, year: 2024, approximate: false } }
          : m,
      ),
    }));
    const result = await load({ definition: bigger, expectedVersion: 1 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.loadRegion).toMatchObject({
      applied: true,
      version: 2,
      changes: [{ code: 'koethen', change: 'CHANGED', fields: ['population'] }],
    });
    const koethen = result.data?.loadRegion.region.municipalities.find((m) => m.id === 'koethen');
    expect(koethen?.population).toBe(25_500);

    const history = await api.query<{
      history: { nodes: { actor: string; action: string; changes: { field: string }[] }[] };
    }>(
      `query { history(id: "koethen", first: 5) { nodes { actor action changes { field } } } }`,
      {},
      { authorization: `Bearer ${COORDINATOR}` },
    );
    expect(history.data?.history.nodes[0]).toMatchObject({
      actor: 'Anna Admin',
      action: 'UPDATED',
    });
    expect(history.data?.history.nodes[0]?.changes.map((c) => c.field)).toContain('population');

    const stale = await load({ definition: DEMO_REGION, expectedVersion: 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const municipalities = await api.query<{
      municipalities: { id: string; population: number }[];
    }>('{ municipalities { id population } }');
    expect(municipalities.data?.municipalities.find((m) => m.id === 'koethen')?.population).toBe(
      25_500,
    );
  });

  it('removes an unused municipality and adds it back', async () => {
    const removed = await load({ definition: withoutAken });
    expect(removed.data?.loadRegion.version).toBe(3);
    expect(removed.data?.loadRegion.changes).toContainEqual({
      code: 'aken',
      change: 'REMOVED',
      fields: [],
    });
    const added = await load({ definition: DEMO_REGION, expectedVersion: 3 });
    expect(added.data?.loadRegion.version).toBe(4);
    expect(added.data?.loadRegion.changes).toContainEqual({
      code: 'aken',
      change: 'ADDED',
      fields: [],
    });
    const [row] = await api.cypher<{ labels: string[] }>(
      `MATCH (r:Region {id: 'aken'}) RETURN labels(r) AS labels`,
    );
    expect(row?.labels.sort()).toEqual(['Municipality', 'Region']);
  });
});

describe('a database without a region (real Neo4j)', () => {
  const api = useTestApi(() =>
    startTestApi(undefined, { AUTH_TOKENS: `${MEMBER}:member:Max Mitglied` }, {}, null),
  );

  it('answers the analyses with no municipalities and says why a municipality is unknown', async () => {
    const coverage = await api.query<{ coverage: { municipalities: string[]; cells: unknown[] } }>(
      '{ coverage { municipalities cells { serviceCount } } }',
    );
    expect(coverage.errors).toBeUndefined();
    expect(coverage.data?.coverage).toEqual({ municipalities: [], cells: [] });

    const scoped = await api.query('{ coverage(scope: { municipalities: ["koethen"] }) { asOf } }');
    expect(scoped.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scope.municipalities',
    });
    expect(scoped.errors?.[0]?.message).toContain('no region is loaded yet');
  });

  it('answers an empty region at version 0', async () => {
    const result = await api.query<{
      region: { version: number; county: null; municipalities: [] };
    }>('{ region { version county { id } municipalities { id } } municipalities { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.region).toEqual({ version: 0, county: null, municipalities: [] });
  });

  it('draws an empty explorer and graph file and answers the analyses for a new instance instead of failing', async () => {
    const result = await api.query<{ networkGraph: { nodes: unknown[]; edges: unknown[] } }>(
      '{ networkGraph { nodes { id betweenness } edges { id } } }',
      {},
      { authorization: `Bearer ${MEMBER}` },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.networkGraph).toEqual({ nodes: [], edges: [] });

    const analyses = await api.query(
      '{ resilience { __typename } trainingPlan { __typename } ' + 'pastTrainings { __typename } }',
      {},
      { authorization: `Bearer ${MEMBER}` },
    );
    expect(analyses.errors).toBeUndefined();

    const file = await api.download('/export/network-graph.graphml', {
      authorization: `Bearer ${MEMBER}`,
    });
    expect(file.status).toBe(200);
  });
});
