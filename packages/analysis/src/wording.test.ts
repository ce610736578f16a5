import { counted } from './wording';

describe('counted', () => {
  it('uses the singular for one and the plural otherwise, in each language', () => {
    expect(counted(1, ['Übergabe', 'Übergaben'], ['hand-over', 'hand-overs'])).toEqual({
      de: '1 Übergabe',
      en: '1 hand-over',
    });
    expect(counted(0, ['Übergabe', 'Übergaben'], ['hand-over', 'hand-overs'])).toEqual({
      de: '0 Übergaben',
      en: '0 hand-overs',
    });
  });

  it('groups thousands as each language writes them', () => {
    expect(counted(12345, ['Person', 'Personen'], ['person', 'people'])).toEqual({
      de: '12.345 Personen',
      en: '12,345 people',
    });
  });
});
