import 'reflect-metadata';
import {
  buildSchema,
  execute,
  graphql,
  parse,
  type DocumentNode,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Viewer } from '../auth';
import type { Context } from '../context';
import type { Neo4jExecutor, Params } from '../neo4j/executor';
import { PROJECTED } from '../neo4j/paging';
import { buildAppSchema } from '../schema';
import { READ_MAPPINGS } from '../read-mappings';
import { createServices } from '../services';
import { compileObject } from './compile';
import { installCompiledReads } from './install';
import { computed, defineMapping, property } from './mapping';

interface Recorded {
  readonly cypher: string;
  readonly params: Params;
}

/**
 * Runs an operation on an executor that records each statement and answers `rows` (none by
 * default). A document (instead of a source text) is executed as it is, as Apollo hands a cached
 * document to every request with the same query.
 */
async function record(
  schema: GraphQLSchema,
  source: string | DocumentNode,
  role: Viewer['role'] = 'analyst',
  variableValues: Record<string, unknown> = {},
  rows: readonly object[] = [],
) {
  const statements: Recorded[] = [];
  const executor = {
    read: (cypher: string, params: Params = {}) => {
      statements.push({ cypher, params });
      return Promise.resolve(rows);
    },
  } as unknown as Neo4jExecutor;
  const context = {
    services: createServices(executor),
    viewer: { name: role, role },
  } as unknown as Context;
  const result =
    typeof source === 'string'
      ? await graphql({ schema, source, contextValue: context, variableValues })
      : await execute({ schema, document: source, contextValue: context, variableValues });
  return { statements, result };
}

/** The statement without its layout, to compare with an expected text. */
const flat = (cypher: string) => cypher.replace(/\s+/g, ' ').trim();

describe('the read compiler (recorded Cypher)', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('projects only the selected fields of a single object; plain ones under their field name', async () => {
    const { statements } = await record(
      schema,
      '{ network(id: "net:a") { title: name members { role institution { name } } } }',
    );
    expect(statements.map((s) => flat(s.cypher))).toEqual([
      'MATCH (n:Network {id: $id}) RETURN {`name`: n.name, ' +
        '`members`: COLLECT { MATCH (n)<-[c1:MEMBER_OF]-(c2) WHERE c2:Institution OR c2:Person ' +
        'RETURN {`role`: c1.role, `institution`: CASE WHEN c2:Institution THEN ' +
        '{`name`: c2.name} END} AS item ORDER BY c2.sortKey, c2.id }} AS item',
    ]);
    expect(statements[0]?.params).toEqual({ id: 'net:a' });
  });

  it('projects a plain field once for several aliases, and does not compile an alias that takes its name', async () => {
    // (A person's fields are guarded by the visibility matrix, so none of them is plain.)
    const twice = await record(schema, '{ institution(id: "org:a") { a: name b: name } }');
    expect(flat(twice.statements[0]?.cypher ?? '')).toContain('RETURN {`name`: n.name} AS item');
    // `name` is the response key of openingHours (read by its wrapper) and the field name of the
    // plain field: the request takes the loader path instead.
    const clash = await record(
      schema,
      '{ institution(id: "org:a") { name: openingHours { day } title: name } }',
    );
    expect(flat(clash.statements[0]?.cypher ?? '')).not.toContain('AS item');
  });

  it('compiles a filtered connection into one page statement that starts from the filter', async () => {
    const { statements } = await record(
      schema,
      `{ people(first: 5, filter: { networks: ["net:a"], topics: ["domestic_violence"] }) {
          totalCount nodes { displayName expertise { level topic { id } } }
        } }`,
    );
    expect(statements).toHaveLength(1);
    const cypher = flat(statements[0]?.cypher ?? '');
    expect(cypher).toMatch(
      /^MATCH \(w:Network\)<-\[:MEMBER_OF\]-\(n:Person\) WHERE w\.id IN \$networks WITH DISTINCT n WHERE EXISTS \{ \(n\)-\[:HAS_EXPERTISE\]->\(t:Topic\) WHERE t\.id IN \$topics \}/,
    );
    expect(cypher).toContain(
      'RETURN totalCount, [n IN page | {' +
        '`displayName`: [n.givenName, n.familyName, n.functionTitle], ' +
        '`expertise`: COLLECT { MATCH (n)-[c1:HAS_EXPERTISE]->(c2:Topic) ' +
        'RETURN {`level`: c1.level, `topic`: c2.id} AS item ORDER BY c2.id }}] AS items',
    );
  });

  it('merges fragments and edges.node into one projection with the cursor, and honours @skip', async () => {
    const { statements } = await record(
      schema,
      `{ institutions(first: 2) {
          edges { cursor node { ...F } }
          nodes { kind services @skip(if: true) { name } }
        } }
        fragment F on Institution { name }`,
    );
    const cypher = flat(statements[0]?.cypher ?? '');
    expect(cypher).toContain(
      'collect({`@sk`: n.sortKey, `@id`: n.id, `name`: n.name, `kind`: n.kind}) AS items',
    );
  });

  it('projects cursors only when the selection reads one', async () => {
    const projectionOf = async (selection: string) =>
      flat(
        (await record(schema, `{ institutions(first: 2) { ${selection} } }`)).statements[0]
          ?.cypher ?? '',
      );
    expect(await projectionOf('nodes { name }')).toContain('collect({`name`: n.name}) AS items');
    expect(await projectionOf('edges { node { name } }')).toContain(
      'collect({`name`: n.name}) AS items',
    );
    for (const selection of ['edges { cursor }', 'nodes { name } pageInfo { hasNextPage }']) {
      expect(await projectionOf(selection)).toContain('`@sk`: n.sortKey, `@id`: n.id');
    }
  });

  it('compiles a repeated document anew for another role or another @skip/@include value', async () => {
    const document = parse(`
      query Members($withKind: Boolean!) {
        network(id: "net:a") { members { role ...Member } }
      }
      fragment Member on Membership { memberKind @include(if: $withKind) person { email } }`);
    const run = async (role: Viewer['role'], withKind: boolean) =>
      flat((await record(schema, document, role, { withKind })).statements[0]?.cypher ?? '');
    const member = await run('member', true);
    expect(member).toContain('`memberKind`');
    expect(member).toContain('`email`: c2.email');
    expect(await run('member', true)).toBe(member);
    const withoutKind = await run('member', false);
    expect(withoutKind).not.toContain('`memberKind`');
    expect(withoutKind).toContain('`email`: c2.email');
    // The public's members are institutions only; the same document asked as the public again.
    const publicView = await run('public', true);
    expect(publicView).toContain('WHERE c2:Institution RETURN');
    expect(publicView).not.toContain('email');
    expect(await run('member', true)).toBe(member);
  });

  it('reads no contact data for a viewer who may not see it', async () => {
    const member = await record(schema, '{ person(id: "p") { email phone } }', 'member');
    expect(flat(member.statements[0]?.cypher ?? '')).toContain(
      '`email`: n.email, `phone`: n.phone',
    );
    // Every way the public might reach a person's contacts: no statement reads them.
    for (const query of [
      '{ person(id: "p") { email phone } }',
      '{ people { nodes { email phone } } }',
      '{ network(id: "net:a") { members { person { email phone } } } }',
      '{ institution(id: "org:a") { people { person { email phone } } } }',
      '{ institutions { nodes { name people { person { email phone } } } } }',
    ]) {
      const { statements } = await record(schema, query, 'public');
      for (const { cypher } of statements) expect(cypher).not.toMatch(/email|phone/);
    }
    // The public never gets as far as compiling a person (the guards above answer first), so the
    // person mapping is compiled for the public on its own, without those guards.
    const compiled = async (role: Viewer['role']) => {
      const sdl = buildSchema(
        'type Query { person: Person } type Person { email: String phone: String }',
      );
      const projections: (string | undefined)[] = [];
      sdl.getQueryType()!.getFields()['person']!.resolve = (_s, _a, _c, info) => {
        projections.push(compileObject(info, role)?.cypher);
        return null;
      };
      installCompiledReads(
        sdl,
        READ_MAPPINGS.filter((mapping) => mapping.type === 'Person'),
      );
      await graphql({ schema: sdl, source: '{ person { email phone } }' });
      return projections;
    };
    expect(await compiled('public')).toEqual(['{`email`: null, `phone`: null}']);
    expect(await compiled('member')).toEqual(['{`email`: n.email, `phone`: n.phone}']);
  });

  it('leaves a forbidden field to its resolver, which answers FORBIDDEN without a query', async () => {
    // The database answers the network with one member the public may see (an institution).
    const { statements, result } = await record(
      schema,
      '{ network(id: "net:a") { members { person { displayName } } } }',
      'public',
      {},
      [{ item: { members: [{}] } }],
    );
    // The public's members are institutions only (people are not even listed), and the forbidden
    // `person` field is left to its resolver.
    expect(flat(statements[0]?.cypher ?? '')).toContain(
      'RETURN {`members`: COLLECT { MATCH (n)<-[c1:MEMBER_OF]-(c2) WHERE c2:Institution RETURN {} AS item',
    );
    expect(statements).toHaveLength(1);
    // The error's code, as the app's error formatter puts it into `extensions.code`.
    const codes = result.errors?.map((error) => [
      (error.originalError as { code?: string } | undefined)?.code,
      error.path,
    ]);
    expect(codes).toEqual([['FORBIDDEN', ['network', 'members', 0, 'person']]]);
  });

  it('keeps taxonomy references as codes in Cypher, resolved in Node', async () => {
    const { statements } = await record(
      schema,
      '{ institution(id: "org:a") { name municipality { institutions { nodes { name } } } } }',
    );
    const cypher = flat(statements[0]?.cypher ?? '');
    // Region has no mapping: its field resolvers get the taxonomy entry, as before.
    expect(cypher).not.toContain('institutions');
    expect(cypher).toContain('`municipality`: head([(n)-[:LOCATED_IN]->(c1:Region) | c1.id])');
  });
});

describe('compiled fields on a schema (installCompiledReads)', () => {
  it('reads plain fields inline under their name, answers other prefetched values by response key, hands unmapped fields the stored record, and leaves other parents alone', async () => {
    const sdl = buildSchema(
      'type Query { thing: Thing } type Thing { name: String! label: String! extra: String! }',
    );
    sdl.getQueryType()!.getFields()['thing']!.resolve = (_s, _a, context: { compiled: boolean }) =>
      context.compiled
        ? { [PROJECTED]: true, '@': { stored: 'record' }, name: 'compiled', caption: 'up' }
        : { name: 'plain', label: 'stored', stored: 'x' };
    const fields = (sdl.getType('Thing') as GraphQLObjectType).getFields();
    fields['extra']!.resolve = (thing: { stored: string }) => thing.stored;
    installCompiledReads(sdl, [
      defineMapping<{ n: string }>({
        type: 'Thing',
        root: { n: 'n' },
        record: { cypher: (v) => `${v.n} {.*}`, toRecord: (row: object) => row },
        fields: {
          name: property('n', 'name'),
          label: computed(
            (v) => `${v.n}.label`,
            (value) => String(value).toUpperCase(),
          ),
        },
      }),
    ]);
    // `name` has no resolver (a plain property): not wrapped, the executor reads it inline.
    expect(fields['name']!.resolve).toBeUndefined();
    const compiled = await graphql({
      schema: sdl,
      source: '{ thing { title: name caption: label extra } }',
      contextValue: { compiled: true },
    });
    expect(compiled.data).toEqual({ thing: { title: 'compiled', caption: 'UP', extra: 'record' } });
    const plain = await graphql({
      schema: sdl,
      source: '{ thing { title: name caption: label extra } }',
      contextValue: { compiled: false },
    });
    expect(plain.data).toEqual({ thing: { title: 'plain', caption: 'stored', extra: 'x' } });
  });
});
