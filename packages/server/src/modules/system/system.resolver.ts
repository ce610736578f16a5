import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { SERVER_VERSION } from './system.service';
import { mayEdit, maySeeContacts } from '../../auth';
import { DatabaseStatus, SystemStatus, ViewerInfo } from './system.type';

@Resolver(() => SystemStatus)
export class SystemResolver {
  @Query(() => SystemStatus, { description: 'Version of the server and of its database.' })
  systemStatus(): Pick<SystemStatus, 'version'> {
    return { version: SERVER_VERSION };
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
  database(@Ctx() ctx: Context): Promise<DatabaseStatus> {
    return ctx.services.system.getDatabaseInfo();
  }
}
