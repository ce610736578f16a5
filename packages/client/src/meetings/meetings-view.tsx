import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { RequireMember } from '../auth/require-member';
import { ErrorReason } from '../errors/error-reason';
import { ExportButton } from '../exports/export-button';
import { useFormat } from '../i18n/use-format';
import { useDocumentTitle } from '../views/use-document-title';
import { MeetingDetail } from './meeting-detail';
import { MEETING_LIST } from './meetings.graphql';
import { SinceMeetingPage } from './since-meeting-page';
import './meetings.css';

/**
 * `/meetings`: the network's meetings and Fachtage with agenda, attendance and action items
 * (`/meetings/<id>`), and what changed since the last one (`/meetings/since`); members and up.
 */
export function MeetingsView() {
  const { t } = useTranslation('meetings');
  const headingId = useId();
  const auth = useAuth();
  useDocumentTitle(t('title'));
  return (
    <section className="view meetings-view" aria-labelledby={headingId}>
      {/* Each page below names itself; without the right to see them, the view still does. */}
      {auth.viewer?.canSeeContacts ? null : <h1 id={headingId}>{t('title')}</h1>}
      <RequireMember notice={t('membersOnly')} loading={t('loading')}>
        <Routes>
          <Route index element={<MeetingList headingId={headingId} />} />
          <Route path="since" element={<SinceMeetingPage headingId={headingId} />} />
          <Route path=":id" element={<MeetingDetail headingId={headingId} />} />
        </Routes>
      </RequireMember>
    </section>
  );
}

function MeetingList({ headingId }: { readonly headingId: string }) {
  const { t } = useTranslation('meetings');
  const { formatDate } = useFormat();
  const { data, loading, error } = useQuery(MEETING_LIST);
  return (
    <>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="meeting-actions">
        <Link to="/meetings/since">{t('since.link')}</Link>
        <ExportButton name="meetings" format="ics" label={t('calendar')} />
      </p>
      {loading && !data && <p role="status">{t('loading')}</p>}
      {error && (
        <p role="alert">
          {t('error')} <ErrorReason error={error} />
        </p>
      )}
      {data && (
        <table className="meeting-table">
          <caption>{t('list.caption', { count: data.meetings.totalCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.date')}</th>
              <th scope="col">{t('list.meeting')}</th>
              <th scope="col">{t('list.kind')}</th>
              <th scope="col">{t('list.networks')}</th>
            </tr>
          </thead>
          <tbody>
            {[...data.meetings.nodes].reverse().map((meeting) => (
              <tr key={meeting.id}>
                <td>{formatDate(meeting.date)}</td>
                <td>
                  <Link to={`/meetings/${encodeURIComponent(meeting.id)}`}>{meeting.title}</Link>
                </td>
                <td>{t(`kinds.${meeting.kind}`)}</td>
                <td>{meeting.networks.map((network) => network.name).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
