import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_NAMES,
  primarySubtag,
  toLanguage,
} from './languages';

describe('primarySubtag', () => {
  it.each([
    ['en-GB', 'en'],
    [' DE_at', 'de'],
    ['fr', 'fr'],
    ['', ''],
  ])('reduces %p to %p', (tag, expected) => {
    expect(primarySubtag(tag)).toBe(expected);
  });

  it('keeps unsupported languages, so the detector can fall through to the next one', () => {
    expect(['fr-FR', 'en-US'].map(primarySubtag)).toEqual(['fr', 'en']);
  });
});

describe('toLanguage', () => {
  it.each([
    ['de', 'de'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de_AT', 'de'],
    ['EN-us', 'en'],
    [' en ', 'en'],
  ])('maps %p to %p', (tag, expected) => {
    expect(toLanguage(tag)).toBe(expected);
  });

  it.each(['fr', 'tr-TR', '', 'english'])(
    'falls back to German for the unsupported tag %p',
    (tag) => {
      expect(toLanguage(tag)).toBe('de');
    },
  );

  it('falls back to German when no language is known', () => {
    expect(toLanguage(undefined)).toBe('de');
    expect(toLanguage(null)).toBe('de');
  });
});

describe('languages', () => {
  it('make German the default and list it first', () => {
    expect(DEFAULT_LANGUAGE).toBe('de');
    expect(LANGUAGES[0]).toBe(DEFAULT_LANGUAGE);
  });

  it('name every language', () => {
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LANGUAGES].sort());
  });
});
