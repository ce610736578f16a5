import fc from 'fast-check';
import type { AnalysisGraph } from '../graph';
import {
  aGraph,
  anInstitution,
  aNetwork,
  aPerson,
  aReferralPath,
  aService,
} from '../testing/fixtures';
import { findIsolatedInstitutions, findIsolation, findPersonLinks, whatIfRemoved } from '.';

/**
 * The ASD is in both networks; the Kita refers to the ASD. Dr. Doc, the practice's only link,
 * is a member of the Frühe Hilfen; Anna works at the EFB and at the ASD; Both works at two
 * institutions that nothing else links (an island without any network); `alone` has nothing.
 */
function practiceAndNetworks(): AnalysisGraph {
  return aGraph({
    institutions: ['asd', 'kita', 'praxis', 'efb', 'pair1', 'pair2', 'alone'].map((id) =>
      anInstitution(id),
    ),
    services: [aService('svc:asd', 'asd', { topics: ['parental_mental_illness'] })],
    referralPaths: [aReferralPath('ref:kita', 'kita', 'asd')],
    people: [
      aPerson('p:doc', ['praxis'], ['parental_mental_illness']),
      aPerson('p:anna', ['efb', 'asd'], ['parenting_support']),
      aPerson('p:both', ['pair1', 'pair2']),
      aPerson('p:asd', ['asd'], ['parenting_support']),
    ],
    networks: [aNetwork('net:ak', ['asd', 'p:asd']), aNetwork('net:fh', ['asd', 'p:doc'])],
  });
}

describe('findPersonLinks', () => {
  it('finds the person who is the only link of an institution, naming that institution', () => {
    const report = findPersonLinks(practiceAndNetworks());
    expect(report.cutPoints).toEqual([
      { personId: 'p:anna', cutOff: ['efb'] },
      { personId: 'p:doc', cutOff: ['praxis'] },
    ]);
    // 7 institutions, 4 people, 2 networks; 1 referral, 6 employments, 4 memberships.
    expect(report).toMatchObject({ nodeCount: 13, linkCount: 11 });
  });

  it('names the employments and memberships whose loss alone cuts an institution off', () => {
    expect(findPersonLinks(practiceAndNetworks()).bridges).toEqual([
      { personId: 'p:anna', otherId: 'asd', kind: 'employment', cutOff: ['efb'] },
      { personId: 'p:anna', otherId: 'efb', kind: 'employment', cutOff: ['efb'] },
      { personId: 'p:doc', otherId: 'net:fh', kind: 'membership', cutOff: ['praxis'] },
      { personId: 'p:doc', otherId: 'praxis', kind: 'employment', cutOff: ['praxis'] },
    ]);
  });

  it('is no cut point when the institution has another way to a network', () => {
    const graph = practiceAndNetworks();
    const withReferral = aGraph({
      ...graph,
      referralPaths: [...graph.referralPaths, aReferralPath('ref:praxis', 'praxis', 'kita')],
    });
    expect(findPersonLinks(withReferral).cutPoints.map((p) => p.personId)).toEqual(['p:anna']);
  });

  it('cuts off everything on the far side of a person who alone joins a chain to a network', () => {
    // net ← p:a → A → B (referral): without p:a neither A nor B reaches a network.
    const graph = aGraph({
      institutions: [anInstitution('A'), anInstitution('B')],
      referralPaths: [aReferralPath('ref:ab', 'A', 'B')],
      people: [aPerson('p:a', ['A'])],
      networks: [aNetwork('net:1', ['p:a'])],
    });
    expect(findPersonLinks(graph).cutPoints).toEqual([{ personId: 'p:a', cutOff: ['A', 'B'] }]);
  });
});

describe('findPersonLinks, property-based', () => {
  /** Institutions on the network: BFS over the raw data, without `person` or one link. */
  function onNetwork(graph: AnalysisGraph, without: { person?: string; link?: string }): string[] {
    const edges: [string, string][] = [
      ...graph.referralPaths.map((r): [string, string] => [r.fromId, r.toId]),
      ...graph.people.flatMap((p) =>
        p.employments.map((e): [string, string] => [p.id, e.institutionId]),
      ),
      ...graph.networks.flatMap((n) => n.members.map((m): [string, string] => [m.memberId, n.id])),
    ].filter(
      ([a, b]) =>
        a !== without.person && b !== without.person && [a, b].sort().join('|') !== without.link,
    );
    const next = new Map<string, string[]>();
    for (const [a, b] of edges) {
      next.set(a, [...(next.get(a) ?? []), b]);
      next.set(b, [...(next.get(b) ?? []), a]);
    }
    const reached = new Set(graph.networks.map((n) => n.id));
    const queue = [...reached];
    for (const node of queue) {
      for (const to of next.get(node) ?? []) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    return graph.institutions.map((i) => i.id).filter((id) => reached.has(id));
  }

  const randomGraph = fc
    .record({
      institutions: fc.integer({ min: 1, max: 8 }),
      people: fc.integer({ min: 1, max: 6 }),
      networks: fc.integer({ min: 0, max: 2 }),
    })
    .chain(({ institutions, people, networks }) =>
      fc.record({
        institutions: fc.constant(institutions),
        referrals: fc.array(
          fc.tuple(fc.nat({ max: institutions - 1 }), fc.nat({ max: institutions - 1 })),
          { maxLength: institutions },
        ),
        employments: fc.array(fc.uniqueArray(fc.nat({ max: institutions - 1 }), { maxLength: 2 }), {
          minLength: people,
          maxLength: people,
        }),
        members: fc.array(
          fc.uniqueArray(fc.nat({ max: institutions + people - 1 }), { maxLength: 3 }),
          { minLength: networks, maxLength: networks },
        ),
      }),
    )
    .map(({ institutions, referrals, employments, members }) => {
      const node = (n: number): string => (n < institutions ? `i${n}` : `p${n - institutions}`);
      return aGraph({
        institutions: Array.from({ length: institutions }, (_, i) => anInstitution(`i${i}`)),
        referralPaths: referrals.map(([a, b], i) => aReferralPath(`r${i}`, `i${a}`, `i${b}`)),
        people: employments.map((at, p) =>
          aPerson(
            `p${p}`,
            at.map((i) => `i${i}`),
          ),
        ),
        networks: members.map((ids, n) => aNetwork(`n${n}`, ids.map(node))),
      });
    });

  it('cuts off exactly the institutions that reach a network with the person and not without', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const before = onNetwork(graph, {});
        const cutPoints = new Map(
          findPersonLinks(graph).cutPoints.map((p) => [p.personId, p.cutOff]),
        );
        for (const person of graph.people) {
          const after = new Set(onNetwork(graph, { person: person.id }));
          const lost = before.filter((id) => !after.has(id)).sort();
          expect(cutPoints.get(person.id) ?? []).toEqual(lost);
        }
      }),
      { seed: 24, numRuns: 300 },
    );
  });

  it('reports a link of a person exactly when its loss alone cuts institutions off', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const before = onNetwork(graph, {});
        const bridges = new Map(
          findPersonLinks(graph).bridges.map((b) => [[b.personId, b.otherId].sort().join('|'), b]),
        );
        const personLinks = [
          ...graph.people.flatMap((p) => p.employments.map((e) => [p.id, e.institutionId])),
          ...graph.networks.flatMap((n) =>
            n.members.filter((m) => m.memberId.startsWith('p')).map((m) => [m.memberId, n.id]),
          ),
        ];
        for (const ends of personLinks) {
          const key = [...ends].sort().join('|');
          const after = new Set(onNetwork(graph, { link: key }));
          const lost = before.filter((id) => !after.has(id)).sort();
          expect(bridges.get(key)?.cutOff ?? []).toEqual(lost);
        }
      }),
      { seed: 25, numRuns: 300 },
    );
  });
});

describe('findIsolation', () => {
  it('lists an institution linked only through its staff’s memberships as isolated in the referral graph, not in the networks', () => {
    const isolation = findIsolation(practiceAndNetworks());
    expect(isolation.inReferrals.map((i) => i.id)).toEqual([
      'alone',
      'efb',
      'pair1',
      'pair2',
      'praxis',
    ]);
    expect(isolation.inNetworks.map((i) => i.id)).toEqual([
      'alone',
      'efb',
      'kita',
      'pair1',
      'pair2',
    ]);
    expect(isolation.inReferrals[4]).toEqual({
      id: 'praxis',
      name: 'praxis',
      kind: 'family_counselling_centre',
      municipality: 'koethen',
    });
  });

  it('does not count a referral path to itself as a link', () => {
    const graph = aGraph({
      institutions: [anInstitution('self')],
      referralPaths: [aReferralPath('ref:self', 'self', 'self')],
    });
    expect(findIsolation(graph).inReferrals.map((i) => i.id)).toEqual(['self']);
  });

  it('keeps the institutions isolated in both senses as the isolated institutions', () => {
    expect(findIsolatedInstitutions(practiceAndNetworks()).map((i) => i.id)).toEqual([
      'alone',
      'efb',
      'pair1',
      'pair2',
    ]);
  });
});

describe('whatIfRemoved, a person', () => {
  it('reports the institution cut off and the topic nobody else is qualified in', () => {
    const report = whatIfRemoved(practiceAndNetworks(), 'p:doc', {
      topics: ['parental_mental_illness', 'parenting_support'],
    });
    expect(report.removed).toEqual({ id: 'p:doc', kind: 'person', name: 'p:doc' });
    expect(report.cutOffInstitutions).toEqual(['praxis']);
    expect(report.topicsLosingLastExpert).toEqual(['parental_mental_illness']);
    // The ASD's service still holds the topic: it has a holder, no qualified person.
    expect(report.topicsLosingLastHolder).toEqual([]);
    expect(report.summary.en).toBe(
      'Without p:doc: coverage lost in 1 cell, 0 weakened, no holder left for 0 topics, ' +
        'no qualified professional left for 1 topic, 0 broken referral routes, 1 institution cut off.',
    );
  });

  it('reports nothing cut off and no topic lost for someone with a colleague in both', () => {
    const report = whatIfRemoved(practiceAndNetworks(), 'p:asd', {
      topics: ['parental_mental_illness', 'parenting_support'],
    });
    expect(report.cutOffInstitutions).toEqual([]);
    expect(report.topicsLosingLastExpert).toEqual([]);
  });
});
