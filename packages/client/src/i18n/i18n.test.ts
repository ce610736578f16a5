import { LANGUAGES } from './languages';
import { NAMESPACES, resources } from './resources';
import {
  listBlankTranslations,
  listCountTextsWithoutPlural,
  listPictographTexts,
  listTranslationKeys,
  listUnformattedCounts,
} from './translation-keys';

describe('translation resources', () => {
  it('exist for every supported language', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  it('have the same namespaces in every language', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(resources[language]).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(NAMESPACES)('have exactly the same keys in German and English in "%s"', (namespace) => {
    expect(listTranslationKeys(resources.en[namespace])).toEqual(
      listTranslationKeys(resources.de[namespace]),
    );
  });

  const languageNamespaces = LANGUAGES.flatMap((language) =>
    NAMESPACES.map((namespace) => ({ language, namespace })),
  );

  it.each(languageNamespaces)('have no blank text in $language, "$namespace"', (pair) => {
    expect(listBlankTranslations(resources[pair.language][pair.namespace])).toEqual([]);
  });

  it.each(languageNamespaces)(
    'give every count in $language, "$namespace" its plural forms',
    (pair) => {
      expect(listCountTextsWithoutPlural(resources[pair.language][pair.namespace])).toEqual([]);
    },
  );

  it.each(languageNamespaces)(
    'format every count in $language, "$namespace" by the language',
    (pair) => {
      expect(listUnformattedCounts(resources[pair.language][pair.namespace])).toEqual([]);
    },
  );

  it.each(languageNamespaces)('have no emoji in $language, "$namespace"', (pair) => {
    expect(listPictographTexts(resources[pair.language][pair.namespace])).toEqual([]);
  });

  it('carry the agreed subtitles', () => {
    expect(resources.de.translation.app.subtitle).toBe(
      'Wissensnetz des Schutznetzwerks gegen Gewalt und für Kinderschutz',
    );
    expect(resources.en.translation.app.subtitle).toBe(
      'Knowledge graph of the protection network against violence and for child protection',
    );
  });
});

describe('listTranslationKeys', () => {
  it('lists nested leaves as sorted dotted keys', () => {
    expect(listTranslationKeys({ b: 'B', a: { y: 'Y', x: { z: 'Z' } } })).toEqual([
      'a.x.z',
      'a.y',
      'b',
    ]);
  });

  it('lists nothing for an empty resource', () => {
    expect(listTranslationKeys({})).toEqual([]);
  });
});

describe('listCountTextsWithoutPlural', () => {
  it('finds a count text without plural forms, or with only one of them', () => {
    expect(
      listCountTextsWithoutPlural({
        plain: '{{count}} Personen',
        half_one: '{{count, number}} Person',
        whole_one: '{{count, number}} Stunde',
        whole_other: '{{count, number}} Stunden',
        other: 'Kein Zähler: {{name}}',
      }),
    ).toEqual(['half_one', 'plain']);
  });
});

describe('listUnformattedCounts', () => {
  it('finds a count interpolated without the number format', () => {
    expect(
      listUnformattedCounts({ a_one: '{{count}} Tag', b_one: '{{count, number}} Tag' }),
    ).toEqual(['a_one']);
  });
});

describe('listPictographTexts', () => {
  it('finds emoji but lets typographic symbols pass', () => {
    expect(
      listPictographTexts({ key: '🔑 Anmelden', eye: '👁', check: '✓ erledigt', up: '▲▲ hoch' }),
    ).toEqual(['eye', 'key']);
  });
});

describe('listBlankTranslations', () => {
  it('finds empty and whitespace-only texts', () => {
    expect(listBlankTranslations({ a: '', b: 'B', c: { d: '  ' } })).toEqual(['a', 'c.d']);
  });
});
