import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireEdit } from '../auth/require-edit';
import { useDocumentTitle } from '../views/use-document-title';
import { DeletedNotice } from './delete-entry';
import { EntryHistory } from './entry-history';

/**
 * Frame of every edit page: heading, who changed it last, what was just deleted (on the page a
 * delete leads to), the coordinator gate, and on the page of an existing entry (a route with
 * `:id`) its history.
 */
export function EditPage({
  title,
  meta,
  loading,
  missing,
  historyVersion = meta?.version,
  children,
}: {
  readonly title: string;
  readonly meta?: {
    readonly version: number;
    readonly updatedAt: string;
    readonly updatedBy: string;
  };
  readonly loading?: boolean;
  readonly missing?: boolean;
  /** The entry's version where the page shows no `meta`: a new one reads the history anew. */
  readonly historyVersion?: number;
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation('editing');
  const headingId = useId();
  const { id } = useParams();
  useDocumentTitle(title);
  let body: ReactNode = children;
  if (loading) body = <p role="status">{t('common.loading')}</p>;
  else if (missing) body = <p role="alert">{t('common.missing')}</p>;
  return (
    <section className="view edit-view" aria-labelledby={headingId}>
      <p className="breadcrumb">
        <Link to="/edit">{t('home.title')}</Link>
      </p>
      <h1 id={headingId}>{title}</h1>
      {meta && (
        <p className="hint">
          {t('common.meta', {
            version: meta.version,
            updatedBy: meta.updatedBy,
            updatedAt: meta.updatedAt,
          })}
        </p>
      )}
      <DeletedNotice />
      <RequireEdit>
        {body}
        {id && !loading && !missing && <EntryHistory id={id} version={historyVersion} />}
      </RequireEdit>
    </section>
  );
}

/** A titled part of an edit page (services, expertise, memberships, …). */
export function EditSection({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="edit-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
