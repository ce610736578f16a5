/**
 * A file name's part from a title, for downloads made by the server and by the browser alike:
 * "Arbeitskreis gegen Gewalt – Köthen" → "arbeitskreis-gegen-gewalt-koethen".
 */

const UMLAUTS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
};

/**
 * Lower-case ASCII letters and digits joined by single hyphens, German umlauts written out,
 * other accents dropped, at most `max` characters; empty when nothing of the text is left.
 */
export function fileSlug(text: string, max = 60): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => UMLAUTS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
