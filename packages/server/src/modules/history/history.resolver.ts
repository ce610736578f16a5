import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import {
  decodeCursor,
  PageArgs,
  toConnection,
  type ConnectionShape,
} from '../../graphql/pagination';
import { Change, ChangeConnection, RestoredEntry } from './history.type';

/** The audit trail, for coordinators and admins only (the visibility matrix, decision 011). */
@Resolver()
export class HistoryResolver {
  @Authorized<Role>('coordinator')
  @Query(() => ChangeConnection, {
    description:
      'Who changed an entry when, and which fields from what to what, newest first; also for deleted entries. Coordinators and admins only.',
  })
  history(
    @Arg('id', () => ID, { description: 'Id of the entry (institution, person, service, …).' })
    id: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Change>> {
    return ctx.services.history
      .history(id, { first: page.first, after: decodeCursor(page.after) })
      .then(toConnection);
  }

  @Authorized<Role>('coordinator')
  @Query(() => ChangeConnection, {
    description:
      'Entries deleted and not restored since, newest first (each deletion once; what was deleted along with it comes back with it). Coordinators and admins only.',
  })
  deletedEntries(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Change>> {
    return ctx.services.history
      .deleted({ first: page.first, after: decodeCursor(page.after) })
      .then(toConnection);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => RestoredEntry, {
    description:
      'Restores a deleted entry from its history, with what was deleted along with it and its relationships to entries that still exist, as a new version. CONFLICT when it is not deleted.',
  })
  async restoreEntry(
    @Arg('id', () => ID, { description: 'Id of the deleted entry.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<RestoredEntry> {
    const result = await ctx.services.history.restore(id, ctx.actor);
    return { ...result, restored: [...result.restored], missingEnds: [...result.missingEnds] };
  }
}

export const HISTORY_RESOLVERS = [HistoryResolver] as const;
