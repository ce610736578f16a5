import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalAuth } from '../auth/auth-context';
import { useErrorText } from '../errors/use-error-text';
import { ExportFailure, downloadExport, exportUrl, type ExportFormat } from './download';

/**
 * A button that downloads one export with this tab's sign-in and says, in the reader's language,
 * when it is being built and why it failed.
 */
export function ExportButton({
  name,
  format,
  params,
  label,
  className,
}: {
  readonly name: string;
  readonly format: ExportFormat;
  readonly params?: Readonly<Record<string, string | undefined>>;
  /** The button's text, e.g. „Mitgliederliste (XLSX)“. */
  readonly label: string;
  readonly className?: string;
}) {
  const { t } = useTranslation();
  const { codeText } = useErrorText();
  const auth = useOptionalAuth();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async (): Promise<void> => {
    setPending(true);
    setError(null);
    try {
      await downloadExport(exportUrl(name, format, params), auth?.authorization() ?? {});
    } catch (failure) {
      setError(codeText(failure instanceof ExportFailure ? failure.code : 'UNKNOWN'));
    } finally {
      setPending(false);
    }
  };

  return (
    <span className="export-button">
      <button
        type="button"
        className={className}
        onClick={() => void download()}
        disabled={pending}
        aria-busy={pending}
      >
        {pending ? t('export.pending') : label}
      </button>
      {error === null ? null : (
        <span role="alert" className="export-button-error">
          {t('export.failed', { reason: error })}
        </span>
      )}
    </span>
  );
}
