import { Field, ObjectType } from 'type-graphql';

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
