import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createFixedI18n } from '../i18n/i18n';
import { EmergencyBanner } from './emergency-banner';
import { DOUBLE_ESCAPE_MS, isDoubleEscape } from './quick-exit';

/** The banner as a German user gets it, rendered to HTML. */
function renderGermanBanner(prominent: boolean): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createFixedI18n('de')}>
      <EmergencyBanner prominent={prominent} />
    </I18nextProvider>,
  );
}

/** The full list of numbers (the part that opens below the row) as [tel: target, text]. */
function listNumberLinks(html: string): string[][] {
  const list = /<ul class="emergency-list">(.*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((match) => [
    match[1] ?? '',
    (match[2] ?? '').replace(/<[^>]*>/g, ''),
  ]);
}

describe('EmergencyBanner', () => {
  it.each([true, false])(
    'lists every national number as a tap-to-call link with its German label (prominent: %s)',
    (prominent) => {
      expect(listNumberLinks(renderGermanBanner(prominent))).toEqual([
        ['tel:110', '110 Polizei'],
        ['tel:112', '112 Feuerwehr und Rettungsdienst'],
        ['tel:116016', '116 016 Hilfetelefon Gewalt gegen Frauen'],
        ['tel:08002255530', '0800 22 55 530 Hilfetelefon Sexueller Missbrauch'],
        ['tel:116111', '116 111 Nummer gegen Kummer (Kinder und Jugendliche)'],
        ['tel:08001110550', '0800 111 0 550 Elterntelefon'],
      ]);
    },
  );

  it('is a landmark named by its heading, with 110 and 112 in the compact row and a quick-exit button', () => {
    const html = renderGermanBanner(false);
    const headingId = /<section [^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(headingId).toBeDefined();
    expect(html).toMatch(
      new RegExp(`<h2 id="${headingId ?? ''}"[^>]*><span[^>]*>Notruf und Hilfetelefone<`),
    );
    const row = /<ul class="emergency-calls">(.*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect([...row.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([
      'tel:110',
      'tel:112',
    ]);
    expect(html).toMatch(
      /<button type="button" class="quick-exit"[^>]*><span class="emergency-text-full">Seite schnell verlassen<\/span>/,
    );
    expect(html).toContain('zweimal Esc drücken');
  });
});

describe('isDoubleEscape', () => {
  it('counts a second press within a second, not a later one or a first one', () => {
    expect(isDoubleEscape(null, 5000)).toBe(false);
    expect(isDoubleEscape(5000, 5000 + DOUBLE_ESCAPE_MS)).toBe(true);
    expect(isDoubleEscape(5000, 5001 + DOUBLE_ESCAPE_MS)).toBe(false);
  });
});
