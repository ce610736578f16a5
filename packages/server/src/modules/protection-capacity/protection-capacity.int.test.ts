import { DEMO_DATA } from '@schutznetz/demo-data';
import { pdfText } from '../../test/file-text';
import { startTestApi } from '../../test/graphql';
import { useTestApi } from '../../test/fixtures';

/**
 * The capacity report of the Gewalthilfegesetz on the demo data (real Neo4j), downloaded as an
 * analyst would: XLSX read back cell by cell, PDF text extracted, from the demo's dated
 * snapshots; the same snapshot gives the same files; no shelter address, ever.
 */

const ANALYST = 'analyst-token-0123456789abcdef';
const MEMBER = 'member-token-0123456789abcdefgh';
const AS = (token: string) => ({ authorization: `Bearer ${token}` });
const MARCH = 'snapshot:demo-2025-03-19';

const TITLE = 'Kapazitätsbericht Gewalthilfegesetz – Landkreis Anhalt-Bitterfeld';
/** A street and house number, as an address would print. */
const STREET = /\p{L}+(straße|strasse|str\.|weg|platz|allee|ring|gasse|damm)\s+\d+/iu;

interface Sheet {
  sheet: string;
  data: unknown[][];
}

async function readXlsx(bytes: Buffer): Promise<Sheet[]> {
  const { default: read } = await import('read-excel-file/node');
  return read(bytes);
}

describe('the capacity report of the Gewalthilfegesetz (real Neo4j, demo data)', () => {
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${ANALYST}:analyst:Jugendhilfeplanung,${MEMBER}:member:Beratung Aken`,
    }),
  );

  async function download(query: string, token = ANALYST) {
    const response = await fetch(`${api.app.url}/export/capacity-report.${query}`, {
      headers: AS(token),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition') ?? '',
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  it('gives the county 13 shelter places for 156,682 inhabitants: 0.83 per 10,000, 15.67 needed, 2.67 missing', async () => {
    const file = await download(`xlsx?snapshot=${MARCH}`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.disposition).toContain('kapazitaetsbericht-gewalthilfegesetz-2025-03-19.xlsx');
    const sheets = await readXlsx(file.bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Angebote', 'Frauenhausplätze', 'Angebotsliste']);
    const shelters = sheets[1]!.data;
    expect(shelters[0]?.[0]).toBe(
      `${TITLE}: Frauenhausplätze je 10.000 Einwohner (Richtwert Istanbul-Konvention: 1)`,
    );
    expect(shelters[1]?.[0]).toContain('Stand: 19.03.2025, 20:00 Uhr');
    expect(shelters[3]).toEqual([
      'Gemeinde',
      'Einwohner',
      'Frauenhausplätze',
      'Plätze je 10.000 Einwohner',
      'Richtwert je 10.000 Einwohner',
      'Nötige Plätze',
      'Fehlende Plätze',
      'Richtwert erfüllt',
    ]);
    const row = (name: string) => shelters.find((r) => r[0] === name);
    expect(row('Landkreis Anhalt-Bitterfeld (gesamt)')).toEqual([
      'Landkreis Anhalt-Bitterfeld (gesamt)',
      156_682,
      13,
      0.83,
      1,
      15.67,
      2.67,
      'nein',
    ]);
    expect(row('Bitterfeld-Wolfen')).toEqual([
      'Bitterfeld-Wolfen',
      37_500,
      9,
      2.4,
      1,
      3.75,
      0,
      'ja',
    ]);
    expect(row('Zerbst/Anhalt')?.slice(2)).toEqual([0, 0, 1, 2.1, 2.1, 'nein']);
  });

  it('lists per municipality, form of violence and target group the services, places, languages and 24/7', async () => {
    const sheets = await readXlsx((await download(`xlsx?snapshot=${MARCH}`)).bytes);
    const table = sheets[0]!.data;
    expect(table[3]).toEqual([
      'Gemeinde',
      'Einwohner',
      'Gewaltform',
      'Zielgruppe',
      'Angebote',
      'Einrichtungen',
      'Plätze',
      'Sprachen',
      'Rund um die Uhr',
      'Angebote rund um die Uhr',
    ]);
    // 10 municipalities and the county, 8 forms, 6 groups.
    expect(table.length - 4).toBe(11 * 8 * 6);
    const koethen = table.find(
      (r) =>
        r[0] === 'Köthen (Anhalt)' &&
        r[2] === 'Häusliche Gewalt / Partnerschaftsgewalt' &&
        r[3] === 'Frauen',
    );
    // Ten services of nine institutions reach women in Köthen; the 19 places are the shelters
    // in Bitterfeld-Wolfen (9), Köthen (4) and Dessau-Roßlau (6), whose areas cover Köthen.
    expect(koethen).toEqual([
      'Köthen (Anhalt)',
      25_200,
      'Häusliche Gewalt / Partnerschaftsgewalt',
      'Frauen',
      10,
      9,
      19,
      'Arabisch, Deutsch, Deutsche Gebärdensprache, Englisch, Französisch, Kurdisch, Persisch, Polnisch, Rumänisch, Russisch, Türkisch, Ukrainisch, Vietnamesisch',
      'ja',
      5,
    ]);
    const lgbtiq = table.find(
      (r) =>
        r[0] === 'Zerbst/Anhalt' &&
        r[2] === 'Häusliche Gewalt / Partnerschaftsgewalt' &&
        r[3] === 'LSBTIQ*-Personen',
    );
    expect(lgbtiq?.slice(4)).toEqual([0, 0, 0, null, 'nein', 0]);
  });

  it('prints the PDF with the title and the snapshot’s date, and gives the same bytes for the same snapshot', async () => {
    const first = await download(`pdf?snapshot=${MARCH}`);
    expect(first.status).toBe(200);
    expect(first.type).toBe('application/pdf');
    expect(first.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(first.bytes);
    expect(text).toContain(TITLE);
    expect(text).toContain('Stand: 19.03.2025, 20:00 Uhr');
    expect(text).toContain('Frauenhausplätze je 10.000 Einwohner');
    const again = await download(`pdf?snapshot=${MARCH}`);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    const xlsx = [
      await download(`xlsx?snapshot=${MARCH}`),
      await download(`xlsx?snapshot=${MARCH}`),
    ];
    expect(await readXlsx(xlsx[1]!.bytes)).toEqual(await readXlsx(xlsx[0]!.bytes));
  });

  it('reports from the latest snapshot on or before a date, and names it', async () => {
    const file = await download('pdf?date=2025-01-10');
    expect(file.disposition).toContain('2024-12-04.pdf');
    expect(pdfText(file.bytes)).toContain('Stand: 04.12.2024, 20:00 Uhr');
    expect((await download('pdf?date=2024-01-01')).status).toBe(400);
    expect((await download('xlsx?date=gestern')).status).toBe(400);
    expect((await download('xlsx?snapshot=snapshot:none')).status).toBe(404);
  });

  it('fixes a report without a snapshot on one, and takes no second while nothing changed', async () => {
    const count = async () =>
      Number((await api.cypher<{ n: number }>('MATCH (s:Snapshot) RETURN count(s) AS n'))[0]?.n);
    const before = await count();
    const file = await download('xlsx');
    expect(file.status).toBe(200);
    expect(file.disposition).toContain(`${new Date().toISOString().slice(0, 10)}.xlsx`);
    expect(await count()).toBe(before + 1);
    await download('pdf');
    expect(await count()).toBe(before + 1);
  });

  it('is for analysts and up', async () => {
    expect((await download(`xlsx?snapshot=${MARCH}`, MEMBER)).status).toBe(403);
    const anonymous = await fetch(`${api.app.url}/export/capacity-report.xlsx`);
    expect(anonymous.status).toBe(401);
  });

  it('prints no shelter address, even one stored against the rules', async () => {
    await api.cypher(
      'MATCH (i:Institution {id: "org:frauenhaus_koethen"}) SET i.street = "Geheimweg 7", i.postalCode = "06366"',
    );
    const pdf = await download('pdf');
    const xlsx = await download('xlsx');
    const text = [pdfText(pdf.bytes), JSON.stringify(await readXlsx(xlsx.bytes))].join('\n');
    expect(text).toContain('Frauen- und Kinderschutzhaus Köthen');
    expect(text).not.toContain('Geheimweg');
    expect(text).not.toContain('06366');
    expect(text).not.toMatch(STREET);
  });
});
