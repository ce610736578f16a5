import { createFixedI18n } from '../i18n/i18n';
import { MADE_UP_CATALOG, MADE_UP_COUNTY } from '../region/made-up-county.fixture';
import { describeChanges } from './region-changes';
import {
  classifyLoadErrors,
  describePlace,
  describeReason,
  pathSteps,
  readRegionFile,
  regionFileName,
  regionFileText,
  type Translate,
} from './region-file';

const de = createFixedI18n('de').getFixedT('de', 'admin') as unknown as Translate;
const en = createFixedI18n('en').getFixedT('en', 'admin') as unknown as Translate;

describe('reading a chosen region file', () => {
  it('takes a JSON object, also after a byte order mark', () => {
    expect(readRegionFile('\uFEFF{"format":"schutznetz-region/1"}')).toEqual({
      ok: true,
      definition: { format: 'schutznetz-region/1' },
    });
  });

  it('tells a file that is not JSON from JSON that is no region', () => {
    expect(readRegionFile('Gemeinde;AGS\nUferdorf;99001003')).toEqual({
      ok: false,
      reason: 'notJson',
    });
    expect(readRegionFile('[1, 2]')).toEqual({ ok: false, reason: 'notObject' });
  });
});

describe('the downloaded region file', () => {
  it('reads back as the same region, under a name with the county and the version', () => {
    const text = regionFileText(MADE_UP_COUNTY);
    expect(readRegionFile(text)).toEqual({ ok: true, definition: MADE_UP_COUNTY });
    expect(regionFileName(MADE_UP_COUNTY, 3)).toBe('region-kreis_seeland-v3.json');
  });
});

describe('a place in the file in words', () => {
  it('splits the server’s path into properties and positions', () => {
    expect(pathSteps('municipalities[2].neighbours[0]')).toEqual([
      'municipalities',
      2,
      'neighbours',
      0,
    ]);
  });

  it('names a municipality by its position and name, and the field and item in German', () => {
    expect(describePlace('municipalities[2].neighbours[0]', MADE_UP_COUNTY, de, 'de')).toBe(
      'Gemeinde 3 (Heidekamp) › Nachbargemeinden › Eintrag 1',
    );
    expect(describePlace('municipalities[1].population.count', MADE_UP_COUNTY, de, 'de')).toBe(
      'Gemeinde 2 (Moorbach am See) › Einwohnerzahl › Anzahl',
    );
    expect(describePlace('county.seat', MADE_UP_COUNTY, de, 'de')).toBe('Landkreis › Kreissitz');
    expect(describePlace('(file)', MADE_UP_COUNTY, de, 'de')).toBe('Die Datei als Ganzes');
  });

  it('names the place in English for an English user', () => {
    expect(describePlace('externals[0].ags', MADE_UP_COUNTY, en, 'en')).toBe(
      'Region outside 1 (Hafenstadt) › Official key (AGS)',
    );
  });
});

describe('the server’s reasons in the user’s language', () => {
  it('words the rules of the region file in German, with the codes they name', () => {
    expect(describeReason('unknown municipality "seehausen"', de)).toBe(
      'Eine Gemeinde „seehausen“ gibt es in der Datei nicht.',
    );
    expect(
      describeReason(
        '"moorbach" does not list "uferdorf" as its neighbour (neighbours are mutual)',
        de,
      ),
    ).toBe(
      '„moorbach“ führt „uferdorf“ nicht als Nachbargemeinde; Nachbarschaft muss in beiden Gemeinden stehen.',
    );
    expect(describeReason('must start with the county\'s AGS "99001"', de)).toBe(
      'Der Gemeindeschlüssel muss mit dem Kreisschlüssel „99001“ beginnen.',
    );
    expect(
      describeReason(
        '"uferdorf" cannot be removed: 3 entries are located in it or serve it; move them to another municipality first',
        de,
      ),
    ).toBe(
      '„uferdorf“ kann nicht entfernt werden: 3 Einträge liegen dort oder versorgen sie. Bitte sie zuerst einer anderen Gemeinde zuordnen.',
    );
  });

  it('asks to check the value when the reason is one it does not know, never in English', () => {
    expect(describeReason('Too big: expected number to be <=100000000', de)).toBe(
      'Dieser Wert wurde abgelehnt; bitte prüfen Sie ihn.',
    );
  });
});

describe('classifyLoadErrors', () => {
  it('lists every refused place of BAD_USER_INPUT by its path in the file', () => {
    const failure = classifyLoadErrors(
      [
        {
          message: 'municipalities[0].neighbours[0]: unknown municipality "x"',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'municipalities[0].neighbours[0]',
            problems: [
              { field: 'municipalities[0].neighbours[0]', message: 'unknown municipality "x"' },
              { field: 'county.seat', message: 'unknown municipality "y"' },
            ],
          },
        },
      ],
      null,
    );
    expect(failure).toEqual({
      kind: 'invalid',
      problems: [
        { field: 'municipalities[0].neighbours[0]', message: 'unknown municipality "x"' },
        { field: 'county.seat', message: 'unknown municipality "y"' },
      ],
    });
  });

  it('reads a stale version as a conflict with the version the region is at now', () => {
    expect(
      classifyLoadErrors(
        [{ message: 'stale', extensions: { code: 'CONFLICT', currentVersion: 4 } }],
        null,
      ),
    ).toEqual({ kind: 'conflict', currentVersion: 4 });
  });
});

describe('the dry run’s changes in words', () => {
  it('names what is added from the file, what is changed with its fields, and what is removed', () => {
    const file = {
      ...MADE_UP_COUNTY,
      municipalities: [
        ...MADE_UP_COUNTY.municipalities.filter((m) => m.code !== 'uferdorf'),
        {
          ...MADE_UP_COUNTY.municipalities[0],
          code: 'seedorf',
          name: { de: 'Seedorf', en: 'Seedorf' },
        },
      ],
    };
    const lines = describeChanges(
      [
        { code: 'heidekamp', change: 'CHANGED', fields: ['neighbours', 'population'] },
        { code: 'seedorf', change: 'ADDED', fields: [] },
        { code: 'uferdorf', change: 'REMOVED', fields: [] },
      ],
      file,
      MADE_UP_CATALOG,
      de,
      'de',
    );
    expect(lines.map((line) => line.text)).toEqual([
      'Geändert: Gemeinde Heidekamp – Nachbargemeinden, Einwohnerzahl',
      'Neu: Gemeinde Seedorf',
      'Entfernt: Gemeinde Uferdorf',
    ]);
  });
});
