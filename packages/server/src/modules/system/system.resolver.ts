import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { SERVER_VERSION } from './system.service';
import { DatabaseStatus, SystemStatus } from './system.type';

@Resolver(() => SystemStatus)
export class SystemResolver {
  @Query(() => SystemStatus, { description: 'Version of the server and of its database.' })
  systemStatus(): Pick<SystemStatus, 'version'> {
    return { version: SERVER_VERSION };
  }

  @FieldResolver(() => DatabaseStatus)
  database(@Ctx() ctx: Context): Promise<DatabaseStatus> {
    return ctx.services.system.getDatabaseInfo();
  }
}
