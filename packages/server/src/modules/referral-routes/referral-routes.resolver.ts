import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../context';
import { AnalysisScopeInput } from '../analysis/analysis.input';
import { ReferralRouteTemplate } from '../referral/referral.type';
import { ReferralNeedInput, RouteStartInput } from './referral-routes.input';
import { ReferralRouteHop, ReferralRouteSearch } from './referral-routes.type';
import type { HopView, RouteSearchView } from './referral-routes.views';

@Resolver()
export class ReferralRoutesResolver {
  @Query(() => ReferralRouteSearch, {
    description:
      'Up to k ranked referral routes from a start to services that meet a need, along referral ' +
      'paths and self-referrals. Every condition is checked (topic, target group, age, language, ' +
      'service area, opening hours or 24/7 at the moment `at`, free places, accessibility, consent ' +
      'and data mode, and each accompanying child); each hop carries its reason, each route its ' +
      'cost terms and what to ask (a language nobody recorded is asked, not refused). Every ' +
      'answer lists in `leftOut` what each condition excluded, the nearest services with their ' +
      'reasons; when nothing fits, `noRoute` names the failed conditions and the nearest relaxations.',
  })
  referralRoutes(
    @Arg('start', () => RouteStartInput) start: RouteStartInput,
    @Arg('need', () => ReferralNeedInput) need: ReferralNeedInput,
    @Arg('k', () => Int, {
      defaultValue: 3,
      description: 'Routes wanted, 1–20 (the public view: 1–5).',
    })
    k: number,
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Ctx() ctx: Context,
  ): Promise<RouteSearchView> {
    return ctx.services.referralRoutes.findRoutes(start, need, k, scope, ctx.viewer);
  }
}

@Resolver(() => ReferralRouteHop)
export class ReferralRouteHopResolver {
  @FieldResolver(() => ReferralRouteTemplate, {
    nullable: true,
    description: 'The route template (R01–R22) the hop’s referral path instantiates.',
  })
  routeTemplate(@Root() hop: HopView, @Ctx() ctx: Context): ReferralRouteTemplate | undefined {
    return ctx.services.referral.findRouteTemplate(hop.templateId);
  }
}

/** Resolver classes of the route finder, registered in schema.ts. */
export const REFERRAL_ROUTES_RESOLVERS: readonly ClassType[] = [
  ReferralRoutesResolver,
  ReferralRouteHopResolver,
];
