/** What the training planner answers, and what recording a completed training returns. */
import type { CoverageSummary } from '@schutznetz/analysis';
import type { LocalizedLabel } from '@schutznetz/domain';
import type { CellRefView, InstitutionRef, PersonRef, ScopeView } from '../analysis/analysis.views';

export interface ProposedTrainingView {
  readonly id: string;
  readonly topic: string;
  readonly title: LocalizedLabel;
  readonly attendees: readonly {
    person: PersonRef | null;
    institution: InstitutionRef;
    newlyCovered: readonly string[];
  }[];
  readonly institutions: readonly InstitutionRef[];
  readonly priority: 'high' | 'medium' | 'low';
  readonly score: number;
  readonly reasons: readonly LocalizedLabel[];
  readonly cellsGained: readonly CellRefView[];
  readonly populationReached: number;
  readonly holdersBefore: number;
  readonly holdersAfter: number;
  readonly gapIds: readonly string[];
}

export interface TrainingPlanView extends ScopeView {
  readonly asOf: string;
  readonly trainings: readonly ProposedTrainingView[];
  readonly simulation: {
    readonly before: CoverageSummary;
    readonly after: CoverageSummary;
    readonly cellsGained: readonly CellRefView[];
    readonly singlePersonTopicsBefore: readonly string[];
    readonly singlePersonTopicsAfter: readonly string[];
  };
}

export interface RecordedTrainingView {
  readonly trainingId: string;
  readonly topic: string;
  readonly date: string;
  readonly peopleUpdated: readonly string[];
  readonly expertiseCreated: number;
}
