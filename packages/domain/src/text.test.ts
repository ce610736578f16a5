import { nameProblem, normalizeText, textProblem } from './text';

describe('text rules', () => {
  it('accepts ordinary names in any script', () => {
    for (const name of [
      'Frauenhaus Köthen',
      'AWO Kreisverband e. V.',
      'Beratungsstelle „Wildwasser“',
      'مركز الاستشارة',
      'Zoë Ďurišová',
      'Kinder- & Jugendhilfe',
    ]) {
      expect(nameProblem(name)).toBeUndefined();
    }
  });

  it('refuses blank and invisible names', () => {
    for (const name of ['', '   ', '\u200B\u200B', '\u00A0\u2060', '\uFEFF', ' \u200D ']) {
      expect(nameProblem(name)).toBe('must not be blank');
    }
  });

  it('refuses control characters, bidi overrides and isolates, lone surrogates in names', () => {
    for (const name of [
      'Frauen\u0000haus',
      'Frauen\nhaus',
      'Frauen\thaus',
      'Frauen\u0085haus',
      'Frauen\u007Fhaus',
      'Frauenhaus\u202E',
      'Frauen\u202Ahaus',
      'Frauen\u2066haus\u2069',
      'Frauen\uD800haus',
      'Frauenhaus\uDC00',
    ]) {
      expect(nameProblem(name)).toBeDefined();
    }
  });

  it('lets free text keep its line breaks and tabs but nothing else invisible', () => {
    expect(textProblem('Erste Zeile\nzweite Zeile\r\n\tEingerückt')).toBeUndefined();
    expect(textProblem('Text\u0000')).toBeDefined();
    expect(textProblem('Text\u202E')).toBeDefined();
    expect(textProblem('Text\uD83D')).toBeDefined();
    expect(textProblem('Emoji 👩‍⚕️ bleibt')).toBeUndefined();
  });

  it('normalises to NFC', () => {
    expect(normalizeText('Ko\u0308then')).toBe('K\u00F6then');
    expect(normalizeText('K\u00F6then')).toBe('K\u00F6then');
  });
});
