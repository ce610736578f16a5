import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { InvalidInputError } from '../../errors';
import { MissingLinkError } from '../../neo4j/node-store';
import type { Page, PageRequest } from '../../pagination';
import { nameSortKey } from '../../records';
import { checkTopics, definedOnly, expandTopics, Problems } from '../../validation';
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

function required(problems: Problems, changes: object, fields: readonly string[]): void {
  for (const field of fields) {
    if ((changes as Record<string, unknown>)[field] === null)
      problems.add(field, 'must not be empty');
  }
}

/** Turns a missing linked id into the client's error, naming the list it came from. */
async function linking<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof MissingLinkError) {
      throw InvalidInputError.forField(error.field, 'contains an id that does not exist');
    }
    throw error;
  }
}

function byIdLoader<T extends { id: string }>(find: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await find(ids)).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export class EventService {
  private readonly meetingById = byIdLoader((ids) => this.repository.meetings.findByIds(ids));
  private readonly trainingById = byIdLoader((ids) => this.repository.trainings.findByIds(ids));

  private readonly workshopsByMeeting = new DataLoader<string, TrainingRecord[]>(async (ids) => {
    const grouped = await this.repository.trainings.findByLinked('meetingIds', ids);
    return ids.map((id) => grouped.get(id) ?? []);
  });

  constructor(private readonly repository: EventRepository) {}

  /** Workshops of each conference, batched per request. */
  workshopsOf(meetingId: string): Promise<TrainingRecord[]> {
    return this.workshopsByMeeting.load(meetingId);
  }

  listMeetings(filter: MeetingFilter, page: PageRequest): Promise<Page<MeetingRecord>> {
    return this.repository.meetings.findPage(filter, page);
  }

  listTrainings(filter: TrainingFilter, page: PageRequest): Promise<Page<TrainingRecord>> {
    const problems = new Problems();
    checkTopics(problems, 'filter.topics', filter.topics);
    problems.throwIfAny();
    const expanded: TrainingFilter = { ...filter, topics: expandTopics(filter.topics) };
    return this.repository.trainings.findPage(expanded, page);
  }

  findMeeting(id: string): Promise<MeetingRecord | null> {
    return this.meetingById.load(id);
  }

  findTraining(id: string): Promise<TrainingRecord | null> {
    return this.trainingById.load(id);
  }

  createMeeting(changes: MeetingChanges, actor: string): Promise<MeetingRecord> {
    const problems = new Problems();
    required(problems, changes, ['title', 'kind', 'date']);
    problems.throwIfAny();
    const { networkIds, participantIds, ...properties } = changes;
    return linking(
      this.repository.meetings.create(
        `mtg:${randomUUID()}`,
        {
          location: null,
          summary: null,
          isFictionalDate: false,
          ...definedOnly(properties),
          sortKey: changes.date,
        },
        { networkIds: networkIds ?? [], participantIds: participantIds ?? [] },
        new Date().toISOString(),
        actor,
      ),
    );
  }

  async updateMeeting(
    id: string,
    version: number,
    changes: MeetingChanges,
    actor: string,
  ): Promise<MeetingRecord> {
    const problems = new Problems();
    required(problems, changes, ['title', 'kind', 'date', 'isFictionalDate']);
    problems.throwIfAny();
    const { networkIds, participantIds, ...properties } = changes;
    const updated = await linking(
      this.repository.meetings.update(
        id,
        version,
        definedOnly({ ...properties, sortKey: changes.date ?? undefined }),
        { networkIds: networkIds ?? undefined, participantIds: participantIds ?? undefined },
        new Date().toISOString(),
        actor,
      ),
    );
    this.meetingById.clear(id);
    return updated;
  }

  async deleteMeeting(id: string, version: number): Promise<string> {
    await this.repository.meetings.delete(id, version);
    this.meetingById.clear(id);
    return id;
  }

  createTraining(changes: TrainingChanges, actor: string): Promise<TrainingRecord> {
    const problems = new Problems();
    required(problems, changes, ['title']);
    checkTopics(problems, 'topics', changes.topics);
    problems.throwIfAny();
    const { topics, meetingId, participantIds, ...properties } = changes;
    return linking(
      this.repository.trainings.create(
        `trn:${randomUUID()}`,
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
        new Date().toISOString(),
        actor,
      ),
    );
  }

  async updateTraining(
    id: string,
    version: number,
    changes: TrainingChanges,
    actor: string,
  ): Promise<TrainingRecord> {
    const problems = new Problems();
    required(problems, changes, ['title', 'completed']);
    checkTopics(problems, 'topics', changes.topics);
    problems.throwIfAny();
    const { topics, meetingId, participantIds, ...properties } = changes;
    const updated = await linking(
      this.repository.trainings.update(
        id,
        version,
        definedOnly({ ...properties, sortKey: changes.date ?? undefined }),
        {
          topics: topics ?? undefined,
          meetingIds: meetingId === undefined ? undefined : meetingId === null ? [] : [meetingId],
          participantIds: participantIds ?? undefined,
        },
        new Date().toISOString(),
        actor,
      ),
    );
    this.trainingById.clear(id);
    return updated;
  }

  async deleteTraining(id: string, version: number): Promise<string> {
    await this.repository.trainings.delete(id, version);
    this.trainingById.clear(id);
    return id;
  }
}
