import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import type { RegionDefinition } from '@schutznetz/domain';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { Observable, of } from 'rxjs';
import { CardIndex } from '../emergency-card/card-index';
import { createFixedI18n } from '../i18n/i18n';
import { MADE_UP_COUNTY, answerOf } from './made-up-county.fixture';
import { largestFirst, useRegion } from './region-context';
import { RegionProvider } from './region-provider';
import { NoRegionHint, RequireRegion } from './require-region';

/** Renders `tree` under the provider once the "server" has given `answer` (or failed). */
async function render(
  tree: ReactNode,
  answer: () => Observable<ApolloLink.Result>,
  language: 'de' | 'en' = 'de',
): Promise<string> {
  const client = new ApolloClient({ link: new ApolloLink(answer), cache: new InMemoryCache() });
  const { result } = await prerenderStatic({
    tree: (
      <I18nextProvider i18n={createFixedI18n(language)}>
        <ApolloProvider client={client}>
          <MemoryRouter>
            <RegionProvider>{tree}</RegionProvider>
          </MemoryRouter>
        </ApolloProvider>
      </I18nextProvider>
    ),
    renderFunction: renderToStaticMarkup,
  });
  return result;
}

/** The answer as the server sends it, with the type names the cache matches fragments by. */
function typed(definition: RegionDefinition | null) {
  const region = answerOf(definition);
  const entry = <T extends object>(value: T) => ({ __typename: 'Region', ...value });
  return {
    __typename: 'RegionSetup',
    ...region,
    county: region.county && entry(region.county),
    municipalities: region.municipalities.map(entry),
    externals: region.externals.map(entry),
  };
}

const answering = (definition: RegionDefinition | null) => () =>
  of({ data: { region: typed(definition) } } as ApolloLink.Result);

/** The text of the page without tags. */
const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Shows what a view reads from the region: its municipalities largest first, with names. */
function MunicipalityOrder() {
  const region = useRegion();
  return (
    <p>
      {largestFirst(region)
        .map((code) => region.label(code, 'en'))
        .join(' | ')}
    </p>
  );
}

describe('RegionProvider', () => {
  it('gives the views the loaded county: its municipalities largest first and named in the language asked', async () => {
    const html = await render(<MunicipalityOrder />, answering(MADE_UP_COUNTY));
    expect(text(html)).toBe('Moorbach on the Lake | Heidekamp | Uferdorf');
  });

  it('lists the loaded county’s municipalities on the Notfallkarte, by name, and none of the demo county', async () => {
    const html = await render(
      <RequireRegion>
        <CardIndex />
      </RequireRegion>,
      answering(MADE_UP_COUNTY),
    );
    const links = [...html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(links).toEqual([
      ['/notfallkarte/heidekamp', 'Heidekamp'],
      ['/notfallkarte/moorbach', 'Moorbach am See'],
      ['/notfallkarte/uferdorf', 'Uferdorf'],
    ]);
    expect(html).not.toContain('Köthen');
  });

  it('tells in German that no region is set up when the database has none, instead of an empty view', async () => {
    const html = await render(
      <RequireRegion>
        <CardIndex />
      </RequireRegion>,
      answering(null),
    );
    expect(text(html)).toContain('Für diese Instanz ist noch keine Region eingerichtet');
    expect(text(html)).toContain('Bitte wenden Sie sich an die Administration');
    expect(html).not.toContain('/notfallkarte/');
  });

  it('says in German that the region could not be loaded when the server fails', async () => {
    const html = await render(
      <RequireRegion>
        <CardIndex />
      </RequireRegion>,
      () =>
        of({
          errors: [{ message: 'boom', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
        } as ApolloLink.Result),
    );
    expect(text(html)).toContain('Die Region dieser Instanz konnte nicht geladen werden.');
    expect(text(html)).toContain('Die Datenbank ist gerade nicht erreichbar.');
  });
});

describe('NoRegionHint', () => {
  const hint = (isAdmin: boolean) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={createFixedI18n('de')}>
        <MemoryRouter>
          <NoRegionHint isAdmin={isAdmin} />
        </MemoryRouter>
      </I18nextProvider>,
    );

  it('links an admin to the page that sets the region up', () => {
    expect(hint(true)).toMatch(/<a href="\/admin\/region"[^>]*>Region jetzt einrichten<\/a>/);
  });

  it('sends anyone else to the administrators, without the link', () => {
    expect(hint(false)).not.toContain('/admin/region');
  });
});
