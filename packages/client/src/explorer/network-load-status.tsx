import { useTranslation } from 'react-i18next';
import { ErrorReason } from '../errors/error-reason';

/**
 * The network's loading state as the explorer and the directory show it before there is data:
 * "loading …", or the failure with a button that tries again. Texts from the view's namespace.
 */
export function NetworkLoadStatus({
  namespace,
  loading,
  error,
  onRetry,
}: {
  readonly namespace: 'explorer' | 'directory';
  readonly loading: boolean;
  /** Why loading failed; nothing while there is data or none failed. */
  readonly error: unknown;
  readonly onRetry: () => void;
}) {
  const { t } = useTranslation(namespace);
  return (
    <>
      {loading && <p role="status">{t('loading')}</p>}
      {error !== undefined && (
        <p className="error" role="alert">
          {t('error')} <ErrorReason error={error} />{' '}
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        </p>
      )}
    </>
  );
}
