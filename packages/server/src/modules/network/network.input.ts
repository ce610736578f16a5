import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MembershipRoleEnum, NetworkKindEnum } from '../../graphql/enums';
import { IsIsoDate, IsName } from '../../graphql/validation';
import { ClientMutationIdField } from '../../graphql/idempotency';

@InputType({ description: 'Filters of the network list.' })
export class NetworkFilterInput {
  @Field(() => [NetworkKindEnum], { nullable: true, description: 'Kinds of network.' })
  kinds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Networks that any of these institutions or people belong to.',
  })
  members?: string[];

  @Field({ nullable: true, description: 'Words in the name or description.' })
  @IsOptional()
  @Length(1, 200)
  text?: string;
}

@InputType()
class NetworkFieldsInput {
  @Field(() => String, {
    nullable: true,
    description: 'What the network is for (up to 2000 characters).',
  })
  @IsOptional()
  @Length(0, 2000)
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Codes of the regions the network covers.' })
  area?: string[] | null;
}

@InputType({ description: 'A new network.' })
export class CreateNetworkInput extends NetworkFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field({ description: 'Name (2–200 characters).' })
  @Length(2, 200)
  @IsName()
  name!: string;

  @Field(() => NetworkKindEnum, { description: 'Kind of network.' })
  kind!: string;
}

@InputType({ description: 'Changes to a network; omitted fields stay as they are.' })
export class UpdateNetworkInput extends NetworkFieldsInput {
  @Field(() => ID, { description: 'The network to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one means a conflict.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Name (2–200 characters).' })
  @IsOptional()
  @Length(2, 200)
  @IsName()
  name?: string | null;

  @Field(() => NetworkKindEnum, { nullable: true, description: 'Kind of network.' })
  kind?: string | null;
}

@InputType({ description: 'An institution or person joining a network, or changing its role.' })
export class MembershipInput {
  @Field(() => ID, { description: 'The network.' })
  networkId!: string;

  @Field(() => ID, { description: 'The institution or person.' })
  memberId!: string;

  @Field(() => MembershipRoleEnum, { defaultValue: 'member', description: 'Role in the network.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Member since (YYYY-MM-DD).' })
  @IsIsoDate()
  since?: string | null;
}
