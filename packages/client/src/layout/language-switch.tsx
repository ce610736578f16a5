import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, toLanguage } from '../i18n/languages';

/** Picks the interface language; the language detector stores the choice in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const selectId = useId();

  return (
    <div className="language-switch">
      <label htmlFor={selectId}>{t('language.label')}</label>
      <select
        id={selectId}
        value={toLanguage(i18n.resolvedLanguage)}
        onChange={(event) => {
          void i18n.changeLanguage(toLanguage(event.target.value));
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
