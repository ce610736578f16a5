import { type Connection, createInstitution, useTestApi } from '../../test/fixtures';

const CREATE = `
mutation($input: CreateServiceInput!) { createService(input: $input) { id } }`;

/** Reading services: list filters, pages, and services and institutions read from other types. */
describe('services over GraphQL: lists (real Neo4j)', () => {
  const api = useTestApi();

  describe('list filters', () => {
    let provider: string;
    let school: string;

    async function create(input: Record<string, unknown>): Promise<void> {
      const result = await api.query(CREATE, {
        input: { topics: ['parenting_support'], ...input },
      });
      expect(result.errors).toBeUndefined();
    }

    beforeAll(async () => {
      provider = await createInstitution(
        api,
        'Filterträger',
        'CHILD_PROTECTION_ADVICE_UNIT',
        'zerbst',
      );
      school = await createInstitution(api, 'Filterschule', 'SCHOOL', 'zerbst');
      const make = (input: Record<string, unknown>) =>
        create({ institutionId: provider, ...input });
      await make({ name: 'F Kleinkind', minAge: 0, maxAge: 3, area: ['zoerbig'] });
      await make({ name: 'F Schulkind', minAge: 6, maxAge: 14, area: ['aken', 'zoerbig'] });
      await make({
        name: 'F Erwachsene',
        minAge: 18,
        topics: ['domestic_violence'],
        targetGroups: ['women'],
        available24x7: true,
        selfReferral: false,
        languages: ['DE', 'AR'],
      });
      await make({ name: 'F Ohne Grenzen', area: ['aken'] });
      await create({
        institutionId: school,
        name: 'F Schulsozialarbeit',
        topics: ['child_neglect'],
      });
    });

    async function names(filter: Record<string, unknown>): Promise<string[]> {
      const result = await api.query<{ services: { nodes: { name: string }[] } }>(
        'query($filter: ServiceFilterInput) { services(first: 50, filter: $filter) { nodes { name } } }',
        { filter: { institutions: [provider, school], ...filter } },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.services.nodes.map((node) => node.name);
    }

    it('matches an age when minAge ≤ age < maxAge, with missing limits open', async () => {
      expect(await names({ age: 2 })).toEqual([
        'F Kleinkind',
        'F Ohne Grenzen',
        'F Schulsozialarbeit',
      ]);
      expect(await names({ age: 3 })).toEqual(['F Ohne Grenzen', 'F Schulsozialarbeit']);
      expect(await names({ age: 6 })).toEqual([
        'F Ohne Grenzen',
        'F Schulkind',
        'F Schulsozialarbeit',
      ]);
      expect(await names({ age: 40 })).toEqual([
        'F Erwachsene',
        'F Ohne Grenzen',
        'F Schulsozialarbeit',
      ]);
    });

    it('filters by service area, topic (a group includes its topics) and target group', async () => {
      expect(await names({ municipalities: ['aken'] })).toEqual(['F Ohne Grenzen', 'F Schulkind']);
      expect(await names({ topics: ['violence_close_relationships'] })).toEqual(['F Erwachsene']);
      expect(await names({ topics: ['child_endangerment'] })).toEqual(['F Schulsozialarbeit']);
      expect(await names({ targetGroups: ['women'] })).toEqual(['F Erwachsene']);
    });

    it('filters by institution, kind, language, 24/7, self-referral and text', async () => {
      expect(await names({ institutions: [school] })).toEqual(['F Schulsozialarbeit']);
      expect(await names({ institutionKinds: ['SCHOOL'] })).toEqual(['F Schulsozialarbeit']);
      expect(await names({ languages: ['AR'] })).toEqual(['F Erwachsene']);
      expect(await names({ available24x7: true })).toEqual(['F Erwachsene']);
      expect(await names({ selfReferral: false })).toEqual(['F Erwachsene']);
      expect(await names({ text: 'schulsozial' })).toEqual(['F Schulsozialarbeit']);
    });

    it('pages with cursors and counts the total', async () => {
      type Page = { services: Connection<{ name: string }> };
      const query = `query($after: String, $filter: ServiceFilterInput) {
        services(first: 3, after: $after, filter: $filter) {
          totalCount nodes { name } pageInfo { hasNextPage endCursor }
        }
      }`;
      const filter = { institutions: [provider, school] };
      const one = await api.query<Page>(query, { filter });
      expect(one.data?.services).toMatchObject({
        totalCount: 5,
        nodes: [{ name: 'F Erwachsene' }, { name: 'F Kleinkind' }, { name: 'F Ohne Grenzen' }],
        pageInfo: { hasNextPage: true },
      });
      const two = await api.query<Page>(query, {
        filter,
        after: one.data?.services.pageInfo.endCursor,
      });
      expect(two.data?.services).toMatchObject({
        nodes: [{ name: 'F Schulkind' }, { name: 'F Schulsozialarbeit' }],
        pageInfo: { hasNextPage: false },
      });
    });

    it('rejects unknown codes in a filter', async () => {
      const result = await api.query(
        '{ services(filter: { topics: ["astrology"] }) { totalCount } }',
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.topics',
      });
    });

    it('reads services from institutions, topics and regions, and institutions from regions', async () => {
      const result = await api.query<{
        institution: { services: { name: string }[] };
        topic: { services: { nodes: { name: string }[] } };
        municipalities: {
          id: string;
          services: { nodes: { name: string }[] };
          institutions: { nodes: { name: string }[] };
        }[];
      }>(
        `query($id: ID!) {
          institution(id: $id) { services { name } }
          topic(id: "child_endangerment") { services(first: 200) { nodes { name } } }
          municipalities { id services { nodes { name } } institutions { nodes { name } } }
        }`,
        { id: provider },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.institution.services.map((s) => s.name)).toEqual([
        'F Erwachsene',
        'F Kleinkind',
        'F Ohne Grenzen',
        'F Schulkind',
      ]);
      expect(result.data?.topic.services.nodes.map((s) => s.name)).toContain('F Schulsozialarbeit');
      const region = (id: string) => result.data?.municipalities.find((m) => m.id === id);
      expect(region('zoerbig')?.services.nodes.map((s) => s.name)).toEqual([
        'F Kleinkind',
        'F Schulkind',
      ]);
      expect(region('zerbst')?.institutions.nodes.map((i) => i.name)).toEqual([
        'Filterschule',
        'Filterträger',
      ]);
      // The institution with its services (one compiled statement), then one round trip per
      // list field of the taxonomy entries (loaders), however many municipalities.
      expect(result.extensions?.neo4j?.roundTrips).toBe(4);
    });

    it('pages the institutions and services of a region and the services of a topic', async () => {
      type Page = Connection<{ name: string }>;
      const PAGE = `query($after: String) {
        municipalities { id institutions(first: 1, after: $after) {
          totalCount nodes { name } pageInfo { hasNextPage endCursor } } } }`;
      const zerbst = async (after: string | null) => {
        const result = await api.query<{ municipalities: { id: string; institutions: Page }[] }>(
          PAGE,
          { after },
        );
        expect(result.errors).toBeUndefined();
        return result.data!.municipalities.find((m) => m.id === 'zerbst')!.institutions;
      };
      const first = await zerbst(null);
      expect(first).toMatchObject({ totalCount: 2, nodes: [{ name: 'Filterschule' }] });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await zerbst(first.pageInfo.endCursor);
      expect(second).toMatchObject({
        totalCount: 2,
        nodes: [{ name: 'Filterträger' }],
        pageInfo: { hasNextPage: false },
      });
      for (const query of [
        '{ municipalities { institutions(first: 201) { totalCount } } }',
        '{ municipalities { services(first: 0) { totalCount } } }',
        '{ topic(id: "child_endangerment") { services(first: 500) { totalCount } } }',
      ]) {
        const refused = await api.query(query);
        expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    });
  });
});
