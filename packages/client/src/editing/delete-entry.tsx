import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useErrorText } from '../errors/use-error-text';
import {
  classifyDeleteError,
  deletedEntryOf,
  deletedState,
  forgetDeleted,
  type DeletableKind,
  type DeletedEntry,
  type DeleteFailure,
} from './deletion';
import { ModalDialog } from './modal-dialog';

/** The editing home, where a delete ends unless a page that listed the entry fits better. */
const EDIT_HOME = '/edit';

export interface DeleteEntryProps {
  readonly kind: DeletableKind;
  readonly id: string;
  /** How the confirmation names the entry ("Frauenhaus Köthen", "Polizei → Frauenhaus"). */
  readonly name: string;
  /** The version the page read; the server refuses the delete when a newer one is stored. */
  readonly version: number;
  /** What goes with the entry that the page knows of, one line each; `false` lines are left out. */
  readonly consequences?: readonly (string | false)[];
  /** What stays although it was linked to the entry. */
  readonly remains?: string;
  /** Runs the delete mutation with that version. */
  readonly onDelete: (version: number) => Promise<unknown>;
  /** Reads the entry anew (after a conflict), so the page shows the latest version. */
  readonly onReload: () => Promise<unknown>;
  /** Where to go after the delete: the editing home, or the page of a list that showed it. */
  readonly afterPath?: string;
}

type Phase = 'idle' | 'deleting' | 'reloading';

/**
 * The delete action of an edit page, set apart at its end: a button that opens a confirmation
 * dialog naming the entry and what goes with it. The delete sends the version the page read, so
 * someone else's newer change is never deleted unseen; a conflict offers the latest version
 * instead, and nothing is deleted.
 */
export function DeleteEntry({
  kind,
  id,
  name,
  version,
  consequences = [],
  remains,
  onDelete,
  onReload,
  afterPath = EDIT_HOME,
}: DeleteEntryProps) {
  const { t } = useTranslation('editing');
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [failure, setFailure] = useState<DeleteFailure | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const sectionHeadingId = useId();
  const titleId = useId();
  const leadId = useId();
  const openerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const nextStepRef = useRef<HTMLButtonElement>(null);
  const lines = consequences.filter((line): line is string => typeof line === 'string');
  const busy = phase !== 'idle';

  // Where a failure leaves the confirm button hidden, focus goes to the step it offers instead.
  useEffect(() => {
    if (failure?.kind === 'conflict' || failure?.kind === 'notFound') nextStepRef.current?.focus();
    else if (failure) confirmRef.current?.focus();
  }, [failure]);

  const leave = (path: string, alreadyGone: boolean) => {
    void navigate(path, { state: deletedState({ kind, id, name, alreadyGone }) });
  };

  async function confirm() {
    if (busy) return;
    setPhase('deleting');
    setFailure(null);
    try {
      await onDelete(version);
      leave(afterPath, false);
    } catch (error) {
      setFailure(classifyDeleteError(error));
      setPhase('idle');
    }
  }

  async function reload() {
    if (busy) return;
    setPhase('reloading');
    try {
      await onReload();
      setFailure(null);
      setReloaded(true);
      setOpen(false);
    } catch {
      setFailure({ kind: 'unavailable' });
    }
    setPhase('idle');
  }

  return (
    <section className="edit-section delete-zone" aria-labelledby={sectionHeadingId}>
      <h2 id={sectionHeadingId}>{t('delete.section')}</h2>
      <p>{t(`delete.${kind}.intro`)}</p>
      <button
        ref={openerRef}
        type="button"
        className="danger"
        aria-haspopup="dialog"
        onClick={() => {
          setFailure(null);
          setReloaded(false);
          setOpen(true);
        }}
      >
        {t(`delete.${kind}.open`)}
      </button>
      <p role="status" className="form-status">
        {reloaded && t('delete.reloaded', { version })}
      </p>
      <ModalDialog
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        busy={busy}
        role="alertdialog"
        labelledBy={titleId}
        describedBy={leadId}
        initialFocus={cancelRef}
        returnFocus={openerRef}
        className="confirm-dialog"
      >
        <h2 id={titleId}>{t(`delete.${kind}.title`)}</h2>
        <p id={leadId}>
          {t(`delete.${kind}.lead`, { name })} {t('delete.irreversible')}
        </p>
        {lines.length > 0 && (
          <>
            <p>{t('delete.withIt')}</p>
            <ul className="item-list">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {remains && <p>{remains}</p>}
        {failure && <DeleteFailureNotice failure={failure} />}
        <div className="form-actions">
          {failure?.kind === 'conflict' ? (
            <button
              ref={nextStepRef}
              type="button"
              aria-disabled={busy}
              onClick={() => void reload()}
            >
              {t('delete.reload')}
            </button>
          ) : failure?.kind === 'notFound' ? (
            <button
              ref={nextStepRef}
              type="button"
              onClick={() => {
                leave(EDIT_HOME, true);
              }}
            >
              {t('delete.toOverview')}
            </button>
          ) : (
            <button
              ref={confirmRef}
              type="button"
              className="danger"
              // Not `disabled`: a disabled button drops the keyboard focus out of the dialog.
              aria-disabled={busy}
              onClick={() => void confirm()}
            >
              {t(`delete.${kind}.confirm`, { name })}
            </button>
          )}
          <button
            ref={cancelRef}
            type="button"
            onClick={() => {
              if (!busy) setOpen(false);
            }}
          >
            {t('delete.cancel')}
          </button>
          <p role="status" className="form-status">
            {phase === 'deleting' && t('delete.deleting')}
            {phase === 'reloading' && t('delete.reloading')}
          </p>
        </div>
      </ModalDialog>
    </section>
  );
}

function DeleteFailureNotice({ failure }: { readonly failure: DeleteFailure }) {
  const { t } = useTranslation('editing');
  const { codeText } = useErrorText();
  if (failure.kind === 'conflict') {
    return (
      <div className="notice notice-conflict" role="alert">
        <p>
          <strong>{t('delete.conflictTitle')}</strong>
        </p>
        <p>{t('delete.conflictExplanation')}</p>
      </div>
    );
  }
  const text =
    failure.kind === 'notFound'
      ? t('delete.notFound')
      : failure.kind === 'forbidden'
        ? t('failure.forbidden')
        : failure.kind === 'unavailable'
          ? t('delete.unavailable')
          : t('delete.failed', { message: codeText(failure.code) });
  return (
    <p className="form-error" role="alert">
      <span className="error-mark" aria-hidden="true" />
      {text}
    </p>
  );
}

/**
 * The reload a delete conflict offers: refetches the page's entry, then gives its form a new key
 * so the form starts over from the latest version (a form keeps what it was given at mount).
 */
export function useReloadForDelete(refetch: () => Promise<unknown>) {
  const [formGeneration, setFormGeneration] = useState(0);
  const reload = useCallback(async () => {
    await refetch();
    setFormGeneration((generation) => generation + 1);
  }, [refetch]);
  return { formGeneration, reload };
}

/**
 * Says on the page shown after a delete what was deleted, once (a reload or a step back does not
 * say it again), and makes the client's cache forget the entry and the lists that held it. The
 * live region is there from the start, so screen readers announce the text when it comes.
 */
export function DeletedNotice() {
  const { t } = useTranslation('editing');
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [entry, setEntry] = useState<DeletedEntry | null>(null);
  useEffect(() => {
    const deleted = deletedEntryOf(location.state);
    if (!deleted) return;
    forgetDeleted(client.cache, deleted);
    setEntry(deleted);
    void navigate(location, { replace: true, state: null });
  }, [location, navigate, client]);
  return (
    <div role="status" className="deleted-notice">
      {entry && (
        <p className="notice notice-ok">
          {entry.alreadyGone
            ? t('delete.alreadyGone', { name: entry.name })
            : t(`delete.${entry.kind}.deleted`, { name: entry.name })}
        </p>
      )}
    </div>
  );
}
