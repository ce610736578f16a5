import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { ErrorReason } from '../errors/error-reason';
import type { ActionItemFieldsFragment, MeetingDetailQuery } from '../gql/graphql';
import { useFormat } from '../i18n/use-format';
import { ActionItemForm } from './action-item-form';
import { AgendaEditor } from './agenda-editor';
import { AttendanceEditor } from './attendance-editor';
import { MEETING_DETAIL, UPDATE_ACTION_ITEM } from './meetings.graphql';

export type MeetingDetailData = NonNullable<MeetingDetailQuery['meeting']>;

/** `/meetings/<id>`: agenda, attendance and action items; coordinators edit them here. */
export function MeetingDetail({ headingId }: { readonly headingId: string }) {
  const { id = '' } = useParams();
  const { t } = useTranslation('meetings');
  const { formatDate } = useFormat();
  const { canEdit } = useAuth();
  const { data, loading, error, refetch } = useQuery(MEETING_DETAIL, { variables: { id } });
  if (loading && !data) return <p role="status">{t('loading')}</p>;
  if (error || !data)
    return (
      <p role="alert">
        {t('error')} <ErrorReason error={error} />
      </p>
    );
  const meeting = data.meeting;
  if (!meeting)
    return (
      <p role="alert">
        {t('missing')} <Link to="/meetings">{t('back')}</Link>
      </p>
    );
  const reload = () => void refetch();
  return (
    <>
      <p>
        <Link to="/meetings">{t('back')}</Link>
      </p>
      <h1 id={headingId}>{meeting.title}</h1>
      <p className="meeting-meta">
        {formatDate(meeting.date)} · {t(`kinds.${meeting.kind}`)}
        {meeting.location && ` · ${meeting.location}`}
        {meeting.networks.length > 0 &&
          ` · ${meeting.networks.map((network) => network.name).join(', ')}`}
      </p>
      {meeting.summary && <p>{meeting.summary}</p>}
      <p>
        <Link to={`/meetings/since?meeting=${encodeURIComponent(meeting.id)}`}>
          {t('since.fromThis')}
        </Link>
      </p>

      <h2>{t('agenda.title')}</h2>
      {meeting.agenda.length === 0 ? (
        <p>{t('agenda.empty')}</p>
      ) : (
        <ol className="agenda">
          {meeting.agenda.map((item) => {
            const presenter = item.presenterInstitution?.name ?? item.presenterPerson?.displayName;
            return (
              <li key={item.position}>
                <strong>{item.title}</strong>{' '}
                <span className="tag">{t(`agenda.kinds.${item.kind}`)}</span>
                {presenter && <span> – {t('agenda.presentedBy', { presenter })}</span>}
              </li>
            );
          })}
        </ol>
      )}
      {canEdit && <AgendaEditor meeting={meeting} onSaved={reload} />}

      <h2>{t('attendance.title')}</h2>
      <Attendance meeting={meeting} />
      {canEdit && <AttendanceEditor meeting={meeting} onSaved={reload} />}

      <h2>{t('actions.title')}</h2>
      <ActionItems items={meeting.actionItems} canEdit={canEdit} />
      {canEdit && <ActionItemForm meeting={meeting} gaps={data.gaps.nodes} onSaved={reload} />}
    </>
  );
}

function Attendance({ meeting }: { readonly meeting: MeetingDetailData }) {
  const { t } = useTranslation('meetings');
  const attended = [
    ...meeting.institutions.map((i) => i.name),
    ...meeting.people.map((p) => p.displayName),
  ];
  const excused = [
    ...meeting.excusedInstitutions.map((i) => i.name),
    ...meeting.excusedPeople.map((p) => p.displayName),
  ];
  return (
    <dl className="attendance">
      <dt>{t('attendance.attended', { count: attended.length })}</dt>
      <dd>{attended.length ? attended.join(', ') : t('attendance.none')}</dd>
      <dt>{t('attendance.excused', { count: excused.length })}</dt>
      <dd>{excused.length ? excused.join(', ') : t('attendance.none')}</dd>
    </dl>
  );
}

function ActionItems({
  items,
  canEdit,
}: {
  readonly items: readonly ActionItemFieldsFragment[];
  readonly canEdit: boolean;
}) {
  const { t } = useTranslation('meetings');
  const { formatDate } = useFormat();
  const [update, { loading }] = useMutation(UPDATE_ACTION_ITEM);
  if (items.length === 0) return <p>{t('actions.empty')}</p>;
  return (
    <table className="action-items">
      <thead>
        <tr>
          <th scope="col">{t('actions.text')}</th>
          <th scope="col">{t('actions.responsible')}</th>
          <th scope="col">{t('actions.due')}</th>
          <th scope="col">{t('actions.gaps')}</th>
          <th scope="col">{t('actions.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>{item.text}</td>
            <td>
              {[
                ...item.responsibleInstitutions.map((i) => i.name),
                ...item.responsiblePeople.map((p) => p.displayName),
              ].join(', ')}
            </td>
            <td>{item.dueDate ? formatDate(item.dueDate) : '–'}</td>
            <td>{item.gaps.map((gap) => gap.title).join('; ')}</td>
            <td>
              {t(`actions.statuses.${item.status}`)}
              {canEdit && (
                <button
                  type="button"
                  className="link-button"
                  disabled={loading}
                  onClick={() =>
                    void update({
                      variables: {
                        input: {
                          id: item.id,
                          version: item.version,
                          status: item.status === 'OPEN' ? 'DONE' : 'OPEN',
                        },
                      },
                    })
                  }
                >
                  {item.status === 'OPEN' ? t('actions.markDone') : t('actions.reopen')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
