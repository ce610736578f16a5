import { DEMO_DATA } from '@schutznetz/demo-data';
import { AS_ANALYST, AS_COORDINATOR, startAnalysisTestApi } from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * The training planner over GraphQL on the demo data (real Neo4j): proposed trainings with the
 * coverage after them, recording a completed training (coordinators only), and what a failed
 * recording leaves behind.
 */

const COVERAGE_SUMMARY = `{ coverage { graphVersion summary { cellsWithPerson gaps totalSeverity } } }`;

interface CoverageSummaryResult {
  coverage: {
    graphVersion: string;
    summary: { cellsWithPerson: number; gaps: number; totalSeverity: number };
  };
}

describe('trainingPlan and recordCompletedTraining over GraphQL on the demo data (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);

  it('plans trainings; recording the first one changes the next coverage answer', async () => {
    const before = await api.query<CoverageSummaryResult>(COVERAGE_SUMMARY, {}, AS_ANALYST);
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
      AS_COORDINATOR,
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
      AS_COORDINATOR,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordCompletedTraining.peopleUpdated.length).toBeGreaterThan(0);
    const stored = await api.cypher<{ n: number }>(
      'MATCH (p:Person)-[:HAS_EXPERTISE {since: "2026-11-20"}]->(:Topic {id: $topic}) RETURN count(p) AS n',
      { topic: first.topic.id },
    );
    expect(stored[0]?.n).toBe(first.attendees.length);

    const after = await api.query<CoverageSummaryResult>(COVERAGE_SUMMARY, {}, AS_ANALYST);
    expect(after.data!.coverage.graphVersion).not.toBe(before.data!.coverage.graphVersion);
    expect(after.data!.coverage.summary.cellsWithPerson).toBeGreaterThan(
      before.data!.coverage.summary.cellsWithPerson,
    );
  });

  it('lets only coordinators record a training', async () => {
    const mutation = `mutation { recordCompletedTraining(input: {
      topic: "stalking", personIds: ["${DEMO_DATA.people[0]!.id}"], title: "Test" }) { date } }`;
    for (const headers of [{}, AS_ANALYST]) {
      const result = await api.query(mutation, {}, headers);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('records nothing when a participant does not exist', async () => {
    const result = await api.query(
      `mutation { recordCompletedTraining(input: {
        topic: "stalking", personIds: ["${DEMO_DATA.people[0]!.id}", "person:nobody"], title: "Test"
      }) { date } }`,
      {},
      AS_COORDINATOR,
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
});
