import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { classifyStatusProblem, formatSystemStatus } from './format-status';
import { SYSTEM_STATUS_QUERY } from './system-status.query';

function errorCodes(error: unknown): unknown[] {
  return CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.extensions?.['code']) : [];
}

/**
 * Footer line with the versions of server and database (for coordinators and admins), that both
 * answer (for everyone else), or why they cannot be shown.
 */
export function StatusFooter() {
  const { t } = useTranslation();
  const { data, dataState, error, loading, refetch } = useQuery(SYSTEM_STATUS_QUERY, {
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });

  // Text and symbol carry the state; the colour only repeats it.
  let state: 'checking' | 'ok' | 'error';
  let text: string;
  if (loading) {
    state = 'checking';
    text = t('status.checking');
  } else if (error || dataState !== 'complete') {
    state = 'error';
    text = t(`status.${classifyStatusProblem(errorCodes(error))}`);
  } else {
    state = 'ok';
    text = formatSystemStatus(data) ?? t('status.ok');
  }

  return (
    <footer className="app-footer">
      <p className="status" data-state={state} role="status">
        <span className="status-symbol" aria-hidden="true">
          {state === 'ok' ? '✓' : state === 'error' ? '!' : '…'}
        </span>{' '}
        <span className="visually-hidden">{t('status.label')}: </span>
        {text}
      </p>
      {state === 'error' && (
        <button
          type="button"
          onClick={() => {
            // A failure shows up in `error` above; the rejected promise adds nothing.
            refetch().catch(() => undefined);
          }}
        >
          {t('status.retry')}
        </button>
      )}
    </footer>
  );
}
