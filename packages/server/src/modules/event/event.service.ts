import { groupedLoader } from '../../loaders';
import type { Page, PageRequest } from '../../pagination';
import { nameSortKey } from '../../records';
import { StoredEntries } from '../../stored-entries';
import { checkTopics, definedOnly, expandTopics, Problems } from '../../validation';
import { listFields, refusePersonalData } from '../review/anonymous-text';
import type { EventRepository, MeetingRecord, TrainingRecord } from './event.repository';

export interface MeetingFilter {
  readonly networks?: readonly string[];
  readonly participants?: readonly string[];
  readonly kinds?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly text?: string;
}

export interface TrainingFilter {
  readonly topics?: readonly string[];
  readonly participants?: readonly string[];
  readonly meetings?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly completed?: boolean;
  readonly text?: string;
}

export interface MeetingChanges {
  readonly title?: string | null;
  readonly kind?: string | null;
  readonly date?: string | null;
  readonly location?: string | null;
  readonly summary?: string | null;
  readonly isFictionalDate?: boolean | null;
  readonly networkIds?: readonly string[] | null;
  readonly participantIds?: readonly string[] | null;
  readonly excusedIds?: readonly string[] | null;
  readonly agenda?: readonly AgendaItemChange[] | null;
}

/** One agenda item as a client sends it. */
export interface AgendaItemChange {
  readonly title: string;
  readonly kind: string;
  readonly presenterId?: string | null;
}

export interface TrainingChanges {
  readonly title?: string | null;
  readonly date?: string | null;
  readonly provider?: string | null;
  readonly completed?: boolean | null;
  readonly topics?: readonly string[] | null;
  readonly meetingId?: string | null;
  readonly participantIds?: readonly string[] | null;
}

export class EventService {
  private readonly meetings: StoredEntries<MeetingRecord>;
  private readonly trainings: StoredEntries<TrainingRecord>;

  private readonly workshopsByMeeting = groupedLoader((ids) =>
    this.repository.trainings.findByLinked('meetingIds', ids),
  );

  constructor(private readonly repository: EventRepository) {
    this.meetings = new StoredEntries(repository.meetings, 'mtg');
    this.trainings = new StoredEntries(repository.trainings, 'trn');
  }

  /** Workshops of each conference, batched per request. */
  workshopsOf(meetingId: string): Promise<TrainingRecord[]> {
    return this.workshopsByMeeting.load(meetingId);
  }

  listMeetings(filter: MeetingFilter, page: PageRequest): Promise<Page<MeetingRecord>> {
    return this.meetings.list(filter, page);
  }

  listTrainings(filter: TrainingFilter, page: PageRequest): Promise<Page<TrainingRecord>> {
    const problems = new Problems();
    checkTopics(problems, 'filter.topics', filter.topics);
    problems.throwIfAny();
    const expanded: TrainingFilter = { ...filter, topics: expandTopics(filter.topics) };
    return this.trainings.list(expanded, page);
  }

  findMeeting(id: string): Promise<MeetingRecord | null> {
    return this.meetings.find(id);
  }

  findTraining(id: string): Promise<TrainingRecord | null> {
    return this.trainings.find(id);
  }

  /**
   * The meeting's changes as stored: required values kept, minutes and agenda free of personal
   * data (decision 027), presenters that exist, the agenda as three lists of one entry per item.
   */
  private async meetingProperties(changes: MeetingChanges, required: readonly string[]) {
    const problems = new Problems();
    problems.requireValues(changes, required);
    const agenda = changes.agenda ?? undefined;
    const presenters = (agenda ?? []).flatMap((item) => item.presenterId ?? []);
    if (presenters.length) {
      const known = await this.repository.existingParticipants(presenters);
      agenda?.forEach((item, index) => {
        if (item.presenterId && !known.has(item.presenterId))
          problems.add(`agenda.${index}.presenterId`, 'is no institution or person');
      });
    }
    problems.throwIfAny();
    refusePersonalData({
      title: changes.title,
      summary: changes.summary,
      ...listFields(
        'agenda',
        agenda?.map((item) => item.title),
      ),
    });
    const { networkIds, participantIds, excusedIds } = changes;
    const { title, kind, date, location, summary, isFictionalDate } = changes;
    const properties = { title, kind, date, location, summary, isFictionalDate };
    const agendaLists = agenda && {
      agendaTitles: agenda.map((item) => item.title),
      agendaKinds: agenda.map((item) => item.kind),
      agendaPresenterIds: agenda.map((item) => item.presenterId ?? ''),
    };
    return {
      properties: { ...properties, ...agendaLists },
      links: { networkIds, participantIds, excusedIds },
    };
  }

  async createMeeting(changes: MeetingChanges, actor: string): Promise<MeetingRecord> {
    const { properties, links } = await this.meetingProperties(changes, ['title', 'kind', 'date']);
    return this.meetings.create(
      {
        location: null,
        summary: null,
        isFictionalDate: false,
        agendaTitles: [],
        agendaKinds: [],
        agendaPresenterIds: [],
        ...definedOnly(properties),
        sortKey: changes.date,
      },
      {
        networkIds: links.networkIds ?? [],
        participantIds: links.participantIds ?? [],
        excusedIds: links.excusedIds ?? [],
      },
      actor,
    );
  }

  async updateMeeting(
    id: string,
    version: number,
    changes: MeetingChanges,
    actor: string,
  ): Promise<MeetingRecord> {
    const { properties, links } = await this.meetingProperties(changes, [
      'title',
      'kind',
      'date',
      'isFictionalDate',
    ]);
    return this.meetings.update(
      id,
      version,
      definedOnly({ ...properties, sortKey: changes.date ?? undefined }),
      {
        networkIds: links.networkIds ?? undefined,
        participantIds: links.participantIds ?? undefined,
        excusedIds: links.excusedIds ?? undefined,
      },
      actor,
    );
  }

  deleteMeeting(id: string, version: number, actor: string): Promise<string> {
    return this.meetings.delete(id, version, actor);
  }

  createTraining(changes: TrainingChanges, actor: string): Promise<TrainingRecord> {
    const problems = new Problems();
    problems.requireValues(changes, ['title']);
    checkTopics(problems, 'topics', changes.topics);
    problems.throwIfAny();
    const { topics, meetingId, participantIds, ...properties } = changes;
    return this.trainings.create(
      {
        date: null,
        provider: null,
        completed: false,
        ...definedOnly(properties),
        sortKey: changes.date ?? nameSortKey(changes.title ?? ''),
      },
      {
        topics: topics ?? [],
        meetingIds: meetingId ? [meetingId] : [],
        participantIds: participantIds ?? [],
      },
      actor,
    );
  }

  updateTraining(
    id: string,
    version: number,
    changes: TrainingChanges,
    actor: string,
  ): Promise<TrainingRecord> {
    const problems = new Problems();
    problems.requireValues(changes, ['title', 'completed']);
    checkTopics(problems, 'topics', changes.topics);
    problems.throwIfAny();
    const { topics, meetingId, participantIds, ...properties } = changes;
    return this.trainings.update(
      id,
      version,
      definedOnly({ ...properties, sortKey: changes.date ?? undefined }),
      {
        topics: topics ?? undefined,
        meetingIds: meetingId === undefined ? undefined : meetingId === null ? [] : [meetingId],
        participantIds: participantIds ?? undefined,
      },
      actor,
    );
  }

  deleteTraining(id: string, version: number, actor: string): Promise<string> {
    return this.trainings.delete(id, version, actor);
  }
}
