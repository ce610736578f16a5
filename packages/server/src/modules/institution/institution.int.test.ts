import { type Connection, useTestApi } from '../../test/fixtures';

const CREATE = `
mutation Create($input: CreateInstitutionInput!) {
  createInstitution(input: $input) { id name kind version municipality { id } street phone email }
}`;
const UPDATE = `
mutation Update($input: UpdateInstitutionInput!) {
  updateInstitution(input: $input) { id name kind version operator municipality { id } street postalCode }
}`;

interface Created {
  createInstitution: { id: string; name: string; version: number; kind: string };
}

describe('institutions over GraphQL (real Neo4j)', () => {
  const api = useTestApi();

  async function create(input: Record<string, unknown>): Promise<Created['createInstitution']> {
    const result = await api.query<Created>(CREATE, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.createInstitution;
  }

  async function count(): Promise<number> {
    const [row] = await api.cypher<{ n: number }>('MATCH (n:Institution) RETURN count(n) AS n');
    return row?.n ?? 0;
  }

  it('creates an institution located in its municipality', async () => {
    const created = await create({
      name: 'Familienberatung Aken',
      kind: 'FAMILY_COUNSELLING_CENTRE',
      municipality: 'aken',
      phone: '+49 30 23125 111',
      email: 'info@beratung-aken.example',
    });
    expect(created).toMatchObject({
      name: 'Familienberatung Aken',
      kind: 'FAMILY_COUNSELLING_CENTRE',
      version: 1,
    });
    const rows = await api.cypher<{ m: string }>(
      'MATCH (:Institution {id: $id})-[:LOCATED_IN]->(m:Region) RETURN m.id AS m',
      { id: created.id },
    );
    expect(rows).toEqual([{ m: 'aken' }]);
  });

  it.each([
    ['email', { email: 'info@' }, /e-mail/],
    ['phone', { phone: 'call me' }, /phone number/],
    ['website', { website: 'ftp://x.example' }, /http/],
    ['name', { name: 'A' }, /longer than or equal to 2/],
    ['postalCode', { postalCode: '123' }, /five digits/],
    ['lastVerifiedAt', { lastVerifiedAt: '2024-02-30' }, /YYYY-MM-DD/],
    [
      'openingHours.0.opens',
      { openingHours: [{ day: 'MON', opens: '9', closes: '12:00' }] },
      /HH:MM/,
    ],
    [
      'openingHours.0.closes',
      { openingHours: [{ day: 'MON', opens: '12:00', closes: '09:00' }] },
      /later/,
    ],
    ['municipality', { municipality: 'atlantis' }, /unknown municipality/],
    ['street', { kind: 'WOMENS_SHELTER', street: 'Geheimweg 1' }, /never stored/],
  ])(
    'rejects a bad %s with BAD_USER_INPUT naming the field, and writes nothing',
    async (field, patch, message) => {
      const before = await count();
      const result = await api.query(CREATE, {
        input: { name: 'Testeinrichtung', kind: 'SCHOOL', municipality: 'zerbst', ...patch },
      });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await count()).toBe(before);
    },
  );

  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const created = await create({
      name: 'Kita Sonnenschein',
      kind: 'CHILDCARE_CENTRE',
      municipality: 'zoerbig',
    });
    const first = await api.query<{ updateInstitution: { version: number; operator: string } }>(
      UPDATE,
      {
        input: { id: created.id, version: 1, operator: 'Stadt Zörbig', municipality: 'koethen' },
      },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateInstitution).toMatchObject({
      version: 2,
      operator: 'Stadt Zörbig',
      municipality: { id: 'koethen' },
    });

    const stale = await api.query(UPDATE, {
      input: { id: created.id, version: 1, name: 'Überschrieben' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'version',
      currentVersion: 2,
    });
    const [row] = await api.cypher<{ name: string }>(
      'MATCH (n:Institution {id: $id}) RETURN n.name AS name',
      {
        id: created.id,
      },
    );
    expect(row?.name).toBe('Kita Sonnenschein');
  });

  /** What the database holds for one institution: its kind and its address fields. */
  async function stored(id: string): Promise<Record<string, unknown> | undefined> {
    const [row] = await api.cypher(
      'MATCH (n:Institution {id: $id}) RETURN n.kind AS kind, n.street AS street, n.postalCode AS postalCode, n.version AS version',
      { id },
    );
    return row;
  }

  /** A women's centre in Köthen with a public address (the kind may have one). */
  const centreAt = (street: string) =>
    create({
      name: `Frauenzentrum ${street}`,
      kind: 'WOMENS_CENTRE',
      municipality: 'koethen',
      street,
      postalCode: '06366',
    });

  it.each([
    ['street', { street: 'Geheimweg 1' }],
    ['postalCode', { postalCode: '06366' }],
  ])(
    "refuses to give a women's shelter a %s on update (BAD_USER_INPUT), and stores no address",
    async (field, patch) => {
      const shelter = await create({
        name: 'Frauenhaus Anhalt',
        kind: 'WOMENS_SHELTER',
        municipality: 'koethen',
      });
      const result = await api.query(UPDATE, { input: { id: shelter.id, version: 1, ...patch } });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0]?.message).toMatch(/protected institution is never stored/);
      expect(await stored(shelter.id)).toEqual({
        kind: 'womens_shelter',
        street: null,
        postalCode: null,
        version: 1,
      });
    },
  );

  it("refuses to turn an institution with an address into a women's shelter while it keeps that address", async () => {
    const centre = await centreAt('Lindenweg 3');
    const result = await api.query(UPDATE, {
      input: { id: centre.id, version: 1, kind: 'WOMENS_SHELTER' },
    });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'street',
      problems: [
        { field: 'street', message: expect.stringMatching(/never stored/) as unknown },
        { field: 'postalCode', message: expect.stringMatching(/never stored/) as unknown },
      ],
    });
    // Nothing changed: still the women's centre with its public address.
    expect(await stored(centre.id)).toEqual({
      kind: 'womens_centre',
      street: 'Lindenweg 3',
      postalCode: '06366',
      version: 1,
    });
  });

  it("turns an institution into a women's shelter when the same change clears its address", async () => {
    const centre = await centreAt('Am Markt 1');
    const result = await api.query<{ updateInstitution: Record<string, unknown> }>(UPDATE, {
      input: { id: centre.id, version: 1, kind: 'WOMENS_SHELTER', street: null, postalCode: null },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateInstitution).toMatchObject({
      kind: 'WOMENS_SHELTER',
      version: 2,
      street: null,
      postalCode: null,
    });
    expect(await stored(centre.id)).toEqual({
      kind: 'womens_shelter',
      street: null,
      postalCode: null,
      version: 2,
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const result = await api.query(UPDATE, { input: { id: 'org:none', version: 1, name: 'X y' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('lists with filters, pages with cursors, and counts the total', async () => {
    for (const name of ['Schule A', 'Schule B', 'Schule C']) {
      await create({ name, kind: 'SCHOOL', municipality: 'muldestausee', languages: ['DE', 'RU'] });
    }
    const page = `query($after: String) {
      institutions(first: 2, after: $after, filter: { kinds: [SCHOOL], municipalities: ["muldestausee"], languages: [RU] }) {
        totalCount nodes { name } pageInfo { hasNextPage endCursor }
      }
    }`;
    type Page = { institutions: Connection<{ name: string }> };
    const one = await api.query<Page>(page);
    expect(one.data?.institutions).toMatchObject({
      totalCount: 3,
      nodes: [{ name: 'Schule A' }, { name: 'Schule B' }],
      pageInfo: { hasNextPage: true },
    });
    const two = await api.query<Page>(page, { after: one.data?.institutions.pageInfo.endCursor });
    expect(two.data?.institutions).toMatchObject({
      nodes: [{ name: 'Schule C' }],
      pageInfo: { hasNextPage: false },
    });

    const bad = await api.query(page, { after: 'nonsense' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('finds institutions by words of their name', async () => {
    await create({
      name: 'Suchtberatung Raguhn',
      kind: 'ADDICTION_COUNSELLING_CENTRE',
      municipality: 'raguhn_jessnitz',
    });
    const result = await api.query<{ institutions: { nodes: { name: string }[] } }>(
      '{ institutions(filter: { text: "suchtberat rag" }) { nodes { name } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.institutions.nodes).toEqual([{ name: 'Suchtberatung Raguhn' }]);
  });

  it('deletes with the current version', async () => {
    const created = await create({ name: 'Zum Löschen', kind: 'SCHOOL', municipality: 'aken' });
    const result = await api.query<{ deleteInstitution: string }>(
      'mutation($id: ID!) { deleteInstitution(id: $id, version: 1) }',
      { id: created.id },
    );
    expect(result.data?.deleteInstitution).toBe(created.id);
    expect(
      await api.cypher('MATCH (n:Institution {id: $id}) RETURN n', { id: created.id }),
    ).toEqual([]);
  });
});
