import { toCsv, type TableColumn } from './csv';
import { toIcs } from './ics';
import { toXlsx } from './xlsx';

interface Member {
  readonly name: string;
  readonly role: string;
  readonly places: number | null;
  readonly active: boolean;
}

const COLUMNS: readonly TableColumn<Member>[] = [
  { header: 'Einrichtung', value: (m) => m.name },
  { header: 'Rolle', value: (m) => m.role },
  { header: 'Plätze je 10.000 Einwohner', value: (m) => m.places },
  { header: 'Aktiv', value: (m) => m.active },
];

const ROWS: readonly Member[] = [
  { name: 'Frauen- und Kinderschutzhaus Köthen', role: 'Mitglied', places: 0.5, active: true },
  {
    name: 'Polizeirevier Anhalt-Bitterfeld; Revier "Zerbst"',
    role: 'Gast',
    places: null,
    active: false,
  },
];

describe('CSV for German Excel', () => {
  const csv = toCsv(COLUMNS, ROWS);

  it('starts with a byte order mark so Excel reads the umlauts as UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('separates fields by semicolons and lines by CRLF, with a decimal comma and ja/nein', () => {
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Einrichtung;Rolle;Plätze je 10.000 Einwohner;Aktiv',
      'Frauen- und Kinderschutzhaus Köthen;Mitglied;0,5;ja',
      '"Polizeirevier Anhalt-Bitterfeld; Revier ""Zerbst""";Gast;;nein',
      '',
    ]);
  });
});

/** The sheets of a workbook as Excel shows them (an ES module, loaded on first use). */
async function readXlsxFile(bytes: Buffer): Promise<{ sheet: string; data: unknown[][] }[]> {
  const { default: read } = await import('read-excel-file/node');
  return read(bytes);
}

describe('XLSX workbooks', () => {
  it('reads back with the title, the caption, the bold header and every row in the named sheet', async () => {
    const bytes = await toXlsx([
      {
        name: 'Mitglieder: AK/Gewalt',
        title: 'Mitgliederliste Arbeitskreis gegen Gewalt',
        caption: 'Stand: 06.12.2026',
        columns: COLUMNS,
        rows: ROWS,
      },
    ]);
    const [sheet, ...others] = await readXlsxFile(bytes);
    expect(others).toEqual([]);
    expect(sheet?.sheet).toBe('Mitglieder  AK Gewalt');
    expect(sheet?.data).toEqual([
      ['Mitgliederliste Arbeitskreis gegen Gewalt', null, null, null],
      ['Stand: 06.12.2026', null, null, null],
      [null, null, null, null],
      ['Einrichtung', 'Rolle', 'Plätze je 10.000 Einwohner', 'Aktiv'],
      ['Frauen- und Kinderschutzhaus Köthen', 'Mitglied', 0.5, 'ja'],
      ['Polizeirevier Anhalt-Bitterfeld; Revier "Zerbst"', 'Gast', null, 'nein'],
    ]);
  });

  it('gives two sheets of the same long name distinct names Excel accepts', async () => {
    const long = 'Kapazitäten nach Gemeinde und Gewaltform';
    const bytes = await toXlsx([
      { name: long, columns: COLUMNS, rows: [] },
      { name: long, columns: COLUMNS, rows: [] },
    ]);
    const names = (await readXlsxFile(bytes)).map((s) => s.sheet);
    expect(names).toEqual(['Kapazitäten nach Gemeinde und G', 'Kapazitäten nach Gemeinde und 2']);
  });
});

describe('iCalendar', () => {
  const ics = toIcs({
    name: 'Arbeitskreis gegen Gewalt',
    entries: [
      { id: 'meeting-1', title: 'AK-Sitzung Q1', start: '2026-03-14', location: 'Köthen' },
      {
        id: 'training-2',
        title: 'Fortbildung Stalking',
        start: '2026-05-20T09:00',
        end: '2026-05-20T16:00',
      },
    ],
  });

  it('writes a day without a time as an all-day entry on that day', () => {
    expect(ics).toContain('UID:meeting-1@schutznetz');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260314');
    expect(ics).toContain('DTEND;VALUE=DATE:20260315');
  });

  it('writes a local time as the same wall-clock time, whatever zone the server runs in', () => {
    /* eslint-disable no-restricted-properties -- the process's time zone is what is under test */
    const zone = process.env['TZ'];
    try {
      for (const tz of ['UTC', 'Europe/Berlin', 'Pacific/Auckland', 'America/New_York']) {
        process.env['TZ'] = tz;
        const written = toIcs({
          name: 'x',
          entries: [{ id: 't', title: 't', start: '2026-05-20T09:00', end: '2026-05-20T16:00' }],
        });
        expect([tz, written.match(/DT(START|END)[^\r]*/g)]).toEqual([
          tz,
          ['DTSTART:20260520T090000', 'DTEND:20260520T160000'],
        ]);
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
    /* eslint-enable no-restricted-properties */
    expect(ics).toContain('DTSTART:20260520T090000\r\n');
  });

  it('names the calendar and each entry', () => {
    expect(ics).toContain('X-WR-CALNAME:Arbeitskreis gegen Gewalt');
    expect(ics).toContain('SUMMARY:Fortbildung Stalking');
    expect(ics).toContain('LOCATION:Köthen');
  });

  it('refuses a start that is not a date', () => {
    expect(() =>
      toIcs({ name: 'x', entries: [{ id: 'a', title: 'a', start: '14.03.2026' }] }),
    ).toThrow('a.start: expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, got "14.03.2026"');
  });
});
