import { Args, Authorized, Ctx, Mutation, Query, Resolver, type ClassType } from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { Service } from '../offering/offering.type';
import { LinkPersonSignInArgs, ReportFreePlacesArgs } from './capacity-report.input';

@Resolver()
export class CapacityReportResolver {
  @Authorized<Role>('member')
  @Mutation(() => Service, {
    description:
      'Reports the free places of a service now, in one action (no version): for the staff of ' +
      'the institution offering it (their person entry linked to their sign-in) and coordinators; ' +
      'FORBIDDEN for anyone else. Sets capacityReportedAt.',
  })
  reportFreePlaces(
    @Args(() => ReportFreePlacesArgs) args: ReportFreePlacesArgs,
    @Ctx() ctx: Context,
  ): Promise<Service> {
    return ctx.services.capacityReport.reportFreePlaces(
      ctx.viewer,
      args.serviceId,
      args.free,
      ctx.actor,
    );
  }

  @Authorized<Role>('member')
  @Query(() => [Service], {
    description:
      'Services with places whose free places the viewer may report: those of the institutions ' +
      'they work at (by their linked sign-in), every one for coordinators.',
  })
  reportableServices(@Ctx() ctx: Context): Promise<Service[]> {
    return ctx.services.capacityReport.reportableServices(ctx.viewer);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => String, {
    nullable: true,
    description:
      'Links a person to their sign-in subject, so they may report their shelter’s free places; ' +
      'no other person keeps that subject. Returns the subject (null when unlinked).',
  })
  linkPersonSignIn(
    @Args(() => LinkPersonSignInArgs) args: LinkPersonSignInArgs,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return ctx.services.capacityReport.linkSignIn(args.personId, args.subject);
  }
}

export const CAPACITY_REPORT_RESOLVERS: ClassType[] = [CapacityReportResolver];
