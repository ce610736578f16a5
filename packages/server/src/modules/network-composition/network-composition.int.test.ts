import { AS_ANALYST, expectBadInput, startAnalysisTestApi } from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * Network composition over GraphQL on the demo data (real Neo4j): expected partners, overlaps
 * and bridging members, and an unknown network.
 *
 * The known answers for the Netzwerk Frühe Hilfen were worked out from the demo data apart from
 * the analysis code: an institution is a member when it is one itself or when someone working
 * there is; its kinds were checked by hand against the partner lists of § 3 KKG and of practice.
 */

/** The network's 26 member institutions, counted by kind. */
const FRUEHE_HILFEN_KINDS: Record<string, number> = {
  ADDICTION_COUNSELLING_CENTRE: 1,
  FAMILY_CENTRE: 2,
  FAMILY_COUNSELLING_CENTRE: 2,
  FAMILY_MIDWIFE_SERVICE: 4,
  GYNAECOLOGY_PRACTICE: 2,
  HOSPITAL_PAEDIATRICS: 1,
  JOBCENTER: 1,
  MATERNITY_CLINIC: 1,
  MATERNITY_NAVIGATOR_SERVICE: 1,
  MULTI_GENERATION_HOUSE: 1,
  NETWORK_COORDINATION_UNIT: 2,
  PAEDIATRIC_PRACTICE: 2,
  PREGNANCY_COUNSELLING_CENTRE: 3,
  PUBLIC_HEALTH_OFFICE: 1,
  SOCIAL_PSYCHIATRIC_SERVICE: 1,
  YOUTH_WELFARE_OFFICE: 1,
};

/** Partners no member stands for, per expectation. */
const FRUEHE_HILFEN_MISSING: Record<string, string[]> = {
  kkg_3_partners: [
    'disability_support',
    'early_intervention',
    'family_courts',
    'mothers_convalescence',
    'police',
    'schools',
    'social_paediatric_centres',
    'social_welfare',
    'violence_protection',
  ],
  early_support_network_partners: [
    'childcare',
    'disability_support',
    'general_social_service',
    'parenting_support_services',
    'violence_protection',
  ],
};

interface Composition {
  network: { id: string; name: string };
  institutions: { id: string; kind: string }[];
  personCount: number;
  expectations: { code: string; met: unknown[]; missing: { requirementId: string }[] }[];
  missingCount: number;
  overlaps: {
    other: { id: string };
    sharedInstitutions: { id: string }[];
    sharedPersonCount: number;
    jaccard: number;
  }[];
  bridgingMembers: { id: string; kind: string; networks: { id: string }[] }[];
}

describe('networkComposition over GraphQL on the demo data (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);
  let composition: Composition;

  beforeAll(async () => {
    const result = await api.query<{ networkComposition: Composition }>(
      `{ networkComposition(network: "net:fruehe_hilfen") {
          network { id name }
          institutions { id kind }
          personCount
          expectations { code met { requirementId } missing { requirementId } }
          missingCount
          overlaps { other { id } sharedInstitutions { id } sharedPersonCount jaccard }
          bridgingMembers { id kind networks { id } }
        } }`,
      {},
      AS_ANALYST,
    );
    expect(result.errors).toBeUndefined();
    composition = result.data!.networkComposition;
  }, 120_000);

  it('counts the Netzwerk Frühe Hilfen’s 26 member institutions by kind, and its 16 people', () => {
    expect(composition.network).toEqual({
      id: 'net:fruehe_hilfen',
      name: 'Netzwerk Frühe Hilfen Anhalt-Bitterfeld',
    });
    const counts: Record<string, number> = {};
    for (const { kind } of composition.institutions) counts[kind] = (counts[kind] ?? 0) + 1;
    expect(counts).toEqual(FRUEHE_HILFEN_KINDS);
    expect(composition.personCount).toBe(16);
  });

  it('names the 14 partners the law and practice expect that no member stands for', () => {
    const missing = Object.fromEntries(
      composition.expectations.map((e) => [e.code, e.missing.map((m) => m.requirementId).sort()]),
    );
    expect(missing).toEqual(FRUEHE_HILFEN_MISSING);
    expect(composition.missingCount).toBe(14);
  });

  it('shares institutions with three networks, most with the Kinderschutz network', () => {
    expect(
      composition.overlaps.map((o) => ({
        other: o.other.id,
        institutions: o.sharedInstitutions.length,
        people: o.sharedPersonCount,
        jaccard: Math.round(o.jaccard * 1000) / 1000,
      })),
    ).toEqual([
      // 11 shared of 52 institutions in either network, 3 of 37, 1 of 33.
      { other: 'net:kinderschutz', institutions: 11, people: 1, jaccard: 0.212 },
      { other: 'net:ak_gewalt', institutions: 3, people: 2, jaccard: 0.081 },
      { other: 'net:kompetenzteam', institutions: 1, people: 0, jaccard: 0.03 },
    ]);
    expect(composition.overlaps[1]!.sharedInstitutions.map((i) => i.id).sort()).toEqual([
      'org:efb_drk_koethen',
      'org:netzwerkkoordination_abi',
      'org:schwangerenberatung_drk_koethen',
    ]);
  });

  it('lists the 11 member institutions that are in other networks too, those in three first', () => {
    const institutions = composition.bridgingMembers.filter((m) => m.kind === 'INSTITUTION');
    expect(institutions.map((m) => [m.id, m.networks.length])).toEqual([
      ['org:efb_drk_koethen', 3],
      ['org:jugendamt_abi', 3],
      ['org:netzwerkkoordination_abi', 3],
      ['org:schwangerenberatung_drk_koethen', 3],
      ['org:efb_biwo', 2],
      ['org:familienzentrum_biwo', 2],
      ['org:familienzentrum_koethen', 2],
      ['org:gesundheitsamt_abi', 2],
      ['org:goitzsche_klinikum', 2],
      ['org:helios_koethen', 2],
      ['org:sucht_koethen', 2],
    ]);
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
