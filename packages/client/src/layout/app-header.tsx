import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SignInControl } from '../auth/sign-in-control';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

/** Banner with the app name, what it is, the language switch and the main navigation. */
export function AppHeader() {
  const { t } = useTranslation();

  return (
    <header className="app-header">
      <div className="app-header-top">
        <div>
          <p className="app-name">
            <Link to="/" aria-label={t('app.homeLink')}>
              {t('app.name')}
            </Link>
          </p>
          <p className="app-subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="app-header-tools">
          <SignInControl />
          <LanguageSwitch />
        </div>
      </div>
      <MainNav />
    </header>
  );
}
