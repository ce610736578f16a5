import { ComingSoonView } from '../views/coming-soon-view';

/** The routes view; its screens are being built (issue 5). */
export function RoutesView() {
  return <ComingSoonView view={{ key: 'routes', path: '/routes' }} />;
}
