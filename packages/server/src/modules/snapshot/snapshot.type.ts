import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A dated snapshot of the graph the analyses read (institutions, people, services, paths, ' +
    'networks, events): reports and comparisons over time are produced from it. It never ' +
    'changes after it is taken.',
})
export class Snapshot {
  @Field(() => ID, { description: 'Stable id (a report names it to be produced again).' })
  id!: string;

  @Field({ description: 'When the graph stood so (ISO date-time, UTC).' })
  takenAt!: string;

  @Field({ description: 'What it was taken for, e.g. "Stand zur AK-Sitzung".' })
  label!: string;

  @Field({ description: 'Who took it (a user’s name; "Demo-Daten" for the demo’s).' })
  takenBy!: string;

  @Field(() => Int, { description: 'Institutions in the snapshot.' })
  institutionCount!: number;

  @Field(() => Int, { description: 'People in the snapshot.' })
  personCount!: number;
}
