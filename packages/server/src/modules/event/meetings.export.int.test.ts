import { DEMO_DATA } from '@schutznetz/demo-data';
import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';

/** `GET /export/meetings.ics` on the demo data (real Neo4j): meetings and dated trainings. */
describe('meetings and trainings as iCal (real Neo4j, demo data)', () => {
  const api = useTestApi(() => startTestApi(DEMO_DATA, { ANONYMOUS_ROLE: 'public' }));

  it('holds the 9 meetings and the 8 dated trainings as all-day entries, for the public too', async () => {
    const file = await api.download('/export/meetings.ics');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = file.body.toString('utf8').replace(/\r\n[ \t]/g, '');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(17);
    expect(calendar).toContain(
      'SUMMARY:Arbeitskreis gegen Gewalt: Angebote und Bedarfe der Mitglieder',
    );
    expect(calendar).toContain('DTSTART;VALUE=DATE:20240612');
    expect(calendar).toContain('UID:mtg:fachtag_2024_06_05@schutznetz');
    expect(calendar).toContain('LOCATION:Berufsschulzentrum Bitterfeld');
    expect(calendar).toContain(
      'SUMMARY:Fortbildung: Gefährdungsanalyse und Hochrisikomanagement bei häuslicher Gewalt',
    );
  });

  it('keeps to the period asked for and refuses a malformed date, naming the parameter', async () => {
    const since2025 = (await api.download('/export/meetings.ics?from=2025-01-01')).body
      .toString('utf8')
      .replace(/\r\n[ \t]/g, '');
    expect(
      [...since2025.matchAll(/SUMMARY:(.*)/g)].map((match) => match[1]?.trim()).sort(),
    ).toEqual([
      'Arbeitskreis gegen Gewalt: Gefährdungsanalyse und Fallkonferenzen',
      'Fortbildung: Gefährdungsanalyse und Hochrisikomanagement bei häuslicher Gewalt',
      'Fortbildung: Weiterbildung zur insoweit erfahrenen Fachkraft (§ 8a SGB VIII)',
    ]);
    const refused = await api.download('/export/meetings.ics?from=1.1.2025');
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body.toString('utf8'))).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'from' },
    });
  });
});
