import { formatChildren, parseChildren } from './children';

describe('the children typed in the route form', () => {
  it('reads ages, sons (J or B) and daughters (M or G), before or after the age', () => {
    expect(parseChildren('6, 9, J15, 12m; b3')).toEqual([
      { age: 6 },
      { age: 9 },
      { age: 15, gender: 'BOY' },
      { age: 12, gender: 'GIRL' },
      { age: 3, gender: 'BOY' },
    ]);
    expect(parseChildren('  ')).toEqual([]);
  });

  it('refuses what it cannot read: adults, words, two marks, more than ten', () => {
    for (const text of ['18', 'zwei', 'J15M', '6 9', '-3', '1,2,3,4,5,6,7,8,9,10,11']) {
      expect(parseChildren(text)).toBeNull();
    }
  });

  it('writes them back for the URL, read again the same', () => {
    const children = parseChildren('6, J15, g12')!;
    expect(formatChildren(children)).toBe('6,J15,M12');
    expect(parseChildren(formatChildren(children))).toEqual(children);
  });
});
