import { fileSlug } from './file-names';

describe('fileSlug', () => {
  it('writes German umlauts out and joins words with single hyphens', () => {
    expect(fileSlug('Arbeitskreis gegen Gewalt – Köthen (Anhalt)')).toBe(
      'arbeitskreis-gegen-gewalt-koethen-anhalt',
    );
    expect(fileSlug('Weißer Ring, Außenstelle')).toBe('weisser-ring-aussenstelle');
  });

  it('drops other accents and signs and cuts at the length asked without a trailing hyphen', () => {
    expect(fileSlug('Café „Zuflucht“ & Co.')).toBe('cafe-zuflucht-co');
    expect(fileSlug('Netzwerk Frühe Hilfen', 9)).toBe('netzwerk');
    expect(fileSlug('Netzwerk Frühe Hilfen', 14)).toBe('netzwerk-frueh');
  });

  it('is empty when nothing of the text is left', () => {
    expect(fileSlug('„…“')).toBe('');
  });
});
