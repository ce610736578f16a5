import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTimestamp } from '../i18n/format';
import { useErrorText } from '../errors/use-error-text';
import { forgetLists } from './deletion';
import { EditPage } from './edit-page';
import { MoreChanges, useHistoryContext } from './entry-history';
import {
  classifyRestoreError,
  editPathOfEntity,
  entityLabel,
  entryName,
  type ChangeLike,
  type HistoryContext,
  type RestoreFailure,
} from './history';
import { DELETED_ENTRIES, ENTRY_HISTORY, RESTORE_ENTRY } from './history.graphql';

/** Deleted entries per page. */
const PAGE_SIZE = 20;

/** What the page says after a restore, or why it failed. */
type Outcome =
  | {
      readonly kind: 'restored';
      readonly name: string;
      readonly path: string | undefined;
      readonly alongWith: number;
      readonly missingEnds: readonly string[];
    }
  | { readonly kind: 'failed'; readonly name: string; readonly failure: RestoreFailure };

/**
 * `/edit/deleted`: entries deleted and not restored since, newest first, each with
 * „Wiederherstellen“. A restore says what came back and links to its edit page; the lists the
 * client holds are read anew.
 */
export function DeletedEntriesPage() {
  const { t } = useTranslation('editing');
  return (
    <EditPage title={t('deleted.title')}>
      <DeletedEntries />
    </EditPage>
  );
}

/** The list and the restore, read only behind the coordinator gate. */
function DeletedEntries() {
  const { t } = useTranslation('editing');
  const client = useApolloClient();
  const base = useHistoryContext();
  // Deleted entries are in no list of names; their deletions name them (a path's deleted end).
  const firstPage = useQuery(DELETED_ENTRIES, {
    variables: { first: PAGE_SIZE, after: null },
    fetchPolicy: 'cache-only',
  }).data?.deletedEntries.nodes;
  const context = useMemo(() => {
    const names = new Map(base.names);
    for (const change of firstPage ?? []) {
      if (change.name && !names.has(change.entryId)) names.set(change.entryId, change.name);
    }
    return { ...base, names };
  }, [base, firstPage]);
  const [restore] = useMutation(RESTORE_ENTRY);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // A new generation reads the list anew from its first page.
  const [generation, setGeneration] = useState(0);
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);

  async function restoreEntry(change: ChangeLike) {
    if (busy) return;
    const name = entryName(change, context);
    setBusy(change.entryId);
    setOutcome(null);
    try {
      const result = await restore({ variables: { id: change.entryId } });
      const restored = result.data?.restoreEntry;
      setOutcome({
        kind: 'restored',
        name,
        path: editPathOfEntity(change.entity, change.entryId),
        alongWith: Math.max(0, (restored?.restored.length ?? 1) - 1),
        missingEnds: restored?.missingEnds ?? [],
      });
    } catch (error) {
      setOutcome({ kind: 'failed', name, failure: classifyRestoreError(error) });
    }
    forgetLists(client.cache);
    setCursors([null]);
    setGeneration((value) => value + 1);
    setBusy(null);
  }

  return (
    <>
      <p>{t('deleted.intro')}</p>
      <div role="status" className="restore-outcome">
        {outcome && <OutcomeNotice outcome={outcome} context={context} />}
      </div>
      <ul className="deleted-list" key={generation}>
        {cursors.map((after, index) => (
          <DeletedPage
            key={after ?? ''}
            after={after}
            first={index === 0}
            last={index === cursors.length - 1}
            context={context}
            busy={busy}
            onRestore={(change) => void restoreEntry(change)}
            onMore={(cursor) => {
              setCursors((list) => (list.includes(cursor) ? list : [...list, cursor]));
            }}
          />
        ))}
      </ul>
    </>
  );
}

function DeletedPage({
  after,
  first,
  last,
  context,
  busy,
  onRestore,
  onMore,
}: {
  readonly after: string | null;
  readonly first: boolean;
  readonly last: boolean;
  readonly context: HistoryContext;
  readonly busy: string | null;
  readonly onRestore: (change: ChangeLike) => void;
  readonly onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation('editing');
  const { data, loading, error } = useQuery(DELETED_ENTRIES, {
    variables: { first: PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  const page = data?.deletedEntries;
  if (loading && !page) {
    return (
      <li className="history-status" role="status">
        {first ? t('deleted.loading') : t('history.loadingMore')}
      </li>
    );
  }
  if (error || !page) {
    return (
      <li className="form-error" role="alert">
        {t('deleted.failedList')}
      </li>
    );
  }
  const next = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  return (
    <>
      {first && page.totalCount === 0 && <li className="history-status">{t('deleted.none')}</li>}
      {page.nodes.map((change) => (
        <DeletedItem
          key={change.id}
          change={change}
          context={context}
          busy={busy}
          onRestore={onRestore}
        />
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

function DeletedItem({
  change,
  context,
  busy,
  onRestore,
}: {
  readonly change: ChangeLike;
  readonly context: HistoryContext;
  readonly busy: string | null;
  readonly onRestore: (change: ChangeLike) => void;
}) {
  const { t } = useTranslation('editing');
  const nameId = useId();
  const name = entryName(change, context);
  const restoring = busy === change.entryId;
  return (
    <li className="deleted-item" aria-labelledby={nameId}>
      <div>
        <strong id={nameId}>{name}</strong>{' '}
        <span className="badge">{entityLabel(change.entity, context.t)}</span>
        <p className="hint">
          {t('deleted.by', {
            who: change.actor,
            when: formatTimestamp(change.at, context.locale),
          })}
        </p>
      </div>
      <button
        type="button"
        aria-label={t('deleted.restoreNamed', { name })}
        // Not `disabled`: the focus stays on the button while the restore runs.
        aria-disabled={busy !== null}
        onClick={() => {
          onRestore(change);
        }}
      >
        {restoring ? t('deleted.restoring') : t('deleted.restore')}
      </button>
    </li>
  );
}

function OutcomeNotice({
  outcome,
  context,
}: {
  readonly outcome: Outcome;
  readonly context: HistoryContext;
}) {
  const { t } = useTranslation('editing');
  const { codeText } = useErrorText();
  if (outcome.kind === 'restored') {
    return (
      <div className="notice notice-ok">
        <p>
          {t('deleted.restored', { name: outcome.name })}{' '}
          {outcome.path && (
            <Link to={outcome.path}>{t('deleted.open', { name: outcome.name })}</Link>
          )}
        </p>
        {outcome.alongWith > 0 && <p>{t('deleted.withIt', { count: outcome.alongWith })}</p>}
        {outcome.missingEnds.length > 0 && (
          <>
            <p>{t('deleted.missingEnds')}</p>
            <GoneEntries ids={outcome.missingEnds} context={context} />
          </>
        )}
      </div>
    );
  }
  const { failure, name } = outcome;
  let text: string;
  switch (failure.kind) {
    case 'notDeleted':
      text = t('deleted.notDeleted', { name });
      break;
    case 'endsMissing':
      return (
        <div className="form-error">
          <p>
            <span className="error-mark" aria-hidden="true" />
            {t('deleted.endsMissing', { name })}
          </p>
          <GoneEntries ids={failure.missing} context={context} />
        </div>
      );
    case 'notFound':
      text = t('deleted.notFound', { name });
      break;
    case 'forbidden':
      text = t('failure.forbidden');
      break;
    case 'unavailable':
      text = t('deleted.unavailable');
      break;
    case 'failed':
      text = t('deleted.failed', { message: codeText(failure.code) });
      break;
  }
  return (
    <p className="form-error">
      <span className="error-mark" aria-hidden="true" />
      {text}
    </p>
  );
}

/** Entries that no longer exist, each by the name its last recorded change gave it. */
function GoneEntries({
  ids,
  context,
}: {
  readonly ids: readonly string[];
  readonly context: HistoryContext;
}) {
  return (
    <ul className="item-list">
      {ids.map((id) => (
        <li key={id}>
          <GoneEntryName id={id} context={context} />
        </li>
      ))}
    </ul>
  );
}

function GoneEntryName({ id, context }: { readonly id: string; readonly context: HistoryContext }) {
  const { data } = useQuery(ENTRY_HISTORY, { variables: { id, first: 1 } });
  const latest = data?.history.nodes[0];
  const known = context.names.get(id);
  if (!latest) return known ?? id;
  return `${known ?? entryName(latest, context)} (${entityLabel(latest.entity, context.t)})`;
}
