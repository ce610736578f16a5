import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  ID,
  Info,
  Query,
  Resolver,
  type ClassType,
} from 'type-graphql';
import { compileConnection, compileObject } from '../compiler/compile';
import type { Role } from '../config';
import type { Context } from '../context';
import type { ProjectedRow, Projection } from '../neo4j/paging';
import type { Page, PageRequest } from '../pagination';
import type { Services } from '../services';
import {
  decodeCursor,
  PageArgs,
  toConnection,
  type ConnectionShape,
  type Cursor,
} from './pagination';

/** A root field: its schema name and description. */
export interface RootField {
  readonly name: string;
  readonly description: string;
}

/**
 * What the read resolver needs of an entity's service: the stored records (batched) and the same
 * reads shaped by a compiled selection. src/entity-reads.ts's `EntityReads` offers all four.
 */
export interface ReadPath<TFilter, TRecord> {
  list(filter: TFilter, page: PageRequest): Promise<Page<TRecord>>;
  listProjected(
    filter: TFilter,
    page: PageRequest,
    projection: Projection,
  ): Promise<Page<ProjectedRow>>;
  findById(id: string): Promise<TRecord | null>;
  findByIdProjected(id: string, projection: Projection): Promise<ProjectedRow | null>;
}

/** One entity's connection and single read, as the schema shows them. */
export interface ReadResolverOptions<TFilter extends object, TRecord> {
  /** The connection, e.g. `institutions(first, after, filter)`. */
  readonly list: RootField;
  /** The single read, e.g. `institution(id)`; null when there is no such entry. */
  readonly one: RootField;
  /** Object type of the single read; the connection's nodes are of it. */
  readonly type: ClassType;
  readonly connection: ClassType;
  /** The filter input of the connection; every field of it is optional. */
  readonly filter: ClassType<TFilter>;
  /** Roles both reads need (`@Authorized`); none for reads the public may make. */
  readonly roles?: readonly Role[];
  /** The request's service that reads the entity (see entity-reads.ts). */
  readonly reads: (services: Services) => ReadPath<NoInfer<TFilter>, TRecord>;
}

/**
 * A resolver class with an entity's connection and single read, each compiled with everything
 * nested in it into one Cypher statement when its selection allows (src/compiler, cached per
 * role), and read as stored records through the DataLoaders otherwise
 * (docs/decisions/015-one-read-path.md). schema.ts registers the class it returns; its field
 * resolvers stay in the entity's own resolver.
 */
export function readResolver<TFilter extends object, TRecord extends Cursor>(
  options: ReadResolverOptions<TFilter, TRecord>,
) {
  const { list, one, type, connection, filter, roles = [], reads } = options;
  const guard: MethodDecorator = roles.length ? Authorized<Role>(...roles) : () => undefined;

  @Resolver()
  class ReadResolver {
    @guard
    @Query(() => connection, { name: list.name, description: list.description })
    list(
      @Args(() => PageArgs) page: PageArgs,
      @Arg('filter', () => filter, { nullable: true }) where: TFilter | null,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<ConnectionShape<TRecord | ProjectedRow>> {
      const service = reads(ctx.services);
      const request = { first: page.first, after: decodeCursor(page.after) };
      // Every field of a filter is optional: no filter is the empty one.
      const given = where ?? ({} as TFilter);
      const plan = compileConnection(info, ctx.viewer.role);
      return plan
        ? service.listProjected(given, request, plan.projection).then(plan.toConnection)
        : service.list(given, request).then(toConnection);
    }

    @guard
    @Query(() => type, { name: one.name, nullable: true, description: one.description })
    one(
      @Arg('id', () => ID) id: string,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<TRecord | ProjectedRow | null> {
      const service = reads(ctx.services);
      const projection = compileObject(info, ctx.viewer.role);
      return projection ? service.findByIdProjected(id, projection) : service.findById(id);
    }
  }

  return ReadResolver;
}
