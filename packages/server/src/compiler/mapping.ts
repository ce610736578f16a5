import type { Role } from '../config';

/**
 * Cypher variables an object is bound to while its selection is compiled, e.g. `{ n: 'c4' }` for
 * an institution, `{ w: 'c7', p: 'c8', i: 'c4' }` for an employment (relationship and both ends).
 */
export type Vars = Readonly<Record<string, string>>;

/**
 * What a mapping sees while a statement is compiled. The statement is reused for every request
 * with the same document, role and `@skip`/`@include` values (compile.ts): a mapping may decide
 * by the viewer's role, and it sees nothing else of the request (no context, no viewer's name),
 * so a statement cannot carry one user's data to another.
 */
/** Cypher variable names not used anywhere else in the statement being written. */
export interface FreshNames {
  fresh(): string;
}

/**
 * A Cypher expression over a type's variables that needs nothing of the request: what a stored
 * record and a mapped field share, so that the two are written once (see {@link recordOf}).
 */
export type Expression<V extends Vars> = (vars: V, names: FreshNames) => string;

export interface CompileScope extends FreshNames {
  /** The compiling viewer's role: the one part of the request the compile cache is keyed by. */
  readonly role: Role;
  /**
   * Adds a parameter and returns its `$name`; values never enter the Cypher text. Reused with the
   * statement, so a value must follow from the selection and the role alone.
   */
  param(value: unknown): string;
}

/**
 * A field computed in Cypher: `cypher` is an expression over the parent's variables. `convert`
 * turns the value into what the field returns (codes into taxonomy entries, a name's parts into
 * a display name); it runs in the field's resolver, so it must be cheap. It sees the value only:
 * what it returns may not depend on who asks (a per-viewer rule belongs in `cypher`, by role).
 */
export interface ValueField<V extends Vars> {
  readonly kind: 'value';
  readonly cypher: (vars: V, scope: CompileScope) => string;
  readonly convert?: (value: unknown) => unknown;
}

/**
 * How to reach a related object from its parent:
 * - `bind`: it is already bound (an employment's person);
 * - `when`: it is bound but may be absent (a membership's institution when the member is one);
 * - `match`: a pattern from the parent's variables, with an order for lists.
 */
export type Reach =
  | { readonly bind: Vars }
  | { readonly when: string; readonly bind: Vars }
  | {
      readonly match: string;
      readonly where?: string;
      readonly orderBy?: string;
      readonly bind: Vars;
    };

/** A field whose value is another mapped type, or a list of them. */
export interface ObjectField<V extends Vars> {
  readonly kind: 'object';
  /** GraphQL name of the related type; it needs a mapping of its own. */
  readonly type: string;
  readonly list: boolean;
  readonly reach: (vars: V, scope: CompileScope) => Reach;
}

export type FieldMapping<V extends Vars> = ValueField<V> | ObjectField<V>;

/**
 * The per-type field mapping the compiler is driven by. Fields without a mapping (or with a role
 * the viewer lacks) are left to their resolvers; so that those still work, an object with such a
 * field also carries its whole `record`, in the shape the repositories return.
 */
export interface TypeMapping<V extends Vars = Vars> {
  readonly type: string;
  /** The variables the type's repository binds in its page and by-id statements. */
  readonly root: V;
  readonly fields: Readonly<Partial<Record<string, FieldMapping<V>>>>;
  /** The stored record as the loaders return it: a Cypher map and its conversion. */
  readonly record: {
    readonly cypher: (vars: V, names: FreshNames) => string;
    readonly toRecord: (row: never) => unknown;
  };
  /**
   * Mapped fields whose resolver decides by the viewer, each with how the mapping applies the same
   * rule by role (`CompileScope.role`); read-mappings.test.ts fails for such a field without one.
   */
  readonly viewerRules?: Readonly<Partial<Record<string, string>>>;
  /**
   * Fields left unmapped on purpose, answered by their resolvers on compiled reads too (with the
   * stored record), each with the rule its resolver applies. read-mappings.test.ts fails for a
   * field resolver of a mapped type that is neither mapped nor named here.
   */
  readonly resolverFields?: Readonly<Partial<Record<string, string>>>;
  /** Order key of a connection's cursor: `[sortKey, id]` expressions (root lists only). */
  readonly cursor?: (vars: V) => { readonly sortKey: string; readonly id: string };
}

/** Stores a mapping under the loose variable type the compiler works with. */
export function defineMapping<V extends Vars>(mapping: TypeMapping<V>): TypeMapping {
  return mapping as unknown as TypeMapping;
}

/** A stored property of the node bound to `variable`, with an optional default for null. */
export function property<V extends Vars>(
  variable: keyof V & string,
  name: string,
  fallback?: string,
): ValueField<V> {
  return {
    kind: 'value',
    cypher: (vars) => {
      const expression = `${vars[variable]}.${name}`;
      return fallback === undefined ? expression : `coalesce(${expression}, ${fallback})`;
    },
  };
}

/** Several stored properties of one variable, each under its own name. */
export function properties<V extends Vars>(
  variable: keyof V & string,
  names: readonly string[],
): Record<string, ValueField<V>> {
  return Object.fromEntries(names.map((name) => [name, property<V>(variable, name)]));
}

/** A value computed in Cypher and converted in Node (see {@link ValueField}). */
export function computed<V extends Vars>(
  cypher: (vars: V, scope: CompileScope) => string,
  convert?: (value: unknown) => unknown,
): ValueField<V> {
  return convert ? { kind: 'value', cypher, convert } : { kind: 'value', cypher };
}

/** A related mapped object or list. */
export function related<V extends Vars>(
  type: string,
  list: boolean,
  reach: (vars: V, scope: CompileScope) => Reach,
): ObjectField<V> {
  return { kind: 'object', type, list, reach };
}

/**
 * A conversion of a list of codes into the entries they name, dropping unknown codes (a
 * taxonomy reference: topics, target groups, regions).
 */
export function entriesOf<T>(find: (code: string) => T | undefined): (codes: unknown) => T[] {
  return (codes) => (codes as string[]).flatMap((code) => find(code) ?? []);
}

/** Names for a record outside a compiled statement: a repository's constant statements. */
function recordNames(): FreshNames {
  let count = 0;
  return {
    fresh: () => {
      count += 1;
      return `rec${count}`;
    },
  };
}

/**
 * The stored record of a mapped type as a Cypher map, the one shape the repositories return and
 * the compiler carries for fields it leaves to their resolvers: the stored properties of
 * `spread.variable` (all of them, or `spread.properties`), then `entries`, each an expression the
 * mapping's fields share (see {@link valuesOf}). Without `names` (a repository's statement),
 * its own variable names are `rec1`, `rec2`, ….
 */
export function recordOf<V extends Vars>(
  spread: { readonly variable: keyof V & string; readonly properties?: readonly string[] } | null,
  entries: Readonly<Record<string, Expression<V>>>,
): (vars: V, names?: FreshNames) => string {
  return (vars, names = recordNames()) => {
    const stored = spread && (spread.properties?.map((name) => `.${name}`) ?? ['.*']);
    const computedEntries = Object.entries(entries).map(
      ([key, expression]) => `${key}: ${expression(vars, names)}`,
    );
    const map = `{${[...(stored ?? []), ...computedEntries].join(', ')}}`;
    return spread ? `${vars[spread.variable]} ${map}` : map;
  };
}

/** Fields whose values are a record's expressions as they are (see {@link recordOf}). */
export function valuesOf<V extends Vars>(
  entries: Readonly<Record<string, Expression<V>>>,
): Record<string, ValueField<V>> {
  return Object.fromEntries(
    Object.entries(entries).map(([name, expression]) => [name, computed(expression)]),
  );
}
