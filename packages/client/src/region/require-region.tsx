import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOptionalAuth } from '../auth/auth-context';
import { ErrorReason } from '../errors/error-reason';
import { ADMIN_REGION_PATH } from './paths';
import { useRegionState } from './region-context';

/**
 * Shows `children` once the region has arrived and a county is set up; until then why not: the
 * region is loading, could not be loaded, or this instance has none yet (admins get the way to
 * the page that sets it up).
 */
export function RequireRegion({
  children,
  preload,
}: {
  readonly children: ReactNode;
  /** Starts loading the view's code while the region is on its way, so neither waits for the other. */
  readonly preload?: () => void;
}) {
  const { t } = useTranslation('region');
  const state = useRegionState();
  const isAdmin = useOptionalAuth()?.viewer?.role === 'ADMIN';
  const loading = state.status === 'loading';
  useEffect(() => {
    if (loading) preload?.();
  }, [loading, preload]);
  if (state.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.status === 'failed') {
    return (
      <p className="notice" role="alert">
        {t('failed')} <ErrorReason error={state.error} />
      </p>
    );
  }
  if (state.catalog.county === null) return <NoRegionHint isAdmin={isAdmin} />;
  return <>{children}</>;
}

/** Why a view is empty on an instance without a region, and for admins the way to set it up. */
export function NoRegionHint({ isAdmin }: { readonly isAdmin: boolean }) {
  const { t } = useTranslation('region');
  return (
    <div className="notice" role="alert">
      <p>{t('missing')}</p>
      <p>{isAdmin ? <Link to={ADMIN_REGION_PATH}>{t('setUp')}</Link> : t('askAdmin')}</p>
    </div>
  );
}
