/**
 * The views of the app, in navigation order; each key names its texts under `views.`. The
 * audience says who the navigation offers a view to: `public` views serve anyone (the directory,
 * the routes with function contacts, the Notfallkarte); `member` views are the network's internal
 * analyses and its people, readable from the member role up (decision 011); `coordinator` views
 * change the network's data in bulk (the import, decision 031) and are offered to coordinators and
 * admins; `admin` views set the instance up (its region) and are offered to admins only.
 */
export const VIEWS = [
  { key: 'explorer', path: '/explorer', audience: 'member' },
  { key: 'routes', path: '/routes', audience: 'public' },
  { key: 'gaps', path: '/gaps', audience: 'member' },
  { key: 'trainings', path: '/trainings', audience: 'member' },
  { key: 'reports', path: '/reports', audience: 'member' },
  { key: 'meetings', path: '/meetings', audience: 'member' },
  { key: 'reviews', path: '/reviews', audience: 'member' },
  { key: 'exports', path: '/daten', audience: 'member' },
  { key: 'directory', path: '/directory', audience: 'public' },
  { key: 'emergencyCard', path: '/notfallkarte', audience: 'public' },
  { key: 'import', path: '/import', audience: 'coordinator' },
  { key: 'admin', path: '/admin', audience: 'admin' },
] as const;

export type View = (typeof VIEWS)[number];
export type ViewKey = View['key'];

/**
 * The views the navigation and the home page offer to a viewer who may (or may not) read the
 * analyses, and who is (or is not) an admin or a coordinator (an admin is one too).
 */
export function viewsFor(
  canSeeAnalyses: boolean,
  isAdmin = false,
  isCoordinator = isAdmin,
): readonly View[] {
  return VIEWS.filter((view) => {
    if (view.audience === 'admin') return isAdmin;
    if (view.audience === 'coordinator') return isCoordinator;
    return canSeeAnalyses || view.audience === 'public';
  });
}

/** The browser tab title for a view: the view first, so tabs stay tellable apart. */
export function documentTitle(viewTitle: string, appName: string): string {
  return viewTitle ? `${viewTitle} – ${appName}` : appName;
}
