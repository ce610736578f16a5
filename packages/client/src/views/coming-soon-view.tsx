import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title';
import type { View } from './views';

/** Placeholder for a view that is not built yet: its title, what it will do, and that it comes. */
export function ComingSoonView({ view }: { readonly view: View }) {
  const { t } = useTranslation();
  const headingId = useId();
  const title = t(`views.${view.key}.title`);
  useDocumentTitle(title);

  return (
    <section className="view" aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      <p className="badge">{t('comingSoon')}</p>
      <p>{t(`views.${view.key}.description`)}</p>
    </section>
  );
}
