/** What coverage answers: the matrix with what stands behind each cell, shelter places and gaps. */
import type { CoverageCell, CoverageSummary, ShelterCapacity } from '@schutznetz/analysis';
import type { LocalizedLabel } from '@schutznetz/domain';
import type { InstitutionRef, PersonRef, ScopeView, ServiceRef } from '../analysis/analysis.views';

/** A cell of the matrix with what stands behind it as references instead of ids. */
export interface CoverageCellView extends Omit<
  CoverageCell,
  'serviceIds' | 'institutionIds' | 'personIds' | 'services24x7Ids'
> {
  readonly services: readonly ServiceRef[];
  readonly institutions: readonly InstitutionRef[];
  readonly people: readonly PersonRef[];
  readonly services24x7: readonly ServiceRef[];
}

export interface CoverageGapView {
  readonly id: string;
  readonly kind: string;
  readonly topic: string;
  readonly municipality: string | null;
  readonly language: string | null;
  readonly peopleAffected: number;
  readonly criticality: number;
  readonly severity: number;
  readonly reason: LocalizedLabel;
  readonly services: readonly ServiceRef[];
}

/** Shelter places against the benchmark, the shelters' services as references. */
export interface ShelterCapacityView extends Omit<ShelterCapacity, 'serviceIds'> {
  readonly services: readonly ServiceRef[];
}

export interface CoverageView extends ScopeView {
  readonly asOf: string;
  readonly topics: readonly string[];
  readonly cells: readonly CoverageCellView[];
  readonly targetGroupCells: readonly CoverageCellView[];
  readonly shelterCapacity: ShelterCapacityView;
  readonly gaps: readonly CoverageGapView[];
  readonly summary: CoverageSummary;
}
