/**
 * Coverage: the public API. One file per role: `types`, `reach` (who reaches which cell),
 * `cells` (the matrix), `gaps` (the gaps of a cell and their severity), `shelter` (places
 * against the benchmark) and `compute` (the report).
 */
export { CATALOGUE_TOPICS, computeCoverage, summarizeCoverage } from './compute';
export { GAP_WEIGHTS, specialistKinds } from './gaps';
export { personReach, personTopics } from './reach';
export type {
  CoverageCell,
  CoverageGap,
  CoverageGapKind,
  CoverageOptions,
  CoverageReport,
  CoverageSummary,
  ShelterCapacity,
} from './types';
