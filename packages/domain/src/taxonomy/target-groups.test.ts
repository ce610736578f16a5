import {
  TARGET_GROUPS,
  isTargetGroupCode,
  targetGroupByCode,
  targetGroupsForAge,
} from './target-groups';
import { isAgeInRange, selectionIncludes } from './types';

/** domain.md §8.4. */
const TARGET_CODES = [
  'women',
  'men',
  'lgbtiq_persons',
  'older_people',
  'people_with_disability',
  'migrants_refugees',
  'infants_0_3',
  'children_3_6',
  'children_6_14',
  'adolescents_14_18',
  'young_adults_18_27',
  'pregnant_expectant_parents',
  'parents_families',
  'single_parents',
  'perpetrators',
  'relatives_social_environment',
  'professionals',
];

describe('target groups', () => {
  it('are the §8.4 codes, each once, with German and English labels', () => {
    expect(TARGET_GROUPS.map((group) => group.code)).toEqual(TARGET_CODES);
    for (const group of TARGET_GROUPS) {
      expect(group.label.de.trim()).not.toBe('');
      expect(group.label.en.trim()).not.toBe('');
    }
  });

  it('have age ranges whose lower bound lies below the upper bound', () => {
    for (const group of TARGET_GROUPS) {
      if (group.minAge !== null && group.maxAge !== null) {
        expect(group.minAge).toBeLessThan(group.maxAge);
      }
      expect(group.minAge ?? 0).toBeGreaterThanOrEqual(0);
    }
  });

  it('cover childhood without gaps or overlaps, as the codes say', () => {
    const bands = ['infants_0_3', 'children_3_6', 'children_6_14', 'adolescents_14_18'] as const;
    let expectedStart = 0;
    for (const code of bands) {
      const group = targetGroupByCode(code);
      expect(group.minAge).toBe(expectedStart);
      expectedStart = group.maxAge ?? Number.NaN;
    }
    expect(expectedStart).toBe(18);
    expect(targetGroupByCode('young_adults_18_27')).toMatchObject({ minAge: 18, maxAge: 27 });
  });

  it('find the age band for a person’s age, birthdays belonging to the older band', () => {
    expect(targetGroupsForAge(0)).toEqual(['infants_0_3']);
    expect(targetGroupsForAge(3)).toEqual(['children_3_6']);
    expect(targetGroupsForAge(17)).toEqual(['adolescents_14_18']);
    expect(targetGroupsForAge(18)).toContain('young_adults_18_27');
    expect(targetGroupsForAge(18)).toContain('women');
    expect(targetGroupsForAge(30)).not.toContain('young_adults_18_27');
  });

  it('leaves age-less groups out of age lookups', () => {
    expect(targetGroupsForAge(35)).not.toContain('parents_families');
    expect(targetGroupByCode('professionals')).toMatchObject({ minAge: null, maxAge: null });
  });

  it('rejects unknown codes', () => {
    expect(isTargetGroupCode('children')).toBe(false);
    expect(isTargetGroupCode('women')).toBe(true);
  });
});

describe('age ranges and selections', () => {
  it('treat the lower bound as inclusive and the upper as exclusive', () => {
    const range = { minAge: 3, maxAge: 6 };
    expect(isAgeInRange(range, 3)).toBe(true);
    expect(isAgeInRange(range, 5)).toBe(true);
    expect(isAgeInRange(range, 6)).toBe(false);
    expect(isAgeInRange({ minAge: 18, maxAge: null }, 99)).toBe(true);
  });

  it('select every code with "any"', () => {
    expect(selectionIncludes('any', 'women')).toBe(true);
    expect(selectionIncludes(['men'], 'women')).toBe(false);
  });
});
