import { Field, ID, InputType } from 'type-graphql';
import { ExpertiseLevelEnum } from '../../graphql/enums';
import { ClientMutationIdField } from '../../graphql/idempotency';
import { NameField, OptionalField } from '../../graphql/input-fields';

@InputType({ description: 'A completed training to record; participants gain the expertise.' })
export class RecordCompletedTrainingInput {
  @ClientMutationIdField()
  clientMutationId?: string | null;

  @Field(() => ID, { description: 'Topic code the training covered.' })
  topic!: string;

  @Field(() => [ID], {
    description: 'People who took part (1–200): anyone recorded, proposed for it or not.',
  })
  personIds!: string[];

  @OptionalField(String, 'Date of the training (YYYY-MM-DD), not in the future. Default: today.')
  date?: string | null;

  @NameField('Title of a new training (2–300); not needed with trainingId.', [2, 300], {
    nullable: true,
  })
  title?: string | null;

  @NameField('Who gave it: a trainer or an organisation (2–300).', [2, 300], { nullable: true })
  provider?: string | null;

  @OptionalField(ID, 'An existing training to mark completed instead of creating one.')
  trainingId?: string | null;

  @OptionalField(ExpertiseLevelEnum, 'Level of the expertise gained. Default: BASIC.')
  level?: string | null;
}
