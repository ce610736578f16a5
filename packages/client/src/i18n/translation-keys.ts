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
