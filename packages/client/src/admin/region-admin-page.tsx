import { useQuery } from '@apollo/client/react';
import { buildRegionCatalog } from '@schutznetz/domain';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { ErrorReason } from '../errors/error-reason';
import { downloadBlob } from '../graph/graph-export';
import { definitionOf } from '../region/region-answer';
import { useDocumentTitle } from '../views/use-document-title';
import { ADMIN_REGION_QUERY } from './region-admin.query';
import { regionFileName, regionFileText } from './region-file';
import { RegionLoader } from './region-loader';
import { RegionOverview } from './region-overview';
import './admin.css';

/**
 * `/admin/region`: the region this instance serves (county, municipalities with key, population
 * and year, neighbours and court district, the places outside; version and last change), as a
 * file to download, and a region file to check and load (admins only).
 */
export function RegionAdminPage() {
  const { t } = useTranslation('admin');
  const headingId = useId();
  const auth = useAuth();
  useDocumentTitle(t('title'));
  const isAdmin = auth.viewer?.role === 'ADMIN';
  return (
    <section className="view region-admin" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      {auth.loading && !auth.viewer ? (
        <p role="status">{t('loading')}</p>
      ) : isAdmin ? (
        <RegionAdmin />
      ) : (
        <p className="notice" role="alert">
          {t('adminsOnly')}
        </p>
      )}
    </section>
  );
}

function RegionAdmin() {
  const { t } = useTranslation('admin');
  const { data, loading, error } = useQuery(ADMIN_REGION_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  const region = data?.region;
  const definition = useMemo(() => (region ? definitionOf(region) : null), [region]);
  const catalog = useMemo(
    () => buildRegionCatalog(definition, region?.version ?? 0),
    [definition, region],
  );
  if (loading && !data) return <p role="status">{t('loading')}</p>;
  if (error && !data) {
    return (
      <p className="notice" role="alert">
        {t('error')} <ErrorReason error={error} />
      </p>
    );
  }
  return (
    <>
      {region && definition ? (
        <>
          <RegionOverview region={region} catalog={catalog} />
          <p className="region-download">
            <button
              type="button"
              onClick={() => {
                downloadBlob(
                  new Blob([regionFileText(definition)], { type: 'application/json' }),
                  regionFileName(definition, region.version),
                );
              }}
            >
              {t('download.button')}
            </button>{' '}
            <span className="hint">{t('download.hint')}</span>
          </p>
        </>
      ) : (
        <p className="notice">{t('none')}</p>
      )}
      <RegionLoader />
    </>
  );
}
