/** The views of the app, in navigation order; each key names its texts under `views.`. */
export const VIEWS = [
  { key: 'explorer', path: '/explorer' },
  { key: 'routes', path: '/routes' },
  { key: 'gaps', path: '/gaps' },
  { key: 'trainings', path: '/trainings' },
  { key: 'directory', path: '/directory' },
  { key: 'emergencyCard', path: '/notfallkarte' },
] as const;

export type View = (typeof VIEWS)[number];
export type ViewKey = View['key'];

/** The browser tab title for a view: the view first, so tabs stay tellable apart. */
export function documentTitle(viewTitle: string, appName: string): string {
  return viewTitle ? `${viewTitle} – ${appName}` : appName;
}
