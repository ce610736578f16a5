/** What the training planner answers, and what recording a completed training returns. */
import type { PlanEffect, TrainingEffect } from '@schutznetz/analysis';
import type { LocalizedLabel, TrainingFormat } from '@schutznetz/domain';
import type { InstitutionRef, PersonRef, ScopeView } from '../analysis/analysis.views';

/** What a training (or a plan, or a recorded training) changes on the coverage: the analysis' own. */
export type TrainingEffectView = TrainingEffect;

export interface PlannedSeatView {
  readonly person: PersonRef | null;
  readonly institution: InstitutionRef;
  readonly seats: number;
  readonly newlyCovered: readonly string[];
  readonly reason: string;
}

/** The seats of one institution in a training. */
export interface TrainingAudienceView {
  readonly institution: InstitutionRef;
  readonly people: readonly PersonRef[];
  /** Seats for people not recorded yet ("1–2 Fachkräfte aus …"). */
  readonly openSeats: number;
  readonly seats: number;
}

export interface PlannedTrainerView {
  readonly person: PersonRef | null;
  readonly institution: InstitutionRef | null;
  readonly sibling: boolean;
}

export interface ProposedTrainingView {
  readonly id: string;
  readonly topic: string;
  readonly title: LocalizedLabel;
  readonly seats: readonly PlannedSeatView[];
  readonly audience: readonly TrainingAudienceView[];
  readonly seatCount: number;
  readonly priority: 'high' | 'medium' | 'low';
  readonly value: number;
  readonly reasons: readonly LocalizedLabel[];
  readonly trainer: PlannedTrainerView | null;
  readonly year: number;
  readonly quarter: number;
  readonly format: TrainingFormat;
  readonly date: string;
  readonly holdersBefore: number;
  readonly holdersAfter: number;
  readonly effect: TrainingEffectView;
}

/** The plan measured on the coverage: the analysis' own. */
export type PlanEffectView = PlanEffect;

export interface TrainingPlanView extends ScopeView {
  readonly asOf: string;
  readonly year: number;
  readonly count: number;
  readonly seats: number;
  readonly trainings: readonly ProposedTrainingView[];
  readonly effect: PlanEffectView;
  readonly shortfall: LocalizedLabel | null;
}

/** A training recorded as completed, with its measured effect. */
export interface PastTrainingView {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly provider: string | null;
  readonly topics: readonly string[];
  readonly participants: readonly PersonRef[];
  readonly participantCount: number;
  readonly peopleTrained: readonly PersonRef[];
  readonly effect: TrainingEffectView;
}

export interface PastTrainingsView extends ScopeView {
  readonly asOf: string;
  readonly trainings: readonly PastTrainingView[];
}

export interface RecordedTrainingView {
  readonly trainingId: string;
  readonly topic: string;
  readonly date: string;
  readonly peopleUpdated: readonly string[];
  readonly expertiseCreated: number;
}
