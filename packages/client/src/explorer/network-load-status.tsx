import { useTranslation } from 'react-i18next';

/**
 * The network's loading state as the explorer and the directory show it before there is data:
 * "loading …", or the failure with a button that tries again. Texts from the view's namespace.
 */
export function NetworkLoadStatus({
  namespace,
  loading,
  failed,
  onRetry,
}: {
  readonly namespace: 'explorer' | 'directory';
  readonly loading: boolean;
  readonly failed: boolean;
  readonly onRetry: () => void;
}) {
  const { t } = useTranslation(namespace);
  return (
    <>
      {loading && <p role="status">{t('loading')}</p>}
      {failed && (
        <p className="error" role="alert">
          {t('error')}{' '}
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        </p>
      )}
    </>
  );
}
