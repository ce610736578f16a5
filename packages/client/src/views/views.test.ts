import { resources } from '../i18n/resources';
import { documentTitle, VIEWS, viewsFor } from './views';

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
      ['/reports', 'Berichte'],
      ['/meetings', 'Sitzungen'],
      ['/reviews', 'Fallbesprechungen'],
      ['/daten', 'Daten'],
      ['/directory', 'Verzeichnis'],
      ['/notfallkarte', 'Notfallkarte'],
      ['/import', 'Import'],
      ['/admin', 'Verwaltung'],
    ]);
  });
});

describe('viewsFor', () => {
  it('offers the public the directory, the routes and the Notfallkarte, no internal analysis', () => {
    expect(viewsFor(false).map((view) => view.key)).toEqual([
      'routes',
      'directory',
      'emergencyCard',
    ]);
  });

  it('offers members every view, the analyses and the explorer of the network included, but not the administration or the import', () => {
    expect(viewsFor(true)).toEqual(
      VIEWS.filter((view) => view.key !== 'admin' && view.key !== 'import'),
    );
  });

  it('offers coordinators the import, but not the administration', () => {
    expect(viewsFor(true, false, true)).toEqual(VIEWS.filter((view) => view.key !== 'admin'));
  });

  it('offers admins the administration besides every other view', () => {
    expect(viewsFor(true, true)).toEqual(VIEWS);
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
