import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class ReportFreePlacesArgs {
  @Field(() => ID, {
    description: 'The service (a shelter’s places) whose free places are reported.',
  })
  serviceId!: string;

  @Field(() => Int, {
    description: 'Free places now: 0 for "belegt" (full), at most the places in total.',
  })
  @Min(0)
  @Max(100_000)
  free!: number;
}

@ArgsType()
export class LinkPersonSignInArgs {
  @Field(() => ID, { description: 'The person (a professional’s entry).' })
  personId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Their sign-in subject: the identity provider’s `sub`, or `static:<NAME>` for a static ' +
      'token; null removes the link.',
  })
  subject!: string | null;
}
