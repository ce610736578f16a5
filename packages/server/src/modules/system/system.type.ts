import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES, type Role } from '../../auth';

/** The roles as a GraphQL enum: PUBLIC … ADMIN, with the codes as values. */
export const AccessRoleEnum = Object.fromEntries(ROLES.map((role) => [role.toUpperCase(), role]));
registerEnumType(AccessRoleEnum, {
  name: 'AccessRole',
  description:
    'What a request may see and do: PUBLIC sees institutions, services, networks and events; MEMBER and ANALYST also people and their work contacts; COORDINATOR and ADMIN may change data.',
});

/** Who may read versions: they tell an attacker which known flaws to try. */
const VERSIONS_NOTE = 'null unless the viewer is a coordinator or an admin';

@ObjectType({
  description:
    'The Neo4j database the server is connected to. Answering at all means it is reachable; its product and version only for coordinators and admins.',
})
export class DatabaseStatus {
  @Field(() => String, {
    nullable: true,
    description: `Product name as the database reports it, e.g. "Neo4j Kernel"; ${VERSIONS_NOTE}.`,
  })
  name!: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Database version, e.g. "5.26.31"; ${VERSIONS_NOTE}.`,
  })
  version!: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Database edition, "community" or "enterprise"; ${VERSIONS_NOTE}.`,
  })
  edition!: string | null;
}

@ObjectType({ description: 'Health (for everyone) and versions (for coordinators and admins).' })
export class SystemStatus {
  @Field(() => String, {
    nullable: true,
    description: `Version of the Schutznetz server; ${VERSIONS_NOTE}.`,
  })
  version!: string | null;

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
