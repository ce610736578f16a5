import type { GapData, GraphDataSet, MeetingData, TrainingData } from '@schutznetz/domain';
import { lastMeeting, recordedChanges } from './since-meeting.changes';

const EMPTY: GraphDataSet = {
  institutions: [],
  people: [],
  worksAt: [],
  expertise: [],
  services: [],
  referralPaths: [],
  networks: [],
  memberships: [],
  meetings: [],
  trainings: [],
  caseReviews: [],
  gaps: [],
};

const meeting = (id: string, date: string, networkIds: string[] = ['net:ak']): MeetingData => ({
  id,
  networkIds,
  title: id,
  kind: 'meeting',
  date,
  location: null,
  isFictionalDate: false,
  summary: null,
  participantIds: [],
});

const training = (id: string, date: string | null, completed = true): TrainingData => ({
  id,
  title: id,
  date,
  provider: null,
  topics: [],
  meetingId: null,
  participantIds: [],
  completed,
});

const gap = (id: string, date: string, status: GapData['status']): GapData => ({
  id,
  title: id,
  description: id,
  topic: null,
  area: [],
  reportedByKind: null,
  networkId: null,
  date,
  status,
  isTrainingNeed: false,
});

describe('lastMeeting', () => {
  const meetings = [
    meeting('mtg:march', '2025-03-19'),
    meeting('mtg:june', '2025-06-18'),
    meeting('mtg:kinderschutz', '2025-04-02', ['net:kinderschutz']),
  ];

  it('is the latest meeting held before today, not a planned one nor one held today', () => {
    expect(lastMeeting(meetings, '2025-05-01')?.id).toBe('mtg:kinderschutz');
    expect(lastMeeting(meetings, '2025-06-18')?.id).toBe('mtg:kinderschutz');
    expect(lastMeeting(meetings, '2025-06-19')?.id).toBe('mtg:june');
  });

  it("is one network's latest when a network is named, and null before any", () => {
    expect(lastMeeting(meetings, '2025-05-01', 'net:ak')?.id).toBe('mtg:march');
    expect(lastMeeting(meetings, '2025-01-01')).toBeNull();
  });
});

describe('recordedChanges since the meeting of 19 March 2025, until 1 June 2025', () => {
  const before: GraphDataSet = {
    ...EMPTY,
    gaps: [gap('gap:weekend', '2024-09-18', 'in_progress'), gap('gap:old', '2024-01-01', 'closed')],
  };
  const after: GraphDataSet = {
    ...EMPTY,
    trainings: [
      training('trn:on_the_day', '2025-03-19'),
      training('trn:april', '2025-04-09'),
      training('trn:planned', '2025-05-14', false),
      training('trn:later', '2025-07-01'),
    ],
    gaps: [
      gap('gap:weekend', '2024-09-18', 'closed'),
      gap('gap:old', '2024-01-01', 'closed'),
      gap('gap:new', '2025-04-30', 'open'),
    ],
  };
  const changes = recordedChanges(before, after, '2025-03-19', '2025-06-01');

  it('counts trainings completed after the meeting day up to today only', () => {
    expect(changes.trainingsDone.map((t) => t.id)).toEqual(['trn:april']);
  });

  it('lists the gap recorded since and the one closed since, not the one closed before', () => {
    expect(changes.gapsRecorded.map((g) => g.id)).toEqual(['gap:new']);
    expect(changes.gapsClosed.map((g) => g.id)).toEqual(['gap:weekend']);
  });

  it('lists no closed gaps when no snapshot is as old as the meeting', () => {
    expect(recordedChanges(null, after, '2025-03-19', '2025-06-01').gapsClosed).toEqual([]);
  });
});
