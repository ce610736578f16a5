import { MADE_UP_COUNTY, answerOf } from './made-up-county.fixture';
import { definitionOf } from './region-answer';

describe('definitionOf', () => {
  it('gives back the region file the server holds, field by field (the source stays on the server)', () => {
    expect(definitionOf(answerOf(MADE_UP_COUNTY))).toEqual({
      ...MADE_UP_COUNTY,
      source: undefined,
    });
  });

  it('writes names without the type names the cache adds, which a region file may not hold', () => {
    const answer = answerOf(MADE_UP_COUNTY);
    const typed = {
      ...answer,
      municipalities: answer.municipalities.map((m) => ({
        ...m,
        name: { __typename: 'LocalizedText', ...m.name },
      })),
    };
    const file = JSON.stringify(definitionOf(typed));
    expect(file).not.toContain('__typename');
    expect(definitionOf(typed)?.municipalities[0]?.name).toEqual({
      de: 'Uferdorf',
      en: 'Uferdorf',
    });
  });

  it('has no file for an instance without a county', () => {
    expect(definitionOf(answerOf(null))).toBeNull();
  });
});
