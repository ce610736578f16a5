import { useTestApi } from '../../test/fixtures';

describe('meetings and trainings over GraphQL (real Neo4j)', () => {
  const api = useTestApi();
  let networkId: string;
  let institutionId: string;

  beforeAll(async () => {
    const network = await api.query<{ createNetwork: { id: string } }>(
      `mutation { createNetwork(input: { name: "AK gegen Gewalt", kind: ANTI_VIOLENCE_WORKING_GROUP }) { id } }`,
    );
    networkId = network.data!.createNetwork.id;
    const institution = await api.query<{ createInstitution: { id: string } }>(
      `mutation { createInstitution(input: { name: "Polizeirevier Test", kind: POLICE_STATION, municipality: "zerbst" }) { id } }`,
    );
    institutionId = institution.data!.createInstitution.id;
  });

  it('records a conference with its networks, participants and workshops', async () => {
    const conference = await api.query<{
      createMeeting: { id: string; networks: { id: string }[]; institutions: { name: string }[] };
    }>(
      `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id networks { id } institutions { name } } }`,
      {
        input: {
          title: 'Fachtag Kinderschutz',
          kind: 'CONFERENCE',
          date: '2024-06-05',
          location: 'Berufsschulzentrum Bitterfeld',
          networkIds: [networkId],
          participantIds: [institutionId],
        },
      },
    );
    expect(conference.errors).toBeUndefined();
    const meetingId = conference.data!.createMeeting.id;
    expect(conference.data!.createMeeting).toMatchObject({
      networks: [{ id: networkId }],
      institutions: [{ name: 'Polizeirevier Test' }],
    });

    const workshop = await api.query<{
      createTraining: { meeting: { id: string }; topics: { id: string }[] };
    }>(
      `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { meeting { id } topics { id } } }`,
      {
        input: {
          title: 'Suchtbelastete Familien',
          date: '2024-06-05',
          topics: ['addiction_in_families'],
          meetingId,
          completed: true,
        },
      },
    );
    expect(workshop.errors).toBeUndefined();
    expect(workshop.data!.createTraining).toEqual({
      meeting: { id: meetingId },
      topics: [{ id: 'addiction_in_families' }],
    });

    const read = await api.query<{
      meetings: { nodes: { title: string; workshops: { title: string }[] }[] };
    }>(
      `{ meetings(filter: { kinds: [CONFERENCE], from: "2024-01-01" }) { nodes { title workshops { title } } } }`,
    );
    expect(read.data?.meetings.nodes).toEqual([
      { title: 'Fachtag Kinderschutz', workshops: [{ title: 'Suchtbelastete Familien' }] },
    ]);
  });

  it('rejects unknown participants and topics, naming the field, and writes nothing', async () => {
    const before = await api.cypher<{ n: number }>('MATCH (n:Meeting) RETURN count(n) AS n');
    const meeting = await api.query(
      `mutation { createMeeting(input: { title: "AK Sitzung", kind: MEETING, date: "2024-09-18", participantIds: ["org:none"] }) { id } }`,
    );
    expect(meeting.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'participantIds',
    });
    expect(await api.cypher('MATCH (n:Meeting) RETURN count(n) AS n')).toEqual(before);

    const training = await api.query(
      `mutation { createTraining(input: { title: "Fortbildung", topics: ["astrology"] }) { id } }`,
    );
    expect(training.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'topics',
    });

    const badDate = await api.query(
      `mutation { createMeeting(input: { title: "AK Sitzung", kind: MEETING, date: "24.04.2024" }) { id } }`,
    );
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'date',
    });
  });

  it('updates and deletes with versions', async () => {
    const created = await api.query<{ createTraining: { id: string; version: number } }>(
      `mutation { createTraining(input: { title: "Elterngespräche im Kinderschutz" }) { id version } }`,
    );
    const { id } = created.data!.createTraining;
    const updated = await api.query<{ updateTraining: { version: number; completed: boolean } }>(
      `mutation($id: ID!) { updateTraining(input: { id: $id, version: 1, completed: true, date: "2024-11-01" }) { version completed } }`,
      { id },
    );
    expect(updated.data?.updateTraining).toEqual({ version: 2, completed: true });
    const stale = await api.query(`mutation($id: ID!) { deleteTraining(id: $id, version: 1) }`, {
      id,
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const deleted = await api.query(`mutation($id: ID!) { deleteTraining(id: $id, version: 2) }`, {
      id,
    });
    expect(deleted.data).toEqual({ deleteTraining: id });
  });
});
