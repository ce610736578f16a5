import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { SERVER_VERSION } from './system.service';
import { hasRole, mayEdit, maySeeContacts, type Viewer } from '../../auth';
import { DatabaseStatus, SystemStatus, ViewerInfo } from './system.type';

/** Versions only for those who run the installation: coordinators and admins. */
function mayReadVersions(viewer: Viewer): boolean {
  return hasRole(viewer, 'coordinator');
}

@Resolver(() => SystemStatus)
export class SystemResolver {
  @Query(() => SystemStatus, {
    description:
      'Whether the server and its database answer; their versions for coordinators and admins only.',
  })
  systemStatus(@Ctx() ctx: Context): Pick<SystemStatus, 'version'> {
    return { version: mayReadVersions(ctx.viewer) ? SERVER_VERSION : null };
  }

  @Query(() => ViewerInfo, {
    description:
      'The role the server gives this request (from its bearer token), so a client can offer only what it may do.',
  })
  viewer(@Ctx() ctx: Context): ViewerInfo {
    return {
      name: ctx.viewer.name,
      role: ctx.viewer.role,
      canSeeContacts: maySeeContacts(ctx.viewer),
      canEdit: mayEdit(ctx.viewer),
    };
  }

  @FieldResolver(() => DatabaseStatus)
  async database(@Ctx() ctx: Context): Promise<DatabaseStatus> {
    // Asked for everyone: an answer is the health check, a failure is DATABASE_UNAVAILABLE.
    const info = await ctx.services.system.getDatabaseInfo();
    return mayReadVersions(ctx.viewer) ? info : { name: null, version: null, edition: null };
  }
}
