import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../context';
import { COMPILED, registerCompiledReads } from './compile';
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
 * Wraps one field of a mapped type: on a compiled parent (one that carries `@`) the field answers
 * the prefetched value under its response key, converted if the mapping says so; a field the
 * compiler left out gets its own resolver with the stored record; any other parent goes straight
 * to the resolver type-graphql built. No middleware, no promise: plain fields stay on graphql-js's
 * fast path.
 */
function wrap(
  original: Resolver,
  field: FieldMapping<Vars> | undefined,
  toRecord: (row: never) => unknown,
): Resolver {
  const convert = field?.kind === 'value' ? field.convert : undefined;
  return (source, args, context, info) => {
    const row = source as Row;
    const mark = row[COMPILED];
    if (mark === undefined) return original(source, args, context, info);
    const key = info.path.key as string;
    if (key in row) return convert ? convert(row[key], context) : row[key];
    return original(mark === true ? source : toRecord(mark as never), args, context, info);
  };
}

/**
 * Installs compiled reads on a built schema: wraps every field of every mapped type (see
 * {@link wrap}) and registers the mappings for `compileConnection` and `compileObject`.
 */
export function installCompiledReads(
  schema: GraphQLSchema,
  mappings: readonly TypeMapping[],
): GraphQLSchema {
  for (const mapping of mappings) {
    const type = schema.getType(mapping.type);
    if (!isObjectType(type)) throw new Error(`no object type ${mapping.type} to compile reads for`);
    for (const field of Object.values(type.getFields())) {
      field.resolve = wrap(
        (field.resolve ?? defaultFieldResolver) as Resolver,
        mapping.fields[field.name],
        mapping.record.toRecord,
      );
    }
  }
  registerCompiledReads(schema, {
    mappings: new Map(mappings.map((mapping) => [mapping.type, mapping])),
    roles: authorizedFieldRoles(),
  });
  return schema;
}
