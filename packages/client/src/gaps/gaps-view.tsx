import { ComingSoonView } from '../views/coming-soon-view';

/** The gaps view; its screens are being built (issue 5). */
export function GapsView() {
  return <ComingSoonView view={{ key: 'gaps', path: '/gaps' }} />;
}
