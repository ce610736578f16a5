import i18next from 'i18next';
import { resources } from '../i18n/resources';
import { changeText, fieldName, reasonText, rowsShown, type Translate } from './import-rows';
import type { ImportRow } from './import.graphql';

async function translator(language: 'de' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources, ns: ['import'], defaultNS: 'import' });
  return instance.t.bind(instance) as unknown as Translate;
}

const row = (action: ImportRow['action'], line: number): ImportRow => ({
  kind: 'institution',
  sheet: 'Einrichtungen',
  line,
  action,
  label: `Zeile ${String(line)}`,
  changes: [],
  problems: [],
  warnings: [],
});

describe('the import page’s words', () => {
  it('says in German why a row is refused, with the nearest municipality offered', async () => {
    const t = await translator('de');
    expect(
      reasonText(t, {
        field: 'municipality',
        code: 'unknown_municipality',
        message: "unknown municipality 'Köthn'",
        value: 'Köthn',
        suggestion: 'Köthen (Anhalt)',
      }),
    ).toBe('Unbekannte Gemeinde „Köthn“. Meinten Sie „Köthen (Anhalt)“?');
  });

  it('names a dropped shelter address as a warning in German and English', async () => {
    const note = {
      field: 'street',
      code: 'protected_address_dropped',
      message: 'dropped',
      value: null,
      suggestion: null,
    };
    expect(reasonText(await translator('de'), note)).toMatch(
      /^Straße wird nicht übernommen: Die Adresse eines Frauenhauses/,
    );
    expect(reasonText(await translator('en'), note)).toMatch(/^Street is left out/);
  });

  it('falls back to the server’s English message for a code it does not know', async () => {
    const t = await translator('de');
    expect(
      reasonText(t, {
        field: 'email',
        code: 'new_rule',
        message: 'too long',
        value: null,
        suggestion: null,
      }),
    ).toBe('E-Mail: too long');
    expect(fieldName(t, 'unknownField')).toBe('unknownField');
  });

  it('shows a change as field: old → new, empty as —', async () => {
    const t = await translator('de');
    expect(changeText(t, { field: 'phone', before: null, after: '0345 1' })).toBe(
      'Telefon: — → 0345 1',
    );
  });

  it('filters the rows by result', () => {
    const rows = [row('create', 2), row('refused', 3), row('unchanged', 4)];
    expect(rowsShown(rows, 'refused').map((r) => r.line)).toEqual([3]);
    expect(rowsShown(rows, 'all')).toHaveLength(3);
  });
});
