import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FreePlacesPanel } from '../capacity/free-places-panel';
import { useDocumentTitle } from './use-document-title';
import { useVisibleViews } from '../layout/use-visible-views';

/** Start page: what Schutznetz is for, and a link to each view this viewer may use with what it does. */
export function HomeView() {
  const { t } = useTranslation();
  const views = useVisibleViews();
  const headingId = useId();
  const title = t('views.home.title');
  useDocumentTitle(title);

  return (
    <section className="view" aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      <p>{t('views.home.intro')}</p>
      <p>{t('views.home.viewsIntro')}</p>
      <ul className="view-list">
        {views.map((view) => (
          <li key={view.key}>
            <Link to={view.path}>{t(`views.${view.key}.title`)}</Link>
            <p>{t(`views.${view.key}.description`)}</p>
          </li>
        ))}
      </ul>
      <FreePlacesPanel />
    </section>
  );
}
