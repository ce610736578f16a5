import {
  extendSchema,
  isObjectType,
  parse,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { Viewer } from '../auth';
import { authorizedFieldRoles } from '../compiler/install';
import type { Context } from '../context';
import { ForbiddenError } from '../errors';
import { buildAppSchema } from '../schema';
import { fieldRoles, HIDDEN_AS_NULL, visibilityProblems } from './visibility';

const viewer = (role: Viewer['role']): Context => ({ viewer: { name: role, role } }) as Context;

/** Calls a field's resolver the way the executor does, on a parent that was not compiled. */
function resolve(
  schema: GraphQLSchema,
  coordinate: string,
  context: Context,
  args: Record<string, unknown> = {},
): Promise<unknown> {
  const [typeName = '', name = ''] = coordinate.split('.');
  const type = schema.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[name] : undefined;
  if (!field?.resolve) return Promise.reject(new Error(`${coordinate} has no guard`));
  const resolver = field.resolve as GraphQLFieldResolver<unknown, Context>;
  const info = { path: { key: name }, fieldName: name } as unknown as GraphQLResolveInfo;
  // A resolver may throw synchronously on the empty parent: as the executor, take it as an error.
  return new Promise((done) => {
    done(resolver({}, args, context, info));
  });
}

describe('the visibility matrix (decision 011)', () => {
  let compiled: GraphQLSchema;
  let loaders: GraphQLSchema;

  beforeAll(async () => {
    compiled = await buildAppSchema();
    loaders = await buildAppSchema({ compiledReads: false });
  });

  it('classifies every field of the API, and agrees with every @Authorized decorator', () => {
    const roles = fieldRoles(compiled);
    expect(roles.get('Query.institutions')).toBe('public');
    expect(roles.get('Query.resilience')).toBe('member');
    expect(roles.get('Institution.updatedBy')).toBe('member');
    expect(roles.get('ReferralPath.consent')).toBe('member');
    expect(roles.get('Mutation.createPerson')).toBe('coordinator');
    expect(visibilityProblems(compiled, roles, authorizedFieldRoles())).toEqual([]);
  });

  it('fails the build for a new field of a public type until the matrix names it', () => {
    const extended = extendSchema(compiled, parse('extend type Region { headOfOffice: String }'));
    expect(() => fieldRoles(extended)).toThrow(/Region\.headOfOffice is not classified/);
    const newType = extendSchema(
      compiled,
      parse('type Secret { note: String } extend type Region { secret: Secret }'),
    );
    expect(() => fieldRoles(newType)).toThrow(/type Secret has no entry/);
  });

  it('gives a new field of a type with internal fields the internal role, never public', () => {
    const extended = extendSchema(compiled, parse('extend type Institution { headName: String }'));
    expect(fieldRoles(extended).get('Institution.headName')).toBe('member');
  });

  it('never lets a public field return a type only members may read', () => {
    const roles = fieldRoles(compiled);
    const extended = extendSchema(compiled, parse('extend type Service { contact: Person }'));
    const extendedRoles = fieldRoles(extended);
    extendedRoles.set('Service.contact', 'public');
    expect(visibilityProblems(extended, extendedRoles, new Map())).toEqual([
      'Service.contact is public but returns Person (member)',
    ]);
    expect(visibilityProblems(compiled, roles, new Map())).toEqual([]);
  });

  it.each([
    ['compiled reads', () => compiled],
    ['DataLoaders', () => loaders],
  ])(
    'refuses the public every field above public before its resolver runs (%s)',
    async (_path, schema) => {
      const roles = fieldRoles(schema());
      const guarded = [...roles].filter(([, role]) => role !== 'public');
      expect(guarded.length).toBeGreaterThan(100);
      for (const [coordinate, role] of guarded) {
        const answer = resolve(schema(), coordinate, viewer('public'));
        if (HIDDEN_AS_NULL.has(coordinate)) await expect(answer).resolves.toBeNull();
        else await expect(answer).rejects.toBeInstanceOf(ForbiddenError);
        if (role === 'member') {
          // A member gets past the guard: the resolver runs (and fails here on the empty parent
          // and context, but not with FORBIDDEN).
          const member = resolve(schema(), coordinate, viewer('member'));
          await member.then(
            (value) => {
              expect(value).not.toBeInstanceOf(ForbiddenError);
            },
            (error: unknown) => {
              expect(error).not.toBeInstanceOf(ForbiddenError);
            },
          );
        }
      }
    },
  );

  it.each([
    [
      'Query.meetings',
      { filter: { participants: ['org:a', 'person:p0001'] } },
      'filter.participants',
    ],
    ['Query.trainings', { filter: { participants: ['person:p0001'] } }, 'filter.participants'],
    ['Query.networks', { filter: { members: ['person:p0001'] } }, 'filter.members'],
    ['Query.networkGraph', { filter: { focus: 'person:p0001' } }, 'filter.focus'],
  ])('refuses the public %s by person ids, naming the field', async (coordinate, args, field) => {
    const answer = resolve(compiled, coordinate, viewer('public'), args);
    await expect(answer).rejects.toMatchObject({ code: 'FORBIDDEN', details: { field } });
    await resolve(compiled, coordinate, viewer('member'), args).then(
      () => undefined,
      (error: unknown) => {
        expect(error).not.toBeInstanceOf(ForbiddenError);
      },
    );
  });

  it.each([
    ['Query.meetings', { filter: { participants: ['org:a'] } }],
    ['Query.networks', { filter: { members: ['org:a'] } }],
    ['Query.networkGraph', { filter: { focus: 'org:a' } }],
    ['Query.meetings', { filter: {} }],
  ])('lets the public filter %s by institutions: %j', async (coordinate, args) => {
    await resolve(compiled, coordinate, viewer('public'), args).then(
      () => undefined,
      (error: unknown) => {
        expect(error).not.toBeInstanceOf(ForbiddenError);
      },
    );
  });
});
