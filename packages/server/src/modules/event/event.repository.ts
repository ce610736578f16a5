import { Label, Rel, type MeetingData, type TrainingData } from '@schutznetz/domain';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { matchById, NodeStore, type NodeStoreSpec } from '../../neo4j/node-store';
import type { NodeRecord } from '../../records';

const { Meeting, Training, Network, Institution, Person, Topic } = Label;

/** A meeting as stored: its agenda in three lists of one entry per item (presenter '' for none). */
export type MeetingRecord = MeetingData &
  NodeRecord & {
    excusedIds: string[];
    agendaTitles?: string[];
    agendaKinds?: string[];
    agendaPresenterIds?: string[];
  };

/** A training as stored; `meetingIds` holds at most one conference it was part of. */
export type TrainingRecord = Omit<TrainingData, 'meetingId'> &
  NodeRecord & { meetingIds: string[] };

const MEETINGS: NodeStoreSpec = {
  label: Meeting,
  entity: 'Meeting',
  links: [
    { field: 'networkIds', rel: Rel.ORGANISED_BY, targets: [Network], direction: 'out' },
    { field: 'participantIds', rel: Rel.ATTENDED, targets: [Institution, Person], direction: 'in' },
    {
      field: 'excusedIds',
      rel: Rel.EXCUSED_FROM,
      targets: [Institution, Person],
      direction: 'in',
    },
  ],
  conditions: {
    networks: `EXISTS { (n)-[:${Rel.ORGANISED_BY}]->(w:${Network}) WHERE w.id IN $networks }`,
    participants: `EXISTS { (p)-[:${Rel.ATTENDED}]->(n) WHERE p.id IN $participants }`,
    from: 'n.date >= $from',
    to: 'n.date <= $to',
    kinds: 'n.kind IN $kinds',
  },
};

const TRAININGS: NodeStoreSpec = {
  label: Training,
  entity: 'Training',
  links: [
    { field: 'topics', rel: Rel.COVERS_TOPIC, targets: [Topic], direction: 'out' },
    {
      field: 'meetingIds',
      inputField: 'meetingId',
      rel: Rel.PART_OF,
      targets: [Meeting],
      direction: 'out',
    },
    { field: 'participantIds', rel: Rel.PARTICIPATED_IN, targets: [Person], direction: 'in' },
  ],
  conditions: {
    topics: `EXISTS { (n)-[:${Rel.COVERS_TOPIC}]->(t:${Topic}) WHERE t.id IN $topics }`,
    participants: `EXISTS { (p)-[:${Rel.PARTICIPATED_IN}]->(n) WHERE p.id IN $participants }`,
    meetings: `EXISTS { (n)-[:${Rel.PART_OF}]->(m:${Meeting}) WHERE m.id IN $meetings }`,
    from: 'n.date >= $from',
    to: 'n.date <= $to',
    completed: 'n.completed = $completed',
  },
};

/** Which of the ids are institutions or people. */
const EXISTING_PARTICIPANTS = `
UNWIND $ids AS id
${matchById('n', 'id', [Institution, Person])}
RETURN collect(n.id) AS found`;

/** Meetings (AK sessions, Fachtage) and trainings (workshops, Fortbildungen). */
export class EventRepository {
  readonly meetings: NodeStore<MeetingRecord>;
  readonly trainings: NodeStore<TrainingRecord>;

  constructor(private readonly executor: Neo4jExecutor) {
    this.meetings = new NodeStore(executor, MEETINGS);
    this.trainings = new NodeStore(executor, TRAININGS);
  }

  /** The ids among `ids` that name an institution or a person. */
  async existingParticipants(ids: readonly string[]): Promise<Set<string>> {
    const [row] = await this.executor.read<{ found: string[] }>(EXISTING_PARTICIPANTS, { ids });
    return new Set(row?.found ?? []);
  }
}
