import { CombinedGraphQLErrors } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeChange, namesById, type ChangeLike, type HistoryContext } from './history';
import { ENTRY_HISTORY, HISTORY_NAMES } from './history.graphql';
import { useRegion } from '../region/region-context';
import { useLocale, useLooseT } from './options';

/** Changes per page of the history. */
const PAGE_SIZE = 10;

/**
 * What the history's wording needs: the editing texts, the language, and the names of the
 * entries a change points to (read once when a history is first opened, then cached).
 */
export function useHistoryContext(enabled = true): HistoryContext {
  const t = useLooseT('editing');
  const locale = useLocale();
  const { data } = useQuery(HISTORY_NAMES, enabled ? {} : skipToken);
  const names = useMemo(
    () =>
      namesById([
        data?.institutions.nodes ?? [],
        (data?.people.nodes ?? []).map((person) => ({
          id: person.id,
          name: person.displayName,
        })),
        data?.networks.nodes ?? [],
        data?.services.nodes ?? [],
        (data?.referralPaths.nodes ?? []).map((path) => ({
          id: path.id,
          name: `${path.from.name} → ${path.to.name}`,
        })),
      ]),
    [data],
  );
  const region = useRegion();
  return useMemo(() => ({ t, locale, names, region }), [t, locale, names, region]);
}

/**
 * „Verlauf“ on an edit page: collapsed at first; opened, it reads the entry's changes, newest
 * first, a page at a time („Ältere anzeigen“). `version` is the entry's version on the page: a
 * save reads the history anew.
 */
export function EntryHistory({ id, version }: { readonly id: string; readonly version?: number }) {
  const { t } = useTranslation('editing');
  const [open, setOpen] = useState(false);
  const headingId = useId();
  return (
    <section className="edit-section entry-history" aria-labelledby={headingId}>
      <details
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
        }}
      >
        <summary>
          <h2 id={headingId}>{t('history.title')}</h2>
        </summary>
        <p className="hint">{t('history.intro')}</p>
        {open && <HistoryPages key={`${id}@${String(version ?? '')}`} id={id} />}
      </details>
    </section>
  );
}

function HistoryPages({ id }: { readonly id: string }) {
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const context = useHistoryContext();
  return (
    <ol className="history-list">
      {cursors.map((after, index) => (
        <HistoryPage
          key={after ?? ''}
          id={id}
          after={after}
          first={index === 0}
          last={index === cursors.length - 1}
          context={context}
          onMore={(cursor) => {
            setCursors((list) => (list.includes(cursor) ? list : [...list, cursor]));
          }}
        />
      ))}
    </ol>
  );
}

function HistoryPage({
  id,
  after,
  first,
  last,
  context,
  onMore,
}: {
  readonly id: string;
  readonly after: string | null;
  readonly first: boolean;
  readonly last: boolean;
  readonly context: HistoryContext;
  readonly onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation('editing');
  const { data, loading, error } = useQuery(ENTRY_HISTORY, {
    variables: { id, first: PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  const page = data?.history;
  if (loading && !page) {
    return (
      <li className="history-status" role="status">
        {first ? t('history.loading') : t('history.loadingMore')}
      </li>
    );
  }
  if (error || !page) {
    const forbidden =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((item) => item.extensions?.['code'] === 'FORBIDDEN');
    return (
      <li className="form-error" role="alert">
        {forbidden ? t('history.forbidden') : t('history.failed')}
      </li>
    );
  }
  const next = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  return (
    <>
      {first && page.totalCount === 0 && <li className="history-status">{t('history.empty')}</li>}
      {page.nodes.map((change) => (
        <ChangeItem key={change.id} change={change} context={context} />
      ))}
      {last && next && (
        <MoreChanges
          onMore={() => {
            onMore(next);
          }}
        />
      )}
    </>
  );
}

/** One change: when, what, who, and a line per changed field. */
/** „Ältere anzeigen“: the item after a page that loads the next one. */
export function MoreChanges({ onMore }: { readonly onMore: () => void }) {
  const { t } = useTranslation('editing');
  return (
    <li className="history-more">
      <button type="button" onClick={onMore}>
        {t('history.more')}
      </button>
    </li>
  );
}

export function ChangeItem({
  change,
  context,
}: {
  readonly change: ChangeLike;
  readonly context: HistoryContext;
}) {
  const { t } = useTranslation('editing');
  const view = describeChange(change, context);
  return (
    <li className="history-change">
      <p className="history-head">
        {t('history.entry', { when: view.when, action: view.action, who: view.who })}
      </p>
      {view.lines.length ? (
        <ul className="history-fields">
          {view.lines.map((line) => (
            <li key={line.field}>{line.text}</li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('history.noFields')}</p>
      )}
    </li>
  );
}
