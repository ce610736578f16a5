import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';
import { AUENTAL_DATA, AUENTAL_REGION } from '../../test/auental';
import { loadDataSet } from '../../database';

/**
 * A second county runs with no code change (decision 030): the made-up Landkreis Auental is
 * loaded from its region file into a fresh database through the API, its own data set after it,
 * and every analysis answers for it, with its municipalities and figures and nothing of the demo
 * county.
 */

const ADMIN = 'admin-token-0123456789abcdef';
const ANALYST = 'analyst-token-0123456789abcdef';
const AS_ADMIN = { authorization: `Bearer ${ADMIN}` };
const AS_ANALYST = { authorization: `Bearer ${ANALYST}` };
const AUENTAL_CODES = AUENTAL_REGION.municipalities.map((m) => m.code);

/** Anything of the demo county an answer about Auental must not contain. */
const DEMO_COUNTY = /Anhalt|Köthen|koethen|Bitterfeld|Zerbst|zerbst|Dessau|sachsen_anhalt/;

describe('a second county, loaded from its region file (real Neo4j)', () => {
  const api = useTestApi(() =>
    startTestApi(
      undefined,
      {
        ANONYMOUS_ROLE: 'public',
        AUTH_TOKENS: `${ADMIN}:admin:Anna Admin,${ANALYST}:analyst:Planung`,
      },
      {},
      null,
    ),
  );

  async function ask<Data>(query: string): Promise<Data> {
    const result = await api.query<Data>(query, {}, AS_ANALYST);
    expect(result.errors).toBeUndefined();
    const data = result.data as Data;
    expect(JSON.stringify(data)).not.toMatch(DEMO_COUNTY);
    return data;
  }

  beforeAll(async () => {
    const loaded = await api.query<{ loadRegion: { applied: boolean; version: number } }>(
      `mutation($input: LoadRegionInput!) { loadRegion(input: $input) { applied version } }`,
      { input: { definition: AUENTAL_REGION } },
      AS_ADMIN,
    );
    expect(loaded.data?.loadRegion).toEqual({ applied: true, version: 1 });
    await loadDataSet(api.driver, 'neo4j', AUENTAL_DATA);
  }, 120_000);

  it('answers the region query with Auental’s county, municipalities and externals', async () => {
    const { region } = await ask<{
      region: {
        version: number;
        county: { id: string; name: { de: string }; population: number };
        municipalities: { id: string; name: { de: string }; population: number }[];
        externals: { id: string; level: string }[];
      };
    }>(
      `{ region { version county { id name { de } population }
         municipalities { id name { de } population } externals { id level } } }`,
    );
    expect(region.version).toBe(1);
    expect(region.county).toEqual({
      id: 'lk_auental',
      name: { de: 'Landkreis Auental' },
      population: 49_100,
    });
    expect(region.municipalities.map((m) => m.id)).toEqual(AUENTAL_CODES);
    expect(region.municipalities[0]).toEqual({
      id: 'auenstadt',
      name: { de: 'Auenstadt an der Aue' },
      population: 24_300,
    });
    expect(region.externals.map((e) => e.level)).toEqual(['city', 'state', 'federal']);
  });

  it('computes the coverage matrix and its gaps over Auental’s municipalities and populations', async () => {
    const { coverage } = await ask<{
      coverage: {
        municipalities: string[];
        cells: { municipality: { id: string }; topic: { id: string }; serviceCount: number }[];
        gaps: {
          kind: string;
          municipality: { id: string } | null;
          topic: { id: string };
          peopleAffected: number;
          reason: { de: string };
        }[];
        shelterCapacity: { population: number; places: number };
      };
    }>(
      `{ coverage { municipalities cells { municipality { id } topic { id } serviceCount }
         gaps { kind municipality { id } topic { id } peopleAffected reason { de } }
         shelterCapacity { population places } } }`,
    );
    expect(coverage.municipalities).toEqual(AUENTAL_CODES);
    const riskIn = (code: string) =>
      coverage.cells.find(
        (c) => c.municipality.id === code && c.topic.id === 'child_risk_assessment',
      );
    expect(riskIn('auenstadt')?.serviceCount).toBe(1);
    expect(riskIn('birkenfelde')?.serviceCount).toBe(0);
    const gap = coverage.gaps.find(
      (g) => g.municipality?.id === 'birkenfelde' && g.topic.id === 'child_risk_assessment',
    );
    expect(gap?.peopleAffected).toBe(8_100);
    expect(gap?.reason.de).toContain('Birkenfelde');
    expect(gap?.reason.de).toContain('8.100');
    // Every municipality is covered by the county-wide shelter: 5 places for 49,100 people.
    expect(coverage.shelterCapacity).toEqual({ population: 49_100, places: 5 });
  });

  it('finds a route in Auenstadt and, from Birkenfelde, relaxes to its neighbour Auenstadt', async () => {
    const search = (municipality: string) =>
      ask<{
        referralRoutes: {
          routes: { endInstitution: { id: string } }[];
          noRoute: {
            relaxations: {
              constraint: string;
              municipality: { code: string; name: string } | null;
              routes: { endInstitution: { id: string } }[];
            }[];
          } | null;
        };
      }>(
        `{ referralRoutes(start: { self: true }, k: 3,
             need: { topic: "child_risk_assessment", municipality: "${municipality}", age: 8 }) {
           routes { endInstitution { id } }
           noRoute { relaxations { constraint municipality { code name } routes { endInstitution { id } } } }
        } }`,
      );
    const inTown = await search('auenstadt');
    expect(inTown.referralRoutes.routes.map((r) => r.endInstitution.id)).toContain('org:au_asd');

    const outside = await search('birkenfelde');
    expect(outside.referralRoutes.routes).toEqual([]);
    const nearby = outside.referralRoutes.noRoute?.relaxations.find(
      (r) => r.municipality?.code === 'auenstadt',
    );
    expect(nearby?.municipality?.name).toBe('Auenstadt an der Aue');
    expect(nearby?.routes.map((r) => r.endInstitution.id)).toContain('org:au_asd');
  });

  it('answers resilience, composition, the training plan and the network graph for Auental', async () => {
    const { resilience } = await ask<{
      resilience: { municipalities: string[]; isolatedInstitutions: { id: string }[] };
    }>('{ resilience { municipalities isolatedInstitutions { id } } }');
    expect(resilience.municipalities).toEqual(AUENTAL_CODES);
    expect(resilience.isolatedInstitutions.map((i) => i.id)).toContain('org:au_kita');

    const { networkComposition } = await ask<{
      networkComposition: { municipalities: string[]; institutions: { id: string }[] };
    }>(
      '{ networkComposition(network: "net:au_runder_tisch") { municipalities institutions { id } } }',
    );
    expect(networkComposition.municipalities).toEqual(AUENTAL_CODES);
    expect(networkComposition.institutions.map((i) => i.id).sort()).toEqual([
      'org:au_asd',
      'org:au_frauenhaus',
      'org:au_polizei',
    ]);

    const { trainingPlan } = await ask<{
      trainingPlan: { municipalities: string[]; trainings: { id: string }[] };
    }>('{ trainingPlan(asOf: "2026-06-01", count: 3) { municipalities trainings { id } } }');
    expect(trainingPlan.municipalities).toEqual(AUENTAL_CODES);

    const { networkGraph } = await ask<{
      networkGraph: {
        municipalities: string[];
        nodes: { id: string; municipality: string | null }[];
      };
    }>('{ networkGraph { municipalities nodes { id municipality } } }');
    expect(networkGraph.municipalities).toEqual(AUENTAL_CODES);
    expect(networkGraph.nodes.map((n) => n.id)).toContain('org:au_kita');
  });

  it('titles the capacity report with Auental and counts its places per municipality', async () => {
    const response = await fetch(`${api.app.url}/export/capacity-report.xlsx`, {
      headers: AS_ANALYST,
    });
    expect(response.status).toBe(200);
    const { default: read } = await import('read-excel-file/node');
    const sheets = await read(Buffer.from(await response.arrayBuffer()));
    const text = JSON.stringify(sheets);
    expect(text).toContain('Kapazitätsbericht Gewalthilfegesetz – Landkreis Auental');
    expect(text).toContain('Auenstadt an der Aue');
    expect(text).toContain('Landkreis Auental (gesamt)');
    expect(text).not.toMatch(DEMO_COUNTY);
  });
});
