import { useTranslation } from 'react-i18next';
import { useLocale, useLooseT } from '../editing/options';
import type { ReferralRoutesQuery } from '../gql/graphql';
import { useRegion } from '../region/region-context';
import { relaxForm, type RouteForm } from './route-form';
import { RouteList } from './route-results';

type NoRouteExplanation = NonNullable<ReferralRoutesQuery['referralRoutes']['noRoute']>;

/** "No route, because …": the failed conditions and one-click relaxations of the search. */
export function NoRoute({
  explanation,
  form,
  onRetry,
}: {
  readonly explanation: NoRouteExplanation;
  readonly form: RouteForm;
  readonly onRetry: (form: RouteForm) => void;
}) {
  const { t } = useTranslation('routes');
  const loose = useLooseT('routes');
  const locale = useLocale();
  const region = useRegion();
  // The neighbouring municipalities tried in vain are named below, not as "Gemeinde".
  const fruitless = [...new Set(explanation.fruitless)].filter(
    (constraint) =>
      constraint !== 'MUNICIPALITY' || explanation.fruitlessMunicipalities.length === 0,
  );
  return (
    <div className="notice no-route" role="alert">
      <h3>{t('noRoute.title')}</h3>
      <p>{explanation.summary[locale]}</p>
      {explanation.failedConstraints.length > 0 && (
        <>
          <p>{t('noRoute.failed')}</p>
          <ul>
            {explanation.failedConstraints.map((failure, index) => (
              <li key={index}>
                <strong>{loose(`constraints.${failure.constraint}`)}</strong>:{' '}
                {t('noRoute.failedCounts', {
                  services: t('noRoute.services', { count: failure.serviceCount }),
                  institutions: t('noRoute.institutions', { count: failure.institutionCount }),
                  paths: t('noRoute.paths', { count: failure.referralPathCount }),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {explanation.relaxations.length > 0 && (
        <>
          <h4>{t('noRoute.relaxations')}</h4>
          <ul className="relaxations">
            {explanation.relaxations.map((relaxation, index) => {
              const retry = relaxForm(
                form,
                relaxation.constraint,
                region,
                relaxation.municipality?.code,
              );
              return (
                <li key={index}>
                  {relaxation.description[locale]}{' '}
                  {retry && (
                    <button
                      type="button"
                      onClick={() => {
                        onRetry(retry);
                      }}
                    >
                      {relaxation.municipality
                        ? t('eligibility.retryIn', { name: relaxation.municipality.name })
                        : t('noRoute.retry', {
                            constraint: loose(`constraints.${relaxation.constraint}`),
                          })}
                    </button>
                  )}
                  {relaxation.routes.length > 0 && (
                    <details>
                      <summary>
                        {t('noRoute.showRoutes', { count: relaxation.routes.length })}
                      </summary>
                      <RouteList routes={relaxation.routes} />
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {fruitless.length > 0 && (
        <p>
          {t('noRoute.fruitless', {
            constraints: fruitless
              .map((constraint) => loose(`constraints.${constraint}`))
              .join(', '),
          })}
        </p>
      )}
      {explanation.fruitlessMunicipalities.length > 0 && (
        <p>
          {t('eligibility.fruitlessMunicipalities', {
            names: explanation.fruitlessMunicipalities.map((m) => m.name).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
