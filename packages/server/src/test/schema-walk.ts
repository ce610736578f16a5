import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Queries generated from the schema, for tests that must cover every field a role can reach (a
 * field added later is covered without touching the test). Each root field gets one operation
 * selecting every field below it to a bounded depth; a type already on the path is not entered
 * again, so cycles end. Required arguments are filled by {@link WalkArguments}.
 */
export interface WalkArguments {
  /**
   * A value for an argument or input field: `owner` is `Type.field` (or the input type's name)
   * and `name` the argument's. Undefined leaves a required one to the type-based default and an
   * optional one out.
   */
  value(owner: string, name: string, type: GraphQLInputType, required: boolean): unknown;
}

export interface WalkOptions {
  readonly maxDepth: number;
  /**
   * Fields to leave out of the selection: response paths (`root.field.field`, list indices
   * dropped) or field coordinates (`Type.field`, left out everywhere).
   */
  readonly skip?: ReadonlySet<string>;
}

export interface WalkOperation {
  readonly rootField: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** The field coordinate (`Type.field`) behind each response path of the selection. */
  readonly coordinates: ReadonlyMap<string, string>;
}

/** `a.0.b.3.c` → `a.b.c`: the response path of a field without list indices. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.filter((part) => typeof part === 'string').join('.');
}

/** A value for a required input of `type`, filling required input fields recursively. */
export function fillInput(
  type: GraphQLInputType,
  owner: string,
  name: string,
  args: WalkArguments,
): unknown {
  const chosen = args.value(owner, name, type, isNonNullType(type));
  if (chosen !== undefined) return chosen;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [fillInput(inner.ofType, owner, name, args)];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = fillInput(field.type, inner.name, field.name, args);
      }
    }
    return value;
  }
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.0;
      case 'Boolean':
        return true;
      default:
        return 'x';
    }
  }
  return null;
}

class OperationBuilder {
  private readonly declarations: string[] = [];
  readonly variables: Record<string, unknown> = {};
  readonly coordinates = new Map<string, string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly args: WalkArguments,
    private readonly options: WalkOptions,
  ) {}

  declared(): string {
    return this.declarations.length ? `(${this.declarations.join(', ')})` : '';
  }

  /** The required arguments of `field` as variables: `(id: $v1)`, or '' when none. */
  argumentsOf(owner: string, field: GraphQLField<unknown, unknown>): string {
    const parts: string[] = [];
    for (const arg of field.args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      // An optional argument is passed only when the walk's arguments name a value for it.
      const value = required
        ? fillInput(arg.type, owner, arg.name, this.args)
        : this.args.value(owner, arg.name, arg.type, false);
      if (value === undefined) continue;
      const variable = `v${this.declarations.length + 1}`;
      this.declarations.push(`$${variable}: ${arg.type.toString()}`);
      this.variables[variable] = value;
      parts.push(`${arg.name}: $${variable}`);
    }
    if (!parts.length) return '';
    return `(${parts.join(', ')})`;
  }

  /** The selection of `type` at response path `path`, or '' for a leaf. */
  selection(type: GraphQLNamedType, path: string, depth: number, onPath: Set<string>): string {
    if (isLeafType(type)) return '';
    if (isAbstractType(type)) {
      const fragments = this.schema
        .getPossibleTypes(type)
        .map(
          (member) =>
            `... on ${member.name} ${this.objectSelection(member, path, depth, onPath, `${member.name}_`)}`,
        );
      return `{ __typename ${fragments.join(' ')} }`;
    }
    if (isObjectType(type)) return this.objectSelection(type, path, depth, onPath, '');
    return '';
  }

  private objectSelection(
    type: GraphQLObjectType,
    path: string,
    depth: number,
    onPath: Set<string>,
    aliasPrefix: string,
  ): string {
    const parts: string[] = ['__typename'];
    for (const field of Object.values(type.getFields())) {
      // An edge's node repeats the connection's `nodes`.
      if (type.name.endsWith('Edge') && field.name === 'node') continue;
      const alias = aliasPrefix ? `${aliasPrefix}${field.name}` : field.name;
      const fieldPath = `${path}.${alias}`;
      const coordinate = `${type.name}.${field.name}`;
      if (this.options.skip?.has(fieldPath) || this.options.skip?.has(coordinate)) continue;
      this.coordinates.set(fieldPath, coordinate);
      const named = getNamedType(field.type);
      const head = `${aliasPrefix ? `${alias}: ` : ''}${field.name}${this.argumentsOf(`${type.name}.${field.name}`, field)}`;
      if (isLeafType(named)) {
        parts.push(head);
        continue;
      }
      if (depth >= this.options.maxDepth || onPath.has(named.name)) continue;
      const inner = this.selection(named, fieldPath, depth + 1, new Set([...onPath, named.name]));
      if (inner) parts.push(`${head} ${inner}`);
    }
    return `{ ${parts.join(' ')} }`;
  }
}

/** One operation per root field of `Query`, selecting everything below it (see {@link WalkOptions}). */
export function walkQueries(
  schema: GraphQLSchema,
  args: WalkArguments,
  options: WalkOptions,
): WalkOperation[] {
  const query = schema.getQueryType();
  if (!query) return [];
  return Object.values(query.getFields()).flatMap((field) => {
    if (options.skip?.has(field.name) || options.skip?.has(`Query.${field.name}`)) return [];
    const builder = new OperationBuilder(schema, args, options);
    builder.coordinates.set(field.name, `Query.${field.name}`);
    const named = getNamedType(field.type);
    const root = new Set<string>([named.name]);
    const inner = builder.selection(named, field.name, 1, root);
    const head = `${field.name}${builder.argumentsOf(`Query.${field.name}`, field)}`;
    return [
      {
        rootField: field.name,
        query: `query Walk${builder.declared()} { ${head} ${inner} }`,
        variables: builder.variables,
        coordinates: builder.coordinates,
      },
    ];
  });
}

/**
 * Every position in an argument of `field` (its arguments and, recursively, their input
 * fields) whose type is `ID` or a list of `ID`, as `arg.field.field` paths with the input type
 * holding it.
 */
export function idPositions(
  field: GraphQLField<unknown, unknown>,
): { readonly path: string; readonly list: boolean }[] {
  const positions: { path: string; list: boolean }[] = [];
  const visit = (type: GraphQLInputType, path: string, seen: Set<string>): void => {
    const inner = isNonNullType(type) ? type.ofType : type;
    const list = isListType(inner);
    const named = getNamedType(inner);
    if (isScalarType(named) && named.name === 'ID') positions.push({ path, list });
    if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const child of Object.values(named.getFields())) {
        visit(child.type, `${path}.${child.name}`, new Set([...seen, named.name]));
      }
    }
  };
  for (const arg of field.args) visit(arg.type, arg.name, new Set());
  return positions;
}
