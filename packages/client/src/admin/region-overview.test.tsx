import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createFixedI18n } from '../i18n/i18n';
import { MADE_UP_CATALOG, MADE_UP_COUNTY, answerOf } from '../region/made-up-county.fixture';
import { RegionOverview } from './region-overview';

const LOADED = {
  ...answerOf(MADE_UP_COUNTY, 3),
  updatedAt: '2026-12-01T09:30:00Z',
  updatedBy: 'E2E Administration',
  source: 'Made up for tests',
  notes: [],
};

function render(region = LOADED): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createFixedI18n('de')}>
      <RegionOverview
        region={{
          ...region,
          municipalities: region.municipalities.map((m) => ({ ...m, boundary: null })),
        }}
        catalog={MADE_UP_CATALOG}
      />
    </I18nextProvider>,
  );
}

/** The cells of each row of the municipalities' table, as text. */
function municipalityRows(html: string): string[][] {
  const body =
    /<table class="region-municipalities">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1] ?? ''),
  );
}

const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the admin page’s view of the loaded region', () => {
  it('shows the county with its key, population and seat, and the version with who changed it last', () => {
    const page = text(render());
    expect(page).toContain(
      'Name Landkreis Seeland Kreisschlüssel 99001 Einwohner 67.500 (2024) Kreissitz Moorbach am See',
    );
    expect(page).toContain(
      'Version 3, zuletzt geändert am 01.12.2026, 10:30 Uhr von E2E Administration.',
    );
  });

  it('lists each municipality with key, population, year, town, neighbours and court district, in the file’s order', () => {
    expect(municipalityRows(render())).toEqual([
      ['Uferdorf', '99001003', '4.500', '2024', 'nein', 'Moorbach am See', 'Moorbach am See'],
      [
        'Moorbach am See',
        '99001001',
        '41.000',
        '2024',
        'ja',
        'Uferdorf, Heidekamp',
        'Moorbach am See',
      ],
      ['Heidekamp', '99001002', 'ca. 22.000', '2023', 'ja', 'Moorbach am See', 'Moorbach am See'],
    ]);
  });

  it('lists the places outside with their level in German', () => {
    const page = text(render());
    expect(page).toContain('Regionen außerhalb (2)');
    expect(page).toContain('Hafenstadt Stadt 99002000');
    expect(page).toContain('Land Seeland Land 99');
  });
});
