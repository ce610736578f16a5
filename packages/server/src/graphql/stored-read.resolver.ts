import { Arg, Args, Ctx, ID, Query, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../context';
import type { Page, PageRequest } from '../pagination';
import type { Services } from '../services';
import {
  decodeCursor,
  PageArgs,
  toConnection,
  type ConnectionShape,
  type Cursor,
} from './pagination';
import type { RootField } from './read.resolver';

/** What the stored-read resolver needs of an entity's service: a page and one entry by id. */
export interface StoredReads<TFilter, TRecord> {
  list(filter: TFilter, page: PageRequest): Promise<Page<TRecord>>;
  findById(id: string): Promise<TRecord | null>;
}

/** One entity's connection and single read, as the schema shows them. */
export interface StoredReadResolverOptions<TFilter extends object, TRecord> {
  /** The connection, e.g. `meetings(first, after, filter)`. */
  readonly list: RootField;
  /** The single read, e.g. `meeting(id)`; null when there is no such entry. */
  readonly one: RootField;
  /** Object type of the single read; the connection's nodes are of it. */
  readonly type: ClassType;
  readonly connection: ClassType;
  /** The filter input of the connection; every field of it is optional. */
  readonly filter: ClassType<TFilter>;
  /** The request's service that reads the entity; an adapter where its methods are named otherwise. */
  readonly reads: (services: Services) => StoredReads<NoInfer<TFilter>, TRecord>;
}

/**
 * A resolver class with an entity's connection and single read, both answered from the stored
 * records (through the service's DataLoaders), for the types the compiler does not cover
 * (compiled types use readResolver in read.resolver.ts). The module lists the class it returns
 * among its resolvers; its field resolvers stay in the entity's own resolver.
 */
export function storedReadResolver<TFilter extends object, TRecord extends Cursor>(
  options: StoredReadResolverOptions<TFilter, TRecord>,
) {
  const { list, one, type, connection, filter, reads } = options;

  @Resolver()
  class StoredReadResolver {
    @Query(() => connection, { name: list.name, description: list.description })
    list(
      @Args(() => PageArgs) page: PageArgs,
      @Arg('filter', () => filter, { nullable: true }) where: TFilter | null,
      @Ctx() ctx: Context,
    ): Promise<ConnectionShape<TRecord>> {
      // Every field of a filter is optional: no filter is the empty one.
      return reads(ctx.services)
        .list(where ?? ({} as TFilter), { first: page.first, after: decodeCursor(page.after) })
        .then(toConnection);
    }

    @Query(() => type, { name: one.name, nullable: true, description: one.description })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TRecord | null> {
      return reads(ctx.services).findById(id);
    }
  }

  return StoredReadResolver;
}
