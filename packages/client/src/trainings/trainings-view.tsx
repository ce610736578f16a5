import { ComingSoonView } from '../views/coming-soon-view';

/** The trainings view; its screens are being built (issue 5). */
export function TrainingsView() {
  return <ComingSoonView view={{ key: 'trainings', path: '/trainings' }} />;
}
