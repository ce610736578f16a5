import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createFixedI18n } from '../i18n/i18n';
import { HomeView } from './home-view';

/** The home page as a German user gets it, rendered to HTML. */
function renderGermanHomePage(): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createFixedI18n('de')}>
      <MemoryRouter>
        <HomeView />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

/** Each link of the page as [target, text]. */
function listLinks(html: string): string[][] {
  return [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => [
    match[1] ?? '',
    match[2] ?? '',
  ]);
}

describe('HomeView', () => {
  it('links a visitor who is not signed in to the public views by their German names', () => {
    expect(listLinks(renderGermanHomePage())).toEqual([
      ['/routes', 'Hilfewege'],
      ['/directory', 'Verzeichnis'],
      ['/notfallkarte', 'Notfallkarte'],
    ]);
  });

  it('announces no view as coming: every one of them exists', () => {
    const html = renderGermanHomePage();
    expect(html).not.toMatch(/In Vorbereitung|entstehen gerade/);
    expect(html).toContain('Die Ansichten im Überblick:');
  });
});
