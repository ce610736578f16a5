import { DEMO_DATA } from '@schutznetz/demo-data';
import {
  AS_ANALYST,
  AS_COORDINATOR,
  expectBadInput,
  startAnalysisTestApi,
} from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * The training planner over GraphQL on the demo data (real Neo4j): the year plan under a
 * budget with its measured effect, recording a completed training that was never proposed, and
 * the past trainings with their effect.
 */

const AS_OF = '2026-06-01';

const PLAN = `query Plan($count: Int!, $seats: Int) {
  trainingPlan(asOf: "${AS_OF}", count: $count, seats: $seats, year: 2027) {
    year count seats
    trainings {
      id topic { id } priority seatCount quarter format date year
      reasons { de en }
      seats { person { id } institution { id } seats reason }
      audience { institution { id } people { id } openSeats seats }
      trainer { person { id } sibling }
      effect { gapsClosed }
    }
    effect { gapsClosed severityRemoved closableGaps populationReached summary { de }
             before { gaps } after { gaps } unclosable { kind count } }
    shortfall { de }
  }
}`;

interface Plan {
  trainingPlan: {
    year: number;
    count: number;
    trainings: {
      id: string;
      topic: { id: string };
      priority: string;
      seatCount: number;
      quarter: number;
      format: string;
      date: string;
      year: number;
      reasons: { de: string }[];
      seats: { person: { id: string } | null; institution: { id: string }; seats: number }[];
      audience: { institution: { id: string }; people: { id: string }[]; openSeats: number }[];
      trainer: { person: { id: string } | null; sibling: boolean } | null;
      effect: { gapsClosed: string[] };
    }[];
    effect: {
      gapsClosed: string[];
      severityRemoved: number;
      closableGaps: number;
      populationReached: number;
      summary: { de: string };
      before: { gaps: number };
      after: { gaps: number };
      unclosable: { kind: string; count: number }[];
    };
    shortfall: { de: string } | null;
  };
}

const EMOTIONAL_ABUSE_GAPS = [
  'koethen',
  'zerbst',
  'suedliches_anhalt',
  'osternienburger_land',
  'aken',
].map((m) => `no_qualified_person:emotional_abuse:${m}`);

describe('trainingPlan over GraphQL on the demo data (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);

  it('proposes as many trainings as asked: 8 for 8, 20 for 20', async () => {
    for (const count of [8, 20]) {
      const result = await api.query<Plan>(PLAN, { count }, AS_ANALYST);
      expect(result.errors).toBeUndefined();
      expect(result.data!.trainingPlan.trainings).toHaveLength(count);
      expect(result.data!.trainingPlan.shortfall).toBeNull();
    }
  });

  it('closes the gaps a training can close, names them, and says what severity means', async () => {
    const result = await api.query<Plan>(PLAN, { count: 8 }, AS_ANALYST);
    const { effect, trainings } = result.data!.trainingPlan;
    expect([...effect.gapsClosed].sort()).toEqual([...EMOTIONAL_ABUSE_GAPS].sort());
    expect(effect.closableGaps).toBe(5);
    // Köthen, Zerbst, Südliches Anhalt, Osternienburger Land, Aken × criticality 2 × 0.5.
    expect(effect.severityRemoved).toBe(75_400);
    expect(effect.populationReached).toBe(75_400);
    expect(effect.after.gaps).toBe(effect.before.gaps - 5);
    expect(effect.summary.de).toContain(
      'Schwere einer Lücke = Einwohner der Gemeinde × Kritikalität',
    );
    expect(effect.unclosable.map((u) => u.kind)).toEqual(
      expect.arrayContaining(['NO_LOCAL_SPECIALIST', 'NO_24X7', 'SHELTER_CAPACITY']),
    );
    const first = trainings[0]!;
    expect(first.topic.id).toBe('emotional_abuse');
    expect([...first.effect.gapsClosed].sort()).toEqual([...EMOTIONAL_ABUSE_GAPS].sort());
  });

  it('ranks the topic one person holds high, in the top ten, with the risk as its reason', async () => {
    const result = await api.query<Plan>(PLAN, { count: 10 }, AS_ANALYST);
    const trafficking = result.data!.trainingPlan.trainings.find(
      (t) => t.topic.id === 'human_trafficking',
    );
    expect(trafficking?.priority).toBe('HIGH');
    expect(trafficking?.reasons[0]?.de).toMatch(/^Nur .+ hält das Thema „Menschenhandel/);
  });

  it('gives each training a group, a trainer who is not an attendee, a quarter, a format and a day', async () => {
    const result = await api.query<Plan>(PLAN, { count: 8, seats: 12 }, AS_ANALYST);
    for (const training of result.data!.trainingPlan.trainings) {
      expect(training.seatCount).toBeGreaterThanOrEqual(8);
      expect(training.seatCount).toBeLessThanOrEqual(12);
      const attendees = training.seats.map((s) => s.person?.id);
      expect(training.trainer?.person?.id).toBeDefined();
      expect(attendees).not.toContain(training.trainer?.person?.id);
      expect(training.year).toBe(2027);
      expect([1, 2, 3, 4]).toContain(training.quarter);
      expect(training.date.slice(0, 4)).toBe('2027');
      expect(Math.ceil(Number(training.date.slice(5, 7)) / 3)).toBe(training.quarter);
      const seatsByInstitution = training.audience.reduce(
        (sum, a) => sum + a.people.length + a.openSeats,
        0,
      );
      expect(seatsByInstitution).toBe(training.seatCount);
    }
  });

  it('gives seats to an institution with nobody recorded', async () => {
    const result = await api.query<Plan>(PLAN, { count: 20 }, AS_ANALYST);
    const open = result.data!.trainingPlan.trainings.flatMap((t) =>
      t.audience
        .filter((a) => a.openSeats > 0)
        .map((a) => [t.topic.id, a.institution.id, a.openSeats]),
    );
    expect(open).toContainEqual(['peer_violence_bullying', 'org:schule_aken_grundschule', 2]);
  });

  it('exports the plan as CSV for German Excel and as a calendar, one training per row and entry', async () => {
    const csv = await api.download(
      `/export/training-plan.csv?count=8&year=2027&asOf=${AS_OF}`,
      AS_ANALYST,
    );
    expect(csv.status).toBe(200);
    const lines = csv.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe(
      'Quartal;Datum;Titel;Thema;Priorität;Format;Referent:in;Plätze;Teilnehmende nach Einrichtung;Schließt Lücken in;Lücken-IDs;Schwere gesenkt um;Zweite Fachkraft in;Begründung',
    );
    expect(lines).toHaveLength(1 + 8);
    expect(lines[1]).toMatch(/^Q1 2027;2027-01-\d\d;Fortbildung: Psychische Gewalt;/);
    const ics = await api.download(
      `/export/training-plan.ics?count=8&year=2027&asOf=${AS_OF}`,
      AS_ANALYST,
    );
    expect(ics.status).toBe(200);
    const calendar = ics.body.toString('utf8');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(8);
    expect(calendar).toContain('SUMMARY:Fortbildung: Psychische Gewalt');
    expect(calendar).toMatch(/DTSTART;VALUE=DATE:2027\d{4}/);
    // The public may not see the plan (it names people): the file asks to sign in.
    expect((await api.download('/export/training-plan.csv?count=8')).status).toBe(401);
    const refused = await api.download('/export/training-plan.csv?count=99', AS_ANALYST);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body.toString('utf8'))).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'count' },
    });
  });

  it('refuses a budget past its bounds per field', async () => {
    expectBadInput(await api.query(PLAN, { count: 51 }, AS_ANALYST), 'count');
    expectBadInput(await api.query(PLAN, { count: 8, seats: 3 }, AS_ANALYST), 'seats');
  });
});

describe('recording a completed training and the past trainings (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);

  const RECORD = `mutation Record($input: RecordCompletedTrainingInput!) {
    recordCompletedTraining(input: $input) { peopleUpdated expertiseCreated training { id title } }
  }`;

  it('records a training never proposed, for people never proposed; it shows in the past list with its effect', async () => {
    const plan = await api.query<Plan>(PLAN, { count: 8 }, AS_ANALYST);
    const proposed = new Set(
      plan.data!.trainingPlan.trainings.flatMap((t) => t.seats.map((s) => s.person?.id)),
    );
    // Stefanie Lange (ASD Köthen) and Dirk Lorenz (Jobcenter Köthen): in no proposal.
    const participants = ['person:p0006', 'person:p0029'];
    for (const id of participants) expect(proposed.has(id)).toBe(false);

    const recorded = await api.query<{
      recordCompletedTraining: { peopleUpdated: string[]; training: { id: string; title: string } };
    }>(
      RECORD,
      {
        input: {
          topic: 'emotional_abuse',
          personIds: participants,
          date: '2026-03-18',
          title: 'Psychische Gewalt erkennen (Abendkurs)',
          provider: 'Kinderschutzfachstelle',
        },
      },
      AS_COORDINATOR,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordCompletedTraining.peopleUpdated).toEqual(participants);

    const past = await api.query<{
      pastTrainings: {
        trainings: {
          id: string;
          title: string;
          provider: string | null;
          participantCount: number;
          peopleTrained: { id: string }[];
          topics: { id: string }[];
          effect: {
            gapsClosed: string[];
            severityRemoved: number;
            cellsGained: { municipality: { id: string } }[];
          };
        }[];
      };
    }>(
      `{ pastTrainings(asOf: "${AS_OF}") { trainings { id title provider participantCount
          peopleTrained { id } topics { id }
          effect { gapsClosed severityRemoved cellsGained { municipality { id } } } } } }`,
      {},
      AS_ANALYST,
    );
    expect(past.errors).toBeUndefined();
    const trainings = past.data!.pastTrainings.trainings;
    const mine = trainings.find((t) => t.id === recorded.data!.recordCompletedTraining.training.id);
    expect(mine).toMatchObject({
      title: 'Psychische Gewalt erkennen (Abendkurs)',
      provider: 'Kinderschutzfachstelle',
      participantCount: 2,
      peopleTrained: participants.map((id) => ({ id })),
      topics: [{ id: 'emotional_abuse' }],
    });
    expect([...mine!.effect.gapsClosed].sort()).toEqual([...EMOTIONAL_ABUSE_GAPS].sort());
    expect(mine!.effect.severityRemoved).toBe(75_400);
    // The demo's recorded trainings (Fachtag 2024 workshops and others) are listed too, newest first.
    expect(trainings.map((t) => t.id)).toEqual(
      expect.arrayContaining(['trn:fachtag_ws_anzeichen', 'trn:kinderschutzfachkraft_kita_2024']),
    );
    expect(trainings[0]?.id).toBe(mine!.id);

    // The plan is measured anew: those gaps are closed now, nothing is left for a training to close.
    const after = await api.query<Plan>(PLAN, { count: 8 }, AS_ANALYST);
    expect(after.data!.trainingPlan.effect.closableGaps).toBe(0);
  });

  it('lets only coordinators record a training', async () => {
    const mutation = `mutation { recordCompletedTraining(input: {
      topic: "stalking", personIds: ["${DEMO_DATA.people[0]!.id}"], title: "Test" }) { date } }`;
    for (const headers of [{}, AS_ANALYST]) {
      const result = await api.query(mutation, {}, headers);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a completed training in the future, and names the field', async () => {
    const result = await api.query(
      RECORD,
      {
        input: {
          topic: 'stalking',
          personIds: [DEMO_DATA.people[0]!.id],
          title: 'Zukunft',
          date: '2999-01-01',
        },
      },
      AS_COORDINATOR,
    );
    expectBadInput(result, 'input.date');
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
