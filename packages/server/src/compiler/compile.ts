import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Role } from '../config';
import { viewerHasRoles } from '../graphql/authorization';
import { encodeCursor, type ConnectionShape } from '../graphql/pagination';
import type { Projection, ProjectedRow } from '../neo4j/paging';
import type { Page } from '../pagination';
import type { CompileScope, Reach, TypeMapping, Vars } from './mapping';

/**
 * Keys the compiler adds to a projected object only where they are needed. GraphQL names match
 * `[_A-Za-z][_0-9A-Za-z]*`, so these can never collide with a response key.
 * `@` carries the stored record when some selected field is left to its resolver; `@id`/`@sk`
 * carry a root list item's cursor when the selection asks for cursors. (Which objects are
 * projected is marked in Node, see `markProjected`.)
 */
export const RECORD = '@';
const CURSOR_ID = '@id';
const CURSOR_SORT_KEY = '@sk';

/** The mappings and field roles installed on a schema (see install.ts). */
export interface CompiledReads {
  readonly mappings: ReadonlyMap<string, TypeMapping>;
  /** `Type.field` → roles of `@Authorized`, read from type-graphql's metadata. */
  readonly roles: ReadonlyMap<string, readonly string[]>;
  /**
   * `Type.field` of fields without a resolver (plain properties): projected under the field
   * name, which the executor reads inline, instead of the response key a wrapper would read.
   */
  readonly plain: ReadonlySet<string>;
}

const installed = new WeakMap<GraphQLSchema, CompiledReads>();

export function registerCompiledReads(schema: GraphQLSchema, reads: CompiledReads): void {
  installed.set(schema, reads);
}

/** A root list compiled into its page statement's projection, and how to turn rows into a connection. */
export interface ConnectionPlan {
  readonly projection: Projection;
  readonly toConnection: (page: Page<ProjectedRow>) => ConnectionShape<ProjectedRow>;
}

/** Field nodes by response key, in selection order; null when the selection cannot be compiled. */
type FieldsByKey = Map<string, FieldNode[]>;

class Compilation implements CompileScope {
  private variables = 0;
  readonly params: Record<string, unknown> = {};

  constructor(
    readonly role: Role,
    private readonly info: GraphQLResolveInfo,
    readonly reads: CompiledReads,
  ) {}

  fresh(): string {
    this.variables += 1;
    return `c${this.variables}`;
  }

  param(value: unknown): string {
    const name = `c${Object.keys(this.params).length + 1}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** Collects the fields selected on `typeName` under `nodes`, with fragments and @skip/@include. */
  collect(typeName: string, nodes: readonly FieldNode[]): FieldsByKey | null {
    const fields: FieldsByKey = new Map();
    const visit = (selectionSet: SelectionSetNode | undefined): boolean => {
      for (const selection of selectionSet?.selections ?? []) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const known = fields.get(key);
          if (!known) fields.set(key, [selection]);
          else if (known[0]?.name.value !== selection.name.value) return false;
          else known.push(selection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (!this.applies(typeName, selection.typeCondition?.name.value)) continue;
          if (!visit(selection.selectionSet)) return false;
        } else {
          const fragment = this.info.fragments[selection.name.value];
          if (!fragment || !this.applies(typeName, fragment.typeCondition.name.value)) continue;
          if (!visit(fragment.selectionSet)) return false;
        }
      }
      return true;
    };
    for (const node of nodes) if (!visit(node.selectionSet)) return null;
    return fields;
  }

  /** Compiles the selection of `nodes` on a mapped type into a Cypher map expression. */
  object(
    mapping: TypeMapping,
    vars: Vars,
    nodes: readonly FieldNode[],
    extra: readonly string[] = [],
  ): string | null {
    const fields = this.collect(mapping.type, nodes);
    if (!fields) return null;
    const entries: string[] = [];
    // Where each field is read: a plain field (no resolver) by the executor under its name, any
    // other by its wrapper under its response key. An alias that takes a plain field's name for
    // another field would make the two meet: such a selection is not compiled.
    const keys = new Map<string, string>();
    let needsRecord = false;
    for (const [responseKey, fieldNodes] of fields) {
      const name = fieldNodes[0]?.name.value;
      if (name === undefined || name === '__typename') continue;
      const plain = this.reads.plain.has(`${mapping.type}.${name}`);
      const key = plain ? name : responseKey;
      const holder = plain ? name : `${responseKey}:${name}`;
      const known = keys.get(key);
      if (known !== undefined && known !== holder) return null;
      if (known !== undefined) continue; // another alias of the same plain field
      keys.set(key, holder);
      const field = mapping.fields[name];
      if (!field || fieldNodes[0]?.arguments?.length) {
        needsRecord = true;
        continue;
      }
      const roles = this.reads.roles.get(`${mapping.type}.${name}`);
      // Left to the resolver, whose @Authorized check then answers FORBIDDEN as it always has.
      if (roles && !viewerHasRoles(this, roles)) continue;
      if (field.kind === 'value') {
        entries.push(`\`${key}\`: ${field.cypher(vars, this)}`);
        continue;
      }
      const related = this.reads.mappings.get(field.type);
      const reach = related && field.reach(vars, this);
      const child = related && reach && this.object(related, reach.bind, fieldNodes);
      if (!reach || !child) {
        needsRecord = true;
        continue;
      }
      entries.push(`\`${key}\`: ${this.reach(reach, child, field.list)}`);
    }
    if (needsRecord) entries.unshift(`\`${RECORD}\`: ${mapping.record.cypher(vars, this)}`);
    return `{${[...extra, ...entries].join(', ')}}`;
  }

  private reach(reach: Reach, child: string, list: boolean): string {
    if (!('match' in reach)) {
      return 'when' in reach ? `CASE WHEN ${reach.when} THEN ${child} END` : child;
    }
    const where = reach.where ? ` WHERE ${reach.where}` : '';
    const order = reach.orderBy ? ` ORDER BY ${reach.orderBy}` : '';
    const subquery = `COLLECT { MATCH ${reach.match}${where} RETURN ${child} AS item${order} }`;
    return list ? subquery : `head(${subquery})`;
  }

  private included(selection: SelectionNode): boolean {
    if (!selection.directives?.length) return true;
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, this.info.variableValues);
    if (skip?.['if'] === true) return false;
    const include = getDirectiveValues(
      GraphQLIncludeDirective,
      selection,
      this.info.variableValues,
    );
    return include?.['if'] !== false;
  }

  private applies(typeName: string, condition: string | undefined): boolean {
    if (condition === undefined || condition === typeName) return true;
    const conditionType = this.info.schema.getType(condition);
    const type = this.info.schema.getType(typeName);
    return (
      conditionType !== undefined &&
      isAbstractType(conditionType) &&
      isObjectType(type) &&
      this.info.schema.isSubType(conditionType, type)
    );
  }
}

/**
 * The variables that `@skip`/`@include` read anywhere under `nodes` (fragments included): with
 * the viewer's role, all a compiled statement depends on besides the document itself.
 */
function directiveVariables(
  nodes: readonly FieldNode[],
  fragments: GraphQLResolveInfo['fragments'],
): string[] {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      for (const directive of selection.directives ?? []) {
        for (const argument of directive.arguments ?? []) {
          if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
        }
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        seen.add(name);
        visit(fragments[name]?.selectionSet);
      } else {
        visit(selection.selectionSet);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return [...names].sort();
}

/** What one root field of one document compiles to, per role and directive variable values. */
interface CachedField<T> {
  readonly variables: readonly string[];
  readonly plans: Map<string, T | null>;
}

/**
 * Compiled statements by schema, then by the root field's first AST node. Apollo keeps each
 * validated document in its bounded store and hands the same AST to every request with that
 * query, so a repeated query compiles once per role and value of its `@skip`/`@include`
 * variables; entries live as long as their document. Compiled text depends on nothing else: the
 * mappings see the viewer's role and nothing else of the request (see `CompileScope.role`).
 */
const compiledFields = new WeakMap<CompiledReads, WeakMap<FieldNode, CachedField<unknown>>>();

function cached<T>(
  info: GraphQLResolveInfo,
  role: Role,
  compile: (compilation: Compilation) => T | null,
): T | null {
  const reads = installed.get(info.schema);
  const first = info.fieldNodes[0];
  if (!reads || !first) return null;
  let byNode = compiledFields.get(reads);
  if (!byNode) {
    byNode = new WeakMap();
    compiledFields.set(reads, byNode);
  }
  let field = byNode.get(first) as CachedField<T> | undefined;
  if (!field) {
    field = { variables: directiveVariables(info.fieldNodes, info.fragments), plans: new Map() };
    byNode.set(first, field);
  }
  const key = JSON.stringify([
    role,
    ...field.variables.map((name) => info.variableValues[name] ?? null),
  ]);
  if (field.plans.has(key)) return field.plans.get(key) ?? null;
  const plan = compile(new Compilation(role, info, reads));
  field.plans.set(key, plan);
  return plan;
}

/**
 * Compiles a root field that returns one mapped object (e.g. `network(id)`) into the projection
 * of the node its repository binds. Null when the schema has no compiled reads or the selection
 * cannot be compiled; the caller then takes the DataLoader path.
 */
export function compileObject(info: GraphQLResolveInfo, role: Role): Projection | null {
  return cached(info, role, (compilation) => {
    const mapping = compilation.reads.mappings.get(getNamedType(info.returnType).name);
    if (!mapping) return null;
    const cypher = compilation.object(mapping, mapping.root, info.fieldNodes);
    return cypher === null ? null : { cypher, params: compilation.params };
  });
}

/**
 * Compiles a root connection (`institutions(first, after, filter)`) into the projection of its
 * page statement: `nodes` and `edges.node` share one projection, which also carries the cursor.
 */
export function compileConnection(info: GraphQLResolveInfo, role: Role): ConnectionPlan | null {
  return cached(info, role, (compilation) => {
    const connection = getNamedType(info.returnType) as GraphQLObjectType;
    const fields = connection.getFields();
    const nodesField = fields['nodes'];
    const edgesField = fields['edges'];
    const mapping =
      nodesField && compilation.reads.mappings.get(getNamedType(nodesField.type).name);
    if (!edgesField || !mapping?.cursor) return null;
    const top = compilation.collect(connection.name, info.fieldNodes);
    if (!top) return null;
    const itemNodes: FieldNode[] = [];
    // Cursors are projected only when the selection reads one: `edges.cursor` or `pageInfo`.
    let cursors = false;
    for (const nodes of top.values()) {
      const name = nodes[0]?.name.value;
      if (name === 'nodes') itemNodes.push(...nodes);
      if (name === 'pageInfo') cursors = true;
      if (name !== 'edges') continue;
      const edge = compilation.collect(getNamedType(edgesField.type).name, nodes);
      if (!edge) return null;
      for (const edgeNodes of edge.values()) {
        const edgeField = edgeNodes[0]?.name.value;
        if (edgeField === 'node') itemNodes.push(...edgeNodes);
        if (edgeField === 'cursor') cursors = true;
      }
    }
    const cursor = mapping.cursor(mapping.root);
    const cypher = compilation.object(
      mapping,
      mapping.root,
      itemNodes,
      cursors
        ? [`\`${CURSOR_SORT_KEY}\`: ${cursor.sortKey}`, `\`${CURSOR_ID}\`: ${cursor.id}`]
        : [],
    );
    if (cypher === null) return null;
    return {
      projection: { cypher, params: compilation.params },
      toConnection: cursors ? toConnection : toConnectionWithoutCursors,
    };
  });
}

/** A connection whose selection reads no cursor: its edges carry none. */
function toConnectionWithoutCursors(page: Page<ProjectedRow>): ConnectionShape<ProjectedRow> {
  return {
    edges: page.items.map((node) => ({ node, cursor: '' })),
    nodes: page.items,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: null },
  };
}

function toConnection(page: Page<ProjectedRow>): ConnectionShape<ProjectedRow> {
  const edges = page.items.map((node) => ({
    node,
    cursor: encodeCursor({
      sortKey: node[CURSOR_SORT_KEY] as string,
      id: node[CURSOR_ID] as string,
    }),
  }));
  return {
    edges,
    nodes: page.items,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
