import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../context';
import { crudResolver } from '../../graphql/crud.resolver';
import { readResolver } from '../../graphql/read.resolver';
import { Institution } from '../institution/institution.type';
import { Topic } from '../reference/reference.type';
import {
  CreateReferralPathInput,
  ReferralPathFilterInput,
  UpdateReferralPathInput,
} from './referral.input';
import { ReferralPath, ReferralPathConnection, ReferralRouteTemplate } from './referral.type';

const ReferralPathCrudResolver = crudResolver({
  name: 'ReferralPath',
  type: ReferralPath,
  createInput: CreateReferralPathInput,
  updateInput: UpdateReferralPathInput,
  descriptions: {
    create:
      'Creates a referral path; with a route template, the ends must be of the kinds it connects.',
    update: 'Changes a referral path; fails with CONFLICT when `version` is not the latest.',
    delete: 'Deletes a referral path; returns its id.',
  },
  writes: ({ referral }) => ({
    // The ends are fixed at creation, so the service takes them apart from the fields.
    create: ({ fromId, toId, ...changes }, actor) => referral.create(fromId, toId, changes, actor),
    findById: (id) => referral.findById(id),
    update: (...args) => referral.update(...args),
    delete: (...args) => referral.delete(...args),
  }),
});

/** `referralPaths` and `referralPath(id)`, compiled or loaded (graphql/read.resolver.ts). */
export const ReferralPathReadResolver = readResolver({
  list: {
    name: 'referralPaths',
    description: 'Referral paths between institutions, filtered and paginated, ordered by id.',
  },
  one: { name: 'referralPath', description: 'One referral path by id.' },
  type: ReferralPath,
  connection: ReferralPathConnection,
  filter: ReferralPathFilterInput,
  reads: (services) => services.referral,
});

@Resolver(() => ReferralPath)
export class ReferralPathResolver extends ReferralPathCrudResolver {
  @FieldResolver(() => Institution, { description: 'The institution that refers.' })
  from(@Root() path: ReferralPath, @Ctx() ctx: Context): Promise<Institution> {
    return ctx.services.institution.getById(path.fromId);
  }

  @FieldResolver(() => Institution, { description: 'The institution referred to.' })
  to(@Root() path: ReferralPath, @Ctx() ctx: Context): Promise<Institution> {
    return ctx.services.institution.getById(path.toId);
  }

  @FieldResolver(() => ReferralRouteTemplate, {
    nullable: true,
    description: 'The route template (R01–R22) this path instantiates, if any.',
  })
  routeTemplate(
    @Root() path: ReferralPath,
    @Ctx() ctx: Context,
  ): ReferralRouteTemplate | undefined {
    return ctx.services.referral.findRouteTemplate(path.routeTemplate);
  }

  @FieldResolver(() => [Topic], { description: 'Topics the path is used for.' })
  topics(@Root() path: ReferralPath, @Ctx() ctx: Context): Topic[] {
    return path.topics.flatMap((code) => ctx.services.reference.findTopic(code) ?? []);
  }
}

@Resolver(() => Institution)
export class InstitutionReferralsResolver {
  @FieldResolver(() => [ReferralPath], {
    description: 'Referral paths from this institution to others, by id.',
  })
  referralsOut(@Root() institution: Institution, @Ctx() ctx: Context): Promise<ReferralPath[]> {
    return ctx.services.referral.findOutgoing(institution.id);
  }

  @FieldResolver(() => [ReferralPath], {
    description: 'Referral paths from other institutions to this one, by id.',
  })
  referralsIn(@Root() institution: Institution, @Ctx() ctx: Context): Promise<ReferralPath[]> {
    return ctx.services.referral.findIncoming(institution.id);
  }
}

/** Resolver classes of this module, registered in schema.ts. */
export const REFERRAL_RESOLVERS: readonly ClassType[] = [
  ReferralPathResolver,
  ReferralPathReadResolver,
  InstitutionReferralsResolver,
];
