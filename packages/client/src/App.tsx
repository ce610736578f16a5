import {
  Suspense,
  lazy,
  useEffect,
  useRef,
  type ComponentType,
  type LazyExoticComponent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { EmergencyBar } from './emergency/emergency-bar';
import { AppHeader } from './layout/app-header';
import { RegionProvider } from './region/region-provider';
import { RequireRegion } from './region/require-region';
import { StatusFooter } from './status/status-footer';
import { HomeView } from './views/home-view';
import { NotFoundView } from './views/not-found-view';
import { ViewErrorBoundary } from './views/view-error-boundary';
import { VIEWS, type ViewKey } from './views/views';

/** A view whose code is loaded on first visit, or earlier with `preload`. */
type LazyView = LazyExoticComponent<ComponentType> & { readonly preload: () => void };

/**
 * A view loaded on first visit: its code (and Cytoscape, for the graph views) stays out of the
 * chunk the home page downloads. Modules use named exports, so the export is picked by name.
 */
function lazyView<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyView {
  return Object.assign(
    lazy(async () => ({ default: (await load())[name] })),
    // The browser loads a module once: an early load is the one the view then uses.
    { preload: () => void load() },
  );
}

/** The component behind each view of the navigation. */
const VIEW_COMPONENTS: Readonly<Record<ViewKey, LazyView>> = {
  explorer: lazyView(() => import('./explorer/explorer-view'), 'ExplorerView'),
  routes: lazyView(() => import('./routes/routes-view'), 'RoutesView'),
  gaps: lazyView(() => import('./gaps/gaps-view'), 'GapsView'),
  trainings: lazyView(() => import('./trainings/trainings-view'), 'TrainingsView'),
  reports: lazyView(() => import('./reports/reports-view'), 'ReportsView'),
  meetings: lazyView(() => import('./meetings/meetings-view'), 'MeetingsView'),
  reviews: lazyView(() => import('./reviews/reviews-view'), 'ReviewsView'),
  exports: lazyView(() => import('./exports/exports-page'), 'ExportsPage'),
  directory: lazyView(() => import('./directory/directory-view'), 'DirectoryView'),
  emergencyCard: lazyView(
    () => import('./emergency-card/emergency-card-routes'),
    'EmergencyCardRoutes',
  ),
  import: lazyView(() => import('./import/import-page'), 'ImportPage'),
  admin: lazyView(() => import('./admin/admin-routes'), 'AdminRoutes'),
};

const EditingRoutes = lazyView(() => import('./editing/editing-routes'), 'EditingRoutes');

/** Stands in for a view while its code loads: announced politely, marked busy. */
function ViewLoading() {
  const { t } = useTranslation();
  return (
    <p className="view-loading" role="status" aria-busy="true">
      {t('app.loading')}
    </p>
  );
}

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

/**
 * The shell: skip link, emergency banner, header with navigation, the routed view, status footer;
 * the region is asked for at once, and each view waits for it (or says it is not set up).
 */
export function App() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  useFocusOnNavigation(main);

  return (
    <RegionProvider>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <EmergencyBar />
      <AppHeader />
      <main id="main" ref={main} tabIndex={-1}>
        <ViewErrorBoundary key={pathname}>
          <Suspense fallback={<ViewLoading />}>
            <Routes>
              <Route index element={<HomeView />} />
              {VIEWS.map((view) => {
                const ViewComponent = VIEW_COMPONENTS[view.key];
                // The admin pages set the region up, so they cannot wait for it.
                const element =
                  view.audience === 'admin' ? (
                    <ViewComponent />
                  ) : (
                    <RequireRegion preload={ViewComponent.preload}>
                      <ViewComponent />
                    </RequireRegion>
                  );
                return <Route key={view.key} path={`${view.path}/*`} element={element} />;
              })}
              <Route
                path="/edit/*"
                element={
                  <RequireRegion preload={EditingRoutes.preload}>
                    <EditingRoutes />
                  </RequireRegion>
                }
              />
              <Route path="*" element={<NotFoundView />} />
            </Routes>
          </Suspense>
        </ViewErrorBoundary>
      </main>
      <StatusFooter />
    </RegionProvider>
  );
}
