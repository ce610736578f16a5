import { municipalityContacts, type CardInstitution } from './card-contacts';

function institution(
  overrides: Partial<CardInstitution> & Pick<CardInstitution, 'id' | 'name' | 'kind'>,
  municipality = 'koethen',
  area: readonly string[] = [],
): CardInstitution {
  return {
    municipality: { id: municipality },
    phone: '+49 30 23125 100',
    website: null,
    street: 'Marktstraße 1',
    postalCode: '06366',
    available24x7: false,
    openingHours: [],
    services: [
      {
        id: `${overrides.id}-svc`,
        name: 'Beratung',
        available24x7: false,
        area: area.map((id) => ({ id })),
      },
    ],
    ...overrides,
  };
}

const POLICE_ZERBST = institution(
  { id: 'org:polizei_zerbst', name: 'Revierstation Zerbst', kind: 'POLICE_STATION' },
  'zerbst',
  ['zerbst'],
);
const POLICE_KOETHEN = institution(
  { id: 'org:polizei_koethen', name: 'Polizeirevier', kind: 'POLICE_STATION' },
  'koethen',
  ['koethen', 'zerbst'],
);
const POLICE_BIWO = institution(
  { id: 'org:polizei_biwo', name: 'Revierstation Bitterfeld', kind: 'POLICE_STATION' },
  'bitterfeld_wolfen',
  ['bitterfeld_wolfen'],
);
// A shelter whose record (wrongly) carries a street: the card still never prints it.
const SHELTER = institution(
  { id: 'org:frauenhaus', name: 'Frauenhaus Köthen', kind: 'WOMENS_SHELTER', available24x7: true },
  'koethen',
  ['zerbst', 'koethen'],
);
const ASD = institution(
  {
    id: 'org:asd',
    name: 'ASD Köthen',
    kind: 'GENERAL_SOCIAL_SERVICE',
    services: [
      { id: 'svc:beratung', name: 'Beratung', available24x7: false, area: [{ id: 'zerbst' }] },
      {
        id: 'svc:ruf',
        name: 'Rufbereitschaft Inobhutnahme',
        available24x7: true,
        area: [{ id: 'zerbst' }],
      },
    ],
  },
  'koethen',
);

describe('municipalityContacts', () => {
  const sections = municipalityContacts(
    [POLICE_KOETHEN, POLICE_BIWO, SHELTER, ASD, POLICE_ZERBST],
    'zerbst',
  );
  const section = (key: string) => sections.find((s) => s.key === key)?.contacts ?? [];

  it('names the police that sit in or serve the municipality, the local station first', () => {
    expect(section('police').map((contact) => contact.id)).toEqual([
      'org:polizei_zerbst',
      'org:polizei_koethen',
    ]);
  });

  it('gives a shelter its phone but never its address', () => {
    const [shelter] = section('shelter');
    expect(shelter).toMatchObject({
      phone: '+49 30 23125 100',
      addressProtected: true,
      street: null,
      postalCode: null,
    });
  });

  it('keeps the address of an institution that is not protected', () => {
    expect(section('police')[0]).toMatchObject({
      street: 'Marktstraße 1',
      addressProtected: false,
    });
  });

  it('names the on-call service of a youth office that is not itself open around the clock', () => {
    expect(section('youthOffice')[0]?.onCall).toEqual(['Rufbereitschaft Inobhutnahme']);
  });

  it('keeps every section in print order, empty where nothing serves the municipality', () => {
    expect(sections.map((s) => s.key)).toEqual([
      'police',
      'youthOffice',
      'childProtection',
      'shelter',
      'counselling',
      'hotlines',
    ]);
    expect(section('childProtection')).toEqual([]);
  });
});
