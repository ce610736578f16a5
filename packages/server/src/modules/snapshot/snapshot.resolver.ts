import { Arg, Authorized, Ctx, Mutation, Query, Resolver, type ClassType } from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import type { SnapshotInfo } from './snapshot.service';
import { Snapshot } from './snapshot.type';

@Resolver()
export class SnapshotResolver {
  @Authorized<Role>('analyst')
  @Query(() => [Snapshot], {
    description:
      'Dated snapshots of the graph, newest first (analysts and up: a snapshot holds people).',
  })
  snapshots(@Ctx() ctx: Context): Promise<SnapshotInfo[]> {
    return ctx.services.snapshots.listSnapshots();
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => Snapshot, {
    description:
      'Stores the graph as it stands now as a dated snapshot under a label, in one transaction.',
  })
  takeSnapshot(
    @Arg('label', () => String, {
      description: 'What it is taken for, e.g. "Stand zur AK-Sitzung".',
    })
    label: string,
    @Ctx() ctx: Context,
  ): Promise<SnapshotInfo> {
    return ctx.services.snapshots.takeSnapshot(label, ctx.actor);
  }
}

/** Resolver classes of the snapshot store, registered in schema.ts. */
export const SNAPSHOT_RESOLVERS: readonly ClassType[] = [SnapshotResolver];
