import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createFixedI18n } from '../i18n/i18n';
import { LeftOut, RouteEligibility, type LeftOutEntries } from './left-out';

const ENTRIES: LeftOutEntries = [
  {
    constraint: 'LANGUAGE',
    serviceCount: 11,
    description: { de: 'Sprache: Russisch', en: 'Language: Russian' },
    nearest: [
      {
        service: { id: 'svc:frauenhaus_biwo_schutz', name: 'Schutzunterkunft für Frauen' },
        institution: { id: 'org:frauenhaus_biwo', name: 'Frauenhaus Bitterfeld-Wolfen' },
        municipality: 'bitterfeld_wolfen',
        municipalityName: 'Bitterfeld-Wolfen',
        reasons: [
          {
            constraint: 'LANGUAGE',
            child: null,
            label: {
              de: 'arbeitet nicht auf Russisch (Sprachen: Deutsch, Englisch), keine Sprachmittlung',
              en: 'does not work in Russian (languages: German, English), no interpreting',
            },
          },
        ],
      },
    ],
  },
  {
    constraint: 'AGE',
    serviceCount: 1,
    description: { de: 'Alter: Kinder 6, 15', en: 'Age: children 6, 15' },
    nearest: [
      {
        service: { id: 'svc:frauenhaus_koethen_schutz', name: 'Schutzunterkunft Köthen' },
        institution: { id: 'org:frauenhaus_koethen', name: 'Frauenhaus Köthen' },
        municipality: 'koethen',
        municipalityName: 'Köthen (Anhalt)',
        reasons: [
          {
            constraint: 'AGE',
            child: 1,
            label: {
              de: 'Sohn, 15 Jahre: über der Altersgrenze für Jungen (13)',
              en: 'Son, aged 15: above the age limit for boys (13)',
            },
          },
        ],
      },
    ],
  },
];

function render(node: React.ReactNode, language: 'de' | 'en' = 'de'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createFixedI18n(language)}>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nextProvider>,
  );
}

describe('what an answer leaves out, in the route finder', () => {
  it('lists under „Nicht berücksichtigt“ each condition with the nearest services and their reasons, in German', () => {
    const html = render(<LeftOut entries={ENTRIES} />);
    expect(html).toContain('Nicht berücksichtigt');
    expect(html).toContain('<strong>Sprache</strong> (Sprache: Russisch): 11 Angebote');
    expect(html).toContain(
      'Schutzunterkunft für Frauen</a> (Frauenhaus Bitterfeld-Wolfen, Bitterfeld-Wolfen)',
    );
    expect(html).toContain('keine Sprachmittlung');
    expect(html).toContain('… und 10 weitere Angebote');
    expect(html).toContain('Sohn, 15 Jahre: über der Altersgrenze für Jungen (13)');
    // No raw codes of the API.
    expect(html).not.toMatch(/LANGUAGE|AGE\b|bitterfeld_wolfen/);
  });

  it('says when nothing on the topic was left out, and words the conditions in English too', () => {
    expect(render(<LeftOut entries={[]} />)).toContain(
      'Kein Angebot zum Thema wurde ausgeschlossen.',
    );
    expect(render(<LeftOut entries={ENTRIES} />, 'en')).toContain('Not considered');
  });

  it('marks a route whose language is unknown or bridged by interpreting, and lists what to ask', () => {
    const unknown = render(
      <RouteEligibility
        route={{
          languageMatch: 'UNKNOWN',
          openQuestions: [
            {
              constraint: 'LANGUAGE',
              child: null,
              label: { de: 'Sprache unbekannt – bitte nachfragen (Russisch)', en: '' },
            },
            {
              constraint: 'AGE',
              child: 0,
              label: {
                de: 'Kind, 15 Jahre: Jungen nur bis 14 Jahre – falls ein Junge, bitte nachfragen',
                en: '',
              },
            },
          ],
        }}
      />,
    );
    expect(unknown).toContain('Sprache unbekannt – bitte nachfragen');
    expect(unknown).toContain('Vor der Übergabe klären:');
    expect(unknown).toContain('Kind, 15 Jahre');
    expect(
      render(<RouteEligibility route={{ languageMatch: 'INTERPRETING', openQuestions: [] }} />),
    ).toContain('mit Sprachmittlung');
    expect(
      render(<RouteEligibility route={{ languageMatch: 'CONFIRMED', openQuestions: [] }} />),
    ).toBe('');
  });
});
