import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE } from './languages';
import {
  formatDate,
  formatDuration,
  formatNumber,
  formatTimestamp,
  type DateInput,
} from './format';

/** Formatting in the active UI language, for numbers and dates shown outside a translated text. */
export interface Formatters {
  readonly formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** Hours as "45 Minuten", "3,5 Stunden", "2 Tage" (see {@link formatDuration}). */
  readonly formatDuration: (hours: number) => string;
  readonly formatDate: (value: DateInput) => string;
  readonly formatTimestamp: (value: DateInput) => string;
}

/** {@link Formatters} bound to the language i18next has resolved; they change with it. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? DEFAULT_LANGUAGE;
  return useMemo(
    () => ({
      formatNumber: (value, options) => formatNumber(value, language, options),
      formatDuration: (hours) => formatDuration(hours, language),
      formatDate: (value) => formatDate(value, language),
      formatTimestamp: (value) => formatTimestamp(value, language),
    }),
    [language],
  );
}
