import { skipToken, useQuery } from '@apollo/client/react';
import type { Locale } from '@schutznetz/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { buildExplorerData, peopleVisibleTo, type ExplorerData } from './explorer-data';
import { toLocale } from './explorer-labels';
import { EXPLORER_NETWORK_QUERY } from './explorer.query';

export interface ExplorerDataState {
  readonly data: ExplorerData | undefined;
  readonly loading: boolean;
  readonly error: boolean;
  readonly retry: () => void;
  readonly locale: Locale;
  /** Whether the viewer's role sees people (members and up); the public view has none. */
  readonly peopleVisible: boolean;
  /** Whether the viewer may edit (coordinators and admins): the views then link to the editor. */
  readonly canEdit: boolean;
}

/**
 * The loaded network for the explorer and the directory (one request, cached by Apollo). It waits
 * for the viewer's role, so it asks for people only when the server will show them.
 */
export function useExplorerData(): ExplorerDataState {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const auth = useAuth();
  // Unknown viewer (server unreachable): ask without people, which any role may read.
  const roleKnown = auth.viewer !== null || !auth.loading;
  const peopleVisible = auth.viewer !== null && peopleVisibleTo(auth.viewer.role);
  const { data, loading, error, refetch } = useQuery(
    EXPLORER_NETWORK_QUERY,
    roleKnown ? { variables: { withPeople: peopleVisible } } : skipToken,
  );
  const explorerData = useMemo(
    () => (data ? buildExplorerData(data, locale) : undefined),
    [data, locale],
  );
  return {
    data: explorerData,
    loading: loading || !roleKnown,
    error: error !== undefined,
    retry: () => {
      // A failure shows up in `error`; the rejected promise adds nothing.
      refetch().catch(() => undefined);
    },
    locale,
    peopleVisible,
    canEdit: auth.canEdit,
  };
}
