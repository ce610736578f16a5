import { expectError, useTestApi } from '../../test/fixtures';
import { ADD_EMPLOYMENT, SET_EXPERTISE, personFixtures } from '../../test/people';

const REMOVE_EMPLOYMENT = `
mutation($personId: ID!, $institutionId: ID!) {
  removeEmployment(personId: $personId, institutionId: $institutionId) { id version employments { role } }
}`;
const REMOVE_EXPERTISE = `
mutation($personId: ID!, $topic: ID!) {
  removeExpertise(personId: $personId, topic: $topic) { id version expertise { topic { id } } }
}`;

/** A person's employments and expertise. */
describe('people over GraphQL: employments and expertise (real Neo4j)', () => {
  const api = useTestApi();
  const { createInstitution, named, snapshot } = personFixtures(api);

  describe('employments', () => {
    it('adds, changes and removes an employment, bumping the person’s version', async () => {
      const institution = await createInstitution('Jugendamt Köthen');
      const person = await named('Sabine', 'Krüger');
      type Added = {
        addEmployment: {
          version: number;
          employments: {
            role: string;
            since: string | null;
            institution: { id: string; name: string };
            person: { id: string };
          }[];
        };
      };
      const added = await api.query<Added>(ADD_EMPLOYMENT, {
        personId: person.id,
        institutionId: institution,
        role: 'Fachkraft ASD',
        since: '2019-04-01',
      });
      expect(added.errors).toBeUndefined();
      expect(added.data?.addEmployment).toEqual({
        id: person.id,
        version: 2,
        employments: [
          {
            role: 'Fachkraft ASD',
            since: '2019-04-01',
            institution: { id: institution, name: 'Jugendamt Köthen' },
            person: { id: person.id },
          },
        ],
      });

      const changed = await api.query<Added>(ADD_EMPLOYMENT, {
        personId: person.id,
        institutionId: institution,
        role: 'Teamleitung ASD',
      });
      expect(changed.data?.addEmployment).toMatchObject({
        version: 3,
        employments: [{ role: 'Teamleitung ASD', since: null }],
      });

      const staff = await api.query<{
        institution: { people: { role: string; person: { displayName: string } }[] };
      }>('query($id: ID!) { institution(id: $id) { people { role person { displayName } } } }', {
        id: institution,
      });
      expect(staff.data?.institution.people).toEqual([
        { role: 'Teamleitung ASD', person: { displayName: 'Sabine Krüger' } },
      ]);

      const removed = await api.query<{
        removeEmployment: { version: number; employments: unknown[] };
      }>(REMOVE_EMPLOYMENT, { personId: person.id, institutionId: institution });
      expect(removed.errors).toBeUndefined();
      expect(removed.data?.removeEmployment).toMatchObject({ version: 4, employments: [] });
    });

    it.each([
      ['personId', 'NOT_FOUND', { personId: 'person:none' }],
      ['institutionId', 'NOT_FOUND', { institutionId: 'org:none' }],
      ['role', 'BAD_USER_INPUT', { role: 'X' }],
      ['role', 'BAD_USER_INPUT', { role: '   ' }],
      ['since', 'BAD_USER_INPUT', { since: '2020-13-01' }],
    ])(
      'rejects addEmployment with a bad %s (%s), and writes nothing',
      async (field, code, patch) => {
        const institution = await createInstitution('Beratungsstelle Fehlerfall');
        const person = await named('Eva', 'Fehler');
        const before = await snapshot();
        const result = await api.query(ADD_EMPLOYMENT, {
          personId: person.id,
          institutionId: institution,
          role: 'Beraterin',
          ...patch,
        });
        expectError(result, code, field);
        expect(await snapshot()).toEqual(before);
      },
    );

    it('answers NOT_FOUND when removing an employment that does not exist, and writes nothing', async () => {
      const institution = await createInstitution('Kita Ohne Personal', 'CHILDCARE_CENTRE');
      const person = await named('Ines', 'Ohnestelle');
      const before = await snapshot();
      for (const [variables, field] of [
        [{ personId: person.id, institutionId: institution }, 'institutionId'],
        [{ personId: person.id, institutionId: 'org:none' }, 'institutionId'],
        [{ personId: 'person:none', institutionId: institution }, 'personId'],
      ] as const) {
        expectError(await api.query(REMOVE_EMPLOYMENT, variables), 'NOT_FOUND', field);
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('expertise', () => {
    it('sets, replaces and removes expertise; topics list their experts, groups included', async () => {
      const person = await named('Mara', 'Expertin');
      type Set = {
        setExpertise: {
          version: number;
          expertise: {
            level: string;
            qualification: string | null;
            since: string | null;
            validUntil: string | null;
            topic: { id: string };
            person: { id: string };
          }[];
        };
      };
      const set = await api.query<Set>(SET_EXPERTISE, {
        input: {
          personId: person.id,
          topic: 'domestic_violence',
          level: 'ADVANCED',
          qualification: 'TRAUMA_COUNSELLING',
          since: '2020-01-01',
          validUntil: '2026-12-31',
        },
      });
      expect(set.errors).toBeUndefined();
      expect(set.data?.setExpertise).toEqual({
        id: person.id,
        version: 2,
        expertise: [
          {
            level: 'ADVANCED',
            qualification: 'TRAUMA_COUNSELLING',
            since: '2020-01-01',
            validUntil: '2026-12-31',
            topic: { id: 'domestic_violence' },
            person: { id: person.id },
          },
        ],
      });

      const replaced = await api.query<Set>(SET_EXPERTISE, {
        input: { personId: person.id, topic: 'domestic_violence', level: 'EXPERT' },
      });
      expect(replaced.data?.setExpertise).toMatchObject({
        version: 3,
        expertise: [{ level: 'EXPERT', qualification: null, since: null, validUntil: null }],
      });

      type Experts = { topic: { experts: { person: { displayName: string } }[] } };
      const experts = (id: string) =>
        api.query<Experts>(
          'query($id: ID!) { topic(id: $id) { experts { person { displayName } } } }',
          { id },
        );
      for (const topic of ['domestic_violence', 'violence_close_relationships']) {
        expect((await experts(topic)).data?.topic.experts).toEqual([
          { person: { displayName: 'Mara Expertin' } },
        ]);
      }
      expect((await experts('stalking')).data?.topic.experts).toEqual([]);

      const removed = await api.query<{
        removeExpertise: { version: number; expertise: unknown[] };
      }>(REMOVE_EXPERTISE, { personId: person.id, topic: 'domestic_violence' });
      expect(removed.errors).toBeUndefined();
      expect(removed.data?.removeExpertise).toMatchObject({ version: 4, expertise: [] });
    });

    it.each([
      ['topic', 'BAD_USER_INPUT', { topic: 'astrology' }],
      ['personId', 'NOT_FOUND', { personId: 'person:none' }],
      ['validUntil', 'BAD_USER_INPUT', { since: '2024-05-01', validUntil: '2024-05-01' }],
      ['since', 'BAD_USER_INPUT', { since: '01.05.2024' }],
      ['validUntil', 'BAD_USER_INPUT', { validUntil: '2024-02-30' }],
    ])(
      'rejects setExpertise with a bad %s (%s), and writes nothing',
      async (field, code, patch) => {
        const person = await named('Nils', 'Nochnicht');
        const before = await snapshot();
        const result = await api.query(SET_EXPERTISE, {
          input: { personId: person.id, topic: 'stalking', level: 'BASIC', ...patch },
        });
        expectError(result, code, field);
        expect(await snapshot()).toEqual(before);
      },
    );

    it('rejects removing unknown or absent expertise, and writes nothing', async () => {
      const person = await named('Olga', 'Ohnethema');
      const before = await snapshot();
      expectError(
        await api.query(REMOVE_EXPERTISE, { personId: person.id, topic: 'astrology' }),
        'BAD_USER_INPUT',
        'topic',
      );
      expectError(
        await api.query(REMOVE_EXPERTISE, { personId: person.id, topic: 'stalking' }),
        'NOT_FOUND',
        'topic',
      );
      expectError(
        await api.query(REMOVE_EXPERTISE, { personId: 'person:none', topic: 'stalking' }),
        'NOT_FOUND',
        'personId',
      );
      expect(await snapshot()).toEqual(before);
    });
  });
});
