import de from './de.json';
import en from './en.json';

/** The shape of one language's translations; German is the reference. */
export type Translation = typeof de;

/** All translations, as i18next expects them: one `translation` namespace per language. */
export const resources = {
  de: { translation: de },
  en: { translation: en },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
