import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { OptionalField } from '../../graphql/input-fields';
import { analysisEnum } from '../analysis/analysis.type';

export const ChildGenderEnum = analysisEnum(
  'ChildGender',
  'Whether an accompanying child is a boy or a girl (for a shelter’s age limit for boys).',
  {
    boy: 'A son: a shelter’s age limit for boys applies.',
    girl: 'A daughter: a limit for boys does not apply.',
  },
);

@InputType({
  description:
    'A child who comes along with the person concerned (e.g. to a women’s shelter): every route ' +
    'must take the child too.',
})
export class ChildInput {
  @Field(() => Int, { description: 'Age in completed years (0–17).' })
  @Min(0)
  @Max(17)
  age!: number;

  @OptionalField(
    ChildGenderEnum,
    'Boy or girl. Unstated: a limit for boys the child exceeds is a question to ask, not a refusal.',
  )
  gender?: string | null;
}
