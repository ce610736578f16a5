import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { AppHeader } from './layout/app-header';
import { StatusFooter } from './status/status-footer';
import { ComingSoonView } from './views/coming-soon-view';
import { HomeView } from './views/home-view';
import { NotFoundView } from './views/not-found-view';
import { PLANNED_VIEWS } from './views/views';

/** After client-side navigation, moves focus to the new content, as a page load would. */
function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus();
  }, [pathname, target]);
}

/** The shell: skip link, header with navigation, the routed view, status footer. */
export function App() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" ref={main} tabIndex={-1}>
        <Routes>
          <Route index element={<HomeView />} />
          {PLANNED_VIEWS.map((view) => (
            <Route key={view.key} path={view.path} element={<ComingSoonView view={view} />} />
          ))}
          <Route path="*" element={<NotFoundView />} />
        </Routes>
      </main>
      <StatusFooter />
    </>
  );
}
