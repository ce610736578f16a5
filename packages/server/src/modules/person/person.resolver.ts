import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { crudResolver } from '../../graphql/crud.resolver';
import { readResolver } from '../../graphql/read.resolver';
import { Institution } from '../institution/institution.type';
import { Topic } from '../reference/reference.type';
import {
  CreatePersonInput,
  EmploymentArgs,
  PersonFilterInput,
  SetExpertiseInput,
  UpdatePersonInput,
} from './person.input';
import { displayName } from './person.mapping';
import { CONTACT_DATA_NOTE, Employment, Expertise, Person, PersonConnection } from './person.type';

const PersonCrudResolver = crudResolver({
  name: 'Person',
  type: Person,
  createInput: CreatePersonInput,
  updateInput: UpdatePersonInput,
  descriptions: {
    create: 'Creates a person or a role contact.',
    update: 'Changes a person; fails with CONFLICT when `version` is not the latest.',
    delete: 'Deletes a person with their employments, expertise and memberships; returns the id.',
  },
  writes: (services) => services.person,
});

/** `people` and `person(id)`, compiled or loaded (graphql/read.resolver.ts). */
export const PersonReadResolver = readResolver({
  list: {
    name: 'people',
    description:
      'People, filtered and paginated, ordered by family name (role contacts by function).',
  },
  one: { name: 'person', description: 'One person by id.' },
  type: Person,
  connection: PersonConnection,
  filter: PersonFilterInput,
  roles: ['member'],
  reads: (services) => services.person,
});

@Resolver(() => Person)
export class PersonResolver extends PersonCrudResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: `Work e-mail address: ${CONTACT_DATA_NOTE}`,
  })
  email(@Root() person: Person, @Ctx() ctx: Context): string | null {
    return ctx.services.person.contactFor(person, ctx.viewer).email;
  }

  @FieldResolver(() => String, { nullable: true, description: `Work phone: ${CONTACT_DATA_NOTE}` })
  phone(@Root() person: Person, @Ctx() ctx: Context): string | null {
    return ctx.services.person.contactFor(person, ctx.viewer).phone;
  }

  @FieldResolver(() => String, {
    description: 'Name to show: "Katrin Lehmhaus", or the function for a role contact.',
  })
  displayName(@Root() person: Person): string {
    return displayName(person);
  }

  @FieldResolver(() => [Employment], { description: 'Where the person works.' })
  employments(@Root() person: Person, @Ctx() ctx: Context): Promise<Employment[]> {
    return ctx.services.person.findEmployments(person.id);
  }

  @FieldResolver(() => [Expertise], { description: 'Topics the person has expertise in.' })
  expertise(@Root() person: Person, @Ctx() ctx: Context): Promise<Expertise[]> {
    return ctx.services.person.findExpertise(person.id);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => Person, {
    description:
      'Records that a person works at an institution, or changes the role and start of that ' +
      'employment; returns the person with a new version.',
  })
  addEmployment(
    @Args(() => EmploymentArgs) employment: EmploymentArgs,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return ctx.services.person.addEmployment(employment, ctx.actor);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => Person, {
    description:
      'Ends a person’s employment at an institution; returns the person with a new version.',
  })
  removeEmployment(
    @Arg('personId', () => ID) personId: string,
    @Arg('institutionId', () => ID) institutionId: string,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return ctx.services.person.removeEmployment(personId, institutionId, ctx.actor);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => Person, {
    description:
      'Records a person’s expertise in a topic, replacing an earlier record for that topic; ' +
      'returns the person with a new version.',
  })
  setExpertise(
    @Arg('input', () => SetExpertiseInput) input: SetExpertiseInput,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return ctx.services.person.setExpertise(input, ctx.actor);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => Person, {
    description: 'Removes a person’s expertise in a topic; returns the person with a new version.',
  })
  removeExpertise(
    @Arg('personId', () => ID) personId: string,
    @Arg('topic', () => ID) topic: string,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return ctx.services.person.removeExpertise(personId, topic, ctx.actor);
  }
}

@Resolver(() => Employment)
export class EmploymentResolver {
  @FieldResolver(() => Person, { description: 'The person employed.' })
  person(@Root() employment: Employment, @Ctx() ctx: Context): Promise<Person> {
    return ctx.services.person.getById(employment.personId);
  }

  @FieldResolver(() => Institution, { description: 'The institution the person works at.' })
  institution(@Root() employment: Employment, @Ctx() ctx: Context): Promise<Institution> {
    return ctx.services.institution.getById(employment.institutionId);
  }
}

@Resolver(() => Expertise)
export class ExpertiseResolver {
  @FieldResolver(() => Person, { description: 'The person with this expertise.' })
  person(@Root() expertise: Expertise, @Ctx() ctx: Context): Promise<Person> {
    return ctx.services.person.getById(expertise.personId);
  }

  @FieldResolver(() => Topic, { description: 'The topic of the expertise.' })
  topic(@Root() expertise: Expertise, @Ctx() ctx: Context): Topic | undefined {
    return ctx.services.reference.findTopic(expertise.topic);
  }
}

@Resolver(() => Institution)
export class InstitutionStaffResolver {
  @Authorized<Role>('member')
  @FieldResolver(() => [Employment], {
    description: 'People who work at this institution, ordered by name.',
  })
  people(@Root() institution: Institution, @Ctx() ctx: Context): Promise<Employment[]> {
    return ctx.services.person.findStaff(institution.id);
  }
}

@Resolver(() => Topic)
export class TopicExpertsResolver {
  @Authorized<Role>('member')
  @FieldResolver(() => [Expertise], {
    description: 'Expertise of people in this topic or any topic below it, ordered by person.',
  })
  experts(@Root() topic: Topic, @Ctx() ctx: Context): Promise<Expertise[]> {
    return ctx.services.person.findExperts(topic.id);
  }
}

/** Resolver classes of this module, registered in schema.ts. */
export const PERSON_RESOLVERS: readonly ClassType[] = [
  PersonResolver,
  PersonReadResolver,
  EmploymentResolver,
  ExpertiseResolver,
  InstitutionStaffResolver,
  TopicExpertsResolver,
];
