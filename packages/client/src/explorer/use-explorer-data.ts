import { useQuery } from '@apollo/client/react';
import type { Locale } from '@schutznetz/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildExplorerData, type ExplorerData } from './explorer-data';
import { toLocale } from './explorer-labels';
import { EXPLORER_NETWORK_QUERY } from './explorer.query';

export interface ExplorerDataState {
  readonly data: ExplorerData | undefined;
  readonly loading: boolean;
  readonly error: boolean;
  readonly retry: () => void;
  readonly locale: Locale;
}

/** The loaded network for the explorer and the directory (one request, cached by Apollo). */
export function useExplorerData(): ExplorerDataState {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { data, loading, error, refetch } = useQuery(EXPLORER_NETWORK_QUERY);
  const explorerData = useMemo(
    () => (data ? buildExplorerData(data, locale) : undefined),
    [data, locale],
  );
  return {
    data: explorerData,
    loading,
    error: error !== undefined,
    retry: () => {
      // A failure shows up in `error`; the rejected promise adds nothing.
      refetch().catch(() => undefined);
    },
    locale,
  };
}
