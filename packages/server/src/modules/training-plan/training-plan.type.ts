import type { LocalizedLabel } from '@schutznetz/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { analysisEnum, InstitutionRef, PersonRef, ScopedAnswer } from '../analysis/analysis.type';
import { CoverageSummary, CoverageGapKindEnum } from '../coverage-report/coverage-report.type';
import { LocalizedText } from '../reference/reference.type';

export const TrainingPriorityEnum = analysisEnum(
  'TrainingPriority',
  'Priority of a proposed training.',
  {
    high: 'A critical topic (criticality 3) where it closes gaps or relieves a single holder.',
    medium: 'Closes gaps or relieves a single holder in a topic of criticality 1–2.',
    low: 'Deepens: first holders at institutions that should hold the topic.',
  },
);

export const TrainingFormatEnum = analysisEnum('TrainingFormat', 'How a training is held.', {
  in_person: 'Präsenz: in person, for critical topics practised on cases.',
  online: 'Online: for an audience spread over the county.',
  inhouse: 'Inhouse: at the institution that fills half the seats or more.',
  fachtag_workshop: 'A workshop of the yearly Fachtag.',
});

export const TrainingSeatReasonEnum = analysisEnum(
  'TrainingSeatReason',
  'Why a seat went to someone.',
  {
    closes_gap: 'They close a gap "no qualified person" where they work.',
    second_holder: 'They become the second holder where one person holds the topic.',
    expected_holder: 'Their institution should hold the topic and has nobody for it yet.',
    group: 'They fill the group (their institution should hold the topic or a sibling topic).',
  },
);

@ObjectType({ description: 'A coverage cell (topic × municipality).' })
export class CoverageCellRef {}

@ObjectType({ description: 'What a training (or a plan) changes on the coverage, measured.' })
export class TrainingEffect {
  @Field(() => [ID], { description: 'Ids of the coverage gaps it closes (no_qualified_person:…).' })
  gapsClosed!: string[];

  @Field(() => Float, {
    description:
      'Severity of the gaps closed: Σ inhabitants of the municipality × topic criticality (1–3) × gap weight (0.5 for no_qualified_person).',
  })
  severityRemoved!: number;

  @Field(() => [CoverageCellRef], { description: 'Cells that gain their first qualified person.' })
  cellsGained!: CoverageCellRef[];

  @Field(() => [CoverageCellRef], {
    description: 'Cells held by one person that gain a second.',
  })
  cellsSecured!: CoverageCellRef[];

  @Field(() => Int, { description: 'Inhabitants of the municipalities where it closes a gap.' })
  populationReached!: number;
}

@ObjectType({
  description: 'A seat in a proposed training (two for an institution with nobody recorded).',
})
export class PlannedSeat {
  @NullableField(
    PersonRef,
    'The person; null for open seats of an institution with nobody recorded.',
  )
  person!: PersonRef | null;

  @Field(() => InstitutionRef, { description: 'The institution sending them.' })
  institution!: InstitutionRef;

  @Field(() => Int, {
    description: 'Seats taken: 1 for a person, 2 for open seats ("1–2 Fachkräfte").',
  })
  seats!: number;

  @Field(() => TrainingSeatReasonEnum, { description: 'Why the seat went to them.' })
  reason!: string;
}

@ObjectType({ description: 'The seats of one institution in a training.' })
export class TrainingAudience {
  @Field(() => InstitutionRef, { description: 'The institution.' })
  institution!: InstitutionRef;

  @Field(() => [PersonRef], { description: 'Its people proposed (members and up).' })
  people!: PersonRef[];

  @Field(() => Int, { description: 'Seats for people not recorded yet ("1–2 Fachkräfte aus …").' })
  openSeats!: number;

  @Field(() => Int, { description: 'All its seats.' })
  seats!: number;
}

@ObjectType({ description: 'Who leads a training: a person of the network with expert level.' })
export class PlannedTrainer {
  @NullableField(PersonRef, 'The person (members and up).')
  person!: PersonRef | null;

  @NullableField(InstitutionRef, 'Where they work.')
  institution!: InstitutionRef | null;

  @Field({
    description: 'Their expert level is in a sibling topic of the same group, not the topic.',
  })
  sibling!: boolean;
}

@ObjectType({ description: 'A proposed training of the year plan.' })
export class ProposedTraining {
  @Field(() => ID, { description: '"training:<topic>", "training:<topic>:2" for a second one.' })
  id!: string;

  @Field(() => LocalizedText, { description: 'Title.' })
  title!: LocalizedLabel;

  @Field(() => [PlannedSeat], { description: 'The seats, in the order they were chosen.' })
  seats!: PlannedSeat[];

  @Field(() => [TrainingAudience], { description: 'The seats by institution.' })
  audience!: TrainingAudience[];

  @Field(() => Int, { description: 'Seats taken.' })
  seatCount!: number;

  @Field(() => TrainingPriorityEnum, { description: 'Priority.' })
  priority!: string;

  @Field(() => Float, {
    description:
      'What the plan maximised, in severity points: gaps closed in full, a second holder at half the gap it prevents, a first holder at an institution that should hold the topic at a twentieth.',
  })
  value!: number;

  @Field(() => [LocalizedText], {
    description: 'Why: gaps closed, single holders relieved, institutions reached.',
  })
  reasons!: LocalizedLabel[];

  @NullableField(PlannedTrainer, 'Trainer from the network; null when an external one is needed.')
  trainer!: PlannedTrainer | null;

  @Field(() => Int, { description: 'Year of the plan.' })
  year!: number;

  @Field(() => Int, { description: 'Quarter (1–4).' })
  quarter!: number;

  @Field(() => TrainingFormatEnum, { description: 'Format.' })
  format!: string;

  @Field({ description: 'Proposed day (YYYY-MM-DD) in the quarter.' })
  date!: string;

  @Field(() => Int, { description: 'People holding the topic before the training.' })
  holdersBefore!: number;

  @Field(() => Int, { description: 'People holding it after (open seats count as one).' })
  holdersAfter!: number;

  @Field(() => TrainingEffect, { description: 'What it changes on the coverage.' })
  effect!: TrainingEffect;
}

@ObjectType({ description: 'Gaps of one kind no training can close, and why.' })
export class UnclosableGaps {
  @Field(() => CoverageGapKindEnum, { description: 'Kind of gap.' })
  kind!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;

  @Field(() => Float, { description: 'Their severity (same unit as the plan).' })
  severity!: number;

  @Field(() => LocalizedText, { description: 'Why a training cannot close them.' })
  why!: LocalizedLabel;
}

@ObjectType({ description: 'The plan measured: coverage re-computed with every seat trained.' })
export class PlanEffect extends TrainingEffect {
  @Field(() => CoverageSummary, { description: 'Coverage before the plan.' })
  before!: CoverageSummary;

  @Field(() => CoverageSummary, { description: 'Coverage after the plan.' })
  after!: CoverageSummary;

  @Field(() => Int, { description: 'Gaps a training can close at all (no_qualified_person).' })
  closableGaps!: number;

  @Field(() => Float, { description: 'Their severity.' })
  closableSeverity!: number;

  @Field(() => [UnclosableGaps], { description: 'Gaps no training can close, by kind, with why.' })
  unclosable!: UnclosableGaps[];

  @Field(() => LocalizedText, { description: 'What the figures mean, in words.' })
  summary!: LocalizedLabel;
}

@ObjectType({ description: 'The answer of `trainingPlan`: a year plan under a budget.' })
export class TrainingPlan extends ScopedAnswer {
  @Field({ description: 'Expertise counted is valid on this date.' })
  asOf!: string;

  @Field(() => Int, { description: 'Year of the plan.' })
  year!: number;

  @Field(() => Int, { description: 'Trainings asked for (the budget).' })
  count!: number;

  @Field(() => Int, { description: 'Seats per training (the budget).' })
  seats!: number;

  @Field(() => [ProposedTraining], { description: 'The trainings, most valuable first.' })
  trainings!: ProposedTraining[];

  @Field(() => PlanEffect, { description: 'The plan measured on the coverage.' })
  effect!: PlanEffect;

  @NullableField(LocalizedText, 'Why there are fewer trainings than asked, if so.')
  shortfall!: LocalizedLabel | null;
}

@ObjectType({ description: 'A training recorded as completed, with its measured effect.' })
export class PastTraining {
  @Field(() => ID, { description: 'Training id.' })
  id!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @NullableField(String, 'Date (YYYY-MM-DD).')
  date!: string | null;

  @NullableField(String, 'Who gave it.')
  provider!: string | null;

  @Field(() => [PersonRef], { description: 'Participants (members and up).' })
  participants!: PersonRef[];

  @Field(() => Int, { description: 'Number of participants.' })
  participantCount!: number;

  @Field(() => [PersonRef], { description: 'Participants whose expertise dates from it.' })
  peopleTrained!: PersonRef[];

  @Field(() => TrainingEffect, {
    description: 'Its effect: coverage without and with the expertise it gave.',
  })
  effect!: TrainingEffect;
}

@ObjectType({ description: 'The answer of `pastTrainings`.' })
export class PastTrainings extends ScopedAnswer {
  @Field({ description: 'Expertise counted is valid on this date.' })
  asOf!: string;

  @Field(() => [PastTraining], { description: 'Completed trainings, newest first.' })
  trainings!: PastTraining[];
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
