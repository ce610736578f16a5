import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../context';
import { Institution } from '../institution/institution.type';
import { Network } from '../network/network.type';
import { Service } from '../offering/offering.type';
import { Person } from '../person/person.type';
import { Region, Topic } from '../reference/reference.type';
import { InstitutionRef, NetworkRef, PersonRef, ServiceRef } from './analysis.type';
import type {
  CellRefView,
  InstitutionRef as InstitutionRefView,
  NetworkRef as NetworkRefView,
  PersonRef as PersonRefView,
  ServiceRef as ServiceRefView,
} from './analysis.views';

/** The topic of a code (codes come from the taxonomy, so none is missing). */
export function topic(ctx: Context, code: string): Topic | undefined {
  return ctx.services.reference.findTopic(code);
}

/** Topic objects for codes. */
export function topics(ctx: Context, codes: readonly string[]): Topic[] {
  return codes.flatMap((code) => topic(ctx, code) ?? []);
}

/** The region of a code; none for null. */
export function region(ctx: Context, code: string | null): Region | undefined {
  return code === null ? undefined : ctx.services.reference.findRegion(code);
}

/** Region objects for codes. */
export function regions(ctx: Context, codes: readonly string[]): Region[] {
  return codes.flatMap((code) => region(ctx, code) ?? []);
}

/**
 * A resolver of `topic` and `municipality` for a cell type (topic × municipality) whose root
 * holds their codes: one definition for every such cell in the analyses.
 */
export function cellResolver(cellType: ClassType): ClassType {
  @Resolver(() => cellType)
  class CellResolver {
    @FieldResolver(() => Topic, { description: 'The topic.' })
    topic(@Root() cell: CellRefView, @Ctx() ctx: Context): Topic | undefined {
      return topic(ctx, cell.topic);
    }

    @FieldResolver(() => Region, { description: 'The municipality.' })
    municipality(@Root() cell: CellRefView, @Ctx() ctx: Context): Region | undefined {
      return region(ctx, cell.municipality);
    }
  }
  return CellResolver;
}

@Resolver(() => InstitutionRef)
export class InstitutionRefResolver {
  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The full entry (batched; null if deleted since the graph version).',
  })
  institution(@Root() ref: InstitutionRefView, @Ctx() ctx: Context): Promise<Institution | null> {
    return ctx.services.institution.findById(ref.id);
  }
}

@Resolver(() => ServiceRef)
export class ServiceRefResolver {
  @FieldResolver(() => Service, {
    nullable: true,
    description: 'The full entry (batched; null if deleted since the graph version).',
  })
  service(@Root() ref: ServiceRefView, @Ctx() ctx: Context): Promise<Service | null> {
    return ctx.services.offering.findById(ref.id);
  }
}

@Resolver(() => PersonRef)
export class PersonRefResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The full entry, contacts as the role allows (batched).',
  })
  person(@Root() ref: PersonRefView, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.services.person.findById(ref.id);
  }
}

@Resolver(() => NetworkRef)
export class NetworkRefResolver {
  @FieldResolver(() => Network, { nullable: true, description: 'The full entry (batched).' })
  network(@Root() ref: NetworkRefView, @Ctx() ctx: Context): Promise<Network | null> {
    return ctx.services.network.findById(ref.id);
  }
}

/**
 * Resolvers of the references every analysis answers with; each feature registers its own
 * (REFERRAL_ROUTES_RESOLVERS, COVERAGE_REPORT_RESOLVERS, …) in schema.ts.
 */
export const ANALYSIS_RESOLVERS: readonly ClassType[] = [
  InstitutionRefResolver,
  ServiceRefResolver,
  PersonRefResolver,
  NetworkRefResolver,
];
