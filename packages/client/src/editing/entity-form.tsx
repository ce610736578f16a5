import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { draftChanges, reapplyDraft, type DraftChange } from './conflict';
import { FieldControl } from './field-control';
import { changedFieldNames } from './form-input';
import type { FieldSpec, FieldValue, FormProblems, FormValues } from './form-model';
import { useOptionLabel } from './options';
import { useErrorText } from '../errors/use-error-text';
import { classifySaveError, type SaveFailure } from './server-errors';
import { hasProblems, validateForm, type CrossFieldRule } from './validation';

/** A stored state of the entity: its values and version. */
export interface Snapshot {
  readonly values: FormValues;
  readonly version: number;
}

export interface EntityFormProps {
  readonly specs: readonly FieldSpec[];
  /** What was read (create: empty values and version 0). */
  readonly initial: Snapshot;
  readonly rules?: readonly CrossFieldRule[];
  readonly hints?: Readonly<Record<string, string>>;
  readonly extraLabels?: Readonly<Record<string, string>>;
  readonly submitLabel: string;
  /** Said after a save instead of "saved (version n)", e.g. by forms that add to a list. */
  readonly savedMessage?: string;
  /** Saves; resolves to the stored state, or null when the page moves on (after a create). */
  readonly onSave: (values: FormValues, base: Snapshot) => Promise<Snapshot | null>;
  /** Reads the latest stored state from the server (bypassing the cache). */
  readonly onReload?: () => Promise<Snapshot | null>;
}

function allPaths(specs: readonly FieldSpec[], values: FormValues): string[] {
  return specs.flatMap((spec) => {
    const value = values[spec.name];
    const rows = spec.kind === 'openingHours' && Array.isArray(value) ? value.length : 0;
    return [
      spec.name,
      ...Array.from({ length: rows }, (_, index) => [
        `${spec.name}.${index}.opens`,
        `${spec.name}.${index}.closes`,
        `${spec.name}.${index}.day`,
      ]).flat(),
    ];
  });
}

/**
 * An edit form: the client's checks before sending, the server's field errors at their field,
 * and a stale-version conflict explained with a reload that keeps the user's changes aside
 * until they choose to apply them again. Nothing is ever overwritten silently.
 */
export function EntityForm(props: EntityFormProps) {
  const {
    specs,
    rules = [],
    hints,
    extraLabels,
    submitLabel,
    savedMessage,
    onSave,
    onReload,
  } = props;
  const { t } = useTranslation('editing');
  const { t: errorsT } = useTranslation('errors');
  const [base, setBase] = useState<Snapshot>(props.initial);
  const [values, setValues] = useState<FormValues>(props.initial.values);
  const [problems, setProblems] = useState<FormProblems>({});
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [pending, setPending] = useState<readonly DraftChange[]>([]);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'reloading'>('idle');
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusId = useId();
  const dirty = changedFieldNames(specs, base.values, values).length > 0;

  const setField = (name: string, value: FieldValue) => {
    setValues((current) => ({ ...current, [name]: value }));
    setStatus((current) => (current === 'saved' ? 'idle' : current));
  };

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateForm(specs, values, rules);
    setProblems(found);
    setFailure(null);
    if (hasProblems(found)) {
      summaryRef.current?.focus();
      return;
    }
    setStatus('saving');
    try {
      const saved = await onSave(values, base);
      if (saved) {
        setBase(saved);
        setValues(saved.values);
        setPending([]);
      }
      setStatus('saved');
    } catch (error) {
      setFailure(classifySaveError(error, allPaths(specs, values)));
      setStatus('idle');
      summaryRef.current?.focus();
    }
  }

  async function reload() {
    if (!onReload) return;
    setStatus('reloading');
    const latest = await onReload().catch(() => null);
    setStatus('idle');
    if (!latest) {
      setFailure({ kind: 'unavailable' });
      return;
    }
    setPending(draftChanges(specs, base.values, values, latest.values));
    setBase(latest);
    setValues(latest.values);
    setFailure(null);
    setProblems({});
  }

  const serverMessages = useServerMessages(failure);
  const problemCount =
    Object.values(problems).reduce((sum, list) => sum + list.length, 0) +
    Object.values(serverMessages).reduce((sum, list) => sum + list.length, 0);

  return (
    <form
      className="entity-form"
      noValidate
      aria-describedby={statusId}
      onSubmit={(event) => {
        void submit(event);
      }}
    >
      <div ref={summaryRef} tabIndex={-1} className="form-summary">
        {problemCount > 0 && (
          <p className="form-error" role="alert">
            <span className="error-mark" aria-hidden="true" />
            {t('form.problemCount', { count: problemCount })}
          </p>
        )}
        {failure && failure.kind !== 'invalid' && (
          <FailureNotice failure={failure} onReload={onReload ? () => void reload() : undefined} />
        )}
        {failure?.kind === 'invalid' && failure.unshown > 0 && (
          <p className="form-error" role="alert">
            {errorsT('field.unshown')}
          </p>
        )}
      </div>
      {pending.length > 0 && (
        <PendingChanges
          specs={specs}
          changes={pending}
          extraLabels={extraLabels}
          onApply={() => {
            setValues(reapplyDraft(values, pending));
            setPending([]);
          }}
          onDiscard={() => {
            setPending([]);
          }}
        />
      )}
      {specs.map((spec) => (
        <FieldControl
          key={spec.name}
          spec={spec}
          value={values[spec.name]}
          onChange={(value) => {
            setField(spec.name, value);
          }}
          problems={problems}
          serverMessages={serverMessages}
          extraLabels={extraLabels}
          hint={hints?.[spec.name]}
        />
      ))}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={status === 'saving'}>
          {submitLabel}
        </button>
        {dirty && (
          <button
            type="button"
            onClick={() => {
              setValues(base.values);
              setProblems({});
              setFailure(null);
            }}
          >
            {t('form.undo')}
          </button>
        )}
        <p id={statusId} role="status" className="form-status">
          {status === 'saving' && t('form.saving')}
          {status === 'reloading' && t('form.reloading')}
          {status === 'saved' && (
            <>
              <span aria-hidden="true">✓ </span>
              {savedMessage ?? t('form.saved', { version: base.version })}
            </>
          )}
          {status === 'idle' && dirty && t('form.unsaved')}
        </p>
      </div>
    </form>
  );
}

/** What the server refused, worded by field: each field's distinct reasons, never its English text. */
function useServerMessages(failure: SaveFailure | null): Record<string, readonly string[]> {
  const { t } = useTranslation('errors');
  if (failure?.kind !== 'invalid') return {};
  return Object.fromEntries(
    Object.entries(failure.fields).map(([path, rejections]) => [
      path,
      [...new Set(rejections)].map((rejection) => t(`field.${rejection}`)),
    ]),
  );
}

function FailureNotice({
  failure,
  onReload,
}: {
  readonly failure: Exclude<SaveFailure, { kind: 'invalid' }>;
  readonly onReload: (() => void) | undefined;
}) {
  const { t } = useTranslation('editing');
  const { codeText } = useErrorText();
  if (failure.kind === 'conflict') {
    return (
      <div className="notice notice-conflict" role="alert">
        <p>
          <strong>{t('conflict.title')}</strong>
        </p>
        <p>{t('conflict.explanation')}</p>
        {onReload && (
          <button type="button" onClick={onReload}>
            {t('conflict.reload')}
          </button>
        )}
      </div>
    );
  }
  const text =
    failure.kind === 'forbidden'
      ? t('failure.forbidden')
      : failure.kind === 'unavailable'
        ? t('failure.unavailable')
        : failure.kind === 'notFound'
          ? t('failure.notFound')
          : t('failure.failed', { message: codeText(failure.code) });
  return (
    <p className="form-error" role="alert">
      <span className="error-mark" aria-hidden="true" />
      {text}
    </p>
  );
}

function PendingChanges({
  specs,
  changes,
  extraLabels,
  onApply,
  onDiscard,
}: {
  readonly specs: readonly FieldSpec[];
  readonly changes: readonly DraftChange[];
  readonly extraLabels: Readonly<Record<string, string>> | undefined;
  readonly onApply: () => void;
  readonly onDiscard: () => void;
}) {
  const { t } = useTranslation('editing');
  const optionLabel = useOptionLabel();
  const loose = t as unknown as (key: string) => string;
  const show = (name: string, value: FieldValue | undefined): string => {
    const spec = specs.find((candidate) => candidate.name === name);
    const one = (item: string) =>
      extraLabels?.[item] ?? (spec?.optionSet ? optionLabel(spec.optionSet, item) : item);
    if (value === undefined || value === '') return t('conflict.empty');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string') return one(value);
    if (value.length === 0) return t('conflict.empty');
    return value
      .map((item) =>
        typeof item === 'string' ? one(item) : `${item.day} ${item.opens}–${item.closes}`,
      )
      .join(', ');
  };
  return (
    <section className="notice" aria-labelledby="pending-changes-title">
      <h2 id="pending-changes-title">{t('conflict.pendingTitle')}</h2>
      <p>{t('conflict.pendingExplanation')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.mine')}</th>
            <th scope="col">{t('conflict.latest')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">
                {loose(`fields.${change.field}`)}
                {change.clash && <span className="badge badge-warning">{t('conflict.clash')}</span>}
              </th>
              <td>{show(change.field, change.mine)}</td>
              <td>{show(change.field, change.latest)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" onClick={onApply}>
          {t('conflict.apply')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('conflict.discard')}
        </button>
      </div>
    </section>
  );
}
