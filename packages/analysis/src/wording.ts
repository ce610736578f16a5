import type { LocalizedLabel } from '@schutznetz/domain';

const LOCALES = { de: 'de-DE', en: 'en-GB' } as const;

/** A count with its noun in the right number, per language: "1 Übergabe", "2 hand-overs". */
export function counted(
  count: number,
  de: readonly [one: string, other: string],
  en: readonly [one: string, other: string],
): LocalizedLabel {
  const pick = (forms: readonly [string, string], locale: string): string => {
    const form = new Intl.PluralRules(locale).select(count) === 'one' ? forms[0] : forms[1];
    return `${count.toLocaleString(locale)} ${form}`;
  };
  return { de: pick(de, LOCALES.de), en: pick(en, LOCALES.en) };
}
