/**
 * The API bench's three operations, each with its hand-written Cypher: `npm run bench:api`
 * (packages/server/bench) times both, and the compiler and execution tests run the operations.
 */
import { Label, Rel } from '@schutznetz/domain';
import { expandTopics } from '../validation';

/**
 * One representative GraphQL operation and the best single hand-written Cypher statement that
 * returns the same data in the same shape (`RETURN … AS data` mirrors GraphQL's `data`), so the
 * two results can be compared item by item.
 */
export interface BenchQuery {
  readonly id: string;
  readonly title: string;
  readonly graphql: string;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Path in `data` of the top-level list, e.g. ['institutions', 'nodes']. */
  readonly topLevel: readonly string[];
  /** Lists whose order the API leaves open (e.g. 'institutions.nodes.services.topics'). */
  readonly unorderedLists: readonly string[];
}

export interface QueryChoices {
  /** Municipalities of the directory (Q1). */
  readonly municipalities: readonly string[];
  /** The Netzwerk Frühe Hilfen (Q2). */
  readonly earlySupportNetworkId: string;
  /** Municipality and topic of the analyst's question (Q2). */
  readonly analystMunicipality: string;
  readonly analystTopic: string;
  /** The network of the overview (Q3). */
  readonly overviewNetworkId: string;
  /** Whether the schema has `Membership.person` (Q3 asks for it only then). */
  readonly membershipHasPerson: boolean;
}

const { Institution, Person, Region, Service, Topic, Network } = Label;
const { WORKS_AT, HAS_EXPERTISE, OFFERS, ADDRESSES_TOPIC, LOCATED_IN, MEMBER_OF, REFERS_TO } = Rel;

/** `displayName` as the API computes it: the full name, or the function of a role contact. */
const displayName = (p: string) =>
  `CASE WHEN ${p}.givenName <> '' AND ${p}.familyName <> '' THEN ${p}.givenName + ' ' + ${p}.familyName ELSE ${p}.functionTitle END`;

const DIRECTORY_GRAPHQL = `
query Directory($municipalities: [ID!]) {
  institutions(first: 100, filter: { municipalities: $municipalities }) {
    totalCount
    nodes {
      name
      kind
      municipality { id }
      people { role person { displayName email expertise { topic { id } level } } }
      services { name topics { id } }
      networks { role network { name } }
    }
  }
}`;

// GraphQL enums are the stored codes in upper case, hence toUpper().
const DIRECTORY_CYPHER = `
MATCH (m:${Region})<-[:${LOCATED_IN}]-(n:${Institution})
WHERE m.id IN $municipalities
WITH n, m.id AS municipality ORDER BY n.sortKey, n.id
WITH count(*) AS totalCount, collect([n, municipality])[0..toInteger($first)] AS page
UNWIND page AS row
WITH totalCount, row[0] AS n, row[1] AS municipality
WITH totalCount, collect(n {
  .name,
  kind: toUpper(n.kind),
  municipality: {id: municipality},
  people: COLLECT {
    MATCH (p:${Person})-[w:${WORKS_AT}]->(n)
    WITH p, w ORDER BY p.sortKey, p.id
    RETURN {role: w.role, person: {
      displayName: ${displayName('p')},
      email: p.email,
      expertise: COLLECT {
        MATCH (p)-[e:${HAS_EXPERTISE}]->(t:${Topic})
        WITH e, t ORDER BY t.id
        RETURN {topic: {id: t.id}, level: toUpper(e.level)}
      }
    }}
  },
  services: COLLECT {
    MATCH (n)-[:${OFFERS}]->(s:${Service})
    WITH s ORDER BY s.sortKey, s.id
    RETURN {name: s.name, topics: [(s)-[:${ADDRESSES_TOPIC}]->(t:${Topic}) | {id: t.id}]}
  },
  networks: COLLECT {
    MATCH (n)-[r:${MEMBER_OF}]->(net:${Network})
    WITH r, net ORDER BY net.sortKey
    RETURN {role: toUpper(r.role), network: {name: net.name}}
  }
}) AS nodes
RETURN {institutions: {totalCount: totalCount, nodes: nodes}} AS data`;

const ANALYST_GRAPHQL = `
query Analyst($networks: [ID!], $municipalities: [ID!], $topics: [ID!]) {
  people(first: 100, filter: { networks: $networks, municipalities: $municipalities, topics: $topics }) {
    totalCount
    nodes {
      displayName
      email
      phone
      functionTitle
      employments { institution { name phone } }
      expertise { topic { id } level qualification }
    }
  }
}`;

const ANALYST_CYPHER = `
MATCH (net:${Network})<-[:${MEMBER_OF}]-(p:${Person})
WHERE net.id IN $networks
  AND EXISTS { (p)-[:${HAS_EXPERTISE}]->(t:${Topic}) WHERE t.id IN $topics }
  AND EXISTS { (p)-[:${WORKS_AT}]->(:${Institution})-[:${LOCATED_IN}]->(m:${Region}) WHERE m.id IN $municipalities }
WITH DISTINCT p ORDER BY p.sortKey, p.id
WITH count(*) AS totalCount, collect(p)[0..toInteger($first)] AS page
UNWIND page AS p
WITH totalCount, collect(p {
  displayName: ${displayName('p')},
  .email,
  .phone,
  .functionTitle,
  employments: COLLECT {
    MATCH (p)-[:${WORKS_AT}]->(i:${Institution})
    WITH i ORDER BY i.sortKey, i.id
    RETURN {institution: {name: i.name, phone: i.phone}}
  },
  expertise: COLLECT {
    MATCH (p)-[e:${HAS_EXPERTISE}]->(t:${Topic})
    WITH e, t ORDER BY t.id
    RETURN {topic: {id: t.id}, level: toUpper(e.level), qualification: toUpper(e.qualification)}
  }
}) AS nodes
RETURN {people: {totalCount: totalCount, nodes: nodes}} AS data`;

const overviewGraphql = (withPerson: boolean) => `
query Overview($id: ID!) {
  network(id: $id) {
    name
    members {
      role
      memberKind
      memberId
      institution { name referralsOut { to { name } routeTemplate { id } } }${withPerson ? '\n      person { displayName }' : ''}
    }
  }
}`;

const overviewCypher = (withPerson: boolean) => `
MATCH (net:${Network} {id: $id})
RETURN {network: net {
  .name,
  members: COLLECT {
    MATCH (net)<-[r:${MEMBER_OF}]-(m)
    WHERE m:${Institution} OR m:${Person}
    WITH r, m ORDER BY m.sortKey, m.id
    RETURN {
      role: toUpper(r.role),
      memberKind: CASE WHEN m:${Institution} THEN 'institution' ELSE 'person' END,
      memberId: m.id,
      institution: CASE WHEN m:${Institution} THEN {
        name: m.name,
        referralsOut: COLLECT {
          MATCH (m)-[path:${REFERS_TO}]->(to:${Institution})
          WITH path, to ORDER BY path.id
          RETURN {
            to: {name: to.name},
            routeTemplate: CASE WHEN path.routeTemplate IS NULL THEN null ELSE {id: path.routeTemplate} END
          }
        }
      } END${withPerson ? `,\n      person: CASE WHEN m:${Person} THEN {displayName: ${displayName('m')}} END` : ''}
    }
  }
}} AS data`;

/** The three operations of the bench. */
export function benchQueries(choices: QueryChoices): BenchQuery[] {
  const topics = expandTopics([choices.analystTopic]) ?? [];
  return [
    {
      id: 'Q1',
      title: 'directory',
      graphql: DIRECTORY_GRAPHQL,
      variables: { municipalities: choices.municipalities },
      cypher: DIRECTORY_CYPHER,
      params: { municipalities: choices.municipalities, first: 100 },
      topLevel: ['institutions', 'nodes'],
      // The API lists a service's topics in storage order (a pattern comprehension).
      unorderedLists: ['institutions.nodes.services.topics'],
    },
    {
      id: 'Q2',
      title: 'analyst showcase',
      graphql: ANALYST_GRAPHQL,
      variables: {
        networks: [choices.earlySupportNetworkId],
        municipalities: [choices.analystMunicipality],
        topics: [choices.analystTopic],
      },
      cypher: ANALYST_CYPHER,
      params: {
        networks: [choices.earlySupportNetworkId],
        municipalities: [choices.analystMunicipality],
        topics,
        first: 100,
      },
      topLevel: ['people', 'nodes'],
      unorderedLists: [],
    },
    {
      id: 'Q3',
      title: 'network overview',
      graphql: overviewGraphql(choices.membershipHasPerson),
      variables: { id: choices.overviewNetworkId },
      cypher: overviewCypher(choices.membershipHasPerson),
      params: { id: choices.overviewNetworkId },
      topLevel: ['network', 'members'],
      unorderedLists: [],
    },
  ];
}
