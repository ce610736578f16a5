import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A region file to load (docs/region-file.md).' })
export class LoadRegionInput {
  @Field(() => GraphQLJSON, {
    description:
      'The region file’s content (format "schutznetz-region/1"); problems are reported with ' +
      '`field` set to their path in the file, e.g. "municipalities[3].neighbours[1]".',
  })
  definition!: unknown;

  @Field({
    nullable: true,
    description: 'Only check the file and list the changes; write nothing.',
  })
  dryRun?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'The region version the file was prepared against; CONFLICT if it changed since.',
  })
  expectedVersion?: number;
}
