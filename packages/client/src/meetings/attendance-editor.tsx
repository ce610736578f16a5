import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetailData } from './meeting-detail';
import { UPDATE_MEETING_ATTENDANCE } from './meetings.graphql';
import { NotSaved } from './not-saved';

type Presence = 'attended' | 'excused' | 'absent';

interface Candidate {
  readonly id: string;
  readonly name: string;
}

/**
 * Who can be at a meeting: the members of its organising networks, and whoever is recorded
 * already (guests included), institutions first, each once, by name.
 */
export function attendanceCandidates(meeting: MeetingDetailData): Candidate[] {
  const byId = new Map<string, Candidate>();
  const add = (id: string, name: string) => {
    if (!byId.has(id)) byId.set(id, { id, name });
  };
  const institutions = [
    ...meeting.institutions,
    ...meeting.excusedInstitutions,
    ...meeting.networks.flatMap((network) =>
      network.members.flatMap((member) => (member.institution ? [member.institution] : [])),
    ),
  ];
  const people = [
    ...meeting.people,
    ...meeting.excusedPeople,
    ...meeting.networks.flatMap((network) =>
      network.members.flatMap((member) => (member.person ? [member.person] : [])),
    ),
  ];
  const byName = (a: Candidate, b: Candidate) => a.name.localeCompare(b.name, 'de');
  for (const i of [...institutions].sort((a, b) => a.name.localeCompare(b.name, 'de')))
    add(i.id, i.name);
  const institutionCount = byId.size;
  for (const p of people) add(p.id, p.displayName);
  const all = [...byId.values()];
  return [...all.slice(0, institutionCount), ...all.slice(institutionCount).sort(byName)];
}

function presenceOf(meeting: MeetingDetailData): Record<string, Presence> {
  const presence: Record<string, Presence> = {};
  for (const entry of [...meeting.institutions, ...meeting.people]) presence[entry.id] = 'attended';
  for (const entry of [...meeting.excusedInstitutions, ...meeting.excusedPeople])
    presence[entry.id] = 'excused';
  return presence;
}

/** Attendance for coordinators: each candidate attended, excused or absent; saved as a whole. */
export function AttendanceEditor({
  meeting,
  onSaved,
}: {
  readonly meeting: MeetingDetailData;
  readonly onSaved: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [presence, setPresence] = useState(() => presenceOf(meeting));
  const [failure, setFailure] = useState<unknown>(null);
  const [save, { loading }] = useMutation(UPDATE_MEETING_ATTENDANCE);
  const candidates = attendanceCandidates(meeting);
  const idsWith = (state: Presence) =>
    candidates.filter((c) => presence[c.id] === state).map((c) => c.id);

  const submit = async () => {
    setFailure(null);
    try {
      await save({
        variables: {
          input: {
            id: meeting.id,
            version: meeting.version,
            participantIds: idsWith('attended'),
            excusedIds: idsWith('excused'),
          },
        },
      });
      onSaved();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <details className="attendance-editor">
      <summary>{t('attendance.edit')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('attendance.who')}</th>
            {(['attended', 'excused', 'absent'] as const).map((state) => (
              <th scope="col" key={state}>
                {t(`attendance.states.${state}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate) => (
            <tr key={candidate.id}>
              <th scope="row">{candidate.name}</th>
              {(['attended', 'excused', 'absent'] as const).map((state) => (
                <td key={state}>
                  <input
                    type="radio"
                    name={`presence-${candidate.id}`}
                    aria-label={`${candidate.name}: ${t(`attendance.states.${state}`)}`}
                    checked={(presence[candidate.id] ?? 'absent') === state}
                    onChange={() => {
                      setPresence({ ...presence, [candidate.id]: state });
                    }}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <NotSaved failure={failure} />
      <button type="button" disabled={loading} onClick={() => void submit()}>
        {t('attendance.save')}
      </button>
    </details>
  );
}
