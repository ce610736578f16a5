import { toXlsx } from '../../exports/xlsx';
import { decodeText, readCsv, readImportFile } from './data-import.parse';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('reading a coordinator’s CSV file', () => {
  it('reads UTF-8 with German headers and ; as Excel writes it', () => {
    const table = readCsv(
      'Einrichtungen.csv',
      utf8('Name;Gemeinde;Straße\r\nBeratung Köthen;Köthen;Marktstraße 1\r\n'),
    );
    expect(table).toEqual({
      name: 'Einrichtungen.csv',
      headers: ['Name', 'Gemeinde', 'Straße'],
      rows: [{ line: 2, cells: ['Beratung Köthen', 'Köthen', 'Marktstraße 1'] }],
    });
  });

  it('drops a UTF-8 byte order mark before the first header', () => {
    const table = readCsv('x.csv', bytes(0xef, 0xbb, 0xbf, ...utf8('Name;Ort\nA;B\n')));
    expect(table.headers).toEqual(['Name', 'Ort']);
  });

  it('decodes Windows-1252 bytes (ä, ß, €) when the file is not valid UTF-8', () => {
    // "Träger;Straße;Gebühr\nA;Weg;5 €" as German Excel saves "CSV (Trennzeichen-getrennt)".
    const file = bytes(
      ...[0x54, 0x72, 0xe4, 0x67, 0x65, 0x72], // Träger
      0x3b,
      ...[0x53, 0x74, 0x72, 0x61, 0xdf, 0x65], // Straße
      0x3b,
      ...[0x47, 0x65, 0x62, 0xfc, 0x68, 0x72], // Gebühr
      0x0a,
      0x41,
      0x3b,
      0x57,
      0x65,
      0x67,
      0x3b,
      0x35,
      0x20,
      0x80, // A;Weg;5 €
    );
    expect(decodeText(file)).toBe('Träger;Straße;Gebühr\nA;Weg;5 €');
    expect(readCsv('x.csv', file).rows[0]?.cells).toEqual(['A', 'Weg', '5 €']);
  });

  it('keeps quoted fields whole: separators, quotes and line breaks inside them', () => {
    const table = readCsv(
      'x.csv',
      utf8(
        'Name;Themen;Beschreibung\n"Beratung ""Neuer Weg""";"Stalking; Häusliche Gewalt";"Zeile 1\nZeile 2"\n',
      ),
    );
    expect(table.rows[0]?.cells).toEqual([
      'Beratung "Neuer Weg"',
      'Stalking; Häusliche Gewalt',
      'Zeile 1\nZeile 2',
    ]);
  });

  it('detects , as the separator when the header line has more commas than semicolons', () => {
    const table = readCsv('x.csv', utf8('Name,Gemeinde\n"Müller, Anna",Aken\n'));
    expect(table.rows[0]?.cells).toEqual(['Müller, Anna', 'Aken']);
  });

  it('leaves out empty rows and counts lines as the spreadsheet shows them', () => {
    const table = readCsv('x.csv', utf8('Name;Ort\n;\nA;B\n\nC;D\n'));
    expect(table.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [3, 'A'],
      [5, 'C'],
    ]);
  });
});

describe('reading a coordinator’s Excel workbook', () => {
  it('reads every sheet of a file written with write-excel-file, numbers and dates as text', async () => {
    const file = await toXlsx([
      {
        name: 'Einrichtungen',
        columns: [
          { header: 'Name', value: (row: { name: string }) => row.name },
          { header: 'PLZ', value: () => 6366 },
        ],
        rows: [{ name: 'Frühe Hilfen Köthen' }],
      },
      {
        name: 'Mitgliedschaften',
        columns: [{ header: 'Netzwerk', value: () => 'Netzwerk Frühe Hilfen' }],
        rows: [{}],
      },
    ]);
    const tables = await readImportFile('Liste.xlsx', file);
    expect(tables).toEqual([
      {
        name: 'Einrichtungen',
        headers: ['Name', 'PLZ'],
        rows: [{ line: 2, cells: ['Frühe Hilfen Köthen', '6366'] }],
      },
      {
        name: 'Mitgliedschaften',
        headers: ['Netzwerk'],
        rows: [{ line: 2, cells: ['Netzwerk Frühe Hilfen'] }],
      },
    ]);
  });

  it('refuses a file named .xlsx that is no workbook, at the file’s field', async () => {
    await expect(readImportFile('Liste.xlsx', utf8('Name;Ort\n'))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'contentBase64', message: 'is not an Excel workbook (.xlsx)' }],
    });
  });
});
