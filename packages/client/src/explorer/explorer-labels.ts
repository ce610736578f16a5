/**
 * Labels of taxonomy codes in the UI language, from the domain package (code as fallback);
 * regions are named by the loaded region (`useRegion`).
 */
import {
  institutionKindByCode,
  isInstitutionKindCode,
  isNetworkKindCode,
  isTargetGroupCode,
  isTopicCode,
  networkKindByCode,
  targetGroupByCode,
  topicByCode,
  type Locale,
} from '@schutznetz/domain';

/** The taxonomy locale for an i18next language ("de-DE" → "de"; anything else → "en"). */
export function toLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function institutionKindLabel(code: string, locale: Locale): string {
  return isInstitutionKindCode(code) ? institutionKindByCode(code).label[locale] : code;
}

export function topicLabel(code: string, locale: Locale): string {
  return isTopicCode(code) ? topicByCode(code).label[locale] : code;
}

export function targetGroupLabel(code: string, locale: Locale): string {
  return isTargetGroupCode(code) ? targetGroupByCode(code).label[locale] : code;
}

export function networkKindLabel(code: string, locale: Locale): string {
  return isNetworkKindCode(code) ? networkKindByCode(code).label[locale] : code;
}

/** Sorts options by their label in the locale's collation. */
export function byLabel<T extends { readonly label: string }>(locale: Locale) {
  const collator = new Intl.Collator(locale);
  return (a: T, b: T) => collator.compare(a.label, b.label);
}

/**
 * A date in `locale`: a calendar day ("2024-06-05") as written, an instant as the day it is in
 * the county (Europe/Berlin), whatever the browser's own time zone.
 */
export function formatDay(value: string, locale: Locale): string {
  const calendarDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Date(value).toLocaleDateString(locale, {
    timeZone: calendarDay ? 'UTC' : 'Europe/Berlin',
  });
}
