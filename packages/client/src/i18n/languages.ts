/** Languages the client ships translations for; the first is the default and the fallback. */
export const LANGUAGES = ['de', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'de';

/** localStorage key under which the language detector remembers the user's choice. */
export const LANGUAGE_STORAGE_KEY = 'schutznetz.language';

/** Each language named in itself, as a language switch shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  de: 'Deutsch',
  en: 'English',
};

function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** The primary subtag of a language tag, lower-cased: "en-GB" → "en", " DE_at" → "de". */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Maps a language tag from the browser or from storage ("en-GB", "DE", "fr") to a supported
 * language: its primary subtag if we have it, the default otherwise.
 */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = primarySubtag(tag ?? '');
  return isLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}
