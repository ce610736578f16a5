import { useTranslation } from 'react-i18next';
import { useLooseT } from '../editing/options';
import type { RouteFieldsFragment } from '../gql/graphql';
import { useFormat } from '../i18n/use-format';
import { RouteEligibility } from './left-out';
import { routeSteps } from './route-steps';
import { ReachAvailability, telHref } from './step-reach';

/**
 * The part of a route that must fit one phone screen: rank, end service and institution, the
 * expected time, and the first step to contact with its tap-to-call phone and whether it is open.
 */
export function RouteSummary({ route }: { readonly route: RouteFieldsFragment }) {
  const { t } = useTranslation('routes');
  const loose = useLooseT('routes');
  const { formatDuration: duration } = useFormat();
  const [first] = routeSteps(route);
  return (
    <>
      <h3>
        {t('route.heading', {
          rank: route.rank,
          service: route.endService.name,
          institution: route.endInstitution.name,
        })}
      </h3>
      <p>
        <span className="badge">{loose(`routeKinds.${route.kind}`)}</span>{' '}
        {route.endService.available24x7 && (
          <>
            <span className="badge">{t('route.open247')}</span>{' '}
          </>
        )}
        {t('route.expected', { duration: duration(route.expectedHours) })}
      </p>
      <RouteEligibility route={route} />
      {first && (
        <p className="route-first-step">
          <strong>{t('route.firstStep', { name: first.name })}</strong>
          {first.reach?.phone && (
            <>
              {' '}
              <a href={telHref(first.reach.phone)} className="step-reach-call">
                {first.reach.phone}
              </a>
            </>
          )}
          {first.reach && (
            <>
              {' · '}
              <ReachAvailability reach={first.reach} />
            </>
          )}
        </p>
      )}
    </>
  );
}
