import { formatDay, toLocale } from './explorer-labels';

describe('formatDay', () => {
  it('shows a calendar day as written, in the locale', () => {
    expect(formatDay('2024-06-05', 'de')).toBe('5.6.2024');
    expect(formatDay('2024-06-05', 'en')).toBe('6/5/2024');
  });

  it('shows an instant as the day it is in the county', () => {
    expect(formatDay('2024-06-04T22:30:00Z', 'de')).toBe('5.6.2024');
  });
});

describe('toLocale', () => {
  it('maps German variants to de and anything else to en', () => {
    expect(toLocale('de-DE')).toBe('de');
    expect(toLocale('fr')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
  });
});
