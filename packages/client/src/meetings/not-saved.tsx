import { useTranslation } from 'react-i18next';
import { ErrorReason } from '../errors/error-reason';

/** Why the last save of a meeting's part failed, announced; nothing while none failed. */
export function NotSaved({ failure }: { readonly failure: unknown }) {
  const { t } = useTranslation('meetings');
  if (failure === null) return null;
  return (
    <p role="alert">
      {t('notSaved')} <ErrorReason error={failure} />
    </p>
  );
}
