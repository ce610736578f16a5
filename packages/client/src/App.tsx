import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { AppHeader } from './layout/app-header';
import { StatusFooter } from './status/status-footer';
import { DirectoryView } from './directory/directory-view';
import { EditingRoutes } from './editing/editing-routes';
import { ExplorerView } from './explorer/explorer-view';
import { GapsView } from './gaps/gaps-view';
import { RoutesView } from './routes/routes-view';
import { TrainingsView } from './trainings/trainings-view';
import { HomeView } from './views/home-view';
import { NotFoundView } from './views/not-found-view';
import { VIEWS, type ViewKey } from './views/views';

/** The component behind each view of the navigation. */
const VIEW_COMPONENTS: Readonly<Record<ViewKey, () => React.JSX.Element>> = {
  explorer: ExplorerView,
  routes: RoutesView,
  gaps: GapsView,
  trainings: TrainingsView,
  directory: DirectoryView,
};

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
          {VIEWS.map((view) => {
            const ViewComponent = VIEW_COMPONENTS[view.key];
            return <Route key={view.key} path={`${view.path}/*`} element={<ViewComponent />} />;
          })}
          <Route path="/edit/*" element={<EditingRoutes />} />
          <Route path="*" element={<NotFoundView />} />
        </Routes>
      </main>
      <StatusFooter />
    </>
  );
}
