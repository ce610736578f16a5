import { ComingSoonView } from '../views/coming-soon-view';

/** The explorer view; its screens are being built (issue 5). */
export function ExplorerView() {
  return <ComingSoonView view={{ key: 'explorer', path: '/explorer' }} />;
}
