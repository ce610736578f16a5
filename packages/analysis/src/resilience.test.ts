import fc from 'fast-check';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { countConnectedComponents } from 'graphology-components';
import { analyseStructure, collaborationGraph, toAdjacency } from './collaboration';
import type { AnalysisGraph } from './graph';
import {
  findBrokers,
  findIsolatedInstitutions,
  findSinglePoints,
  findStructuralWeakPoints,
  sampledBetweenness,
  whatIfRemoved,
  withoutNode,
} from './resilience';
import {
  aGraph,
  anInstitution,
  aNetwork,
  aPerson,
  aReferralPath,
  aService,
} from './testing/fixtures';
import { generateAnalysisGraph } from './testing/generate';

/** A–B–C, then the triangle C–D–E (C–D in both directions); F stands alone. */
function chainAndTriangle(): AnalysisGraph {
  return aGraph({
    institutions: ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => anInstitution(id)),
    referralPaths: [
      aReferralPath('ref:ab', 'A', 'B'),
      aReferralPath('ref:bc', 'B', 'C'),
      aReferralPath('ref:cd', 'C', 'D'),
      aReferralPath('ref:dc', 'D', 'C'),
      aReferralPath('ref:de', 'D', 'E'),
      aReferralPath('ref:ec', 'E', 'C'),
    ],
  });
}

describe('findStructuralWeakPoints', () => {
  it('finds the articulation points and bridges of the referral graph', () => {
    const structure = findStructuralWeakPoints(chainAndTriangle());
    expect(structure).toMatchObject({ nodeCount: 6, edgeCount: 5, components: 2 });
    const points = Object.fromEntries(structure.articulationPoints.map((p) => [p.id, p]));
    expect(Object.keys(points).sort()).toEqual(['B', 'C']);
    expect(points['B']).toMatchObject({ parts: [3, 1], cutOff: ['A'] });
    expect(points['C']?.parts).toEqual([2, 2]);
    expect(points['C']?.cutOff).toHaveLength(2);
    expect(structure.bridges).toEqual([
      {
        source: 'B',
        target: 'C',
        kind: 'referral',
        referralPathIds: ['ref:bc'],
        sides: [3, 2],
        cutOff: ['A', 'B'],
      },
      {
        source: 'A',
        target: 'B',
        kind: 'referral',
        referralPathIds: ['ref:ab'],
        sides: [4, 1],
        cutOff: ['A'],
      },
    ]);
  });

  it('joins institutions through a network only when networks are nodes', () => {
    const graph = aGraph({
      institutions: [anInstitution('X'), anInstitution('Y')],
      people: [aPerson('p:y', ['Y'])],
      networks: [aNetwork('net:ak', ['X', 'p:y'])],
    });
    expect(findStructuralWeakPoints(graph).components).toBe(2);
    const withNetworks = findStructuralWeakPoints(graph, { networksAsNodes: true });
    expect(withNetworks.components).toBe(1);
    expect(withNetworks.articulationPoints).toHaveLength(1);
    expect(withNetworks.articulationPoints[0]).toMatchObject({
      id: 'net:ak',
      kind: 'network',
      parts: [1, 1],
    });
    expect(withNetworks.bridges.map((b) => b.kind)).toEqual(['membership', 'membership']);
  });
});

describe('findStructuralWeakPoints, property-based', () => {
  const randomGraph = fc
    .integer({ min: 2, max: 14 })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 2 * n }),
      ),
    )
    .map(([n, edges]) =>
      aGraph({
        institutions: Array.from({ length: n }, (_, i) => anInstitution(`i${i}`)),
        referralPaths: edges.map(([a, b], i) => aReferralPath(`ref:${i}`, `i${a}`, `i${b}`)),
      }),
    );

  it('reports a node as articulation point exactly when removing it disconnects its component', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const g = collaborationGraph(graph);
        const base = countConnectedComponents(g);
        const structure = analyseStructure(g);
        expect(structure.components).toBe(base);
        const points = new Map(structure.articulationPoints.map((p) => [p.id, p]));
        g.forEachNode((id) => {
          const copy = g.copy();
          copy.dropNode(id);
          const after = countConnectedComponents(copy);
          expect(points.has(id)).toBe(after > base);
          const point = points.get(id);
          if (point !== undefined) {
            expect(point.parts).toHaveLength(after - base + 1);
            // Removing it from the analysis graph separates the same parts.
            expect(countConnectedComponents(collaborationGraph(withoutNode(graph, id)))).toBe(
              after,
            );
          }
        });
      }),
      { seed: 99, numRuns: 200 },
    );
  });

  it('reports an edge as bridge exactly when removing it disconnects its component', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const g = collaborationGraph(graph);
        const base = countConnectedComponents(g);
        const bridges = new Set(
          analyseStructure(g).bridges.map((b) => [b.source, b.target].sort().join('|')),
        );
        g.forEachEdge((edge, _attributes, source, target) => {
          const copy = g.copy();
          copy.dropEdge(edge);
          const after = countConnectedComponents(copy);
          expect(bridges.has([source, target].sort().join('|'))).toBe(after > base);
        });
      }),
      { seed: 100, numRuns: 200 },
    );
  });
});

describe('findSinglePoints', () => {
  it('finds topics that hang on one person or one institution', () => {
    const graph = aGraph({
      institutions: [anInstitution('ist'), anInstitution('efb'), anInstitution('asd')],
      services: [
        aService('svc:ist', 'ist', { topics: ['stalking'], area: ['koethen', 'aken'] }),
        aService('svc:efb', 'efb', { topics: ['parenting_support'] }),
        aService('svc:asd', 'asd', { topics: ['parenting_support'] }),
      ],
      people: [
        aPerson('p:1', ['ist'], ['stalking']),
        aPerson('p:2', ['efb'], ['parenting_support']),
        aPerson('p:3', ['asd'], ['parenting_support']),
      ],
    });
    const report = findSinglePoints(graph, { topics: ['stalking', 'parenting_support'] });
    expect(report.singlePersonTopics).toEqual(['stalking']);
    expect(report.singleInstitutionTopics).toEqual(['stalking']);
    expect(report.topics).toEqual([
      {
        topic: 'stalking',
        personIds: ['p:1'],
        institutionIds: ['ist'],
        singlePerson: true,
        singleInstitution: true,
      },
      {
        topic: 'parenting_support',
        personIds: ['p:2', 'p:3'],
        institutionIds: ['asd', 'efb'],
        singlePerson: false,
        singleInstitution: false,
      },
    ]);
    expect(report.singleInstitutionCells).toEqual([
      { topic: 'stalking', municipality: 'koethen', institutionId: 'ist' },
      { topic: 'stalking', municipality: 'aken', institutionId: 'ist' },
    ]);
  });
});

describe('whatIfRemoved', () => {
  /** School → ASD; Kita → InsoFa → ASD; only the ASD offers child risk assessment. */
  function childProtection(): AnalysisGraph {
    return aGraph({
      institutions: [
        anInstitution('school', { kind: 'school' }),
        anInstitution('kita', { kind: 'childcare_centre' }),
        anInstitution('insofa', { kind: 'child_protection_advice_unit' }),
        anInstitution('asd', { kind: 'general_social_service' }),
      ],
      services: [
        aService('svc:asd', 'asd', {
          topics: ['child_risk_assessment'],
          targetGroups: ['children_6_14'],
          selfReferral: false,
        }),
      ],
      referralPaths: [
        aReferralPath('ref:school', 'school', 'asd', { topics: ['child_risk_assessment'] }),
        aReferralPath('ref:kita', 'kita', 'insofa', { topics: ['child_risk_assessment'] }),
        aReferralPath('ref:insofa', 'insofa', 'asd', { topics: ['child_risk_assessment'] }),
      ],
      people: [
        aPerson('p:asd', ['asd'], ['child_risk_assessment']),
        aPerson('p:digital', ['kita'], ['digital_violence']),
      ],
    });
  }

  it('reports cells, topics and routes lost when an institution leaves', () => {
    const report = whatIfRemoved(childProtection(), 'asd', {
      topics: ['child_risk_assessment', 'digital_violence'],
    });
    expect(report.removed).toEqual({ id: 'asd', kind: 'institution', name: 'asd' });
    expect(report.lostCells).toEqual([
      { topic: 'child_risk_assessment', municipality: 'koethen', lost: 'services_and_people' },
    ]);
    expect(report.topicsLosingLastHolder).toEqual(['child_risk_assessment']);
    expect(report.brokenRoutes).toEqual([
      { startId: 'insofa', topic: 'child_risk_assessment', previouslyReached: ['asd'] },
      { startId: 'kita', topic: 'child_risk_assessment', previouslyReached: ['asd'] },
      { startId: 'school', topic: 'child_risk_assessment', previouslyReached: ['asd'] },
    ]);
    expect(report.cutOffInstitutions).toEqual(['school']);
    // Its only qualified professional worked there alone: she holds the topic for nobody now.
    expect(report.topicsLosingLastExpert).toEqual(['child_risk_assessment']);
    expect(report.summary.en).toBe(
      'Without asd: coverage lost in 1 cell, 0 weakened, no holder left for 1 topic, no qualified professional left for 1 topic, 3 broken referral routes, 1 institution cut off.',
    );
  });

  it('reports the expertise lost when a person leaves', () => {
    const report = whatIfRemoved(childProtection(), 'p:digital', {
      topics: ['child_risk_assessment', 'digital_violence'],
    });
    expect(report.removed.kind).toBe('person');
    expect(report.lostCells).toEqual([
      { topic: 'digital_violence', municipality: 'koethen', lost: 'people' },
    ]);
    expect(report.topicsLosingLastHolder).toEqual(['digital_violence']);
    expect(report.brokenRoutes).toEqual([]);
  });

  it('keeps routes that have another way round', () => {
    const graph = childProtection();
    const report = whatIfRemoved(
      aGraph({
        ...graph,
        referralPaths: [
          ...graph.referralPaths,
          aReferralPath('ref:kita-asd', 'kita', 'asd', { topics: ['child_risk_assessment'] }),
        ],
      }),
      'insofa',
      { topics: ['child_risk_assessment'] },
    );
    expect(report.brokenRoutes).toEqual([]);
    expect(report.lostCells).toEqual([]);
  });
});

describe('findBrokers', () => {
  const star = aGraph({
    institutions: ['hub', 'a', 'b', 'c', 'd'].map((id) => anInstitution(id)),
    referralPaths: ['a', 'b', 'c', 'd'].map((id) => aReferralPath(`ref:${id}`, id, 'hub')),
  });

  it('puts the hub of a star first, exactly on small graphs', () => {
    const report = findBrokers(star);
    expect(report).toMatchObject({ method: 'exact', nodeCount: 5, samples: null, seed: null });
    expect(report.brokers).toHaveLength(1); // leaves broker nothing
    expect(report.brokers[0]).toMatchObject({ id: 'hub', kind: 'institution' });
    expect(report.brokers[0]?.score).toBeCloseTo(1, 12);
  });

  it('finds no brokers in an empty graph (a new instance) instead of failing', () => {
    expect(findBrokers(aGraph())).toMatchObject({ method: 'exact', nodeCount: 0, brokers: [] });
  });

  it('samples above the threshold, reproducibly from the seed', () => {
    const report = findBrokers(star, { exactBelow: 0, samples: 3, seed: 7 });
    expect(report).toMatchObject({ method: 'sampled', samples: 3, seed: 7 });
    expect(report.brokers[0]?.id).toBe('hub');
    expect(findBrokers(star, { exactBelow: 0, samples: 3, seed: 7 })).toEqual(report);
  });

  it('agrees with the exact betweenness when every node is sampled', () => {
    const graph = generateAnalysisGraph({ institutions: 200, seed: 5 });
    const g = collaborationGraph(graph);
    const exact = betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
    const sampled = sampledBetweenness(toAdjacency(g), g.order, 1);
    for (const [id, score] of Object.entries(exact)) {
      expect(sampled.get(id)).toBeCloseTo(score, 10);
    }
  });
});

describe('findIsolatedInstitutions', () => {
  it('lists institutions without referral paths and without networks, own or through staff', () => {
    const graph = aGraph({
      institutions: ['linked', 'partner', 'member', 'staffed', 'alone'].map((id) =>
        anInstitution(id),
      ),
      referralPaths: [aReferralPath('ref:1', 'linked', 'partner')],
      people: [aPerson('p:staff', ['staffed'])],
      networks: [aNetwork('net:1', ['member', 'p:staff'])],
    });
    expect(findIsolatedInstitutions(graph)).toEqual([
      { id: 'alone', name: 'alone', kind: 'family_counselling_centre', municipality: 'koethen' },
    ]);
  });
});
