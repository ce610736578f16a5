import { DEMO_DATA } from '@schutznetz/demo-data';
import { AS_ANALYST, startAnalysisTestApi } from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * Resilience over GraphQL on the demo data (real Neo4j): single points, structure, brokers,
 * isolated institutions and what-ifs, and what the public may ask.
 */

/*
 * Known answers on the demo data, worked out from its referral paths apart from the analysis
 * package: the collaboration graph of the county holds the institutions located in it or serving
 * it (all but the Staatsanwaltschaft Dessau) and joins two of them when a referral path runs
 * between them; each institution and each edge was removed in turn and the parts counted.
 */

/** Cut points: who splits the county's graph when it leaves, with the sizes of the parts left. */
const ARTICULATION_POINTS: Record<string, number[]> = {
  'org:asd_biwo': [69, 1, 1, 1, 1, 1, 1, 1, 1],
  'org:asd_koethen': [69, 1, 1, 1, 1, 1, 1, 1, 1],
  'org:asd_zerbst': [76, 1],
  'org:babylotsen_koethen': [76, 1],
  'org:familienhebamme_biwo_2': [76, 1],
  'org:familienhebamme_zerbst': [75, 2],
  'org:frauenhaus_biwo': [74, 1, 1, 1],
  'org:frauenhaus_koethen': [74, 1, 1, 1],
  'org:kinderschutzfachstelle_abi': [69, 1, 1, 1, 1, 1, 1, 1, 1],
  'org:netzwerkkoordination_abi': [75, 2],
  'org:polizei_koethen': [76, 1],
  'org:schwangerenberatung_zerbst': [76, 1],
  'org:wildwasser_dessau': [76, 1],
  'org:wildwasser_halle': [76, 1],
};

/** Bridges, by the institution the other end hangs on (each Kita on the Kinderschutzfachstelle…). */
const BRIDGES: Record<string, string[]> = {
  'org:asd_biwo': [
    'org:kita_raguhn_jessnitz',
    'org:schule_biwo_1',
    'org:schule_biwo_2',
    'org:schule_muldestausee',
    'org:schule_raguhn_jessnitz',
    'org:schule_sandersdorf_brehna',
    'org:schule_zoerbig',
    'org:sucht_bitterfeld',
  ],
  'org:asd_koethen': [
    'org:kita_aken',
    'org:kita_osternienburger_land',
    'org:kita_suedliches_anhalt',
    'org:schule_aken',
    'org:schule_aken_grundschule',
    'org:schule_koethen_1',
    'org:schule_osternienburger_land',
    'org:schule_suedliches_anhalt',
  ],
  'org:asd_zerbst': ['org:schule_zerbst'],
  'org:babylotsen_koethen': ['org:helios_koethen'],
  'org:efb_zerbst': ['org:sucht_zerbst'],
  'org:familienhebamme_biwo_2': ['org:sucht_wolfen'],
  'org:familienhebamme_zerbst': ['org:schwangerenberatung_zerbst'],
  'org:frauenhaus_biwo': ['org:efb_biwo', 'org:jobcenter_biwo', 'org:schuldnerberatung_biwo'],
  'org:frauenhaus_koethen': [
    'org:frauenhaus_mittelelbe',
    'org:jobcenter_koethen',
    'org:schuldnerberatung_koethen',
  ],
  'org:kinderschutzfachstelle_abi': [
    'org:kita_biwo_1',
    'org:kita_biwo_2',
    'org:kita_koethen_1',
    'org:kita_koethen_2',
    'org:kita_muldestausee',
    'org:kita_sandersdorf_brehna',
    'org:kita_zerbst',
    'org:kita_zoerbig',
  ],
  'org:netzwerkkoordination_abi': ['org:babylotsen_koethen'],
  'org:polizei_koethen': ['org:sdj_opferberatung_dessau'],
  'org:schwangerenberatung_zerbst': ['org:jobcenter_zerbst'],
  'org:wildwasser_dessau': ['org:frauen_in_not_koethen'],
  'org:wildwasser_halle': ['org:frauenzentrum_wolfen'],
};

/**
 * No referral path in or out, no network of their own or through anyone working there (the two
 * national phone lines of Nummer gegen Kummer are called, not referred to).
 */
const ISOLATED = [
  'org:elterntelefon',
  'org:frauenarzt_sandersdorf_brehna',
  'org:frauenarzt_zerbst',
  'org:gleichstellung_biwo',
  'org:gleichstellung_koethen',
  'org:gleichstellung_zerbst',
  'org:kinderarzt_aken',
  'org:kinderarzt_biwo_2',
  'org:kinderarzt_raguhn_jessnitz',
  'org:kinderarzt_sandersdorf_brehna',
  'org:kinderarzt_suedliches_anhalt',
  'org:kinderarzt_zoerbig',
  'org:kjp_koethen',
  'org:nummer_gegen_kummer_116111',
];

/*
 * Isolation in two senses (decision 024): the 25 institutions without a referral path are the 25
 * on their own in the referral graph; of them, the 14 above have no network either, and the
 * other 11 are each a member of a network themselves.
 */
/** No referral path, but a network of their own (several also through their staff). */
const MEMBERS_WITHOUT_REFERRALS = [
  'org:fachstelle_fruehe_hilfen_lsa',
  'org:familienzentrum_biwo',
  'org:familienzentrum_koethen',
  'org:frauenarzt_biwo',
  'org:frauenarzt_koethen',
  'org:gesundheitsamt_abi',
  'org:kinderarzt_koethen_2',
  'org:kinderarzt_muldestausee',
  'org:kjp_biwo',
  'org:liko_lsa',
  'org:mgh_zerbst',
];

/** In the referral graph, but neither a member of a network nor employing one. */
const REFERRING_WITHOUT_NETWORK = [
  'org:ag_zerbst',
  'org:frauenhaus_mittelelbe',
  'org:hilfetelefon_116016',
  'org:jobcenter_biwo',
  'org:jobcenter_zerbst',
  'org:kinderarzt_zerbst',
  'org:kinderschutzhotline',
  'org:kita_aken',
  'org:kita_biwo_2',
  'org:kita_muldestausee',
  'org:kita_osternienburger_land',
  'org:kita_raguhn_jessnitz',
  'org:kita_suedliches_anhalt',
  'org:kita_zoerbig',
  'org:migrationsberatung_biwo',
  'org:migrationsberatung_koethen',
  'org:polizei_biwo',
  'org:polizei_zerbst',
  'org:schuldnerberatung_biwo',
  'org:schuldnerberatung_koethen',
  'org:schule_aken',
  'org:schule_aken_grundschule',
  'org:schule_muldestausee',
  'org:schule_osternienburger_land',
  'org:schule_raguhn_jessnitz',
  'org:schule_sandersdorf_brehna',
  'org:schule_suedliches_anhalt',
  'org:sucht_bitterfeld',
  'org:sucht_wolfen',
  'org:sucht_zerbst',
];

/** The five institutions on most shortest paths, most first (normalised betweenness 0.208, 0.195, 0.169, 0.110, 0.091). */
const TOP_BROKERS = [
  'org:kinderschutzfachstelle_abi',
  'org:asd_biwo',
  'org:asd_koethen',
  'org:frauenhaus_koethen',
  'org:netzwerkkoordination_abi',
];

interface Node {
  id: string;
  name: string;
}

describe('resilience over GraphQL on the demo data (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);

  /** `selection` of the county's resilience, asked by an analyst. */
  async function resilience<Part>(selection: string): Promise<Part> {
    const result = await api.query<{ resilience: Part }>(
      `{ resilience { ${selection} } }`,
      {},
      AS_ANALYST,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.resilience;
  }

  it('finds the 14 institutions whose leaving splits the county’s referral network', async () => {
    const { structure } = await resilience<{
      structure: {
        nodeCount: number;
        edgeCount: number;
        components: number;
        articulationPoints: { node: Node; parts: number[]; cutOff: Node[] }[];
      };
    }>(
      'structure { nodeCount edgeCount components articulationPoints { node { id name } parts cutOff { id } } }',
    );
    // 105 institutions, 113 pairs joined by referral paths, in 27 parts: one of 78, one of two
    // (the Zerbst counselling pair) and 25 institutions on their own (the national lines among them).
    expect(structure).toMatchObject({ nodeCount: 105, edgeCount: 113, components: 27 });
    expect(
      Object.fromEntries(structure.articulationPoints.map((p) => [p.node.id, p.parts])),
    ).toEqual(ARTICULATION_POINTS);
    const kinderschutz = structure.articulationPoints.find(
      (p) => p.node.id === 'org:kinderschutzfachstelle_abi',
    );
    expect(kinderschutz?.node.name).toBe(
      'Kinderschutzfachstelle des Landkreises Anhalt-Bitterfeld',
    );
    expect(kinderschutz?.cutOff.map((n) => n.id).sort()).toEqual(
      BRIDGES['org:kinderschutzfachstelle_abi'],
    );
  });

  it('finds the 40 referral links whose loss cuts an institution off', async () => {
    const { structure } = await resilience<{
      structure: { bridges: { source: Node; target: Node; sides: number[]; cutOff: Node[] }[] };
    }>('structure { bridges { source { id name } target { id name } sides cutOff { id } } }');
    expect(structure.bridges).toHaveLength(40);
    const byHub: Record<string, string[]> = {};
    for (const bridge of structure.bridges) {
      // The side cut off is the smaller one; the other end is the institution it hangs on.
      const cutOff = bridge.cutOff.map((n) => n.id);
      const hub = cutOff.includes(bridge.source.id) ? bridge.target.id : bridge.source.id;
      const leaf = hub === bridge.source.id ? bridge.target.id : bridge.source.id;
      (byHub[hub] ??= []).push(leaf);
    }
    for (const leaves of Object.values(byHub)) leaves.sort();
    expect(byHub).toEqual(BRIDGES);
  });

  it('names the 14 institutions with no referral path and no network', async () => {
    const { isolatedInstitutions } = await resilience<{
      isolatedInstitutions: { id: string; kind: string }[];
    }>('isolatedInstitutions { id kind }');
    expect(isolatedInstitutions.map((i) => i.id)).toEqual(ISOLATED);
    expect(isolatedInstitutions.filter((i) => i.kind === 'PAEDIATRIC_PRACTICE')).toHaveLength(6);
  });

  it('lists the 25 institutions without referral path apart from the 44 without network', async () => {
    const { isolation } = await resilience<{
      isolation: { inReferralGraph: Node[]; inNetworks: Node[] };
    }>('isolation { inReferralGraph { id name } inNetworks { id name } }');
    expect(isolation.inReferralGraph.map((i) => i.id)).toEqual(
      [...ISOLATED, ...MEMBERS_WITHOUT_REFERRALS].sort(),
    );
    expect(isolation.inNetworks.map((i) => i.id)).toEqual(
      [...ISOLATED, ...REFERRING_WITHOUT_NETWORK].sort(),
    );
    // A member of the Frühe Hilfen that no referral path reaches.
    expect(isolation.inReferralGraph.find((i) => i.id === 'org:kinderarzt_koethen_2')?.name).toBe(
      'Kinder- und Jugendarztpraxis Lindenallee (fiktiv)',
    );
  });

  it('ranks the social services and the child protection unit as the main brokers', async () => {
    const { brokers } = await resilience<{
      brokers: { method: string; brokers: { node: Node; score: number }[] };
    }>('brokers(limit: 5) { method brokers { node { id name } score } }');
    expect(brokers.method).toBe('EXACT');
    expect(brokers.brokers.map((b) => b.node.id)).toEqual(TOP_BROKERS);
    expect(brokers.brokers.map((b) => Math.round(b.score * 1000) / 1000)).toEqual([
      0.208, 0.195, 0.169, 0.11, 0.091,
    ]);
  });

  it('reports single points and a what-if', async () => {
    const r = await resilience<{
      singlePoints: { topics: { topic: { id: string } }[] };
      whatIfRemoved: { removedKind: string; removedName: string; summary: { en: string } };
    }>(
      `singlePoints { topics { topic { id } } }
       whatIfRemoved(id: "org:interventionsstelle_dessau") { removedKind removedName summary { en } }`,
    );
    expect(r.singlePoints.topics.length).toBe(30);
    expect(r.whatIfRemoved.removedKind).toBe('INSTITUTION');
    expect(r.whatIfRemoved.summary.en).toContain(`Without ${r.whatIfRemoved.removedName}`);
  });

  it('forbids the public a what-if on a person', async () => {
    const whatIf = await api.query(
      `{ resilience { whatIfRemoved(id: "${DEMO_DATA.people[0]!.id}") { removedName } } }`,
    );
    expect(whatIf.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
