import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../editing/options';
import { ErrorReason } from '../errors/error-reason';
import { useRegion } from '../region/region-context';
import { REGION_QUERY } from '../region/region.query';
import { describeChanges, type RegionChangeLike } from './region-changes';
import { ADMIN_REGION_QUERY, LOAD_REGION_MUTATION } from './region-admin.query';
import {
  classifyLoadErrors,
  describePlace,
  describeReason,
  readRegionFile,
  type LoadFailure,
  type Translate,
} from './region-file';

/** Where loading a file stands: nothing chosen, checked (dry run), refused, applied. */
type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly what: 'checking' | 'applying' }
  | { readonly kind: 'unreadable'; readonly name: string; readonly reason: 'notJson' | 'notObject' }
  | {
      readonly kind: 'checked';
      readonly file: unknown;
      readonly version: number;
      readonly changes: readonly RegionChangeLike[];
    }
  | { readonly kind: 'refused'; readonly file: unknown; readonly failure: LoadFailure }
  | { readonly kind: 'applied'; readonly version: number };

function failureOf(error: unknown): LoadFailure {
  return CombinedGraphQLErrors.is(error)
    ? classifyLoadErrors(error.errors, error)
    : { kind: 'failed', error };
}

/**
 * „Regionsdatei laden“: choosing a file checks it at once (a dry run listing what would be
 * added, changed or removed); applying it sends the version the dry run saw, so a change by
 * someone else in between is a conflict, not an overwrite. Problems are shown by their place.
 */
export function RegionLoader() {
  const { t } = useTranslation('admin');
  const loose = t as unknown as Translate;
  const locale = useLocale();
  const region = useRegion();
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [chosenName, setChosenName] = useState<string | null>(null);
  const [load] = useMutation(LOAD_REGION_MUTATION);

  const check = async (file: unknown) => {
    setStep({ kind: 'busy', what: 'checking' });
    try {
      const { data } = await load({ variables: { input: { definition: file, dryRun: true } } });
      if (!data) throw new Error('no answer');
      const { version, changes } = data.loadRegion;
      setStep({ kind: 'checked', file, version, changes });
    } catch (error) {
      setStep({ kind: 'refused', file, failure: failureOf(error) });
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    setChosenName(chosen.name);
    const read = readRegionFile(await chosen.text());
    if (!read.ok) {
      setStep({ kind: 'unreadable', name: chosen.name, reason: read.reason });
      return;
    }
    await check(read.definition);
  };

  const apply = async (file: unknown, expectedVersion: number) => {
    setStep({ kind: 'busy', what: 'applying' });
    try {
      const { data } = await load({
        variables: { input: { definition: file, expectedVersion } },
        refetchQueries: [REGION_QUERY, ADMIN_REGION_QUERY],
        awaitRefetchQueries: true,
      });
      if (!data) throw new Error('no answer');
      setStep({ kind: 'applied', version: data.loadRegion.version });
    } catch (error) {
      setStep({ kind: 'refused', file, failure: failureOf(error) });
    }
  };

  const problemsId = `${id}-problems`;
  const invalid =
    step.kind === 'unreadable' || (step.kind === 'refused' && step.failure.kind === 'invalid');
  return (
    <section aria-labelledby={`${id}-title`} className="region-loader">
      <h2 id={`${id}-title`}>{t('load.title')}</h2>
      <p>{t('load.intro')}</p>
      <div className="field region-file-field">
        <label htmlFor={`${id}-file`}>{t('load.file')}</label>
        {/* The browser's own file button speaks its own language; this one speaks the page's. */}
        <input
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? problemsId : `${id}-chosen`}
          disabled={step.kind === 'busy'}
          onChange={(event) => {
            void choose(event);
            // The same file may be chosen again after an edit.
            event.target.value = '';
          }}
        />
        <label htmlFor={`${id}-file`} className="file-button" aria-hidden="true">
          {t('load.choose')}
        </label>{' '}
        <span id={`${id}-chosen`}>
          {chosenName === null ? t('load.noneChosen') : t('load.chosen', { name: chosenName })}
        </span>
      </div>
      {step.kind === 'busy' && (
        <p role="status">{t(step.what === 'checking' ? 'load.checking' : 'load.applying')}</p>
      )}
      {step.kind === 'unreadable' && (
        <p id={problemsId} className="notice" role="alert">
          {t(step.reason === 'notJson' ? 'load.notJson' : 'load.notObject', { name: step.name })}
        </p>
      )}
      {step.kind === 'checked' && (
        <div className="region-dry-run" aria-live="polite">
          <h3>{t('load.dryRunTitle')}</h3>
          {step.changes.length === 0 ? (
            <p>{t('load.noChanges')}</p>
          ) : (
            <>
              <ul className="region-changes">
                {describeChanges(step.changes, step.file, region, loose, locale).map((line) => (
                  <li
                    key={`${line.change}-${line.code}`}
                    className={`change-${line.change.toLowerCase()}`}
                  >
                    {line.text}
                  </li>
                ))}
              </ul>
              <p className="actions">
                <button type="button" onClick={() => void apply(step.file, step.version)}>
                  {t('load.apply')}
                </button>{' '}
                <button
                  type="button"
                  onClick={() => {
                    setStep({ kind: 'idle' });
                  }}
                >
                  {t('load.discard')}
                </button>
              </p>
            </>
          )}
        </div>
      )}
      {step.kind === 'refused' && (
        <LoadRefusal
          id={problemsId}
          failure={step.failure}
          file={step.file}
          onRecheck={() => void check(step.file)}
        />
      )}
      {step.kind === 'applied' && (
        <p className="notice success" role="status">
          {t('load.applied', { version: step.version })}
        </p>
      )}
    </section>
  );
}

/** Why the server refused the file: each problem at its place in the file, a conflict, or a failure. */
function LoadRefusal({
  id,
  failure,
  file,
  onRecheck,
}: {
  readonly id: string;
  readonly failure: LoadFailure;
  readonly file: unknown;
  readonly onRecheck: () => void;
}) {
  const { t } = useTranslation('admin');
  const loose = t as unknown as Translate;
  const locale = useLocale();
  if (failure.kind === 'invalid') {
    return (
      <div id={id} className="notice" role="alert">
        <p>{t('load.invalid', { count: failure.problems.length })}</p>
        <ul className="region-problems">
          {failure.problems.map((problem, index) => (
            <li key={index} data-field={problem.field}>
              {t('load.problem', {
                place: describePlace(problem.field, file, loose, locale),
                reason: describeReason(problem.message, loose),
              })}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (failure.kind === 'conflict') {
    return (
      <div id={id} className="notice" role="alert">
        <p>{t('load.conflict', { version: failure.currentVersion ?? '?' })}</p>
        <button type="button" onClick={onRecheck}>
          {t('load.recheck')}
        </button>
      </div>
    );
  }
  return (
    <p id={id} className="notice" role="alert">
      {t('load.failed')} <ErrorReason error={failure.error} />
    </p>
  );
}
