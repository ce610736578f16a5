/** What coverage answers: the matrix with what stands behind each cell, shelter places and gaps. */
import type { CoverageSummary } from '@schutznetz/analysis';
import type { LocalizedLabel } from '@schutznetz/domain';
import type { InstitutionRef, PersonRef, ScopeView, ServiceRef } from '../analysis/analysis.views';

export interface CoverageCellView {
  readonly topic: string;
  readonly municipality: string;
  readonly targetGroup: string | null;
  readonly serviceCount: number;
  readonly services: readonly ServiceRef[];
  readonly institutions: readonly InstitutionRef[];
  readonly personCount: number;
  readonly people: readonly PersonRef[];
  readonly services24x7: readonly ServiceRef[];
  readonly languages: readonly string[];
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

export interface ShelterCapacityView {
  readonly population: number;
  readonly placesPer10k: number;
  readonly requiredPlaces: number;
  readonly places: number;
  readonly freePlaces: number | null;
  readonly shortfall: number;
  readonly ratio: number | null;
  readonly services: readonly ServiceRef[];
  readonly municipalitiesWithoutShelter: readonly string[];
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
