import { DEMO_DATA } from '@schutznetz/demo-data';
import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';

/** An entry as a calendar app shows it. */
interface CalendarEvent {
  readonly uid: string;
  readonly summary: string;
  /** `YYYY-MM-DD` for an all-day entry, else the local time. */
  readonly start: string;
  readonly allDay: boolean;
  readonly description: string;
  readonly location: string | null;
}

/** Reads an .ics file with ical.js (Thunderbird's parser): the calendar's name and its events. */
async function readCalendar(text: string): Promise<{ name: string; events: CalendarEvent[] }> {
  const { default: ICAL } = await import('ical.js');
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      description: event.description,
      location: event.location || null,
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

/** `GET /export/meetings.ics`: one calendar of the meetings and of every dated training. */
describe('meetings and trainings in one calendar, read back by a calendar parser (real Neo4j, demo data)', () => {
  const api = useTestApi(() => startTestApi(DEMO_DATA, { ANONYMOUS_ROLE: 'public' }));

  it('holds every meeting and every dated training, past and planned, as all-day entries with German titles', async () => {
    const file = await api.download('/export/meetings.ics');
    expect(file.status).toBe(200);
    const { name, events } = await readCalendar(file.body.toString('utf8'));
    expect(name).toBe('Schutznetz: Sitzungen und Fortbildungen');
    const dated = DEMO_DATA.trainings.filter((training) => training.date !== null);
    expect(events).toHaveLength(DEMO_DATA.meetings.length + dated.length);
    // The model records days, not times: every entry is all-day.
    expect(events.every((event) => event.allDay)).toBe(true);

    const byUid = new Map(events.map((event) => [event.uid, event]));
    const fachtag = byUid.get('mtg:fachtag_2024_06_05@schutznetz');
    expect(fachtag).toMatchObject({
      start: '2024-06-05',
      location: 'Berufsschulzentrum Bitterfeld',
    });
    expect(fachtag?.description).toContain('Fachtag');

    const past = events.find(
      (e) => e.summary === 'Fortbildung: Input: Mediensucht bei Kindern und Jugendlichen',
    );
    expect(past).toMatchObject({ start: '2023-10-04' });
    expect(past?.description).toContain('Fortbildung (durchgeführt)');

    const planned = events.find(
      (e) =>
        e.summary ===
        'Fortbildung: Weiterbildung zur insoweit erfahrenen Fachkraft (§ 8a SGB VIII)',
    );
    expect(planned).toMatchObject({ start: '2025-05-14' });
    expect(planned?.description).toContain('Fortbildung (geplant)');
  });
});
