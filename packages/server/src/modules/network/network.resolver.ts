import type { MembershipRole } from '@schutznetz/domain';
import { Authorized, Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { crudResolver } from '../../graphql/crud.resolver';
import { readResolver } from '../../graphql/read.resolver';
import { Institution } from '../institution/institution.type';
import { Person } from '../person/person.type';
import { Region } from '../reference/reference.type';
import {
  CreateNetworkInput,
  MembershipInput,
  NetworkFilterInput,
  UpdateNetworkInput,
} from './network.input';
import { Membership, Network, NetworkConnection } from './network.type';

const NetworkCrudResolver = crudResolver({
  name: 'Network',
  type: Network,
  createInput: CreateNetworkInput,
  updateInput: UpdateNetworkInput,
  descriptions: {
    create: 'Creates a network.',
    update: 'Changes a network; CONFLICT when `version` is stale.',
    delete: 'Deletes a network and its memberships; returns its id.',
  },
  writes: (services) => services.network,
});

/** `networks` and `network(id)`, compiled or loaded (graphql/read.resolver.ts). */
export const NetworkReadResolver = readResolver({
  list: {
    name: 'networks',
    description: 'Networks, filtered and paginated, by name.',
  },
  one: { name: 'network', description: 'One network by id.' },
  type: Network,
  connection: NetworkConnection,
  filter: NetworkFilterInput,
  reads: (services) => services.network,
});

@Resolver(() => Network)
export class NetworkResolver extends NetworkCrudResolver {
  @FieldResolver(() => [Membership], {
    description: 'Institutions and people in the network; people only for members and up.',
  })
  members(@Root() network: Network, @Ctx() ctx: Context): Promise<Membership[]> {
    return ctx.services.network.membersOf(network.id, ctx.viewer);
  }

  @FieldResolver(() => [Region], { description: 'Regions the network covers.' })
  area(@Root() network: Network, @Ctx() ctx: Context): Region[] {
    return network.area.flatMap((code) => ctx.services.reference.findRegion(code) ?? []);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => Network, {
    description: 'Adds an institution or person to a network, or changes its role there.',
  })
  addNetworkMember(
    @Arg('input', () => MembershipInput) input: MembershipInput,
    @Ctx() ctx: Context,
  ): Promise<Network> {
    return ctx.services.network.addMember(
      input.networkId,
      input.memberId,
      input.role as MembershipRole,
      input.since ?? null,
      ctx.actor,
    );
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => Network, { description: 'Removes an institution or person from a network.' })
  removeNetworkMember(
    @Arg('networkId', () => ID) networkId: string,
    @Arg('memberId', () => ID) memberId: string,
    @Ctx() ctx: Context,
  ): Promise<Network> {
    return ctx.services.network.removeMember(networkId, memberId, ctx.actor);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Network, { description: 'The network.' })
  async network(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Network> {
    const network = await ctx.services.network.findById(membership.networkId);
    if (!network) throw new Error(`membership of missing network ${membership.networkId}`);
    return network;
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The member institution (null when the member is a person).',
  })
  institution(
    @Root() membership: Membership,
    @Ctx() ctx: Context,
  ): Promise<Institution | null> | null {
    return membership.memberKind === 'institution'
      ? ctx.services.institution.findById(membership.memberId)
      : null;
  }

  @Authorized<Role>('member')
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The member person (null when the member is an institution).',
  })
  person(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Person | null> | null {
    return membership.memberKind === 'person'
      ? ctx.services.person.findById(membership.memberId)
      : null;
  }
}

@Resolver(() => Institution)
export class InstitutionNetworksResolver {
  @FieldResolver(() => [Membership], { description: 'Networks the institution belongs to.' })
  networks(@Root() institution: Institution, @Ctx() ctx: Context): Promise<Membership[]> {
    return ctx.services.network.networksOf(institution.id);
  }
}

@Resolver(() => Person)
export class PersonNetworksResolver {
  @FieldResolver(() => [Membership], { description: 'Networks the person belongs to.' })
  networks(@Root() person: Person, @Ctx() ctx: Context): Promise<Membership[]> {
    return ctx.services.network.networksOf(person.id);
  }
}

export const NETWORK_RESOLVERS = [
  NetworkResolver,
  NetworkReadResolver,
  MembershipResolver,
  InstitutionNetworksResolver,
  PersonNetworksResolver,
];
