import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from './use-document-title';

/** Shown for any address the client does not know. */
export function NotFoundView() {
  const { t } = useTranslation();
  const headingId = useId();
  const title = t('views.notFound.title');
  useDocumentTitle(title);

  return (
    <section className="view" aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      <p>{t('views.notFound.description')}</p>
      <p>
        <Link to="/">{t('views.notFound.backHome')}</Link>
      </p>
    </section>
  );
}
