import { MADE_UP_COUNTY, answerOf } from './made-up-county.fixture';
import { definitionOf } from './region-answer';

describe('definitionOf', () => {
  it('gives back the region file the server holds, field by field', () => {
    expect(definitionOf(answerOf(MADE_UP_COUNTY))).toEqual({
      ...MADE_UP_COUNTY,
      source: undefined,
    });
  });

  it('keeps the file’s source and notes where the admin page asked for them, so a re-load keeps them', () => {
    const answer = {
      ...answerOf(MADE_UP_COUNTY),
      source: 'Made up for tests',
      notes: ['Neighbours from the made-up map.'],
    };
    expect(definitionOf(answer)).toEqual({
      ...MADE_UP_COUNTY,
      notes: ['Neighbours from the made-up map.'],
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
