import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLocale } from '../editing/options';
import { useErrorText } from '../errors/use-error-text';
import type { ReferralRoutesQueryVariables } from '../gql/graphql';
import { useDocumentTitle } from '../views/use-document-title';
import { formFromSearch, searchFromForm, toRouteVariables, type RouteForm } from './route-form';
import { NoRoute } from './no-route';
import { RouteResults } from './route-results';
import { RouteSearchForm } from './route-search-form';
import { REFERRAL_ROUTES_QUERY } from './referral-routes.query';
import './routes.css';

/** `/routes`: from a start and a need to ranked, explained referral routes. */
export function RoutesView() {
  const { t } = useTranslation('routes');
  const { errorText } = useErrorText();
  const locale = useLocale();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const form = useMemo(() => formFromSearch(new URLSearchParams(search)), [search]);
  // "Now" is taken when the search is asked for, so a result does not drift while it is read.
  const variables = useMemo(() => toRouteVariables(form, new Date()), [form]);
  const { data, loading, error } = useQuery(
    REFERRAL_ROUTES_QUERY,
    // The form offers only the API's own codes; the server checks them again.
    variables ? { variables: variables as ReferralRoutesQueryVariables } : skipToken,
  );
  useDocumentTitle(t('title'));
  const submit = (next: RouteForm) => {
    setParams(searchFromForm(next));
  };
  const result = data?.referralRoutes;

  return (
    <section className="view routes-view" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <RouteSearchForm key={search} initial={form} onSubmit={submit} />
      <div aria-live="polite" className="routes-results">
        {loading && <p role="status">{t('searching')}</p>}
        {error && (
          <p className="form-error" role="alert">
            {t('error', { message: errorText(error) })}
          </p>
        )}
        {result && (
          <>
            <h2>{t('results.title', { count: result.routes.length })}</h2>
            <p>
              {t('results.counts', {
                count: result.matchingServiceCount,
                topic: result.topicServiceCount,
              })}
              {result.startInstitutions.length > 0 &&
                ` ${t('results.searchedFrom', { count: result.startInstitutions.length })}`}
            </p>
            {result.routes.length > 0 && (
              <details className="ranking">
                <summary>{t('results.ranking')}</summary>
                <p>{result.ranking[locale]}</p>
              </details>
            )}
            {result.noRoute && (
              <NoRoute explanation={result.noRoute} form={form} onRetry={submit} />
            )}
            {result.routes.length > 0 && <RouteResults routes={result.routes} />}
          </>
        )}
      </div>
    </section>
  );
}
