import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  type Language,
  LANGUAGE_STORAGE_KEY,
  primarySubtag,
  toLanguage,
} from './languages';
import { I18N_FORMATS } from './format';
import { resources } from './resources';

/**
 * Adds the app's date formats (`{{asOf, date}}`, `{{at, wallClock}}`, …) to an initialised
 * instance; numbers use i18next's built-in `number` format.
 */
export function registerFormats(instance: I18n): void {
  for (const [name, format] of Object.entries(I18N_FORMATS)) {
    instance.services.formatter?.add(name, format);
  }
}

/**
 * Sets up i18next for the browser: the stored choice wins, then the browser's languages, then
 * German. A language picked with `changeLanguage` is stored by the detector, and `<html lang>`
 * follows the active language so assistive technology pronounces the page right.
 */
export function setupI18n(): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = toLanguage(language);
  });
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: LANGUAGES,
      fallbackLng: DEFAULT_LANGUAGE,
      // The resources are bundled, so there is nothing to wait for.
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes.
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
        // Only normalise here: i18next then takes the first supported of the browser's languages.
        convertDetectedLanguage: primarySubtag,
      },
    });
  registerFormats(instance);
  return instance;
}

/**
 * An instance in one fixed language with the app's texts and formats, without detection or
 * storage: for rendering outside a browser and for tests.
 */
export function createFixedI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  registerFormats(instance);
  return instance;
}
