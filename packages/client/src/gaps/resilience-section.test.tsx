import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { ResilienceQuery } from '../gql/graphql';
import { createFixedI18n } from '../i18n/i18n';
import { ResilienceContent } from './resilience-section';

const PRACTICE = { id: 'org:kinderarzt_koethen_2', name: 'Kinderarztpraxis Lindenallee' };
const DOCTOR = { id: 'person:p0082', name: 'Amal Yousef' };

/** The practice hangs on its paediatrician; the Kita refers but belongs to no network. */
const RESILIENCE: ResilienceQuery['resilience'] = {
  singlePoints: { topics: [] },
  structure: { components: 1, articulationPoints: [] },
  personLinks: {
    cutPoints: [{ person: DOCTOR, cutOff: [PRACTICE] }],
    bridges: [
      {
        person: DOCTOR,
        other: { id: 'net:fruehe_hilfen', name: 'Netzwerk Frühe Hilfen' },
        kind: 'MEMBERSHIP',
        cutOff: [PRACTICE],
      },
      { person: DOCTOR, other: PRACTICE, kind: 'EMPLOYMENT', cutOff: [PRACTICE] },
    ],
  },
  isolation: {
    inReferralGraph: [PRACTICE, { id: 'org:alone', name: 'Praxis am Markt' }],
    inNetworks: [{ id: 'org:kita', name: 'Kita Sonnenschein' }],
  },
};

function render(resilience: ResilienceQuery['resilience'], language: 'de' | 'en'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createFixedI18n(language)}>
      <ResilienceContent resilience={resilience} />
    </I18nextProvider>,
  );
}

/** The text of the page without tags, for plain assertions. */
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the gaps page’s resilience section', () => {
  it('names the person who is an institution’s only link, with the institution, in German', () => {
    const page = text(render(RESILIENCE, 'de'));
    expect(page).toContain('1 Person, an der der Anschluss einer Einrichtung hängt');
    expect(page).toContain('Amal Yousef – einzige Verbindung von: Kinderarztpraxis Lindenallee');
    expect(page).toContain(
      'Mitgliedschaft von Amal Yousef in Netzwerk Frühe Hilfen – ohne sie verliert den Anschluss: Kinderarztpraxis Lindenallee',
    );
  });

  it('lists isolation in the referral graph apart from isolation in the networks, in German', () => {
    const page = text(render(RESILIENCE, 'de'));
    expect(page).toContain(
      '2 Einrichtungen ohne Hilfeweg Kein Hilfeweg führt zu ihr hin oder von ihr weg',
    );
    expect(page).toMatch(
      /ohne Hilfeweg .*Kinderarztpraxis Lindenallee Praxis am Markt .*ohne Netzwerk/,
    );
    expect(page).toContain('1 Einrichtung ohne Netzwerk');
    expect(page).toMatch(/ohne Netzwerk .*Kita Sonnenschein/);
  });

  it('says the same in English', () => {
    const page = text(render(RESILIENCE, 'en'));
    expect(page).toContain('1 person on whom an institution’s link hangs');
    expect(page).toContain('Amal Yousef – the only link of: Kinderarztpraxis Lindenallee');
    expect(page).toContain('2 institutions without a referral path');
    expect(page).toContain('1 institution without a network');
  });

  it('says so when no institution hangs on one person', () => {
    const page = text(render({ ...RESILIENCE, personLinks: { cutPoints: [], bridges: [] } }, 'de'));
    expect(page).toContain('0 Personen, an denen der Anschluss einer Einrichtung hängt');
    expect(page).toContain('Keine: Jede Einrichtung im Netzwerk hat mehr als eine Verbindung.');
    expect(page).not.toContain('Anstellungen oder Mitgliedschaften');
  });
});
