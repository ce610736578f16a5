import {
  getNamedType,
  graphql,
  isObjectType,
  parse,
  GraphQLError,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { createErrorFormatter } from './app';
import type { Viewer } from './auth';
import { createContext } from './context';
import { createLogger } from './logger';
import { PERSON_ID_PREFIX } from './graphql/visibility';
import { buildAppSchema } from './schema';
import { DEMO_DATA } from '@schutznetz/demo-data';
import { startTestApi, type TestApi } from './test/graphql';
import { testConfig } from './test/neo4j';
import {
  fillInput,
  idPositions,
  pathKey,
  walkQueries,
  type WalkArguments,
} from './test/schema-walk';

/**
 * The visibility matrix (docs/decisions/011-visibility-matrix.md) from the outside: every field
 * the public role can reach, generated from the schema, on the demo data, in the compiled-read
 * and the DataLoader path. No answer or error may name a person; a person id in any argument
 * gets the same answer as a made-up one.
 */

const COORDINATOR_TOKEN = 'visibility-coordinator-token-0123456789';
/** The editor's name: what `updatedBy` records for the entries the coordinator creates. */
const EDITOR = 'Erika Mustermann-Vogt';
const MAX_DEPTH = 4;
/** A person id that does not exist, in the demo ids' shape. */
const MADE_UP_PERSON = 'person:p9999';

interface Needle {
  readonly what: string;
  readonly text: string;
  readonly pattern: RegExp;
}

interface Leak {
  readonly operation: string;
  readonly where: string;
}

interface Run {
  readonly data: unknown;
  readonly errors: readonly GraphQLFormattedError[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function needle(what: string, text: string): Needle {
  return { what, text, pattern: new RegExp(`(?<![\\w-])${escape(text)}(?![\\w-])`, 'u') };
}

/** Where in `value` a needle occurs: `path: needle`. */
function leaksIn(value: unknown, needles: readonly Needle[], path = ''): string[] {
  if (typeof value === 'string') {
    return needles
      .filter((n) => n.pattern.test(value))
      .map((n) => `${path || '(root)'}: ${n.what} in ${JSON.stringify(value.slice(0, 120))}`);
  }
  if (Array.isArray(value))
    return value.flatMap((item, i) => leaksIn(item, needles, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      leaksIn(item, needles, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (!rest.length) {
    target[head] = value;
    return;
  }
  const next = target[head];
  const child =
    next && typeof next === 'object' && !Array.isArray(next)
      ? { ...(next as Record<string, unknown>) }
      : {};
  setAt(child, rest, value);
  target[head] = child;
}

describe('what the public sees (visibility matrix, real Neo4j, demo data)', () => {
  let api: TestApi;
  let schemas: { readonly name: string; readonly schema: GraphQLSchema }[];
  let needles: Needle[];
  /** Real ids of the demo data by GraphQL type, to fill required arguments. */
  let ids: Record<string, string>;
  let personId: string;
  let createdPersonId: string;
  /** Every person's id, as a coordinator reads them. */
  let allPersonIds: string[];
  const format = createErrorFormatter(createLogger(testConfig()));
  const anonymous: Viewer = { name: 'anonymous', role: 'public' };
  const asCoordinator = { authorization: `Bearer ${COORDINATOR_TOKEN}` };

  beforeAll(async () => {
    api = await startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${COORDINATOR_TOKEN}:coordinator:${EDITOR}`,
    });
    schemas = [
      { name: 'compiled reads on graphql-jit', schema: await buildAppSchema() },
      { name: 'DataLoaders', schema: await buildAppSchema({ compiledReads: false }) },
    ];

    // The most connected person of the demo data: in meetings, trainings and networks.
    const inMeetings = new Set(DEMO_DATA.meetings.flatMap((m) => m.participantIds));
    const inTrainings = new Set(DEMO_DATA.trainings.flatMap((t) => t.participantIds));
    const member = DEMO_DATA.memberships.find(
      (m) => inMeetings.has(m.memberId) && inTrainings.has(m.memberId),
    );
    personId = member?.memberId ?? DEMO_DATA.people[0]!.id;

    // As a coordinator: a new person (an opaque id) in a network, at an institution and in a
    // meeting, and new public entries whose `updatedBy` is the editor's name.
    const created = await api.query<{ createPerson: { id: string } }>(
      `mutation { createPerson(input: { givenName: "Zoraide", familyName: "Quendelbach",
         functionTitle: "Schulsozialarbeit", listingBasis: CONSENT,
         email: "z.quendelbach@schule.example", phone: "+49 30 23125 987" }) { id } }`,
      {},
      asCoordinator,
    );
    expect(created.errors).toBeUndefined();
    createdPersonId = created.data!.createPerson.id;
    const network = DEMO_DATA.networks[0]!.id;
    const institution = DEMO_DATA.institutions[0]!.id;
    const setup = await api.query(
      `mutation($person: ID!, $network: ID!, $institution: ID!, $other: ID!) {
         addNetworkMember(input: { memberId: $person, networkId: $network, role: MEMBER }) { id }
         addEmployment(institutionId: $institution, personId: $person, role: "Schulsozialarbeit") { id }
         createMeeting(input: { date: "2000-01-01", kind: MEETING, title: "AAA Auftakt",
           participantIds: [$person, $other, $institution], networkIds: [$network] }) { id }
         createInstitution(input: { name: "AAA Beratungsstelle", kind: FAMILY_COUNSELLING_CENTRE,
           municipality: "koethen", phone: "+49 30 23125 100" }) { id }
         createNetwork(input: { name: "AAA Arbeitskreis", kind: ANTI_VIOLENCE_WORKING_GROUP }) { id }
       }`,
      { person: createdPersonId, network, institution, other: personId },
      asCoordinator,
    );
    expect(setup.errors).toBeUndefined();

    // Everything that names a person, as a coordinator reads it.
    const people = await api.query<{
      people: {
        nodes: {
          id: string;
          givenName: string | null;
          familyName: string | null;
          email: string | null;
          phone: string | null;
        }[];
      };
    }>(
      '{ people(first: 200) { nodes { id givenName familyName email phone } } }',
      {},
      asCoordinator,
    );
    expect(people.errors).toBeUndefined();
    allPersonIds = people.data!.people.nodes.map((p) => p.id);
    // Texts the public may see by design (institutions' function contacts, names of places).
    const publicText = JSON.stringify([
      DEMO_DATA.institutions,
      DEMO_DATA.services,
      DEMO_DATA.networks,
      DEMO_DATA.meetings.map((m) => [m.title, m.location, m.summary]),
      DEMO_DATA.trainings.map((t) => [t.title, t.provider]),
      DEMO_DATA.gaps.map((g) => [g.title, g.description]),
      DEMO_DATA.caseReviews.map((r) => [r.title, r.lessons, r.actionItems]),
    ]);
    const candidates = people.data!.people.nodes.flatMap((p) => {
      const fullName = p.givenName && p.familyName ? `${p.givenName} ${p.familyName}` : null;
      return [
        needle(`id of ${p.id}`, p.id),
        ...(fullName ? [needle(`name of ${p.id}`, fullName)] : []),
        ...(p.familyName && p.familyName.length >= 4
          ? [needle(`family name of ${p.id}`, p.familyName)]
          : []),
        ...(p.email ? [needle(`e-mail of ${p.id}`, p.email)] : []),
        ...(p.phone ? [needle(`phone of ${p.id}`, p.phone)] : []),
      ];
    });
    needles = [
      ...candidates.filter((n) => n.what.startsWith('id ') || !n.pattern.test(publicText)),
      needle('the editor’s name', EDITOR),
    ];
    expect(needles.length).toBeGreaterThan(DEMO_DATA.people.length * 3);

    const first = async (root: string): Promise<string> => {
      const result = await api.query<Record<string, { nodes: { id: string }[] }>>(
        `{ ${root}(first: 1) { nodes { id } } }`,
        {},
        asCoordinator,
      );
      return result.data![root]!.nodes[0]!.id;
    };
    ids = {
      Institution: institution,
      Network: network,
      Service: await first('services'),
      ReferralPath: await first('referralPaths'),
      Meeting: await first('meetings'),
      Training: await first('trainings'),
      Gap: await first('gaps'),
      CaseReview: await first('caseReviews'),
      Person: personId,
      Topic: 'domestic_violence',
      Region: 'koethen',
    };
  }, 180_000);

  afterAll(async () => {
    await api.close();
  });

  /** Required arguments from the demo data; a person's id and name where one could be taken. */
  const demoArguments = (): WalkArguments => ({
    value(owner, name, type, required) {
      if (name === 'first') return owner.startsWith('Query.') ? 200 : undefined;
      if (owner === 'Query.search' && name === 'text') return 'Krüger';
      if (owner === 'Query.referralRoutes' && name === 'start') {
        return { institutionId: 'org:polizei_biwo' };
      }
      if (owner === 'ReferralNeedInput' && name === 'topic') return 'domestic_violence';
      const named = getNamedType(type).name;
      if (named !== 'ID' || !required) return undefined;
      if (/municipalit/i.test(name)) return 'koethen';
      if (/topic/i.test(name)) return 'domestic_violence';
      if (name === 'network') return ids['Network'];
      if (name === 'id' && owner.startsWith('Query.')) {
        const field = schemas[0]!.schema.getQueryType()!.getFields()[owner.slice(6)];
        const returned = field && getNamedType(field.type).name;
        if (returned && ids[returned]) return ids[returned];
      }
      return personId;
    },
  });

  async function run(
    schema: GraphQLSchema,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Run> {
    const config = testConfig();
    const context = createContext(
      { config, driver: api.driver, logger: createLogger(config) },
      anonymous,
    );
    // Compiled reads run on graphql-jit, the production executor; the DataLoader path on graphql-js.
    const compiled = schema === schemas[0]?.schema ? compileQuery(schema, parse(query)) : null;
    const result =
      compiled && isCompiledQuery(compiled)
        ? await compiled.query(undefined, context, variables)
        : await graphql({
            schema,
            source: query,
            variableValues: variables,
            contextValue: context,
          });
    return {
      data: result.data ?? null,
      // graphql-jit's errors are rebuilt as the server does (graphql/execution.ts), then formatted.
      errors: (result.errors ?? []).map((raw) => {
        const error = new GraphQLError(raw.message, {
          path: raw.path,
          originalError: raw.originalError ?? undefined,
          extensions: raw.extensions,
        });
        return format(error.toJSON(), error);
      }),
    };
  }

  /**
   * Runs every root field's walk as the public; an error's field (and so whatever it took with
   * it) is left out in the next round, until no new error appears, so that one refused field
   * cannot hide a leak beside it. Returns the leaks and the refused paths with their codes.
   */
  async function walk(
    schema: GraphQLSchema,
    args: WalkArguments,
    only?: (operation: string) => boolean,
  ): Promise<{ leaks: Leak[]; refused: Map<string, string>; answers: Map<string, Run[]> }> {
    const skip = new Set<string>();
    const refused = new Map<string, string>();
    const leaks: Leak[] = [];
    const answers = new Map<string, Run[]>();
    let pending: string[] | null = null;
    for (let round = 0; round < 8 && (pending === null || pending.length); round += 1) {
      const operations = walkQueries(schema, args, { maxDepth: MAX_DEPTH, skip }).filter(
        (op) =>
          (pending === null || pending.includes(op.rootField)) && (!only || only(op.rootField)),
      );
      const next = new Set<string>();
      // A root runs again when one of its errors is new this round, even if another root's
      // error put the same field on the skip list first.
      const skippedBefore = new Set(skip);
      for (const operation of operations) {
        const result = await run(schema, operation.query, operation.variables);
        answers.set(operation.rootField, [...(answers.get(operation.rootField) ?? []), result]);
        // An error may repeat an id the walk itself passed in; anything else it names is a leak.
        const passed = JSON.stringify(operation.variables);
        const echoes = needles.filter((n) => !n.pattern.test(passed));
        const found = [
          ...leaksIn(result.data, needles, 'data'),
          ...leaksIn(result.errors, echoes, 'errors'),
        ];
        for (const where of found) leaks.push({ operation: operation.rootField, where });
        for (const error of result.errors) {
          const path = error.path ? pathKey(error.path) : operation.rootField;
          // A refused field is left out everywhere; an error in an argument only where it was.
          const code = String(error.extensions?.['code']);
          const key = code === 'FORBIDDEN' ? (operation.coordinates.get(path) ?? path) : path;
          refused.set(key, code);
          skip.add(key);
          if (!skippedBefore.has(key)) next.add(operation.rootField);
        }
      }
      pending = [...next];
    }
    return { leaks, refused, answers };
  }

  it('names every person with an id the person filters recognise (person:…)', () => {
    expect(allPersonIds.length).toBe(DEMO_DATA.people.length + 1);
    expect(allPersonIds.filter((id) => !id.startsWith(PERSON_ID_PREFIX))).toEqual([]);
  });

  it('gives a new person an opaque id, not the next number', () => {
    expect(createdPersonId).toMatch(
      /^person:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it.each(['compiled reads on graphql-jit', 'DataLoaders'])(
    'names no person in any field the public can reach, nor the editor (%s)',
    async (path) => {
      const { schema, name } = schemas.find((s) => s.name === path)!;
      const { leaks, refused } = await walk(schema, demoArguments());
      // What the walk was refused, for the record when it fails.
      const summary = [...refused].map(([path, code]) => `${path}: ${code}`).sort();
      expect({ path: name, leaks: [...new Set(leaks.map((l) => l.where))].sort() }).toEqual({
        path: name,
        leaks: [],
      });
      expect(summary.filter((line) => line.endsWith('INTERNAL_SERVER_ERROR'))).toEqual([]);
    },
    300_000,
  );
  /** `base`, with `id` (or `[id]`) at `path` of the argument `path[0]` of `owner`. */
  function probing(
    base: WalkArguments,
    owner: string,
    path: string,
    id: string,
    list: boolean,
  ): WalkArguments {
    const [arg, ...rest] = path.split('.');
    const probe = list ? [id] : id;
    return {
      value(o: string, name: string, type: GraphQLInputType, required: boolean) {
        if (o !== owner || name !== arg) return base.value(o, name, type, required);
        if (!rest.length) return probe;
        const filled = fillInput(type, o, name, base);
        const target =
          filled && typeof filled === 'object' ? { ...(filled as Record<string, unknown>) } : {};
        setAt(target, rest, probe);
        return target;
      },
    };
  }

  it('answers the public a person id in any argument exactly as a made-up id (no existence test)', async () => {
    const { schema } = schemas[0]!;
    const differences: string[] = [];
    const leaks: string[] = [];
    const owners = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && !type.name.startsWith('__') && type.name !== 'Mutation',
    );
    let probes = 0;
    for (const type of owners) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const owner = `${type.name}.${field.name}`;
        for (const position of idPositions(field)) {
          const answers: string[] = [];
          for (const id of [personId, createdPersonId, MADE_UP_PERSON]) {
            const args = probing(demoArguments(), owner, position.path, id, position.list);
            const operations = walkQueries(schema, args, { maxDepth: 3 }).filter((op) =>
              type.name === 'Query'
                ? op.rootField === field.name
                : op.query.includes(` ${field.name}(`),
            );
            const runs = await Promise.all(
              operations.map((op) => run(schema, op.query, op.variables)),
            );
            const echoes = needles.filter((n) => n.text !== id);
            leaks.push(...leaksIn(runs, echoes, `${owner}(${position.path})`));
            answers.push(JSON.stringify(runs).split(JSON.stringify(id).slice(1, -1)).join('<id>'));
            probes += 1;
          }
          if (new Set(answers).size !== 1) differences.push(`${owner}(${position.path})`);
        }
      }
    }
    expect(probes).toBeGreaterThan(30);
    expect({ differences, leaks }).toEqual({ differences: [], leaks: [] });
  }, 600_000);

  it.each([
    [
      'meetings',
      'filter.participants',
      'query($id: ID!) { meetings(filter: { participants: [$id] }) { totalCount nodes { id } } }',
    ],
    [
      'trainings',
      'filter.participants',
      'query($id: ID!) { trainings(filter: { participants: [$id] }) { totalCount nodes { id } } }',
    ],
    [
      'networks',
      'filter.members',
      'query($id: ID!) { networks(filter: { members: [$id] }) { totalCount nodes { id } } }',
    ],
    [
      'resilience',
      'whatIfRemoved',
      'query($id: ID!) { resilience { whatIfRemoved(id: $id) { removedName } } }',
    ],
  ])(
    'refuses the public %s by a person id (%s), the same for a real and a made-up id',
    async (_root, _field, query) => {
      const real = await api.query(query, { id: personId });
      const madeUp = await api.query(query, { id: MADE_UP_PERSON });
      expect(real.data ?? null).toBeNull();
      expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(real.errors?.[0]?.extensions?.code);
      const strip = (result: unknown, id: string) => JSON.stringify(result).split(id).join('<id>');
      expect(strip(real, personId)).toBe(strip(madeUp, MADE_UP_PERSON));
    },
  );
});
