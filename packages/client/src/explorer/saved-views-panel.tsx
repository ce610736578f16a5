import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorCodeOf } from '../errors/error-code';
import { useErrorText } from '../errors/use-error-text';
import type { GraphCanvasHandle } from '../graph/graph-canvas';
import { useFormat } from '../i18n/use-format';
import {
  VIEW_PARAM,
  paramsOfView,
  roundPositions,
  stateOf,
  useSavedViewRestore,
} from './saved-views-restore';
import {
  CREATE_SAVED_VIEW,
  DELETE_SAVED_VIEW,
  SAVED_VIEWS_QUERY,
  UPDATE_SAVED_VIEW,
} from './saved-views.query';

export interface SavedViewsPanelProps {
  readonly canvas: RefObject<GraphCanvasHandle | null>;
  /** Whether the graph is drawn, so a view's positions can be put back. */
  readonly ready: boolean;
  /** Members and up read saved views; the public does not. */
  readonly canRead: boolean;
  /** Coordinators and up save, rename and delete them. */
  readonly canEdit: boolean;
}

/** The link that opens a view, as shown to copy. */
function linkTo(id: string): string {
  return `${window.location.origin}/explorer?${VIEW_PARAM}=${encodeURIComponent(id)}`;
}

/**
 * Saved views of the explorer (decision 026): open one (its link restores filters, styling and
 * every node's position), and for coordinators save the current view under a name, overwrite,
 * rename or delete it. The link to share is shown after saving and while a view is open.
 */
export function SavedViewsPanel({ canvas, ready, canRead, canEdit }: SavedViewsPanelProps) {
  const { t } = useTranslation('explorerExport');
  const { errorText } = useErrorText();
  const { formatTimestamp } = useFormat();
  const headingId = useId();
  const nameId = useId();
  const [params, setParams] = useSearchParams();
  const restore = useSavedViewRestore(canvas, ready, canRead);
  const list = useQuery(SAVED_VIEWS_QUERY, canRead ? {} : skipToken);
  const [create] = useMutation(CREATE_SAVED_VIEW);
  const [update] = useMutation(UPDATE_SAVED_VIEW);
  const [remove] = useMutation(DELETE_SAVED_VIEW);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const active = restore.view;

  if (!canRead) {
    return restore.id ? <p className="notice">{t('savedViews.forbidden')}</p> : null;
  }

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      await list.refetch();
    } catch (error) {
      setMessage(
        errorCodeOf(error) === 'CONFLICT'
          ? t('savedViews.conflict')
          : t('savedViews.saveFailed', { reason: errorText(error) }),
      );
    } finally {
      setBusy(false);
    }
  };

  const saveNew = () =>
    run(async () => {
      const positions = roundPositions(canvas.current?.positions() ?? new Map());
      const state = stateOf(params);
      const result = await create({
        variables: { input: { name: name.trim(), state, positions } },
      });
      const saved = result.data?.createSavedView;
      if (!saved) return;
      restore.markRestored(saved.id, saved.version);
      setParams(paramsOfView(saved.id, state), { replace: true });
      setName('');
      setMessage(t('savedViews.saved'));
    });

  const overwrite = () =>
    run(async () => {
      if (!active) return;
      const positions = roundPositions(canvas.current?.positions() ?? new Map());
      const result = await update({
        variables: {
          input: { id: active.id, version: active.version, state: stateOf(params), positions },
        },
        refetchQueries: ['SavedView'],
      });
      const saved = result.data?.updateSavedView;
      if (saved) restore.markRestored(saved.id, saved.version);
      setMessage(t('savedViews.saved'));
    });

  const rename = () =>
    run(async () => {
      if (!active) return;
      await update({
        variables: { input: { id: active.id, version: active.version, name: name.trim() } },
        refetchQueries: ['SavedView'],
      });
      setName('');
    });

  const deleteActive = () => {
    if (!active || !window.confirm(t('savedViews.confirmDelete', { name: active.name }))) return;
    void run(async () => {
      await remove({ variables: { id: active.id, version: active.version } });
      setParams(new URLSearchParams(stateOf(params)), { replace: true });
    });
  };

  const views = list.data?.savedViews.nodes ?? [];
  const nameValid = name.trim().length >= 3;

  return (
    <section className="saved-views" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('savedViews.heading')}</h2>
      {views.length === 0 && !list.loading ? (
        <p>{t('savedViews.none')}</p>
      ) : (
        <label>
          {t('savedViews.open')}{' '}
          <select
            value={restore.id ?? ''}
            onChange={(event) => {
              const id = event.target.value;
              if (id) setParams(new URLSearchParams({ [VIEW_PARAM]: id }));
            }}
          >
            <option value="">{t('savedViews.choose')}</option>
            {views.map((view) => (
              <option key={view.id} value={view.id}>
                {view.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {restore.id && restore.loading && <p>{t('savedViews.loading')}</p>}
      {restore.id && !restore.loading && !active && (
        <p className="notice">
          {restore.error ? t('savedViews.failed') : t('savedViews.notFound')}
        </p>
      )}
      {active && (
        <p className="saved-view-active">
          {t('savedViews.active', {
            name: active.name,
            by: active.createdBy,
            date: formatTimestamp(active.updatedAt),
          })}{' '}
          <input
            className="saved-view-link"
            readOnly
            aria-label={t('savedViews.copy')}
            value={linkTo(active.id)}
            onFocus={(event) => {
              event.target.select();
            }}
          />
        </p>
      )}
      {canEdit && (
        <div className="saved-views-edit">
          <label htmlFor={nameId}>{t('savedViews.name')}</label>{' '}
          <input
            id={nameId}
            value={name}
            maxLength={120}
            onChange={(event) => {
              setName(event.target.value);
            }}
          />{' '}
          <button type="button" disabled={busy || !nameValid} onClick={() => void saveNew()}>
            {t('savedViews.saveNew')}
          </button>
          {active && (
            <>
              {' '}
              <button type="button" disabled={busy || !nameValid} onClick={() => void rename()}>
                {t('savedViews.rename')}
              </button>{' '}
              <button type="button" disabled={busy} onClick={() => void overwrite()}>
                {t('savedViews.update')}
              </button>{' '}
              <button type="button" disabled={busy} onClick={deleteActive}>
                {t('savedViews.delete')}
              </button>
            </>
          )}
        </div>
      )}
      {message && (
        <p role="status" className="saved-views-message">
          {message}
        </p>
      )}
    </section>
  );
}
