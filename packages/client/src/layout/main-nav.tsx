import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useVisibleViews } from './use-visible-views';

/** Links to the views this viewer may use; NavLink marks the current one with aria-current="page". */
export function MainNav() {
  const { t } = useTranslation();
  const views = useVisibleViews();

  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        <li>
          <NavLink to="/" end>
            {t('views.home.title')}
          </NavLink>
        </li>
        {views.map((view) => (
          <li key={view.key}>
            <NavLink to={view.path}>{t(`views.${view.key}.title`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
