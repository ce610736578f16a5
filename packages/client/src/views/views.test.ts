import { resources } from '../i18n/resources';
import { documentTitle, VIEWS } from './views';

describe('VIEWS', () => {
  it('gives every view its own absolute path', () => {
    const paths = VIEWS.map((view) => view.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/[a-z-]+$/);
  });

  it('lists the agreed views with their German titles', () => {
    expect(
      VIEWS.map((view) => [view.path, resources.de.translation.views[view.key].title]),
    ).toEqual([
      ['/explorer', 'Netzwerk-Explorer'],
      ['/routes', 'Hilfewege'],
      ['/gaps', 'Lücken'],
      ['/trainings', 'Fortbildungsplanung'],
      ['/directory', 'Verzeichnis'],
      ['/notfallkarte', 'Notfallkarte'],
    ]);
  });
});

describe('documentTitle', () => {
  it('puts the view before the app name', () => {
    expect(documentTitle('Hilfewege', 'Schutznetz')).toBe('Hilfewege – Schutznetz');
  });

  it('shows only the app name without a view title', () => {
    expect(documentTitle('', 'Schutznetz')).toBe('Schutznetz');
  });
});
