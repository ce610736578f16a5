import { Field, ID, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { StoredEntity } from '../../graphql/common.type';
import { MembershipRoleEnum, NetworkKindEnum } from '../../graphql/enums';
import { Connection } from '../../graphql/pagination';

@ObjectType({
  description:
    'A cooperation network, e.g. the Arbeitskreis gegen Gewalt, the Lokales Netzwerk Kinderschutz or the Netzwerk Frühe Hilfen.',
})
export class Network extends StoredEntity {
  @Field(() => ID, { description: 'Stable id, e.g. "net:ak_gewalt".' })
  id!: string;

  @Field({ description: 'Name of the network.' })
  name!: string;

  @Field(() => NetworkKindEnum, {
    description: 'Kind of network (its legal or organisational basis).',
  })
  kind!: string;

  @NullableField(String, 'What the network is for.')
  description!: string | null;

  area!: readonly string[];
  sortKey!: string;
}

@ObjectType({ description: 'Membership of an institution or a person in a network.' })
export class Membership {
  @Field({ description: '"institution" or "person".' })
  memberKind!: string;

  @Field(() => ID, { description: 'Id of the member institution or person.' })
  memberId!: string;

  @Field(() => MembershipRoleEnum, { description: 'Role in the network.' })
  role!: string;

  @NullableField(String, 'Member since (ISO date).')
  since!: string | null;

  networkId!: string;
}

export const NetworkConnection = Connection(Network, 'Network');
