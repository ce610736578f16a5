import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../context';
import { markProjected, PROJECTED } from '../neo4j/paging';
import { RECORD, registerCompiledReads } from './compile';
import type { FieldMapping, TypeMapping, Vars } from './mapping';

type Resolver = GraphQLFieldResolver<unknown, Context>;
type Row = Readonly<Record<string, unknown>>;

/**
 * `Type.field` → roles of every `@Authorized` field, from type-graphql's metadata (filled by
 * `buildSchema`), so the compiler applies exactly the roles the decorators declare.
 */
export function authorizedFieldRoles(): Map<string, readonly string[]> {
  const storage = getMetadataStorage();
  const typeNames = new Map<unknown, string>(
    storage.objectTypes.map((type) => [type.target, type.name]),
  );
  const roles = new Map<string, readonly string[]>();
  const add = (target: unknown, field: string, declared: readonly unknown[] | undefined): void => {
    const type = typeNames.get(target);
    const names = (declared ?? []).filter((role): role is string => typeof role === 'string');
    if (type && names.length) roles.set(`${type}.${field}`, names);
  };
  for (const field of storage.fields) add(field.target, field.name, field.roles);
  for (const resolver of storage.fieldResolvers) {
    add(resolver.getObjectType?.(), resolver.schemaName, resolver.roles);
  }
  return roles;
}

/**
 * `Type.field` of every object field type-graphql resolves by reading the property of the same
 * name and nothing else: no field resolver, no middleware, no `@Authorized` roles, no arguments,
 * the same name in TypeScript and in the schema. Read from type-graphql's metadata (filled by
 * `buildSchema`); no global middlewares are configured.
 */
function plainTypeGraphQLFields(): Set<string> {
  const storage = getMetadataStorage();
  // Field resolvers by class: `@FieldResolver` methods and the schema names they answer.
  const resolvedBy = new Map<unknown, Set<string>>();
  for (const resolver of storage.fieldResolvers) {
    const target = resolver.getObjectType?.();
    const names = resolvedBy.get(target) ?? new Set<string>();
    names.add(resolver.methodName).add(resolver.schemaName);
    resolvedBy.set(target, names);
  }
  const fieldsOf = new Map(storage.objectTypes.map((type) => [type.target, type.fields ?? []]));
  const plain = new Set<string>();
  for (const type of storage.objectTypes) {
    // The class and its ancestors: fields declared on an abstract parent are inherited.
    const chain: unknown[] = [];
    for (
      let target: unknown = type.target;
      typeof target === 'function' && target !== Function.prototype;
      target = Object.getPrototypeOf(target)
    ) {
      chain.push(target);
    }
    const resolved = (name: string) => chain.some((target) => resolvedBy.get(target)?.has(name));
    for (const field of chain.flatMap((target) => fieldsOf.get(target as never) ?? [])) {
      const simple =
        field.name === field.schemaName &&
        !field.roles?.length &&
        !field.middlewares?.length &&
        !field.params?.length &&
        !resolved(field.name);
      if (simple) plain.add(`${type.name}.${field.schemaName}`);
    }
  }
  return plain;
}

/**
 * Takes type-graphql's basic resolver (`root[name]` through an empty middleware chain) off every
 * plain field (see {@link plainTypeGraphQLFields}). The executor then reads the property inline:
 * graphql-jit compiles it into the operation's code with no resolver call, no resolve-info object
 * and no promise handling; graphql-js uses its default resolver. Same value either way.
 */
export function removePlainResolvers(schema: GraphQLSchema): GraphQLSchema {
  const plain = plainTypeGraphQLFields();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && !field.args.length && plain.has(`${type.name}.${field.name}`)) {
        field.resolve = undefined;
      }
    }
  }
  return schema;
}

/**
 * Wraps one field of a mapped type: on a projected parent (see `markProjected`) the field answers
 * the prefetched value under its response key — converted if the mapping says so, and a related
 * object or list marked as projected in turn; a field the compiler left out gets its own resolver
 * with the stored record (`@`) or the projected object; any other parent goes straight to the
 * resolver type-graphql built. No middleware, no promise: plain fields stay on the executor's fast
 * path.
 */
function wrap(
  original: Resolver,
  field: FieldMapping<Vars> | undefined,
  toRecord: (row: never) => unknown,
): Resolver {
  const convert = field?.kind === 'value' ? field.convert : undefined;
  const related = field?.kind === 'object';
  return (source, args, context, info) => {
    const row = source as Row & { readonly [PROJECTED]?: boolean };
    if (!row[PROJECTED]) return original(source, args, context, info);
    const key = info.path.key as string;
    if (key in row) {
      const value = row[key];
      if (convert) return convert(value);
      if (related) markProjected(value);
      return value;
    }
    const record = row[RECORD];
    return original(record === undefined ? source : toRecord(record as never), args, context, info);
  };
}

/** Both sources of field roles: a field needs every role either names. */
function mergeRoles(
  a: ReadonlyMap<string, readonly string[]>,
  b: ReadonlyMap<string, readonly string[]>,
): Map<string, readonly string[]> {
  const merged = new Map(a);
  for (const [key, roles] of b) merged.set(key, [...(merged.get(key) ?? []), ...roles]);
  return merged;
}

/**
 * Installs compiled reads on a built schema and registers the mappings for `compileConnection`
 * and `compileObject`. A field with no resolver of its own (a plain property, see
 * {@link removePlainResolvers}) whose mapping is a value without conversion stays unwrapped: the
 * compiler projects it under its field name, where the executor reads it inline from a compiled
 * parent and from a stored record alike. Every other field of a mapped type is wrapped (see
 * {@link wrap}). `fieldRoles` (the visibility matrix's, see graphql/visibility.ts) are applied
 * like `@Authorized` roles: a field the viewer may not read is left to its guarded resolver.
 */
export function installCompiledReads(
  schema: GraphQLSchema,
  mappings: readonly TypeMapping[],
  fieldRoles: ReadonlyMap<string, readonly string[]> = new Map(),
): GraphQLSchema {
  const plain = new Set<string>();
  for (const mapping of mappings) {
    const type = schema.getType(mapping.type);
    if (!isObjectType(type)) throw new Error(`no object type ${mapping.type} to compile reads for`);
    for (const field of Object.values(type.getFields())) {
      const mapped = mapping.fields[field.name];
      if (!field.resolve && !field.args.length && mapped?.kind === 'value' && !mapped.convert) {
        plain.add(`${type.name}.${field.name}`);
        continue;
      }
      field.resolve = wrap(
        (field.resolve ?? defaultFieldResolver) as Resolver,
        mapping.fields[field.name],
        mapping.record.toRecord,
      );
    }
  }
  registerCompiledReads(schema, {
    mappings: new Map(mappings.map((mapping) => [mapping.type, mapping])),
    roles: mergeRoles(authorizedFieldRoles(), fieldRoles),
    plain,
  });
  return schema;
}
