import type { LocalizedLabel } from '@schutznetz/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { analysisEnum, InstitutionRef, PersonRef, ScopedAnswer } from '../analysis/analysis.type';
import { CoverageSummary } from '../coverage-report/coverage-report.type';
import { LocalizedText } from '../reference/reference.type';

export const TrainingPriorityEnum = analysisEnum(
  'TrainingPriority',
  'Priority of a proposed training.',
  {
    high: 'A critical topic with gaps, or a topic nobody holds.',
    medium: 'Closes gaps or removes a single point of failure.',
    low: 'Useful, nothing urgent.',
  },
);

@ObjectType({ description: 'A coverage cell (topic × municipality).' })
export class CoverageCellRef {}

@ObjectType({ description: 'Someone proposed to attend a training.' })
export class PlannedAttendee {
  @NullableField(PersonRef, 'The person (members and up; null otherwise).')
  person!: PersonRef | null;

  @Field(() => InstitutionRef, { description: 'Their (first) employer in scope.' })
  institution!: InstitutionRef;
}

@ObjectType({ description: 'A proposed training, with priority, reasons and expected gain.' })
export class ProposedTraining {
  @Field(() => ID, { description: '"training:<topic>".' })
  id!: string;

  @Field(() => LocalizedText, { description: 'Title.' })
  title!: LocalizedLabel;

  @Field(() => [PlannedAttendee], { description: 'Who should attend.' })
  attendees!: PlannedAttendee[];

  @Field(() => [InstitutionRef], { description: 'Their institutions.' })
  institutions!: InstitutionRef[];

  @Field(() => TrainingPriorityEnum, { description: 'Priority.' })
  priority!: string;

  @Field(() => Float, {
    description: 'Ranking key: population weight of cells gained + single-point bonus.',
  })
  score!: number;

  @Field(() => [LocalizedText], {
    description: 'Why: the gaps it closes, the single point it removes.',
  })
  reasons!: LocalizedLabel[];

  @Field(() => [CoverageCellRef], { description: 'Cells that gain a qualified person.' })
  cellsGained!: CoverageCellRef[];

  @Field(() => Int, { description: 'Inhabitants of the municipalities gained.' })
  populationReached!: number;

  @Field(() => Int, { description: 'People holding the topic now.' })
  holdersBefore!: number;

  @Field(() => Int, { description: 'People holding it after the training.' })
  holdersAfter!: number;

  @Field(() => [ID], { description: 'Ids of the coverage gaps it addresses.' })
  gapIds!: string[];
}

@ObjectType({ description: 'Coverage before and after every proposed training took place.' })
export class TrainingSimulation {
  @Field(() => CoverageSummary, { description: 'Before.' })
  before!: CoverageSummary;

  @Field(() => CoverageSummary, { description: 'After.' })
  after!: CoverageSummary;

  @Field(() => [CoverageCellRef], {
    description: 'Cells without a qualified person before, with one after.',
  })
  cellsGained!: CoverageCellRef[];
}

@ObjectType({ description: 'The answer of `trainingPlan`.' })
export class TrainingPlan extends ScopedAnswer {
  @Field({ description: 'Expertise counted is valid on this date; planned expertise starts then.' })
  asOf!: string;

  @Field(() => [ProposedTraining], { description: 'Proposed trainings, by priority then score.' })
  trainings!: ProposedTraining[];

  @Field(() => TrainingSimulation, { description: 'Coverage after the plan.' })
  simulation!: TrainingSimulation;
}

@ObjectType({ description: 'The result of `recordCompletedTraining`.' })
export class RecordedTraining {
  @Field({ description: 'Date of the training (YYYY-MM-DD).' })
  date!: string;

  @Field(() => [ID], { description: 'People who gained expertise in the topic.' })
  peopleUpdated!: string[];

  @Field(() => Int, { description: 'Expertise relationships created.' })
  expertiseCreated!: number;
}
