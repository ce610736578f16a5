/** A translation resource: nested objects whose leaves are strings. */
export interface TranslationTree {
  readonly [key: string]: string | TranslationTree;
}

/** Lists the dotted keys of every leaf ("status.retry"), sorted, as i18next addresses them. */
export function listTranslationKeys(tree: TranslationTree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) =>
      typeof value === 'string'
        ? [`${prefix}${key}`]
        : listTranslationKeys(value, `${prefix}${key}.`),
    )
    .sort();
}

/** Dotted keys whose text is empty or only whitespace. */
export function listBlankTranslations(tree: TranslationTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    if (typeof value === 'string') {
      return value.trim() === '' ? [`${prefix}${key}`] : [];
    }
    return listBlankTranslations(value, `${prefix}${key}.`);
  });
}

/** i18next's plural suffixes (Intl.PluralRules categories). */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Dotted keys of texts that show `{{count}}` but are not plural forms: i18next would print
 * "1 Personen" for them. A text with a count needs `key_one` and `key_other`.
 */
export function listCountTextsWithoutPlural(tree: TranslationTree): string[] {
  const keys = listTranslationKeys(tree);
  const texts = new Map(keys.map((key) => [key, textAt(tree, key)]));
  return keys.filter((key) => {
    if (!/\{\{\s*count\b/.test(texts.get(key) ?? '')) return false;
    const base = key.replace(PLURAL_SUFFIX, '');
    return base === key || !texts.has(`${base}_one`) || !texts.has(`${base}_other`);
  });
}

/** Dotted keys of texts that interpolate `{{count}}` without the `number` format ("1200" for "1.200"). */
export function listUnformattedCounts(tree: TranslationTree): string[] {
  return listTranslationKeys(tree).filter((key) =>
    /\{\{\s*count\s*\}\}/.test(textAt(tree, key) ?? ''),
  );
}

/**
 * Characters that render as emoji or pictographs (Unicode Extended_Pictographic), which the
 * machine's fonts may lack; plain typographic symbols (✓ ● ▲ × →) are not among them.
 */
export const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Dotted keys of texts that contain a pictograph. */
export function listPictographTexts(tree: TranslationTree): string[] {
  return listTranslationKeys(tree).filter((key) => PICTOGRAPH.test(textAt(tree, key) ?? ''));
}

function textAt(tree: TranslationTree, dottedKey: string): string | undefined {
  let node: string | TranslationTree | undefined = tree;
  for (const part of dottedKey.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}
