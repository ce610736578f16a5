import { toVcf, type ContactCard } from './vcard';

const SHELTER: ContactCard = {
  uid: 'schutznetz:org:frauenhaus',
  kind: 'institution',
  formattedName: 'Frauen- und Kinderschutzhaus Köthen; Beratung, Notruf',
  name: null,
  organization: 'Frauen- und Kinderschutzhaus Köthen; Beratung, Notruf',
  title: null,
  role: null,
  phone: '+49 30 23125 132',
  email: null,
  website: null,
  address: null,
  categories: ['Schutznetz', 'Frauenhaus'],
  note: 'Frauenhaus\nRund um die Uhr erreichbar',
};

describe('vCard 3.0 files', () => {
  it('writes CRLF lines of at most 75 characters, escaping commas, semicolons and line breaks', async () => {
    const text = await toVcf([SHELTER, { ...SHELTER, uid: 'schutznetz:org:zwei' }]);
    expect(text.match(/BEGIN:VCARD\r\nVERSION:3\.0\r\n/g)).toHaveLength(2);
    expect(text.split('\r\n').every((line) => line.length <= 75)).toBe(true);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('ORG:Frauen- und Kinderschutzhaus Köthen\\; Beratung\\, Notruf\r\n');
    expect(unfolded).toContain('NOTE:Frauenhaus\\nRund um die Uhr erreichbar\r\n');
    expect(unfolded).toContain('TEL;TYPE=WORK,VOICE:+49 30 23125 132\r\n');
    expect(unfolded).not.toContain('ADR');
  });

  it('reads back as the same values with a vCard parser', async () => {
    const { default: ICAL } = await import('ical.js');
    const card = new ICAL.Component(ICAL.parse(await toVcf([SHELTER])) as unknown[]);
    expect(card.getFirstPropertyValue('fn')).toBe(SHELTER.formattedName);
    expect(card.getFirstProperty('org')?.getValues()).toEqual([SHELTER.organization]);
    expect(card.getFirstPropertyValue('note')).toBe(SHELTER.note);
    expect(card.getFirstProperty('categories')?.getValues()).toEqual(['Schutznetz', 'Frauenhaus']);
  });
});
