import { DEMO_DATA } from '@schutznetz/demo-data';
import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';

const MEMBER = 'member-token-0123456789abcdef';
const AS_MEMBER = { authorization: `Bearer ${MEMBER}` };

/** The member list of the Arbeitskreis as CSV lines (without the byte order mark), split at `;`. */
async function download(
  base: string,
  format: 'csv' | 'xlsx',
  headers: Record<string, string> = {},
  network = 'net:ak_gewalt',
): Promise<Response> {
  return fetch(`${base}/export/network-members.${format}?network=${encodeURIComponent(network)}`, {
    headers,
  });
}

async function csvRows(response: Response): Promise<string[][]> {
  expect(response.status).toBe(200);
  const text = (await response.text()).replace(/^\uFEFF/, '');
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(';'));
}

async function readXlsxFile(bytes: Buffer): Promise<{ sheet: string; data: unknown[][] }[]> {
  const { default: read } = await import('read-excel-file/node');
  return read(bytes);
}

describe('the member list of a network as a file (real Neo4j, demo data)', () => {
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${MEMBER}:member:Schulsozialarbeit Aken`,
    }),
  );

  it('gives a member every person with German role names and their work phone', async () => {
    const [header, ...rows] = await csvRows(await download(api.app.url, 'csv', AS_MEMBER));
    expect(header).toEqual([
      'Rolle im Netzwerk',
      'Mitglied als',
      'Name',
      'Art oder Funktion',
      'Tätig bei',
      'Gemeinde',
      'Anschrift',
      'Telefon (dienstlich)',
      'E-Mail (dienstlich)',
      'Mitglied seit',
    ]);
    // 28 memberships: 14 institutions and 14 people (roles as the demo data records them).
    expect(rows).toHaveLength(28);
    const wolf = rows.find((row) => row[2] === 'Petra Wolf');
    expect(wolf?.slice(0, 4)).toEqual([
      'Koordination',
      'Fachkraft',
      'Petra Wolf',
      'Gleichstellungs- und Behindertenbeauftragte des Landkreises',
    ]);
    expect(wolf?.[7]).toBe('+49 30 23125 325');
    expect(wolf?.[8]).toBe('p.wolf@anhalt-bitterfeld.example');
    const roles = new Set(rows.map((row) => row[0]));
    expect(roles).toEqual(new Set(['Koordination', 'Mitglied', 'Gast']));
    expect(rows.find((row) => row[2]?.startsWith('Interventionsstelle'))?.[0]).toBe('Gast');
    // Coordination first, guests last.
    expect(rows[0]?.[0]).toBe('Koordination');
    expect(rows.at(-1)?.[0]).toBe('Gast');
  });

  it('gives the public the member institutions only: no person, no personal contact', async () => {
    const [, ...rows] = await csvRows(await download(api.app.url, 'csv'));
    expect(rows).toHaveLength(14);
    expect(rows.every((row) => row[1] === 'Einrichtung')).toBe(true);
    const text = rows.flat().join('\n');
    for (const person of ['Petra Wolf', 'Gabriele Seidel', '+49 30 23125 325', 'p.wolf@']) {
      expect(text).not.toContain(person);
    }
  });

  it('never gives a shelter’s address, even one that slipped into the database', async () => {
    await api.cypher(
      `MATCH (i:Institution {name: 'Frauenhaus Bitterfeld-Wolfen'})
       SET i.street = 'Geheimweg 7', i.postalCode = '99999'`,
    );
    for (const headers of [{}, AS_MEMBER]) {
      const response = await download(api.app.url, 'csv', headers);
      const rows = await csvRows(response);
      const shelter = rows.find((row) => row[2] === 'Frauenhaus Bitterfeld-Wolfen');
      expect(shelter?.[6]).toBe('Adresse geschützt');
      expect(rows.flat().join('\n')).not.toMatch(/Geheimweg|99999/);
    }
  });

  it('writes the same list as an Excel workbook with the network in its title', async () => {
    const response = await download(api.app.url, 'xlsx', AS_MEMBER);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('.xlsx');
    const [sheet] = await readXlsxFile(Buffer.from(await response.arrayBuffer()));
    expect(sheet?.sheet).toBe('Mitglieder');
    expect(sheet?.data[0]?.[0]).toBe(
      'Mitglieder: Arbeitskreis gegen Gewalt des Landkreises Anhalt-Bitterfeld',
    );
    const wolf = sheet?.data.find((row) => row[2] === 'Petra Wolf');
    expect(wolf?.[0]).toBe('Koordination');
    expect(wolf?.[7]).toBe('+49 30 23125 325');
  });

  it('asks for the network by name and says when it does not exist', async () => {
    const missing = await fetch(`${api.app.url}/export/network-members.csv`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { field: 'network' } });
    const unknown = await download(api.app.url, 'csv', AS_MEMBER, 'net:gibt_es_nicht');
    expect(unknown.status).toBe(404);
  });
});
