import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../context';
import { crudResolver } from '../../graphql/crud.resolver';
import { readResolver } from '../../graphql/read.resolver';
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

/** `institutions` and `institution(id)`, compiled or loaded (graphql/read.resolver.ts). */
export const InstitutionReadResolver = readResolver({
  list: {
    name: 'institutions',
    description: 'Institutions, filtered and paginated, ordered by name.',
  },
  one: { name: 'institution', description: 'One institution by id.' },
  type: Institution,
  connection: InstitutionConnection,
  filter: InstitutionFilterInput,
  reads: (services) => services.institution,
});

@Resolver(() => Institution)
export class InstitutionResolver extends InstitutionCrudResolver {
  @FieldResolver(() => Region, { description: 'Municipality or region where it is located.' })
  municipality(@Root() institution: Institution, @Ctx() ctx: Context): Region | undefined {
    return ctx.services.reference.findRegion(institution.municipality);
  }
}

/** Resolver classes of this module, registered in schema.ts. */
export const INSTITUTION_RESOLVERS: readonly ClassType[] = [
  InstitutionResolver,
  InstitutionReadResolver,
];
