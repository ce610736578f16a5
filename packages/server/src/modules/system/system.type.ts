import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES, type Role } from '../../auth';

/** The roles as a GraphQL enum: PUBLIC … ADMIN, with the codes as values. */
export const AccessRoleEnum = Object.fromEntries(ROLES.map((role) => [role.toUpperCase(), role]));
registerEnumType(AccessRoleEnum, {
  name: 'AccessRole',
  description:
    'What a request may see and do: PUBLIC sees institutions, services, networks and events; MEMBER and ANALYST also people and their work contacts; COORDINATOR and ADMIN may change data.',
});

@ObjectType({ description: 'The Neo4j database the server is connected to.' })
export class DatabaseStatus {
  @Field({ description: 'Product name as the database reports it, e.g. "Neo4j Kernel".' })
  name!: string;

  @Field({ description: 'Database version, e.g. "5.26.31".' })
  version!: string;

  @Field({ description: 'Database edition: "community" or "enterprise".' })
  edition!: string;
}

@ObjectType({ description: 'Version and health of the Schutznetz server.' })
export class SystemStatus {
  @Field({ description: 'Version of the Schutznetz server.' })
  version!: string;

  @Field(() => DatabaseStatus, {
    description:
      'The connected database. Fails with DATABASE_UNAVAILABLE while the database is unreachable.',
  })
  database!: DatabaseStatus;
}

@ObjectType({ description: 'Who is asking: the role the server gives this request.' })
export class ViewerInfo {
  @Field({ description: 'Name of the access token, or "anonymous" without one.' })
  name!: string;

  @Field(() => AccessRoleEnum, { description: 'The role of this request.' })
  role!: Role;

  @Field({ description: "True when this request may see professionals' work contacts." })
  canSeeContacts!: boolean;

  @Field({ description: 'True when this request may create, change and delete data.' })
  canEdit!: boolean;
}
