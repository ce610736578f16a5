import { useTestApi } from '../../test/fixtures';

/** Agenda, attendance and action items of a meeting (issue 13, decision 027). */
describe('a meeting with agenda, attendance and action items (real Neo4j)', () => {
  const api = useTestApi();
  let police: string;
  let shelter: string;
  let gapId: string;

  beforeAll(async () => {
    const create = async (name: string, kind: string) => {
      const result = await api.query<{ createInstitution: { id: string } }>(
        `mutation($name: String!, $kind: InstitutionKind!) { createInstitution(input: { name: $name, kind: $kind, municipality: "koethen" }) { id } }`,
        { name, kind },
      );
      return result.data!.createInstitution.id;
    };
    police = await create('Polizeirevier Köthen', 'POLICE_STATION');
    shelter = await create('Frauenhaus Köthen', 'WOMENS_SHELTER');
    const gap = await api.query<{ createGap: { id: string } }>(
      `mutation { createGap(input: { title: "Übergabe am Wochenende", description: "Die Übergabe am Wochenende dauert zu lange.", date: "2024-06-12" }) { id } }`,
    );
    gapId = gap.data!.createGap.id;
  });

  it('keeps the agenda in order with presenters, attendance and excused, and action items linked to gaps', async () => {
    const created = await api.query<{ createMeeting: { id: string; version: number } }>(
      `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version } }`,
      {
        input: {
          title: 'AK gegen Gewalt: Angebote und Bedarfe',
          kind: 'MEETING',
          date: '2024-09-18',
          participantIds: [police],
          excusedIds: [shelter],
          agenda: [
            { title: 'Begrüßung', kind: 'TOPIC' },
            { title: 'Proaktive Beratung nach Einsätzen', kind: 'OFFER', presenterId: police },
            { title: 'Plätze für Frauen mit älteren Söhnen', kind: 'NEED', presenterId: shelter },
          ],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const meetingId = created.data!.createMeeting.id;

    const item = await api.query<{ createActionItem: { id: string } }>(
      `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`,
      {
        input: {
          text: 'Wochenendverfahren mit der Interventionsstelle abstimmen',
          dueDate: '2024-12-31',
          responsibleIds: [police],
          meetingId,
          gapIds: [gapId],
        },
      },
    );
    expect(item.errors).toBeUndefined();

    const read = await api.query(
      `query($id: ID!) { meeting(id: $id) {
        agenda { position title kind presenterInstitution { name } }
        institutions { name }
        excusedInstitutions { name }
        actionItems { text status dueDate responsibleInstitutions { name } gaps { title } meeting { title } }
      } }`,
      { id: meetingId },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      meeting: {
        agenda: [
          { position: 1, title: 'Begrüßung', kind: 'TOPIC', presenterInstitution: null },
          {
            position: 2,
            title: 'Proaktive Beratung nach Einsätzen',
            kind: 'OFFER',
            presenterInstitution: { name: 'Polizeirevier Köthen' },
          },
          {
            position: 3,
            title: 'Plätze für Frauen mit älteren Söhnen',
            kind: 'NEED',
            presenterInstitution: { name: 'Frauenhaus Köthen' },
          },
        ],
        institutions: [{ name: 'Polizeirevier Köthen' }],
        excusedInstitutions: [{ name: 'Frauenhaus Köthen' }],
        actionItems: [
          {
            text: 'Wochenendverfahren mit der Interventionsstelle abstimmen',
            status: 'OPEN',
            dueDate: '2024-12-31',
            responsibleInstitutions: [{ name: 'Polizeirevier Köthen' }],
            gaps: [{ title: 'Übergabe am Wochenende' }],
            meeting: { title: 'AK gegen Gewalt: Angebote und Bedarfe' },
          },
        ],
      },
    });

    const reordered = await api.query<{ updateMeeting: { agenda: { title: string }[] } }>(
      `mutation($id: ID!) { updateMeeting(input: { id: $id, version: 1, agenda: [{ title: "Bedarfe", kind: NEED }, { title: "Begrüßung", kind: TOPIC }] }) { agenda { title } } }`,
      { id: meetingId },
    );
    expect(reordered.data?.updateMeeting.agenda).toEqual([
      { title: 'Bedarfe' },
      { title: 'Begrüßung' },
    ]);

    const done = await api.query<{ updateActionItem: { status: string } }>(
      `mutation($id: ID!) { updateActionItem(input: { id: $id, version: 1, status: DONE }) { status } }`,
      { id: item.data!.createActionItem.id },
    );
    expect(done.data?.updateActionItem).toEqual({ status: 'DONE' });
    const open = await api.query<{ actionItems: { totalCount: number } }>(
      `{ actionItems(filter: { statuses: [OPEN], meetings: [${JSON.stringify(meetingId)}] }) { totalCount } }`,
    );
    expect(open.data?.actionItems.totalCount).toBe(0);
  });

  it('refuses an unknown presenter and personal data in an agenda item or an action item, naming the field, and writes nothing', async () => {
    const before = await api.cypher(
      'MATCH (n) WHERE n:Meeting OR n:ActionItem RETURN count(n) AS n',
    );
    const presenter = await api.query(
      `mutation { createMeeting(input: { title: "AK Sitzung", kind: MEETING, date: "2024-12-04", agenda: [{ title: "Vorstellung", kind: OFFER, presenterId: "org:none" }] }) { id } }`,
    );
    expect(presenter.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'agenda.0.presenterId',
    });
    const agenda = await api.query(
      `mutation { createMeeting(input: { title: "AK Sitzung", kind: MEETING, date: "2024-12-04", agenda: [{ title: "Begrüßung", kind: TOPIC }, { title: "Fall Familie Schulz", kind: TOPIC }] }) { id } }`,
    );
    expect(agenda.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'agenda.1',
      problems: [
        {
          field: 'agenda.1',
          reason: 'personal_data',
          findings: [{ kind: 'name', text: 'Familie Schulz' }],
        },
      ],
    });
    const action = await api.query(
      `mutation { createActionItem(input: { text: "Rückruf bei Frau Meier unter 0170 1234567" }) { id } }`,
    );
    expect(action.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(action.errors?.[0]?.message).toBe(
      'text: Looks like personal data: a person\'s name ("Frau Meier"), a phone number ("0170 1234567"). Please anonymise (e.g. "the mother", "in June 2024").',
    );
    expect(
      await api.cypher('MATCH (n) WHERE n:Meeting OR n:ActionItem RETURN count(n) AS n'),
    ).toEqual(before);
  });
});
