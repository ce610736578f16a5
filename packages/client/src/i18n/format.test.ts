import {
  I18N_FORMATS,
  formatDate,
  formatDuration,
  formatNumber,
  formatTimestamp,
  formatWallClock,
} from './format';
import { createFixedI18n } from './i18n';

describe('formatNumber', () => {
  it('groups thousands as each language does', () => {
    expect(formatNumber(2350435, 'de')).toBe('2.350.435');
    expect(formatNumber(2350435, 'en')).toBe('2,350,435');
  });

  it('writes decimals with the language’s separator and the precision asked for', () => {
    expect(formatNumber(15.66, 'de', { maximumFractionDigits: 1 })).toBe('15,7');
    expect(formatNumber(15.66, 'en', { maximumFractionDigits: 1 })).toBe('15.7');
  });
});

describe('formatDuration', () => {
  it('says short waits in minutes, a day and a half in hours and longer ones in days', () => {
    expect(formatDuration(0.75, 'de')).toBe('45 Minuten');
    expect(formatDuration(36, 'de')).toBe('36 Stunden');
    expect(formatDuration(60, 'de')).toBe('2,5 Tage');
  });

  it('writes decimal hours with the language’s separator and keeps the singular and plural', () => {
    expect(formatDuration(1.5, 'de')).toBe('1,5 Stunden');
    expect(formatDuration(1, 'de')).toBe('1 Stunde');
    expect(formatDuration(1, 'en')).toBe('1 hour');
    expect(formatDuration(3.25, 'en')).toBe('3.3 hours');
    expect(formatDuration(1 / 60, 'en')).toBe('1 minute');
  });
});

describe('formatDate', () => {
  it('keeps a plain calendar day on that day', () => {
    expect(formatDate('2026-11-25', 'de')).toBe('25.11.2026');
    expect(formatDate('2026-11-25', 'en')).toBe('Nov 25, 2026');
  });

  it('takes the Berlin day of an instant, whatever the machine’s zone', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Berlin.
    expect(formatDate('2025-12-31T23:30:00Z', 'de')).toBe('01.01.2026');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(formatDate('soon', 'de')).toBe('soon');
  });
});

describe('formatTimestamp', () => {
  it('shows an instant in Berlin time, summer and winter', () => {
    expect(formatTimestamp('2026-11-25T02:15:44Z', 'de')).toBe('25.11.2026, 03:15');
    expect(formatTimestamp('2026-07-01T10:00:00Z', 'de')).toBe('01.07.2026, 12:00');
    expect(formatTimestamp('2026-11-25T02:15:44Z', 'en')).toBe('Nov 25, 2026, 3:15 AM');
  });
});

describe('formatWallClock', () => {
  it('says a Berlin wall-clock time with its weekday, unshifted', () => {
    expect(formatWallClock('2026-03-14T23:00', 'de')).toBe('Samstag, 14.03.2026, 23:00');
    expect(formatWallClock('2026-03-14T23:00', 'en')).toBe('Saturday, 03/14/2026, 11:00 PM');
  });

  it('keeps the hour that is skipped or doubled when the clocks change', () => {
    expect(formatWallClock('2026-03-29T02:30', 'de')).toBe('Sonntag, 29.03.2026, 02:30');
  });

  it('shows nothing for a half-typed value', () => {
    expect(formatWallClock('2026-03-14', 'de')).toBe('');
    expect(formatWallClock('', 'de')).toBe('');
  });
});

describe('i18next with the app’s formats', () => {
  const instance = createFixedI18n('de');

  afterEach(async () => {
    await instance.changeLanguage('de');
  });

  it('registers every format under its name', () => {
    expect(Object.keys(I18N_FORMATS).sort()).toEqual(['date', 'timestamp', 'wallClock']);
  });

  it('formats numbers in texts by the active language', async () => {
    const text = () => instance.t('gaps:list.severity', { severity: 80046.4, people: 26682 });
    expect(text()).toBe('Schwere 80.046 · 26.682 Einwohner');
    await instance.changeLanguage('en');
    expect(text()).toBe('severity 80,046 · 26,682 inhabitants');
  });

  it('picks the singular for one and the plural otherwise', async () => {
    const people = (count: number) => instance.t('trainings:record.peopleCount', { count });
    expect([people(1), people(2), people(1200)]).toEqual([
      '1 Person',
      '2 Personen',
      '1.200 Personen',
    ]);
    await instance.changeLanguage('en');
    expect([people(1), people(2)]).toEqual(['1 person', '2 people']);
  });

  it('says "none missing" in words rather than "0 … fehlen"', () => {
    expect(instance.t('gaps:composition.missingCount', { count: 0 })).toBe(
      'alle erwarteten Partner vorhanden',
    );
    expect(instance.t('gaps:composition.missingCount', { count: 1 })).toBe(
      '1 erwarteter Partner fehlt',
    );
  });

  it('writes dates and moments in texts', () => {
    expect(
      instance.t('gaps:heatmap.summary', {
        cells: 300,
        withService: 292,
        withPerson: 295,
        asOf: '2026-11-25',
      }),
    ).toBe(
      '300 Felder, davon 292 mit mindestens einem Angebot und 295 mit qualifizierten Fachkräften (Stand: 25.11.2026).',
    );
    expect(instance.t('routes:form.atGiven', { at: '2026-03-14T23:00' })).toBe(
      'Öffnungszeiten werden geprüft für: Samstag, 14.03.2026, 23:00 Uhr.',
    );
  });
});
