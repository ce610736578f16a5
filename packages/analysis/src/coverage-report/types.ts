/**
 * The vocabulary of the coverage analysis: its options, the cells of the topic × municipality
 * (× target group) matrix, shelter capacity, gaps and the report. Types only.
 */
import type {
  Criticality,
  LanguageCode,
  LocalizedLabel,
  RegionCode,
  TargetGroupCode,
  TopicCode,
} from '@schutznetz/domain';
/** Options of {@link computeCoverage}. */
export interface CoverageOptions {
  /** The rows; defaults to the 30 catalogue topics (groups left out). */
  readonly topics?: readonly TopicCode[];
  /** Also break cells down by these target groups (`true`: every group some service names). */
  readonly targetGroups?: boolean | readonly TargetGroupCode[];
  /** Expertise must be valid on this date (ISO); without it every expertise counts. */
  readonly asOf?: string;
  /** Report a gap where a topic is served but not in one of these languages. */
  readonly languages?: readonly LanguageCode[];
  /** Shelter family places per 10,000 inhabitants; the Istanbul Convention's figure is 1. */
  readonly shelterPlacesPer10k?: number;
}

/** One cell of the matrix and what stands behind it. */
export interface CoverageCell {
  readonly topic: TopicCode;
  readonly municipality: RegionCode;
  /** `null` in the topic × municipality matrix. */
  readonly targetGroup: TargetGroupCode | null;
  readonly serviceCount: number;
  readonly serviceIds: readonly string[];
  /** Institutions offering those services. */
  readonly institutionIds: readonly string[];
  readonly personCount: number;
  readonly personIds: readonly string[];
  /** Services among them that are reachable 24/7. */
  readonly services24x7Ids: readonly string[];
  /** Languages at least one of the services works in. */
  readonly languages: readonly LanguageCode[];
}

/** Shelter places in scope against the benchmark. */
export interface ShelterCapacity {
  readonly population: number;
  readonly placesPer10k: number;
  readonly requiredPlaces: number;
  readonly places: number;
  /** Sum of reported free places; `null` when no shelter reports any. */
  readonly freePlaces: number | null;
  readonly shortfall: number;
  /** Places per required place; `null` when nothing is required (no population). */
  readonly ratio: number | null;
  readonly serviceIds: readonly string[];
  /** Municipalities no shelter's area covers. */
  readonly municipalitiesWithoutShelter: readonly RegionCode[];
}

/** Kinds of gap, each with a weight in the severity. */
export type CoverageGapKind =
  | 'no_service'
  | 'no_local_specialist'
  | 'no_qualified_person'
  | 'no_24x7'
  | 'language'
  | 'shelter_capacity';

/** A gap with its reason. */
export interface CoverageGap {
  /** Stable: kind, topic, municipality and language joined by `:`. */
  readonly id: string;
  readonly kind: CoverageGapKind;
  readonly topic: TopicCode;
  /** `null` for a gap of the whole scope (shelter places). */
  readonly municipality: RegionCode | null;
  readonly language: LanguageCode | null;
  readonly peopleAffected: number;
  readonly criticality: Criticality;
  /** peopleAffected × criticality × {@link GAP_WEIGHTS}. */
  readonly severity: number;
  readonly reason: LocalizedLabel;
  /** The services that exist for the cell (what does not close the gap). */
  readonly serviceIds: readonly string[];
}

/** The whole coverage analysis of a scope. */
export interface CoverageReport {
  readonly topics: readonly TopicCode[];
  readonly municipalities: readonly RegionCode[];
  /** Topic × municipality, row by row. */
  readonly cells: readonly CoverageCell[];
  /** Topic × municipality × target group, when asked for. */
  readonly targetGroupCells: readonly CoverageCell[];
  readonly shelterCapacity: ShelterCapacity;
  /** Most severe first. */
  readonly gaps: readonly CoverageGap[];
}

/** Headline numbers of a report, for before/after comparisons. */
export interface CoverageSummary {
  readonly cells: number;
  readonly cellsWithService: number;
  readonly cellsWithPerson: number;
  readonly gaps: number;
  readonly totalSeverity: number;
}
