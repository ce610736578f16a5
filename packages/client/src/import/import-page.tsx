import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { ErrorReason } from '../errors/error-reason';
import { ExportButton } from '../exports/export-button';
import { useDocumentTitle } from '../views/use-document-title';
import { ImportDryRun } from './import-dry-run';
import { fileToBase64 } from './import-rows';
import { ImportSheet, type SheetChoice } from './import-sheet';
import {
  COMMIT_IMPORT,
  IMPORT_DRY_RUN,
  IMPORT_FIELDS,
  INSPECT_IMPORT_FILE,
  type ImportCounts,
  type ImportRow,
  type SheetPreview,
} from './import.graphql';
import './import.css';

/** `/import`: a coordinator brings a county's Excel (or CSV) list in (decision 031). */
export function ImportPage() {
  const { t } = useTranslation('import');
  const headingId = useId();
  const auth = useAuth();
  useDocumentTitle(t('title'));
  const role = auth.viewer?.role;
  return (
    <section className="view import-page" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      {auth.loading && !auth.viewer ? (
        <p role="status">{t('loading')}</p>
      ) : role === 'COORDINATOR' || role === 'ADMIN' ? (
        <>
          <p>
            <ExportButton name="import-template" format="xlsx" label={t('template')} />{' '}
            <span className="hint">{t('templateHint')}</span>
          </p>
          <Importer />
        </>
      ) : (
        <p className="notice" role="alert">
          {t('coordinatorsOnly')}
        </p>
      )}
    </section>
  );
}

interface ChosenFile {
  readonly fileName: string;
  readonly contentBase64: string;
  readonly previews: readonly SheetPreview[];
}

type Outcome =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'dryRun';
      readonly token: string;
      readonly counts: ImportCounts;
      readonly rows: readonly ImportRow[];
    }
  | { readonly kind: 'done'; readonly counts: ImportCounts }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'failed'; readonly error: unknown };

function isConflict(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'CONFLICT')
  );
}

/** Root fields whose cached answers an import makes stale. */
const STALE_AFTER_IMPORT = [
  'institutions',
  'institution',
  'services',
  'service',
  'people',
  'person',
  'networks',
  'network',
  'search',
  'networkGraph',
  'coverage',
];

/** Choose a file → its sheets and mappings → dry run → „Importieren“ → result. */
function Importer() {
  const { t } = useTranslation('import');
  const id = useId();
  const client = useApolloClient();
  const fields = useQuery(IMPORT_FIELDS).data?.importFields ?? [];
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [choices, setChoices] = useState<readonly SheetChoice[]>([]);
  const [busy, setBusy] = useState<'reading' | 'dryRun' | 'commit' | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(null);
    setOutcome({ kind: 'none' });
    setReadError(null);
    if (!chosen) return;
    setBusy('reading');
    try {
      const contentBase64 = await fileToBase64(chosen);
      const { data } = await client.query({
        query: INSPECT_IMPORT_FILE,
        variables: { input: { fileName: chosen.name, contentBase64 } },
        fetchPolicy: 'no-cache',
      });
      const previews = data?.inspectImportFile ?? [];
      setFile({ fileName: chosen.name, contentBase64, previews });
      setChoices(previews.map((p) => ({ sheet: p.sheet, kind: p.kind, mapping: p.mapping })));
    } catch (error) {
      setReadError(error);
    } finally {
      setBusy(null);
    }
  };

  const input = () => ({
    fileName: file?.fileName ?? '',
    contentBase64: file?.contentBase64 ?? '',
    sheets: choices.flatMap((choice) =>
      choice.kind
        ? [
            {
              sheet: choice.sheet,
              kind: choice.kind,
              mapping: choice.mapping.map((c) => ({ header: c.header, field: c.field })),
            },
          ]
        : [],
    ),
  });

  const dryRun = async () => {
    setBusy('dryRun');
    try {
      const { data } = await client.query({
        query: IMPORT_DRY_RUN,
        variables: { input: input() },
        fetchPolicy: 'no-cache',
      });
      if (data) setOutcome({ kind: 'dryRun', ...data.importDryRun });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(null);
    }
  };

  const commit = async (token: string) => {
    setBusy('commit');
    try {
      const { data } = await client.mutate({
        mutation: COMMIT_IMPORT,
        variables: { input: { ...input(), token } },
      });
      if (data) setOutcome({ kind: 'done', counts: data.commitImport.counts });
      // The lists read before the import are stale now (the viewer and the region are not).
      for (const fieldName of STALE_AFTER_IMPORT)
        client.cache.evict({ id: 'ROOT_QUERY', fieldName });
      client.cache.gc();
    } catch (error) {
      setOutcome(isConflict(error) ? { kind: 'conflict' } : { kind: 'failed', error });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('file.label')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlsx,.csv,.txt"
          onChange={(event) => void choose(event)}
        />
      </div>
      {busy === 'reading' && <p role="status">{t('file.reading')}</p>}
      {readError !== null && (
        <p className="notice" role="alert">
          {t('error')} <ErrorReason error={readError} />
        </p>
      )}
      {file && (
        <>
          {file.previews.map((preview, index) => {
            const choice = choices[index];
            return choice ? (
              <ImportSheet
                key={preview.sheet}
                preview={preview}
                fields={fields}
                choice={choice}
                onChange={(next) => {
                  setChoices(choices.map((c, i) => (i === index ? next : c)));
                  setOutcome({ kind: 'none' });
                }}
              />
            ) : null;
          })}
          <p>
            <button
              type="button"
              disabled={busy !== null || !choices.some((c) => c.kind)}
              onClick={() => void dryRun()}
            >
              {busy === 'dryRun' ? t('dryRun.running') : t('dryRun.button')}
            </button>
          </p>
        </>
      )}
      {outcome.kind === 'dryRun' && (
        <>
          <ImportDryRun rows={outcome.rows} counts={outcome.counts} />
          {outcome.counts.refused > 0 && <p className="notice">{t('dryRun.refusedHint')}</p>}
          <p>
            <button
              type="button"
              className="primary"
              disabled={busy !== null || outcome.counts.refused > 0}
              onClick={() => void commit(outcome.token)}
            >
              {busy === 'commit' ? t('commit.running') : t('commit.button')}
            </button>
          </p>
        </>
      )}
      {outcome.kind === 'done' && (
        <p role="status" className="import-done">
          {t('commit.done', {
            create: outcome.counts.create,
            update: outcome.counts.update,
            unchanged: outcome.counts.unchanged,
          })}
        </p>
      )}
      {outcome.kind === 'conflict' && (
        <p className="notice" role="alert">
          {t('commit.conflict')}
        </p>
      )}
      {outcome.kind === 'failed' && (
        <p className="notice" role="alert">
          {t('commit.failed')} <ErrorReason error={outcome.error} />
        </p>
      )}
    </>
  );
}
