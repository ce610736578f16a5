import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';

/** Shows `children` only to viewers who may edit; others learn why and how to get there. */
export function RequireEdit({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation('editing');
  const { t: tAuth } = useTranslation('auth');
  const auth = useAuth();
  if (auth.loading && !auth.viewer) return <p role="status">{t('common.loading')}</p>;
  if (!auth.canEdit) {
    return (
      <p className="notice" role="alert">
        {tAuth('editNeedsRole')}
      </p>
    );
  }
  return <>{children}</>;
}
