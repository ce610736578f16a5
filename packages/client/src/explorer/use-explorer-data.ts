import { useQuery } from '@apollo/client/react';
import type { Locale } from '@schutznetz/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { buildExplorerData, peopleVisibleTo, type ExplorerData } from './explorer-data';
import type { LayoutGrouping } from './explorer-appearance';
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
  /** Whether `data` was narrowed on the server to the chosen municipalities and networks. */
  readonly narrowed: boolean;
}

/** What the server can narrow its answer to when the whole network is too large for one. */
export interface ServerNarrowing {
  readonly municipalities: readonly string[];
  readonly networks: readonly string[];
}

const NOT_NARROWED: ServerNarrowing = { municipalities: [], networks: [] };

/**
 * The loaded network for the explorer and the directory (one request, cached by Apollo). The
 * request starts at once: the server itself leaves people out for the public role. When the
 * server had to leave nodes out (a network larger than its limit) and the viewer chose
 * municipalities or networks, a second request asks the server for just those, so what was
 * hidden appears. The positions of the nodes follow `grouping` (the server lays them out).
 */
export function useExplorerData(
  narrowing: ServerNarrowing = NOT_NARROWED,
  grouping: LayoutGrouping = 'municipality',
): ExplorerDataState {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const auth = useAuth();
  const peopleVisible = auth.viewer !== null && peopleVisibleTo(auth.viewer.role);
  const layout = grouping === 'network' ? 'NETWORK' : grouping === 'none' ? 'NONE' : 'MUNICIPALITY';
  const whole = useQuery(EXPLORER_NETWORK_QUERY, { variables: { layout } });
  const incomplete = (whole.data?.networkGraph.hidden.length ?? 0) > 0;
  const narrow =
    incomplete && (narrowing.municipalities.length > 0 || narrowing.networks.length > 0);
  const narrowed = useQuery(EXPLORER_NETWORK_QUERY, {
    variables: {
      layout,
      filter: {
        municipalities: [...narrowing.municipalities],
        networks: [...narrowing.networks],
      },
    },
    skip: !narrow,
  });
  const used = narrow ? narrowed : whole;
  const result = used.data ?? (narrow ? whole.data : undefined);
  const explorerData = useMemo(
    () => (result ? buildExplorerData(result, locale) : undefined),
    [result, locale],
  );
  return {
    data: explorerData,
    loading: used.loading,
    error: used.error !== undefined,
    retry: () => {
      // A failure shows up in `error`; the rejected promise adds nothing.
      used.refetch().catch(() => undefined);
    },
    locale,
    // Before the role is known, what the server sent decides.
    peopleVisible:
      peopleVisible ||
      (auth.viewer === null &&
        (explorerData?.graph.nodes.some((n) => n.kind === 'person') ?? false)),
    canEdit: auth.canEdit,
    narrowed: narrow && narrowed.data !== undefined,
  };
}
