import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { compileConnection, compileObject } from '../../compiler/compile';
import type { Context } from '../../context';
import { crudResolver } from '../../graphql/crud.resolver';
import {
  decodeCursor,
  PageArgs,
  toConnection,
  type ConnectionShape,
} from '../../graphql/pagination';
import type { ProjectedRow } from '../../neo4j/paging';
import { Region } from '../reference/reference.type';
import {
  CreateInstitutionInput,
  InstitutionFilterInput,
  UpdateInstitutionInput,
} from './institution.input';
import { Institution, InstitutionConnection } from './institution.type';

const InstitutionCrudResolver = crudResolver({
  name: 'Institution',
  type: Institution,
  createInput: CreateInstitutionInput,
  updateInput: UpdateInstitutionInput,
  descriptions: {
    create: 'Creates an institution.',
    update: 'Changes an institution; fails with CONFLICT when `version` is not the latest.',
    delete: 'Deletes an institution with its services and relationships; returns its id.',
  },
  writes: (services) => services.institution,
});

@Resolver(() => Institution)
export class InstitutionResolver extends InstitutionCrudResolver {
  @Query(() => InstitutionConnection, {
    description: 'Institutions, filtered and paginated, ordered by name.',
  })
  institutions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InstitutionFilterInput, { nullable: true })
    filter: InstitutionFilterInput | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Institution | ProjectedRow>> {
    const request = { first: page.first, after: decodeCursor(page.after) };
    const plan = compileConnection(info, ctx.viewer.role);
    return plan
      ? ctx.services.institution
          .listProjected(filter ?? {}, request, plan.projection)
          .then(plan.toConnection)
      : ctx.services.institution.list(filter ?? {}, request).then(toConnection);
  }

  @Query(() => Institution, { nullable: true, description: 'One institution by id.' })
  institution(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Institution | ProjectedRow | null> {
    const projection = compileObject(info, ctx.viewer.role);
    return projection
      ? ctx.services.institution.findByIdProjected(id, projection)
      : ctx.services.institution.findById(id);
  }

  @FieldResolver(() => Region, { description: 'Municipality or region where it is located.' })
  municipality(@Root() institution: Institution, @Ctx() ctx: Context): Region | undefined {
    return ctx.services.reference.findRegion(institution.municipality);
  }
}
