import { DEMO_DATA } from '@schutznetz/demo-data';
import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';

const MEMBER = 'member-token-0123456789abcdef';
const AS_MEMBER = { authorization: `Bearer ${MEMBER}` };

/** A card as a contacts app reads it: values by property name (the first of each). */
interface Card {
  readonly uid: string;
  readonly fn: string;
  readonly org: string | null;
  readonly tel: string | null;
  readonly telTypes: string[];
  readonly email: string | null;
  readonly title: string | null;
  readonly adr: string[] | null;
  readonly n: string[] | null;
  readonly version: string;
}

/** Parses a .vcf file with ical.js (Thunderbird's parser) into its cards. */
async function readCards(text: string): Promise<Card[]> {
  const { default: ICAL } = await import('ical.js');
  const parsed = ICAL.parse(text) as unknown[];
  // One card parses to a jCard, several to a list of them.
  const jcards = (parsed[0] === 'vcard' ? [parsed] : parsed) as ConstructorParameters<
    typeof ICAL.Component
  >[0][];
  return jcards.map((jcard) => {
    const card = new ICAL.Component(jcard);
    const text = (name: string): string | null => {
      const value = card.getFirstPropertyValue(name);
      return value === null ? null : String(value);
    };
    const list = (name: string): string[] | null => {
      const value = card.getFirstProperty(name)?.getFirstValue();
      return Array.isArray(value) ? value.map(String) : value == null ? null : [String(value)];
    };
    const telTypes = card.getFirstProperty('tel')?.getParameter('type');
    return {
      uid: text('uid') ?? '',
      fn: text('fn') ?? '',
      org: list('org')?.join(';') ?? null,
      tel: text('tel'),
      telTypes: Array.isArray(telTypes) ? telTypes : telTypes ? [telTypes] : [],
      email: text('email'),
      title: text('title'),
      adr: list('adr'),
      n: list('n'),
      version: text('version') ?? '',
    };
  });
}

describe('contacts as vCard for Outlook and phones (real Neo4j, demo data)', () => {
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${MEMBER}:member:Schulsozialarbeit Aken`,
    }),
  );

  async function cards(query = '', headers: Record<string, string> = {}): Promise<Card[]> {
    const file = await api.download(`/export/contacts.vcf${query}`, headers);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
    return readCards(file.body.toString('utf8'));
  }

  it('gives the public one vCard 3.0 per institution and no person', async () => {
    const all = await cards();
    expect(all).toHaveLength(DEMO_DATA.institutions.length);
    expect(all.every((card) => card.version === '3.0')).toBe(true);
    expect(all.some((card) => card.uid.startsWith('schutznetz:person:'))).toBe(false);
    const asd = all.find((card) => card.uid === 'schutznetz:org:asd_koethen');
    expect(asd).toMatchObject({
      fn: 'Allgemeiner Sozialer Dienst (ASD), Regionalteam Köthen',
      org: 'Allgemeiner Sozialer Dienst (ASD), Regionalteam Köthen',
      tel: '+49 30 23125 111',
      email: 'asd-koethen@anhalt-bitterfeld.example',
    });
    expect(asd?.telTypes.map((t) => t.toUpperCase())).toContain('WORK');
    // The Kreishaus' public address, with the municipality as the locality.
    expect(asd?.adr?.[3]).toBe('Köthen (Anhalt)');
    expect(asd?.adr?.[2]).toMatch(/\d/);
  });

  it('gives a shelter’s card its phone and no address, even one that slipped into the database', async () => {
    await api.cypher(
      `MATCH (i:Institution {id: 'org:frauenhaus_biwo'})
       SET i.street = 'Geheimweg 7', i.postalCode = '39991'`,
    );
    const file = await api.download('/export/contacts.vcf', AS_MEMBER);
    const text = file.body.toString('utf8');
    expect(text).not.toMatch(/Geheimweg|39991/);
    const shelter = (await readCards(text)).find(
      (card) => card.uid === 'schutznetz:org:frauenhaus_biwo',
    );
    expect(shelter?.fn).toBe('Frauenhaus Bitterfeld-Wolfen');
    expect(shelter?.tel).toBe('+49 30 23125 101');
    expect(shelter?.adr).toBeNull();
  });

  it('gives a member the professionals with function, employer and work contacts', async () => {
    const all = await cards('', AS_MEMBER);
    const people = all.filter((card) => card.uid.startsWith('schutznetz:person:'));
    expect(people).toHaveLength(DEMO_DATA.people.length);
    const wolf = people.find((card) => card.fn === 'Petra Wolf');
    expect(wolf).toMatchObject({
      n: ['Wolf', 'Petra', '', '', ''],
      title: 'Gleichstellungs- und Behindertenbeauftragte des Landkreises',
      tel: '+49 30 23125 325',
      email: 'p.wolf@anhalt-bitterfeld.example',
    });
    expect(wolf?.org).toBeTruthy();
  });

  it('keeps to a network or a municipality when asked, and names a wrong one', async () => {
    const members = await cards('?network=net:ak_gewalt');
    // The Arbeitskreis has 14 member institutions (its member list shows them).
    expect(members).toHaveLength(14);
    const koethen = await cards('?municipality=koethen');
    expect(koethen.length).toBeGreaterThan(0);
    expect(koethen.length).toBeLessThan(DEMO_DATA.institutions.length);
    expect(koethen.some((card) => card.uid === 'schutznetz:org:asd_koethen')).toBe(true);
    const wrong = await api.download('/export/contacts.vcf?municipality=atlantis');
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body.toString('utf8'))).toMatchObject({
      error: { field: 'municipality' },
    });
  });
});
