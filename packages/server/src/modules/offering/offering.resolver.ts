import {
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { crudResolver } from '../../graphql/crud.resolver';
import { readResolver } from '../../graphql/read.resolver';
import { pageInMemory, PageArgs, type ConnectionShape } from '../../graphql/pagination';
import { Institution, InstitutionConnection } from '../institution/institution.type';
import { Region, TargetGroup, Topic } from '../reference/reference.type';
import {
  CreateServiceInput,
  ReportCapacityArgs,
  ServiceFilterInput,
  UpdateServiceInput,
} from './offering.input';
import { Service, ServiceConnection } from './offering.type';

const ServiceCrudResolver = crudResolver({
  name: 'Service',
  type: Service,
  createInput: CreateServiceInput,
  updateInput: UpdateServiceInput,
  descriptions: {
    create: 'Creates a service of an institution.',
    update: 'Changes a service; fails with CONFLICT when `version` is not the latest.',
    delete: 'Deletes a service with its links; returns its id.',
  },
  writes: ({ offering }) => ({
    // The institution is fixed at creation, so the service takes it apart from the fields.
    create: ({ institutionId, ...changes }, actor) =>
      offering.create(institutionId, changes, actor),
    findById: (id) => offering.findById(id),
    update: (...args) => offering.update(...args),
    delete: (...args) => offering.delete(...args),
  }),
});

/** `services` and `service(id)`, compiled or loaded (graphql/read.resolver.ts). */
export const ServiceReadResolver = readResolver({
  list: {
    name: 'services',
    description: 'Services, filtered and paginated, ordered by name.',
  },
  one: { name: 'service', description: 'One service by id.' },
  type: Service,
  connection: ServiceConnection,
  filter: ServiceFilterInput,
  reads: (services) => services.offering,
});

@Resolver(() => Service)
export class ServiceResolver extends ServiceCrudResolver {
  @FieldResolver(() => Institution, { description: 'The institution that offers the service.' })
  institution(@Root() service: Service, @Ctx() ctx: Context): Promise<Institution> {
    return ctx.services.institution.getById(service.institutionId);
  }

  @FieldResolver(() => [Topic], { description: 'Topics the service addresses.' })
  topics(@Root() service: Service, @Ctx() ctx: Context): Topic[] {
    return service.topics.flatMap((code) => ctx.services.reference.findTopic(code) ?? []);
  }

  @FieldResolver(() => [TargetGroup], { description: 'Groups of people the service is for.' })
  targetGroups(@Root() service: Service, @Ctx() ctx: Context): TargetGroup[] {
    return service.targetGroups.flatMap(
      (code) => ctx.services.reference.findTargetGroup(code) ?? [],
    );
  }

  @FieldResolver(() => [Region], {
    description: 'Service area: the municipalities and regions whose people it serves.',
  })
  area(@Root() service: Service, @Ctx() ctx: Context): Region[] {
    return service.area.flatMap((code) => ctx.services.reference.findRegion(code) ?? []);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => Service, {
    description:
      'Reports the free places of a service now (sets capacityReportedAt); fails with CONFLICT ' +
      'when `version` is not the latest.',
  })
  reportCapacity(
    @Args(() => ReportCapacityArgs) args: ReportCapacityArgs,
    @Ctx() ctx: Context,
  ): Promise<Service> {
    return ctx.services.offering.reportCapacity(
      args.id,
      args.version,
      args.capacityFree,
      ctx.actor,
    );
  }
}

@Resolver(() => Institution)
export class InstitutionServicesResolver {
  @FieldResolver(() => [Service], { description: 'Services the institution offers, by name.' })
  services(@Root() institution: Institution, @Ctx() ctx: Context): Promise<Service[]> {
    return ctx.services.offering.findByInstitution(institution.id);
  }
}

@Resolver(() => Topic)
export class TopicServicesResolver {
  @FieldResolver(() => ServiceConnection, {
    description:
      'Services addressing this topic or, for a group, any of its topics; by name, a page at a time.',
  })
  async services(
    @Root() topic: Topic,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Service>> {
    return pageInMemory(await ctx.services.offering.findByTopic(topic.id), page);
  }
}

@Resolver(() => Region)
export class RegionServicesResolver {
  @FieldResolver(() => ServiceConnection, {
    description: 'Services whose area lists this region, by name, a page at a time.',
  })
  async services(
    @Root() region: Region,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Service>> {
    return pageInMemory(await ctx.services.offering.findByArea(region.id), page);
  }

  @FieldResolver(() => InstitutionConnection, {
    description: 'Institutions located in this region, by name, a page at a time.',
  })
  async institutions(
    @Root() region: Region,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Institution>> {
    return pageInMemory(await ctx.services.offering.findInstitutionsInRegion(region.id), page);
  }
}

/** Resolver classes of this module, registered in schema.ts. */
export const OFFERING_RESOLVERS: readonly ClassType[] = [
  ServiceResolver,
  ServiceReadResolver,
  InstitutionServicesResolver,
  TopicServicesResolver,
  RegionServicesResolver,
];
