import {
  findPersonalData,
  isFreeOfPersonalData,
  personalDataMessage,
  type PersonalDataKind,
} from './personal-data';

function found(text: string): [PersonalDataKind, string][] {
  return findPersonalData(text).map((finding) => [finding.kind, finding.text]);
}

describe('findPersonalData: what it flags', () => {
  it.each<[string, [PersonalDataKind, string][]]>([
    [
      'Frau Müller, geb. 12.03.1985',
      [
        ['name', 'Frau Müller'],
        ['birth_date', 'geb. 12.03.1985'],
      ],
    ],
    ['Herr Schulz-Meier rief an.', [['name', 'Herr Schulz-Meier']]],
    ['Gespräch mit Herrn Dr. Wagner', [['name', 'Herrn Dr. Wagner']]],
    ['Frau M. kam ins Frauenhaus.', [['name', 'Frau M.']]],
    ['Familie Yılmaz'.replace('ı', 'i'), [['name', 'Familie Yilmaz']]],
    ['Anna Schmidt war beteiligt.', [['name', 'Anna Schmidt']]],
    ['geboren am 3.4.85 in Köthen', [['birth_date', 'geboren am 3.4.85']]],
    ['Geburtsdatum: 01.01.2010', [['birth_date', 'Geburtsdatum: 01.01.2010']]],
    ['Jahrgang 1985', [['birth_date', 'Jahrgang 1985']]],
    ['date of birth: 12.03.1985', [['birth_date', 'date of birth: 12.03.1985']]],
    ['wohnt Hauptstraße 12 in Zerbst', [['address', 'Hauptstraße 12']]],
    ['Lange Str. 3a', [['address', 'Lange Str. 3a']]],
    ['Straße der Einheit 5', [['address', 'Straße der Einheit 5']]],
    ['06366 Köthen (Anhalt)', [['postal_code', '06366 Köthen']]],
    ['Handy 0170 1234567', [['phone', '0170 1234567']]],
    ['Tel. +49 3496 123-456', [['phone', '+49 3496 123-456']]],
    ['0345/1234567 anrufen', [['phone', '0345/1234567']]],
    ['schrieb an mutter85@web.de', [['email', 'mutter85@web.de']]],
    [
      'Lea (5) und Tim, 14 Jahre',
      [
        ['age_with_name', 'Lea (5)'],
        ['age_with_name', 'Tim, 14 Jahre'],
      ],
    ],
    ['der 14-jährige Kevin', [['age_with_name', '14-jährige Kevin']]],
    ['Mrs Smith called', [['name', 'Mrs Smith']]],
    ['Frau Dr. Kollmann (Bürgermeisterin)', [['name', 'Frau Dr. Kollmann']]],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findPersonalData: what it must not flag', () => {
  it.each([
    'Polizeirevier Köthen',
    'Polizeirevier Anhalt-Bitterfeld, Revierkommissariat Zerbst',
    '§ 8a SGB VIII',
    'Mitteilung nach § 4 KKG und § 8a Abs. 4 SGB VIII',
    'Frauenhaus',
    'Frauenhaus Bitterfeld-Wolfen',
    'Frau und Kind kamen ins Frauenhaus.',
    'Frauen in Not Köthen e. V.',
    'Allgemeiner Sozialer Dienst (ASD), Regionalteam Köthen',
    'Landkreis Anhalt-Bitterfeld, Fachbereich Kinder, Jugend und Familie (Jugendamt)',
    'Interventionsstelle Häusliche Gewalt und Stalking Dessau-Roßlau',
    'Berufsschulzentrum „August von Parseval“',
    'Weißer Ring, Außenstelle Anhalt-Bitterfeld',
    'Grundschule Aken',
    'Helios Klinik Köthen',
    'Die Sitzung im Juni 2024 vereinbarte ein Verfahren.',
    'Beim Treffen am 12.06.2024 wurde das Wochenendverfahren besprochen.',
    'Der Fachtag am 5. Juni 2024 hatte 150 Teilnehmende.',
    'Rund 13 Plätze gegenüber etwa 16 Familienplätzen je 10.000 Einwohner',
    'Der Landkreis hat 155000 Einwohner.',
    'Hilfetelefon 116 016 und Elterntelefon 0800 111 0 550 rund um die Uhr',
    'Notruf 110, Rettungsdienst 112',
    'Eine 14-jährige Jugendliche und ihre Mutter (38) wandten sich an die Beratung.',
    'Route R01 (Polizei → Interventionsstelle) dauerte am Wochenende 3 Tage.',
    'Die Netzwerke Frühe Hilfen und Kinderschutz treffen sich vierteljährlich.',
    'Maria-Montessori-Schule und St.-Elisabeth-Krankenhaus',
    'Wildwasser Dessau-Roßlau und Halle (Saale)',
    'Fax und E-Mail am Wochenende werden nicht gelesen.',
    'Herr der Lage bleiben: das Verfahren klären.',
    'Das Kind (4) war in der Kita.',
    'Frau Bürgermeisterin eröffnete die Sitzung, Herr Landrat sprach ein Grußwort.',
    'Die Beratungsstelle leistete 15000 Beratungsstunden und 12000 Kontakte.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('personalDataMessage', () => {
  it('names each finding in German and English', () => {
    const message = personalDataMessage(findPersonalData('Frau Müller, geb. 12.03.1985'));
    expect(message.de).toBe(
      'Sieht nach personenbezogenen Daten aus: Name einer Person „Frau Müller“, Geburtsdatum „geb. 12.03.1985“. Bitte anonymisieren (z. B. „die Mutter“, „im Juni 2024“).',
    );
    expect(message.en).toBe(
      'Looks like personal data: a person\'s name ("Frau Müller"), a birth date ("geb. 12.03.1985"). Please anonymise (e.g. "the mother", "in June 2024").',
    );
  });

  it('isFreeOfPersonalData says yes to anonymised lessons', () => {
    expect(
      isFreeOfPersonalData('Am Wochenende fehlt ein Übergabeverfahren zwischen Polizei und IST.'),
    ).toBe(true);
    expect(isFreeOfPersonalData('Kontakt: info@familie-schulz.de')).toBe(false);
  });
});
