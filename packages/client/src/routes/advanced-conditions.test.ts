import { hasAdvancedConditions } from './advanced-conditions';
import { EMPTY_ROUTE_FORM, formFromSearch } from './route-form';

describe('hasAdvancedConditions', () => {
  it('keeps the fold closed for a search with only start, topic, residence, language and moment', () => {
    const form = formFromSearch(
      new URLSearchParams(
        'start=kind:POLICE_STATION@zerbst&topic=domestic_violence&in=zerbst&lang=RU&at=2026-03-14T23:00',
      ),
    );
    expect(hasAdvancedConditions(form)).toBe(false);
    expect(hasAdvancedConditions(EMPTY_ROUTE_FORM)).toBe(false);
  });

  it.each([
    ['group=women', 'target group'],
    ['age=8', 'age'],
    ['access=WHEELCHAIR', 'accessibility'],
    ['consent=no', 'consent'],
    ['urgency=IMMEDIATE', 'urgency'],
    ['full=yes', 'full services'],
    ['k=5', 'number of routes'],
  ])('opens the fold when the URL sets %s (%s)', (query) => {
    expect(hasAdvancedConditions(formFromSearch(new URLSearchParams(`topic=x&${query}`)))).toBe(
      true,
    );
  });
});
