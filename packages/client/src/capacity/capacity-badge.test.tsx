import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createFixedI18n } from '../i18n/i18n';
import { CapacityBadge, type EndCapacity } from './capacity-badge';

function render(capacity: EndCapacity | null, language: 'de' | 'en' = 'de'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createFixedI18n(language)}>
      <CapacityBadge capacity={capacity} />
    </I18nextProvider>,
  );
}

describe('CapacityBadge: the free places of a route’s end', () => {
  it('shows a report older than a day in grey as unknown with its date and “bitte nachfragen”, never as full', () => {
    const html = render({ state: 'UNKNOWN', free: null, reportedAt: '2026-03-14T18:40:00+01:00' });
    expect(html).toContain('data-capacity="unknown"');
    expect(html).toContain('Freie Plätze unbekannt – Stand: 14.03.2026');
    expect(html).toContain('bitte nachfragen');
    expect(html).not.toContain('Belegt');
  });

  it('names fresh free places and a fresh “full” with the time of the report', () => {
    const free = render({ state: 'FREE', free: 2, reportedAt: '2026-03-14T20:05:00+01:00' });
    expect(free).toContain('2 Plätze frei (Stand: 14.03.2026');
    expect(free).toContain('data-capacity="free"');
    expect(render({ state: 'FULL', free: 0, reportedAt: '2026-03-14T18:40:00+01:00' })).toContain(
      'Belegt (Stand: 14.03.2026',
    );
    expect(render({ state: 'FREE', free: 1, reportedAt: null }, 'en')).toContain('1 place free');
  });

  it('asks when no report was ever made, and shows nothing for a service without places', () => {
    expect(render({ state: 'UNKNOWN', free: null, reportedAt: null })).toContain(
      'Freie Plätze nie gemeldet – bitte nachfragen',
    );
    expect(render(null)).toBe('');
  });
});
