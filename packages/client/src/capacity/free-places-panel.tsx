import { getApolloContext, useMutation, useQuery } from '@apollo/client/react';
import { useContext, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import type { ReportableServicesQuery } from '../gql/graphql';
import { useFormat } from '../i18n/use-format';
import { REPORT_FREE_PLACES, REPORTABLE_SERVICES } from './capacity.query';

type Reportable = ReportableServicesQuery['reportableServices'][number];

/** One shelter service: a stepper for the free places, "Plätze frei: N" and "Belegt". */
function FreePlacesControl({ service }: { readonly service: Reportable }) {
  const { t } = useTranslation('capacity');
  const { formatTimestamp } = useFormat();
  const total = service.capacityTotal ?? 0;
  const [free, setFree] = useState(Math.min(service.capacityFree ?? 0, total));
  const [report, { loading, error }] = useMutation(REPORT_FREE_PLACES);
  const stepperId = useId();
  const send = (places: number) => {
    void report({ variables: { serviceId: service.id, free: places } }).catch(() => undefined);
  };
  return (
    <li className="free-places">
      <p>
        <strong>{service.institution.name}</strong>: {service.name}
      </p>
      <p className="free-places-status" role="status">
        {service.capacityReportedAt
          ? t('panel.reported', {
              count: service.capacityFree ?? 0,
              date: formatTimestamp(service.capacityReportedAt),
            })
          : t('panel.neverReported')}
      </p>
      <div className="free-places-actions">
        <span className="free-places-stepper" role="group" aria-labelledby={stepperId}>
          <span id={stepperId} className="visually-hidden">
            {t('panel.stepper', { total })}
          </span>
          <button
            type="button"
            aria-label={t('panel.fewer')}
            disabled={free <= 0}
            onClick={() => {
              setFree(free - 1);
            }}
          >
            −
          </button>
          <output aria-live="polite">{free}</output>
          <button
            type="button"
            aria-label={t('panel.more')}
            disabled={free >= total}
            onClick={() => {
              setFree(free + 1);
            }}
          >
            +
          </button>
        </span>
        <button
          type="button"
          disabled={loading}
          onClick={() => {
            send(free);
          }}
        >
          {t('panel.reportFree', { count: free })}
        </button>
        <button
          type="button"
          disabled={loading}
          onClick={() => {
            setFree(0);
            send(0);
          }}
        >
          {t('panel.reportFull')}
        </button>
      </div>
      {error && <p role="alert">{t('panel.failed')}</p>}
    </li>
  );
}

/**
 * "Meine Einrichtung": the signed-in shelter staff (or a coordinator) report free places of the
 * services they may report on in one tap. Nothing for anyone else, nor outside the app's data
 * providers (a page rendered on its own).
 */
export function FreePlacesPanel() {
  const { client } = useContext(getApolloContext());
  return client ? <ReportablePlaces /> : null;
}

function ReportablePlaces() {
  const { t } = useTranslation('capacity');
  const auth = useAuth();
  const signedIn = auth.hasToken || auth.canEdit;
  const headingId = useId();
  const { data } = useQuery(REPORTABLE_SERVICES, { skip: !signedIn, errorPolicy: 'ignore' });
  const services = data?.reportableServices ?? [];
  if (!signedIn || services.length === 0) return null;
  return (
    <section className="free-places-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panel.title')}</h2>
      <ul>
        {services.map((service) => (
          <FreePlacesControl key={service.id} service={service} />
        ))}
      </ul>
    </section>
  );
}
