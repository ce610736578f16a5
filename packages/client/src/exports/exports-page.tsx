import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalAuth } from '../auth/auth-context';
import type { ErrorCode } from '../errors/error-code';
import { useErrorText } from '../errors/use-error-text';
import { useDocumentTitle } from '../views/use-document-title';
import { ExportButton } from './export-button';
import { ExportFailure, listExports, type ListedExport } from './download';

/** Exports that need a network to be named; they are offered on the network's page. */
const NEEDS_NETWORK: ReadonlySet<string> = new Set(['network-members']);

type Listing =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly code: ErrorCode }
  | { readonly state: 'loaded'; readonly exports: readonly ListedExport[] };

/**
 * `/daten`: every file the viewer's role may download, as the server lists them (`GET /export`
 * with this tab's sign-in), one button per format. The list follows the role: signing in or out
 * asks again.
 */
export function ExportsPage() {
  const { t } = useTranslation('exports');
  const { codeText } = useErrorText();
  const auth = useOptionalAuth();
  const headingId = useId();
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  useDocumentTitle(t('title'));
  const role = auth?.viewer?.role ?? null;
  const authorization = auth?.authorization;

  useEffect(() => {
    let current = true;
    setListing({ state: 'loading' });
    listExports(authorization?.() ?? {}).then(
      (exports) => {
        if (current) setListing({ state: 'loaded', exports });
      },
      (failure: unknown) => {
        if (!current) return;
        const code = failure instanceof ExportFailure ? failure.code : 'UNKNOWN';
        setListing({ state: 'failed', code });
      },
    );
    return () => {
      current = false;
    };
  }, [role, authorization]);

  return (
    <section className="view exports-page" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      {listing.state === 'loading' ? (
        <p role="status">{t('loading')}</p>
      ) : listing.state === 'failed' ? (
        <p className="notice" role="alert">
          {t('failed', { reason: codeText(listing.code) })}
        </p>
      ) : (
        <ExportList exports={listing.exports} />
      )}
    </section>
  );
}

/** The listed exports: name, what the file holds, a download button per format. */
export function ExportList({ exports }: { readonly exports: readonly ListedExport[] }) {
  const { t, i18n } = useTranslation('exports');
  if (exports.length === 0) return <p className="notice">{t('empty')}</p>;
  const english = i18n.language.startsWith('en');
  return (
    <ul className="export-list">
      {exports.map((listed) => {
        const description = english ? listed.description.en : listed.description.de;
        // A file this client does not know yet is named by its description, never by its code.
        const name = t(`names.${listed.name}`, {
          defaultValue: description.split(':')[0] ?? description,
        });
        return (
          <li key={listed.name}>
            <h2>{name}</h2>
            <p>{description}</p>
            {NEEDS_NETWORK.has(listed.name) ? (
              <p className="notice">{t('needsNetwork')}</p>
            ) : (
              <p className="export-list-formats">
                {listed.formats.map((format) => (
                  <ExportButton
                    key={format}
                    name={listed.name}
                    format={format}
                    label={t(`formats.${format}`)}
                  />
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
