import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ROUTE_CARD_PATH } from '../emergency-card/paths';
import { useLocale } from '../editing/options';
import { useErrorText } from '../errors/use-error-text';
import { useDocumentTitle } from '../views/use-document-title';
import { nowInBerlin, searchFromForm, type RouteForm } from './route-form';
import { LeftOut } from './left-out';
import { NoRoute } from './no-route';
import { RouteResults } from './route-results';
import { RouteSearchForm } from './route-search-form';
import { useFocusOnResults } from './use-focus-on-results';
import { useRouteSearch } from './use-route-search';
import './routes.css';
import './left-out.css';

/** `/routes`: from a start and a need to ranked, explained referral routes. */
export function RoutesView() {
  const { t } = useTranslation('routes');
  const { errorText } = useErrorText();
  const locale = useLocale();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const { form, routeVariables, data, loading, error } = useRouteSearch(search);
  useDocumentTitle(t('title'));
  const result = data?.referralRoutes;
  const { resultsHeading, noRouteTarget, expectResults } = useFocusOnResults(
    search,
    result && !loading ? result : undefined,
  );
  const submit = (next: RouteForm) => {
    const nextSearch = searchFromForm(next);
    expectResults(nextSearch.toString());
    setParams(nextSearch);
  };
  // The card repeats this search at the same moment, so it lists the same routes.
  const cardSearch = routeVariables
    ? searchFromForm({ ...form, at: form.at || nowInBerlin(new Date(routeVariables.need.at)) })
    : undefined;
  const cardLink = (rank?: number) => {
    const card = new URLSearchParams(cardSearch);
    if (rank !== undefined) card.set('rank', String(rank));
    return `${ROUTE_CARD_PATH}?${card.toString()}`;
  };

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
            <h2 ref={resultsHeading} tabIndex={-1}>
              {t('results.title', { count: result.routes.length })}
            </h2>
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
              <div ref={noRouteTarget} tabIndex={-1} className="no-route-target">
                <NoRoute explanation={result.noRoute} form={form} onRetry={submit} />
              </div>
            )}
            {result.routes.length > 0 && (
              <>
                <p className="route-card-all">
                  <Link to={cardLink()}>{t('results.card')}</Link>
                </p>
                <RouteResults routes={result.routes} cardLink={cardLink} />
              </>
            )}
            <LeftOut entries={result.leftOut} />
          </>
        )}
      </div>
    </section>
  );
}
