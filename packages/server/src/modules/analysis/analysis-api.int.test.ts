import { DEMO_DATA } from '../../seed/demo';
import { startTestApi, type GraphQLResult, type TestApi } from '../../test/graphql';

/**
 * The analysis API beyond routes (real Neo4j, demo data): the graph explorer, resilience,
 * composition, the training planner with a recorded training, cache invalidation by writes,
 * roles and bad input.
 */

const ANALYST = 'analyst-token-0123456789abcdef';
const COORDINATOR = 'coordinator-token-0123456789abc';
const asAnalyst = { authorization: `Bearer ${ANALYST}` };
const asCoordinator = { authorization: `Bearer ${COORDINATOR}` };

const COVERAGE_SUMMARY = `{ coverage { graphVersion summary { cellsWithPerson gaps totalSeverity } } }`;

interface CoverageSummaryResult {
  coverage: {
    graphVersion: string;
    summary: { cellsWithPerson: number; gaps: number; totalSeverity: number };
  };
}

function expectBadInput(result: GraphQLResult, field: string): void {
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}

describe('analysis API (real Neo4j, demo data)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${ANALYST}:analyst:Jugendhilfeplanung,${COORDINATOR}:coordinator:Netzwerkkoordination`,
    });
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  describe('networkGraph', () => {
    const GRAPH = `
      query Graph($filter: NetworkGraphFilterInput) {
        networkGraph(filter: $filter) {
          graphVersion betweennessMethod
          nodes { id kind label degree betweenness articulationPoint singlePointOfFailure institutionKind }
          edges { id source target kind bridge }
        }
      }`;
    interface Graph {
      networkGraph: {
        betweennessMethod: string;
        nodes: {
          id: string;
          kind: string;
          degree: number;
          betweenness: number | null;
          articulationPoint: boolean;
          singlePointOfFailure: boolean;
        }[];
        edges: { id: string; source: string; target: string; kind: string; bridge: boolean }[];
      };
    }

    it('gives members every kind of node and edge with metrics, edges only between returned nodes', async () => {
      const result = await api.query<Graph>(GRAPH, {}, asAnalyst);
      expect(result.errors).toBeUndefined();
      const { nodes, edges, betweennessMethod } = result.data!.networkGraph;
      expect(betweennessMethod).toBe('EXACT');
      expect(new Set(nodes.map((n) => n.kind))).toEqual(
        new Set(['INSTITUTION', 'PERSON', 'NETWORK', 'TOPIC']),
      );
      expect(new Set(edges.map((e) => e.kind))).toEqual(
        new Set(['WORKS_AT', 'REFERS_TO', 'MEMBER_OF', 'EXPERTISE', 'OFFERS_TOPIC']),
      );
      const ids = new Set(nodes.map((n) => n.id));
      expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      const institutions = nodes.filter((n) => n.kind === 'INSTITUTION');
      expect(institutions.every((n) => n.betweenness !== null)).toBe(true);
      expect(institutions.some((n) => (n.betweenness ?? 0) > 0)).toBe(true);
      expect(nodes.some((n) => n.articulationPoint)).toBe(true);
      expect(nodes.some((n) => n.singlePointOfFailure)).toBe(true);
      for (const node of nodes.slice(0, 20)) {
        const touching = edges.filter((e) => e.source === node.id || e.target === node.id);
        expect(node.degree).toBe(touching.length);
      }
    });

    it('shows the public no people and no edges of people', async () => {
      const result = await api.query<Graph>(GRAPH, {});
      expect(result.errors).toBeUndefined();
      const { nodes, edges } = result.data!.networkGraph;
      expect(nodes.some((n) => n.kind === 'PERSON')).toBe(false);
      expect(edges.some((e) => e.kind === 'WORKS_AT' || e.kind === 'EXPERTISE')).toBe(false);
      const personIds = new Set(DEMO_DATA.people.map((p) => p.id));
      expect(edges.some((e) => personIds.has(e.source))).toBe(false);
    });

    it('focuses on a node’s neighbourhood after the filters', async () => {
      const result = await api.query<Graph>(
        GRAPH,
        {
          filter: {
            focus: 'org:schule_aken',
            depth: 1,
            nodeKinds: ['INSTITUTION'],
            edgeKinds: ['REFERS_TO'],
          },
        },
        asAnalyst,
      );
      expect(result.errors).toBeUndefined();
      const { nodes, edges } = result.data!.networkGraph;
      expect(nodes.map((n) => n.id)).toContain('org:schule_aken');
      expect(nodes.length).toBeGreaterThan(1);
      expect(edges.every((e) => e.kind === 'REFERS_TO')).toBe(true);
      expect(
        edges.every((e) => e.source === 'org:schule_aken' || e.target === 'org:schule_aken'),
      ).toBe(true);
    });
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
      asAnalyst,
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
      asAnalyst,
    );
    expect(result.errors).toBeUndefined();
    const c = result.data!.networkComposition;
    expect(c.network.network?.name).toBeTruthy();
    expect(c.expectations.length).toBeGreaterThan(0);
    expect(c.expectations.some((e) => e.met.length > 0)).toBe(true);
    expect(c.overlaps.length).toBeGreaterThan(0);
  });

  it('plans trainings; recording the first one changes the next coverage answer', async () => {
    const before = await api.query<CoverageSummaryResult>(COVERAGE_SUMMARY, {}, asAnalyst);
    expect(before.errors).toBeUndefined();
    const plan = await api.query<{
      trainingPlan: {
        trainings: {
          topic: { id: string };
          priority: string;
          reasons: { en: string }[];
          attendees: { person: { id: string } | null; institution: { id: string } }[];
          cellsGained: { topic: { id: string }; municipality: { id: string } }[];
        }[];
        simulation: { before: { cellsWithPerson: number }; after: { cellsWithPerson: number } };
      };
    }>(
      `{ trainingPlan(maxTrainings: 3) {
          trainings { topic { id } priority reasons { en } attendees { person { id } institution { id } }
                      cellsGained { topic { id } municipality { id } } }
          simulation { before { cellsWithPerson } after { cellsWithPerson } }
        } }`,
      {},
      asCoordinator,
    );
    expect(plan.errors).toBeUndefined();
    const { trainings, simulation } = plan.data!.trainingPlan;
    expect(trainings.length).toBeGreaterThan(0);
    expect(simulation.after.cellsWithPerson).toBeGreaterThan(simulation.before.cellsWithPerson);
    const first = trainings.find((t) => t.cellsGained.length > 0)!;
    expect(first.reasons.length).toBeGreaterThan(0);

    const recorded = await api.query<{
      recordCompletedTraining: { peopleUpdated: string[]; training: { id: string } | null };
    }>(
      `mutation Record($input: RecordCompletedTrainingInput!) {
        recordCompletedTraining(input: $input) { peopleUpdated expertiseCreated training { id } }
      }`,
      {
        input: {
          topic: first.topic.id,
          personIds: first.attendees.map((a) => a.person!.id),
          date: '2026-11-20',
          title: 'Fortbildung (Test)',
        },
      },
      asCoordinator,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordCompletedTraining.peopleUpdated.length).toBeGreaterThan(0);
    const stored = await api.cypher<{ n: number }>(
      'MATCH (p:Person)-[:HAS_EXPERTISE {since: "2026-11-20"}]->(:Topic {id: $topic}) RETURN count(p) AS n',
      { topic: first.topic.id },
    );
    expect(stored[0]?.n).toBe(first.attendees.length);

    const after = await api.query<CoverageSummaryResult>(COVERAGE_SUMMARY, {}, asAnalyst);
    expect(after.data!.coverage.graphVersion).not.toBe(before.data!.coverage.graphVersion);
    expect(after.data!.coverage.summary.cellsWithPerson).toBeGreaterThan(
      before.data!.coverage.summary.cellsWithPerson,
    );
  });

  it('answers routes anew after a referral path is deleted through the API', async () => {
    const ROUTE_PATHS = `{ referralRoutes(start: { institutionId: "org:schule_aken" },
        need: { topic: "child_neglect", municipality: "aken", age: 8 }, k: 5) {
        graphVersion routes { hops { referralPathId } } } }`;
    type Answer = {
      referralRoutes: {
        graphVersion: string;
        routes: { hops: { referralPathId: string | null }[] }[];
      };
    };
    const before = await api.query<Answer>(ROUTE_PATHS, {}, asAnalyst);
    const used = before
      .data!.referralRoutes.routes.flatMap((r) => r.hops.map((h) => h.referralPathId))
      .find((id) => id !== null)!;
    const path = await api.query<{ referralPath: { version: number } | null }>(
      `query P($id: ID!) { referralPath(id: $id) { version } }`,
      { id: used },
      asCoordinator,
    );
    expect(path.errors).toBeUndefined();
    const deleted = await api.query(
      `mutation D($id: ID!, $version: Int!) { deleteReferralPath(id: $id, version: $version) }`,
      { id: used, version: path.data!.referralPath!.version },
      asCoordinator,
    );
    expect(deleted.errors).toBeUndefined();
    const after = await api.query<Answer>(ROUTE_PATHS, {}, asAnalyst);
    expect(after.data!.referralRoutes.graphVersion).not.toBe(
      before.data!.referralRoutes.graphVersion,
    );
    const pathsAfter = after.data!.referralRoutes.routes.flatMap((r) =>
      r.hops.map((h) => h.referralPathId),
    );
    expect(pathsAfter).not.toContain(used);
  });

  describe('roles', () => {
    it('lets only coordinators record a training', async () => {
      const mutation = `mutation { recordCompletedTraining(input: {
        topic: "stalking", personIds: ["${DEMO_DATA.people[0]!.id}"], title: "Test" }) { date } }`;
      for (const headers of [{}, asAnalyst]) {
        const result = await api.query(mutation, {}, headers);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('gives the public counts and institutions but no people', async () => {
      const result = await api.query<{
        coverage: { cells: { personCount: number; people: unknown[]; institutions: unknown[] }[] };
      }>(`{ coverage { cells { personCount people { id } institutions { id } } } }`);
      expect(result.errors).toBeUndefined();
      const cells = result.data!.coverage.cells;
      expect(cells.some((c) => c.personCount > 0)).toBe(true);
      expect(cells.every((c) => c.people.length === 0)).toBe(true);
      expect(cells.some((c) => c.institutions.length > 0)).toBe(true);

      const whatIf = await api.query(
        `{ resilience { whatIfRemoved(id: "${DEMO_DATA.people[0]!.id}") { removedName } } }`,
      );
      expect(whatIf.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('bad input', () => {
    const routes = (start: string, need: string, k = 3): Promise<GraphQLResult> =>
      api.query(
        `{ referralRoutes(start: ${start}, need: ${need}, k: ${k}) { graphVersion } }`,
        {},
        asAnalyst,
      );

    it('names the field of an unknown topic, municipality, institution or target group', async () => {
      expectBadInput(
        await routes('{ self: true }', '{ topic: "no_such_topic", municipality: "zerbst" }'),
        'need.topic',
      );
      expectBadInput(
        await routes('{ self: true }', '{ topic: "stalking", municipality: "atlantis" }'),
        'need.municipality',
      );
      expectBadInput(
        await routes(
          '{ institutionId: "org:nowhere" }',
          '{ topic: "stalking", municipality: "zerbst" }',
        ),
        'start.institutionId',
      );
      expectBadInput(
        await routes(
          '{ self: true }',
          '{ topic: "stalking", municipality: "zerbst", targetGroup: "dragons" }',
        ),
        'need.targetGroup',
      );
      expectBadInput(
        await api.query(`{ coverage(scope: { municipalities: ["atlantis"] }) { graphVersion } }`),
        'scope.municipalities',
      );
      expectBadInput(
        await api.query(`{ networkComposition(network: "net:none") { missingCount } }`),
        'network',
      );
    });

    it('records nothing when a participant does not exist', async () => {
      const result = await api.query(
        `mutation { recordCompletedTraining(input: {
          topic: "stalking", personIds: ["${DEMO_DATA.people[0]!.id}", "person:nobody"], title: "Test"
        }) { date } }`,
        {},
        asCoordinator,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.personIds',
      });
      const trainings = await api.cypher<{ n: number }>(
        'MATCH (t:Training {title: "Test"}) RETURN count(t) AS n',
      );
      expect(trainings[0]?.n).toBe(0);
    });

    it('rejects k out of range, a start that is not exactly one thing, and a malformed moment', async () => {
      const need = '{ topic: "stalking", municipality: "zerbst" }';
      expectBadInput(await routes('{ self: true }', need, 0), 'k');
      expectBadInput(await routes('{ self: true }', need, 21), 'k');
      expectBadInput(
        await routes('{ self: true, institutionId: "org:schule_aken" }', need),
        'start',
      );
      expectBadInput(
        await routes(
          '{ self: true }',
          '{ topic: "stalking", municipality: "zerbst", at: "Saturday night" }',
        ),
        'need.at',
      );
    });
  });
});
