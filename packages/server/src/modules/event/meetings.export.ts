import { isIsoDate, topicByCode } from '@schutznetz/domain';
import { InvalidInputError } from '../../errors';
import { toIcs, type CalendarEntry } from '../../exports/ics';
import type { ExportDefinition } from '../../exports/types';
import type { Context } from '../../context';
import type { MeetingRecord, TrainingRecord } from './event.repository';

/** More than the county records in decades; a calendar is one file, not a page. */
const MOST = 1000;

const AGENDA_KIND_DE: Readonly<Record<string, string>> = {
  offer: 'Angebot',
  need: 'Bedarf',
  topic: 'Thema',
};

function optionalDate(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  if (!isIsoDate(value)) throw InvalidInputError.forField(name, 'Expected a date YYYY-MM-DD.');
  return value;
}

async function meetingEntry(meeting: MeetingRecord, context: Context): Promise<CalendarEntry> {
  const networks = await Promise.all(
    meeting.networkIds.map((id) => context.services.network.findById(id)),
  );
  const agenda = (meeting.agendaTitles ?? []).map(
    (title, index) =>
      `${index + 1}. ${title} (${AGENDA_KIND_DE[meeting.agendaKinds?.[index] ?? 'topic'] ?? 'Thema'})`,
  );
  const description = [
    meeting.kind === 'conference' ? 'Fachtag' : 'Netzwerktreffen',
    networks.flatMap((network) => (network ? [network.name] : [])).join(', '),
    meeting.summary ?? '',
    agenda.length ? `Tagesordnung:\n${agenda.join('\n')}` : '',
    meeting.isFictionalDate ? 'Datum erfunden (Demo-Daten).' : '',
  ].filter((line) => line !== '');
  return {
    id: meeting.id,
    title: meeting.title,
    start: meeting.date,
    description: description.join('\n'),
    ...(meeting.location ? { location: meeting.location } : {}),
  };
}

function trainingEntry(training: TrainingRecord & { date: string }): CalendarEntry {
  const topics = training.topics.map((code) => topicByCode(code).label.de);
  const description = [
    training.completed ? 'Fortbildung (durchgeführt)' : 'Fortbildung (geplant)',
    topics.length ? `Themen: ${topics.join(', ')}` : '',
    training.provider ? `Anbieter: ${training.provider}` : '',
  ].filter((line) => line !== '');
  return {
    id: training.id,
    title: `Fortbildung: ${training.title}`,
    start: training.date,
    description: description.join('\n'),
  };
}

/**
 * `GET /export/meetings.ics?from=&to=`: the recorded meetings and conferences (with their
 * networks, summary and agenda) and the trainings with a date, each an all-day entry; public
 * like the meetings and trainings in the API (no participants, no people). Helper T's training
 * plan export holds the proposed trainings.
 */
export const MEETINGS_EXPORT: ExportDefinition = {
  name: 'meetings',
  formats: ['ics'],
  minRole: 'public',
  describe: {
    de: 'Sitzungen, Fachtage und Fortbildungen mit Datum als Kalender (iCal), mit Netzwerk, Zusammenfassung und Tagesordnung',
    en: 'Meetings, conferences and dated trainings as a calendar (iCal), with network, summary and agenda',
  },
  async produce({ params, context }) {
    const filter = { from: optionalDate(params, 'from'), to: optionalDate(params, 'to') };
    const page = { first: MOST, after: null };
    const [meetings, trainings] = await Promise.all([
      context.services.event.listMeetings(filter, page),
      context.services.event.listTrainings(filter, page),
    ]);
    const dated = trainings.items.filter(
      (training): training is TrainingRecord & { date: string } => training.date !== null,
    );
    const entries = [
      ...(await Promise.all(meetings.items.map((meeting) => meetingEntry(meeting, context)))),
      ...dated.map(trainingEntry),
    ];
    return {
      filename: 'sitzungen-und-fortbildungen.ics',
      body: toIcs({ name: 'Schutznetz: Sitzungen und Fortbildungen', entries }),
    };
  },
};
