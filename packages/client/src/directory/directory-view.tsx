import { ComingSoonView } from '../views/coming-soon-view';

/** The directory view; its screens are being built (issue 5). */
export function DirectoryView() {
  return <ComingSoonView view={{ key: 'directory', path: '/directory' }} />;
}
