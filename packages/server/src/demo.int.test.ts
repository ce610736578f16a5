import { SeedRepository } from './modules/seed/seed.repository';
import { SeedService } from './modules/seed/seed.service';
import { Neo4jExecutor } from './neo4j/executor';
import { DEMO_DATA } from '@schutznetz/demo-data';
import { useTestApi } from './test/fixtures';
import { SHOWCASE, startTestApi } from './test/graphql';

interface Showcase {
  people: {
    totalCount: number;
    nodes: {
      displayName: string;
      email: string | null;
      phone: string | null;
      employments: { institution: { name: string } }[];
      expertise: { topic: { id: string } }[];
    }[];
  };
}

describe('the demo data over GraphQL (real Neo4j)', () => {
  const TOKEN = 'analyst-token-0123456789abcdef';
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${TOKEN}:analyst:Jugendhilfeplanung`,
    }),
  );

  const asAnalyst = { authorization: `Bearer ${TOKEN}` };

  it('loads every institution, person and network of the data set', async () => {
    const result = await api.query<{
      institutions: { totalCount: number };
      people: { totalCount: number };
      networks: { totalCount: number };
    }>(
      '{ institutions { totalCount } people { totalCount } networks { totalCount } }',
      {},
      asAnalyst,
    );
    expect(result.data).toEqual({
      institutions: { totalCount: DEMO_DATA.institutions.length },
      people: { totalCount: DEMO_DATA.people.length },
      networks: { totalCount: DEMO_DATA.networks.length },
    });
  });

  it('answers the showcase question with reachable experts, in a bounded number of round trips', async () => {
    const all = await api.query<Showcase>(SHOWCASE, { first: 100 }, asAnalyst);
    expect(all.errors).toBeUndefined();
    const people = all.data!.people;
    expect(people.totalCount).toBeGreaterThanOrEqual(2);
    for (const person of people.nodes) {
      expect(person.email ?? person.phone).toBeTruthy();
      expect(person.expertise.map((e) => e.topic.id)).toContain('parental_mental_illness');
      expect(person.employments.length).toBeGreaterThan(0);
    }
    // Each person really is in Köthen and in the network, by the database's own account.
    const check = await api.cypher<{ n: number }>(
      `MATCH (p:Person)-[:MEMBER_OF]->(:Network {id: 'net:fruehe_hilfen'}),
             (p)-[:WORKS_AT]->(:Institution)-[:LOCATED_IN]->(:Region {id: 'koethen'}),
             (p)-[:HAS_EXPERTISE]->(:Topic {id: 'parental_mental_illness'})
       RETURN count(DISTINCT p) AS n`,
    );
    expect(people.totalCount).toBe(check[0]?.n);

    const one = await api.query<Showcase>(SHOWCASE, { first: 1 }, asAnalyst);
    expect(one.extensions?.neo4j?.roundTrips).toBe(all.extensions?.neo4j?.roundTrips);
  });

  it('hides people and their contacts from the public view', async () => {
    const people = await api.query(SHOWCASE, { first: 5 });
    expect(people.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const search = await api.query<{ search: { kind: string }[] }>(
      '{ search(text: "Frühe Hilfen", first: 50) { kind } }',
    );
    expect(search.errors).toBeUndefined();
    expect(search.data?.search.length).toBeGreaterThan(0);
    expect(search.data?.search.map((hit) => hit.kind)).not.toContain('PERSON');
  });

  it('never stores the address of a women’s shelter', async () => {
    const rows = await api.cypher<{ n: number }>(
      "MATCH (i:Institution) WHERE i.kind IN ['womens_shelter', 'protected_flat'] AND (i.street IS NOT NULL OR i.postalCode IS NOT NULL) RETURN count(i) AS n",
    );
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('finds institutions, services and people by words, best first', async () => {
    const result = await api.query<{
      search: {
        kind: string;
        score: number;
        node: { __typename: string; name?: string; functionTitle?: string; title?: string };
      }[];
    }>(
      '{ search(text: "frauenhaus", first: 10) { kind score node { __typename ... on Institution { name } ... on Service { name } ... on Person { functionTitle } ... on Network { name } ... on Meeting { title } ... on Training { title } } } }',
      {},
      asAnalyst,
    );
    expect(result.errors).toEqual(undefined);
    const hits = result.data!.search;
    for (const hit of hits) {
      expect(hit.node.name ?? hit.node.functionTitle ?? hit.node.title).toMatch(/frauenh/i);
      expect(hit.node.__typename).toBe(hit.kind.charAt(0) + hit.kind.slice(1).toLowerCase());
    }
    expect(hits.map((hit) => hit.kind)).toEqual(expect.arrayContaining(['INSTITUTION', 'PERSON']));
    const scores = hits.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('seeds idempotently: a second run changes no counts', async () => {
    const count = async () =>
      api.cypher<{ nodes: number; rels: number }>(
        'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
      );
    const before = await count();
    await new SeedService(new SeedRepository(new Neo4jExecutor(api.driver, 'neo4j'))).seed(
      DEMO_DATA,
    );
    expect(await count()).toEqual(before);
  });
});
