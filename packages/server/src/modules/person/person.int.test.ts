import { expectError, useTestApi } from '../../test/fixtures';
import { ADD_EMPLOYMENT, PERSON_FIELDS, personFixtures, type PersonShape } from '../../test/people';

const CREATE = `
mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `
mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON_FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) }';

/** Creating, updating and deleting people (employments, expertise, lists: person-*.int.test.ts). */
describe('people over GraphQL (real Neo4j)', () => {
  const api = useTestApi();
  const { createInstitution, createPerson, named, snapshot } = personFixtures(api);

  describe('createPerson', () => {
    it('creates a named person with work contact data', async () => {
      const person = await named('Katrin', 'Lehmhaus', {
        email: 'k.lehmhaus@jugendamt.example',
        phone: '+49 3496 60 1234',
        languages: ['DE', 'RU'],
        qualifications: ['INSOFA'],
      });
      expect(person).toMatchObject({
        givenName: 'Katrin',
        familyName: 'Lehmhaus',
        displayName: 'Katrin Lehmhaus',
        email: 'k.lehmhaus@jugendamt.example',
        phone: '+49 3496 60 1234',
        languages: ['DE', 'RU'],
        qualifications: ['INSOFA'],
        listingBasis: 'CONSENT',
        isFictional: false,
        version: 1,
        updatedBy: 'anonymous',
      });
      expect(person.id).toMatch(/^person:/);
      const [row] = await api.cypher<{ sortKey: string }>(
        'MATCH (p:Person {id: $id}) RETURN p.sortKey AS sortKey',
        { id: person.id },
      );
      expect(row?.sortKey).toBe('lehmhaus katrin');
    });

    it('creates a role contact without a name, shown by its function', async () => {
      const person = await createPerson({
        functionTitle: 'Team Frauenhaus',
        listingBasis: 'ROLE_CONTACT',
        phone: '0340 123456',
      });
      expect(person).toMatchObject({
        givenName: null,
        familyName: null,
        displayName: 'Team Frauenhaus',
        languages: ['DE'],
        qualifications: [],
        email: null,
      });
    });

    const valid = {
      givenName: 'Jana',
      familyName: 'Richter',
      functionTitle: 'Beraterin',
      listingBasis: 'CONSENT',
    };
    it.each([
      ['givenName', { givenName: '' }, /longer than or equal to 1/],
      ['familyName', { familyName: 'x'.repeat(101) }, /shorter than or equal to 100/],
      ['givenName', { givenName: '   ' }, /blank/],
      ['functionTitle', { functionTitle: 'B' }, /longer than or equal to 2/],
      ['email', { email: 'jana@' }, /e-mail/],
      ['phone', { phone: 'ruf an' }, /phone number/],
      ['familyName', { familyName: null }, /given name/],
      ['givenName', { givenName: null }, /family name/],
      ['listingBasis', { givenName: null, familyName: null }, /ROLE_CONTACT/],
      ['listingBasis', { listingBasis: 'ROLE_CONTACT' }, /with a name/],
    ])(
      'rejects a bad %s with BAD_USER_INPUT naming the field, and writes nothing',
      async (field, patch, message) => {
        const before = await snapshot();
        const result = await api.query(CREATE, { input: { ...valid, ...patch } });
        expectError(result, 'BAD_USER_INPUT', field, message);
        expect(await snapshot()).toEqual(before);
      },
    );
  });

  describe('updatePerson and deletePerson', () => {
    it('updates with the current version, re-sorting by the new name', async () => {
      const person = await named('Heike', 'Adler');
      const result = await api.query<{ updatePerson: PersonShape }>(UPDATE, {
        input: { id: person.id, version: 1, familyName: 'Zander', email: 'h.zander@x.example' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.updatePerson).toMatchObject({
        displayName: 'Heike Zander',
        email: 'h.zander@x.example',
        functionTitle: 'Sozialarbeiterin',
        version: 2,
      });
      const [row] = await api.cypher<{ sortKey: string }>(
        'MATCH (p:Person {id: $id}) RETURN p.sortKey AS sortKey',
        { id: person.id },
      );
      expect(row?.sortKey).toBe('zander heike');
    });

    it('turns a person into a role contact when names and basis change together', async () => {
      const person = await named('Olaf', 'Brandt');
      const result = await api.query<{ updatePerson: PersonShape }>(UPDATE, {
        input: {
          id: person.id,
          version: 1,
          givenName: null,
          familyName: null,
          listingBasis: 'ROLE_CONTACT',
          functionTitle: 'Leitung Interventionsstelle',
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.updatePerson).toMatchObject({
        givenName: null,
        familyName: null,
        displayName: 'Leitung Interventionsstelle',
      });
    });

    it.each([
      ['listingBasis', { givenName: null, familyName: null }],
      ['givenName', { givenName: null }],
      ['functionTitle', { functionTitle: null }],
      ['listingBasis', { listingBasis: null }],
      ['email', { email: 'nicht-da' }],
    ])('rejects an update leaving a bad %s, and writes nothing', async (field, patch) => {
      const person = await named('Uta', 'Weber');
      const before = await snapshot();
      const result = await api.query(UPDATE, { input: { id: person.id, version: 1, ...patch } });
      expectError(result, 'BAD_USER_INPUT', field);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
      const person = await named('Tom', 'Schulz');
      const first = await api.query(UPDATE, {
        input: { id: person.id, version: 1, functionTitle: 'Schulsozialarbeiter' },
      });
      expect(first.errors).toBeUndefined();
      const stale = await api.query(UPDATE, {
        input: { id: person.id, version: 1, functionTitle: 'Überschrieben' },
      });
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'version',
        currentVersion: 2,
      });
      const staleDelete = await api.query(DELETE, { id: person.id, version: 1 });
      expect(staleDelete.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
      const [row] = await api.cypher<{ title: string }>(
        'MATCH (p:Person {id: $id}) RETURN p.functionTitle AS title',
        { id: person.id },
      );
      expect(row?.title).toBe('Schulsozialarbeiter');
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const update = await api.query(UPDATE, {
        input: { id: 'person:none', version: 1, functionTitle: 'Xy' },
      });
      expectError(update, 'NOT_FOUND', 'id');
      const remove = await api.query(DELETE, { id: 'person:none', version: 1 });
      expectError(remove, 'NOT_FOUND', 'id');
    });

    it('deletes a person with their relationships', async () => {
      const institution = await createInstitution('Jugendamt Löschtest');
      const person = await named('Lea', 'Lorenz');
      await api.query(ADD_EMPLOYMENT, {
        personId: person.id,
        institutionId: institution,
        role: 'Fachkraft',
      });
      const result = await api.query<{ deletePerson: string }>(DELETE, {
        id: person.id,
        version: 2,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.deletePerson).toBe(person.id);
      expect(await api.cypher('MATCH (p:Person {id: $id}) RETURN p', { id: person.id })).toEqual(
        [],
      );
      expect(
        await api.cypher('MATCH (:Institution {id: $id})<-[w:WORKS_AT]-() RETURN w', {
          id: institution,
        }),
      ).toEqual([]);
    });
  });
});
