import { Field, ID, InputType } from 'type-graphql';
import { MembershipRoleEnum, NetworkKindEnum } from '../../graphql/enums';
import {
  DateField,
  EntryIdField,
  FilterTextField,
  ListFilterField,
  NameField,
  OptionalField,
  TextField,
  VersionField,
} from '../../graphql/input-fields';
import { ClientMutationIdField } from '../../graphql/idempotency';

@InputType({ description: 'Filters of the network list.' })
export class NetworkFilterInput {
  @ListFilterField(NetworkKindEnum, 'Kinds of network.')
  kinds?: string[];

  @ListFilterField(ID, 'Networks that any of these institutions or people belong to.')
  members?: string[];

  @FilterTextField('Words in the name or description.')
  text?: string;
}

@InputType()
class NetworkFieldsInput {
  @TextField('What the network is for (up to 2000 characters).', [0, 2000])
  description?: string | null;

  @OptionalField([ID], 'Codes of the regions the network covers.')
  area?: string[] | null;
}

@InputType({ description: 'A new network.' })
export class CreateNetworkInput extends NetworkFieldsInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @NameField('Name (2–200 characters).', [2, 200])
  name!: string;

  @Field(() => NetworkKindEnum, { description: 'Kind of network.' })
  kind!: string;
}

@InputType({ description: 'Changes to a network; omitted fields stay as they are.' })
export class UpdateNetworkInput extends NetworkFieldsInput {
  @EntryIdField('network')
  id!: string;

  @VersionField()
  version!: number;

  @NameField('Name (2–200 characters).', [2, 200], { nullable: true })
  name?: string | null;

  @OptionalField(NetworkKindEnum, 'Kind of network.')
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

  @DateField('Member since (YYYY-MM-DD).')
  since?: string | null;
}
