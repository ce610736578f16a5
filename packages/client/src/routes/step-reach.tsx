import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLooseT, useOptionLabel } from '../editing/options';
import type { ReachFieldsFragment } from '../gql/graphql';
import { useWeeklyHoursText } from '../emergency-card/weekly-hours';
import { DISPLAY_TIME_ZONE } from '../i18n/format';

/** A phone number as a `tel:` target: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A website as a link target: a bare host gets `https://`. */
function webHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/** "Mo., 16.03., 08:00" (German) or "Mon, 03/16, 08:00" (English), Berlin time. */
function formatOpening(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(date);
}

/**
 * Open or closed at the chosen moment, with the next opening and today's hours; with `week`
 * (a card handed to a person) the whole week's hours first and today's left out.
 */
export function ReachAvailability({
  reach,
  week = false,
}: {
  readonly reach: ReachFieldsFragment;
  readonly week?: boolean;
}) {
  const { t, i18n } = useTranslation('routes');
  const loose = useLooseT('routes');
  const weekText = useWeeklyHoursText();
  const weekly = week ? weekText(reach.weeklyHours) : '';
  const today = reach.todayHours.map((h) => `${h.opens}–${h.closes}`).join(', ');
  return (
    <>
      {weekly !== '' && `${weekly} · `}
      {reach.availability === 'CLOSED' && reach.nextOpeningAt
        ? t('reach.closedOpens', { when: formatOpening(reach.nextOpeningAt, i18n.language) })
        : loose(`reach.availability.${reach.availability}`)}
      {weekly === '' && today !== '' && ` ${t('reach.today', { hours: today })}`}
    </>
  );
}

/**
 * How to reach one step of a route at the chosen moment: tap-to-call phone, e-mail, website,
 * open or closed with the next opening, the address (or that it is protected), a link to the entry.
 */
export function StepReach({ reach }: { readonly reach: ReachFieldsFragment | null | undefined }) {
  const { t } = useTranslation('routes');
  const optionLabel = useOptionLabel();
  const weekText = useWeeklyHoursText();
  if (!reach) return null;
  const weekly = weekText(reach.weeklyHours);
  return (
    <ul className="step-reach" aria-label={t('reach.label')}>
      {reach.phone && (
        <li>
          {t('reach.phone')}{' '}
          <a href={telHref(reach.phone)} className="step-reach-call">
            {reach.phone}
          </a>
        </li>
      )}
      {reach.email && (
        <li>
          {t('reach.email')} <a href={`mailto:${reach.email}`}>{reach.email}</a>
        </li>
      )}
      {reach.website && (
        <li>
          <a href={webHref(reach.website)} target="_blank" rel="noreferrer">
            {t('reach.website')}
          </a>
        </li>
      )}
      <li>
        <ReachAvailability reach={reach} />
      </li>
      {weekly !== '' && <li>{t('reach.week', { hours: weekly })}</li>}
      <li>
        {reach.addressProtected
          ? t('reach.addressProtected')
          : [
              reach.street,
              [reach.postalCode, optionLabel('region', reach.municipality)]
                .filter(Boolean)
                .join(' '),
            ]
              .filter(Boolean)
              .join(', ')}
      </li>
      {reach.people?.map((person) => (
        <li key={person.id} className="step-reach-person">
          {t('reach.person', { name: person.name, role: person.role })}{' '}
          {person.phone && <a href={telHref(person.phone)}>{person.phone}</a>}{' '}
          {person.email && <a href={`mailto:${person.email}`}>{person.email}</a>}
        </li>
      ))}
      <li>
        <Link to={`/explorer?selected=${encodeURIComponent(reach.entryId)}`}>
          {t('reach.entry')}
        </Link>
      </li>
    </ul>
  );
}
