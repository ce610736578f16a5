import { DEMO_DATA } from '@schutznetz/demo-data';
import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';

/**
 * "Since the last meeting" on the demo data (real Neo4j): the AK meeting of 19 March 2025 is the
 * last one held; its evening's snapshot (decision 028) against the graph now names the ASD
 * colleague who started in April and joined the AK, and the gaps his expertise closed.
 */
const MEMBER = 'member-token-0123456789abcdefgh';
const AS_MEMBER = { authorization: `Bearer ${MEMBER}` };
const COORDINATOR = 'coordinator-token-0123456789abc';

const SINCE = `query Since($meetingId: ID) {
  sinceLastMeeting(meetingId: $meetingId) {
    meeting { id date }
    snapshotTakenAt
    membersJoined { networkName memberName memberKind role }
    membersLeft { memberName }
    gapsOpened { id }
    gapsClosed { id kind topic { id } municipality { id } }
    trainingsDone { title }
    gapsRecorded { title }
    openActionItems { text }
  }
}`;

describe('since the last meeting (real Neo4j, demo data)', () => {
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${MEMBER}:member:Beratung Aken,${COORDINATOR}:coordinator:Netzwerkkoordination`,
    }),
  );

  it('names the new AK member and the gaps closed since the meeting of 19 March 2025', async () => {
    const result = await api.query(SINCE, {}, AS_MEMBER);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      sinceLastMeeting: {
        meeting: { id: 'mtg:ak_2025_03_19', date: '2025-03-19' },
        snapshotTakenAt: '2025-03-19T19:00:00.000Z',
        membersJoined: [
          {
            networkName: 'Arbeitskreis gegen Gewalt des Landkreises Anhalt-Bitterfeld',
            memberName: 'Daniel Richter',
            memberKind: 'person',
            role: 'MEMBER',
          },
        ],
        membersLeft: [],
        gapsOpened: [],
        gapsClosed: [
          {
            id: 'no_qualified_person:peer_violence_bullying:suedliches_anhalt',
            kind: 'NO_QUALIFIED_PERSON',
            topic: { id: 'peer_violence_bullying' },
            municipality: { id: 'suedliches_anhalt' },
          },
          {
            id: 'no_qualified_person:peer_violence_bullying:osternienburger_land',
            kind: 'NO_QUALIFIED_PERSON',
            topic: { id: 'peer_violence_bullying' },
            municipality: { id: 'osternienburger_land' },
          },
        ],
        trainingsDone: [],
        gapsRecorded: [],
        openActionItems: [],
      },
    });
  });

  it('lists an action item agreed since as open, and is for members only', async () => {
    await api.query(
      `mutation { createActionItem(input: { text: "Wochenendverfahren mit der Interventionsstelle abstimmen", meetingId: "mtg:ak_2025_03_19", responsibleIds: ["org:polizei_koethen"] }) { id } }`,
      {},
      { authorization: `Bearer ${COORDINATOR}` },
    );
    const result = await api.query<{ sinceLastMeeting: { openActionItems: { text: string }[] } }>(
      `{ sinceLastMeeting { openActionItems { text } } }`,
      {},
      AS_MEMBER,
    );
    expect(result.data?.sinceLastMeeting.openActionItems).toEqual([
      { text: 'Wochenendverfahren mit der Interventionsstelle abstimmen' },
    ]);
    const anonymous = await api.query(`{ sinceLastMeeting { until } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for a meeting that does not exist', async () => {
    const result = await api.query(SINCE, { meetingId: 'mtg:none' }, AS_MEMBER);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'meetingId' });
  });
});
