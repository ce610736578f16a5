import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLocale } from '../editing/options';
import { ErrorReason } from '../errors/error-reason';
import { useFormat } from '../i18n/use-format';
import { SINCE_LAST_MEETING } from './meetings.graphql';

/** One titled list of changes; says so when nothing changed. */
function Changes({
  title,
  items,
}: {
  readonly title: string;
  readonly items: readonly { readonly key: string; readonly content: ReactNode }[];
}) {
  const { t } = useTranslation('meetings');
  return (
    <section className="since-section">
      <h2>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{t('since.none')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.content}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * `/meetings/since?meeting=<id>`: what changed since the last meeting (or the one named): the
 * graph as it stood that evening against the graph now, and what was recorded in between.
 */
export function SinceMeetingPage({ headingId }: { readonly headingId: string }) {
  const { t } = useTranslation('meetings');
  const locale = useLocale();
  const { formatDate } = useFormat();
  const [params] = useSearchParams();
  const meetingId = params.get('meeting');
  const { data, loading, error } = useQuery(SINCE_LAST_MEETING, {
    variables: meetingId ? { meetingId } : {},
  });
  const since = data?.sinceLastMeeting;
  const member = (m: NonNullable<typeof since>['membersJoined'][number]) => ({
    key: `${m.networkId} ${m.memberId}`,
    content: t('since.member', {
      member: m.memberName,
      network: m.networkName,
      role: t(`roles.${m.role}`),
    }),
  });
  const gap = (g: NonNullable<typeof since>['gapsClosed'][number]) => ({
    key: g.id,
    content: g.reason[locale],
  });
  return (
    <>
      <p>
        <Link to="/meetings">{t('back')}</Link>
      </p>
      <h1 id={headingId}>{t('since.title')}</h1>
      {loading && !data && <p role="status">{t('loading')}</p>}
      {error && (
        <p role="alert">
          {t('error')} <ErrorReason error={error} />
        </p>
      )}
      {since && !since.meeting && <p>{t('since.noMeeting')}</p>}
      {since?.meeting && (
        <>
          <p className="since-period">
            {t('since.period', {
              meeting: since.meeting.title,
              date: formatDate(since.meeting.date),
              until: formatDate(since.until),
            })}
          </p>
          <p className="hint">
            {since.snapshotTakenAt
              ? t('since.snapshot', { label: since.snapshotLabel ?? '' })
              : t('since.noSnapshot')}
          </p>
          <Changes title={t('since.joined')} items={since.membersJoined.map(member)} />
          <Changes title={t('since.left')} items={since.membersLeft.map(member)} />
          <Changes
            title={t('since.institutionsAdded')}
            items={since.institutionsAdded.map((i) => ({ key: i.id, content: i.name }))}
          />
          <Changes
            title={t('since.institutionsRemoved')}
            items={since.institutionsRemoved.map((i) => ({ key: i.id, content: i.name }))}
          />
          <Changes title={t('since.gapsClosed')} items={since.gapsClosed.map(gap)} />
          <Changes title={t('since.gapsOpened')} items={since.gapsOpened.map(gap)} />
          <Changes
            title={t('since.trainingsDone')}
            items={since.trainingsDone.map((training) => ({
              key: training.id,
              content: `${training.date ? `${formatDate(training.date)}: ` : ''}${training.title}`,
            }))}
          />
          <Changes
            title={t('since.gapsRecorded')}
            items={since.gapsRecorded.map((g) => ({
              key: g.id,
              content: `${formatDate(g.date)}: ${g.title}`,
            }))}
          />
          <Changes
            title={t('since.recordedGapsClosed')}
            items={since.recordedGapsClosed.map((g) => ({ key: g.id, content: g.title }))}
          />
          <Changes
            title={t('since.openActionItems')}
            items={since.openActionItems.map((item) => ({
              key: item.id,
              content: [
                item.text,
                item.responsibleInstitutions.map((i) => i.name).join(', '),
                item.dueDate ? t('since.due', { date: formatDate(item.dueDate) }) : '',
                item.meeting?.title ?? '',
              ]
                .filter(Boolean)
                .join(' – '),
            }))}
          />
        </>
      )}
    </>
  );
}
