import { useQuery } from '@apollo/client/react';
import { REFERRAL_ROUTES } from '@schutznetz/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { RequireMember } from '../auth/require-member';
import { useLocale } from '../editing/options';
import { ErrorReason } from '../errors/error-reason';
import { useFormat } from '../i18n/use-format';
import { useDocumentTitle } from '../views/use-document-title';
import { ReviewForm } from './review-form';
import { CASE_REVIEWS } from './reviews.graphql';
import './reviews.css';

const ROUTE_TITLES = new Map<string, { de: string; en: string }>(
  REFERRAL_ROUTES.map((route) => [route.id, route.title]),
);

/**
 * `/reviews`: the network's anonymised case reviews — lessons and action items with the gaps and
 * route templates they point at, never facts of a case — and, for coordinators, a new one.
 */
export function ReviewsView() {
  const { t } = useTranslation('reviews');
  const headingId = useId();
  useDocumentTitle(t('title'));
  return (
    <section className="view reviews-view" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <RequireMember notice={t('membersOnly')} loading={t('loading')}>
        <ReviewList />
      </RequireMember>
    </section>
  );
}

function ReviewList() {
  const { t } = useTranslation('reviews');
  const locale = useLocale();
  const { formatDate } = useFormat();
  const { canEdit } = useAuth();
  const { data, loading, error } = useQuery(CASE_REVIEWS);
  const [saved, setSaved] = useState<string | null>(null);
  if (loading && !data) return <p role="status">{t('loading')}</p>;
  if (error || !data)
    return (
      <p role="alert">
        {t('error')} <ErrorReason error={error} />
      </p>
    );
  const reviews = [...data.caseReviews.nodes].reverse();
  return (
    <>
      {canEdit && (
        <ReviewForm
          onSaved={(title) => {
            setSaved(title);
          }}
        />
      )}
      {saved !== null && (
        <p role="status" className="notice">
          {t('saved', { title: saved })}
        </p>
      )}
      <h2>{t('list.title', { count: data.caseReviews.totalCount })}</h2>
      <ul className="review-list" aria-label={t('list.label')}>
        {reviews.map((review) => {
          const route = review.routeTemplate ? ROUTE_TITLES.get(review.routeTemplate) : undefined;
          return (
            <li key={review.id} className="review-card">
              <h3>{review.title}</h3>
              <p className="review-meta">
                {formatDate(review.date)}
                {review.network && ` · ${review.network.name}`}
                {review.routeTemplate &&
                  ` · ${review.routeTemplate}${route ? ` (${route[locale]})` : ''}`}
              </p>
              <p>{review.lessons}</p>
              {review.actionItems.length > 0 && (
                <>
                  <h4>{t('fields.actionItems')}</h4>
                  <ul>
                    {review.actionItems.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </>
              )}
              {review.gaps.length > 0 && (
                <p>
                  {t('list.gaps')}: {review.gaps.map((gap) => gap.title).join('; ')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
