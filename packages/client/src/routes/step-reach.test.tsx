import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { ReachFieldsFragment } from '../gql/graphql';
import { createFixedI18n } from '../i18n/i18n';
import { ReachAvailability, StepReach } from './step-reach';

/** Monday to Thursday 08:00–16:00, Friday 08:00–12:00, as the API lists a week. */
const OFFICE_WEEK = [
  ...['MON', 'TUE', 'WED', 'THU'].map((day) => ({ day, opens: '08:00', closes: '16:00' })),
  { day: 'FRI', opens: '08:00', closes: '12:00' },
] as ReachFieldsFragment['weeklyHours'];

const OFFICE: ReachFieldsFragment = {
  entryId: 'org:interventionsstelle_dessau',
  serviceId: 'svc:interventionsstelle_proaktiv',
  phone: '+49 30 23125 135',
  email: 'interventionsstelle@example.org',
  website: null,
  addressProtected: false,
  street: 'Parkstraße 7',
  postalCode: '06844',
  municipality: 'dessau_rosslau',
  availability: 'CLOSED',
  todayHours: [],
  nextOpeningAt: '2026-03-16T08:00:00+01:00',
  available24x7: false,
  weeklyHours: OFFICE_WEEK,
  people: null,
};

const SHELTER: ReachFieldsFragment = {
  ...OFFICE,
  entryId: 'org:frauenhaus',
  serviceId: null,
  addressProtected: true,
  street: null,
  postalCode: null,
  availability: 'OPEN_24_7',
  nextOpeningAt: '2026-03-14T23:00:00+01:00',
  available24x7: true,
  weeklyHours: [],
};

function render(reach: ReachFieldsFragment, language: 'de' | 'en' = 'de'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createFixedI18n(language)}>
      <MemoryRouter>
        <StepReach reach={reach} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

/** The hours as the route's Notfallkarte prints them for a step (with the week). */
function renderCardHours(reach: ReachFieldsFragment, language: 'de' | 'en' = 'de'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createFixedI18n(language)}>
      <ReachAvailability reach={reach} week />
    </I18nextProvider>,
  );
}

describe('StepReach: how a route step is reached', () => {
  it('offers the phone as a tap-to-call link and the e-mail as a mailto link', () => {
    const html = render(OFFICE);
    expect(html).toContain(
      '<a href="tel:+493023125135" class="step-reach-call">+49 30 23125 135</a>',
    );
    expect(html).toContain('href="mailto:interventionsstelle@example.org"');
    expect(html).toContain('href="/explorer?selected=org%3Ainterventionsstelle_dessau"');
  });

  it('says in German when a closed step opens next, and gives its address', () => {
    const html = render(OFFICE);
    expect(html).toMatch(/geschlossen – öffnet Mo\.?, 16\.03\., 08:00 Uhr/);
    expect(html).toContain('Parkstraße 7, 06844');
  });

  it('says the address of a shelter is protected and to call instead', () => {
    const html = render(SHELTER);
    expect(html).toContain('Adresse geschützt – Kontakt über Telefon');
    expect(html).toContain('rund um die Uhr erreichbar');
    expect(html).not.toContain('Parkstraße');
  });

  it('lists the people a member may see with their own phone as a tap-to-call link', () => {
    const person = {
      id: 'person:1',
      name: 'Jana Pohl',
      role: 'Beratung',
      phone: '+49 30 23125 347',
      email: null,
    };
    const html = render({ ...OFFICE, people: [person] });
    expect(html).toContain('Ansprechperson: Jana Pohl (Beratung)');
    expect(html).toContain('<a href="tel:+493023125347">+49 30 23125 347</a>');
    expect(render(OFFICE)).not.toContain('Ansprechperson');
  });

  it('lists the step’s week of opening hours in the details, days with the same hours run together', () => {
    expect(render(OFFICE)).toContain('<li>Öffnungszeiten: Mo–Do 08:00–16:00; Fr 08:00–12:00</li>');
    // Around the clock: no week to list, the availability says it.
    expect(render(SHELTER)).not.toContain('Öffnungszeiten');
  });

  it('prints the week first on the card, then the state at the search’s moment, without today’s hours', () => {
    const today = [
      { day: 'MON', opens: '08:00', closes: '16:00' },
    ] as ReachFieldsFragment['todayHours'];
    const open = { ...OFFICE, availability: 'OPEN', todayHours: today } as ReachFieldsFragment;
    expect(renderCardHours(open)).toBe('Mo–Do 08:00–16:00; Fr 08:00–12:00 · jetzt geöffnet');
    expect(renderCardHours(OFFICE)).toMatch(
      /^Mo–Do 08:00–16:00; Fr 08:00–12:00 · geschlossen – öffnet Mo\.?, 16\.03\., 08:00 Uhr$/,
    );
    expect(renderCardHours(SHELTER)).toBe('rund um die Uhr erreichbar');
    expect(renderCardHours(OFFICE, 'en')).toMatch(/^Mon–Thu 08:00–16:00; Fri 08:00–12:00 · /);
  });

  it('speaks English second', () => {
    expect(render(SHELTER, 'en')).toContain('Address protected – contact by phone');
    expect(render(OFFICE, 'en')).toMatch(/closed – opens Mon, 03\/16, 08:00/);
  });
});
