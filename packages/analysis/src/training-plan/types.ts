/**
 * The vocabulary of the training planner: its options, a proposed training with its seats,
 * trainer and slot in the year, and the measured effect of a plan. Types only.
 */
import type { LocalizedLabel, RegionCode, TopicCode, TrainingFormat } from '@schutznetz/domain';
import type { CoverageGapKind, CoverageReport, CoverageSummary } from '../coverage-report';

/** Options of {@link planTrainings}. */
export interface TrainingPlanOptions {
  /** Expertise must be valid on this date; also the date planned expertise starts. */
  readonly asOf?: string;
  readonly topics?: readonly TopicCode[];
  /** The budget: trainings in the plan; default 10. */
  readonly count?: number;
  /** The budget: seats per training; default 12. */
  readonly seats?: number;
  /** The year the plan is for; default the year after `asOf`. */
  readonly year?: number;
  /** A coverage report of the same graph and options, to save computing it again. */
  readonly coverage?: CoverageReport;
}

/** A coverage cell (topic × municipality). */
export interface CellRef {
  readonly topic: TopicCode;
  readonly municipality: RegionCode;
}

/** Why a seat went to someone. */
export type SeatReason = 'closes_gap' | 'second_holder' | 'expected_holder' | 'group';

/**
 * A seat (or, for an institution with nobody recorded to send, two: "1–2 Fachkräfte aus …").
 */
export interface PlannedSeat {
  /** `null` for seats of an institution with nobody recorded. */
  readonly personId: string | null;
  readonly name: string | null;
  readonly institutionId: string;
  /** Seats it takes: 1 for a person, 2 for an institution's open seats. */
  readonly seats: number;
  /** Municipalities where it closes a gap (no qualified person so far). */
  readonly newlyCovered: readonly RegionCode[];
  readonly reason: SeatReason;
}

/** Who leads a training: a person of the network with expert level in the topic. */
export interface PlannedTrainer {
  readonly personId: string;
  readonly name: string;
  readonly institutionId: string;
  /** The expertise is in a sibling topic (same group), not the topic itself. */
  readonly sibling: boolean;
}

/** What a training (or a plan) changes, measured against the coverage before it. */
export interface TrainingEffect {
  /** Ids of the coverage gaps (`no_qualified_person:…`) it closes. */
  readonly gapsClosed: readonly string[];
  /** Sum of the closed gaps' severities (inhabitants × criticality × gap weight). */
  readonly severityRemoved: number;
  /** Cells that gain their first qualified person. */
  readonly cellsGained: readonly CellRef[];
  /** Cells held by one person that gain a second (the risk of a single holder removed). */
  readonly cellsSecured: readonly CellRef[];
  /** Inhabitants of the municipalities where it closes a gap. */
  readonly populationReached: number;
}

/** A proposed training. */
export interface ProposedTraining {
  /** `training:<topic>`, `training:<topic>:2` for a second one on the topic. */
  readonly id: string;
  readonly topic: TopicCode;
  readonly title: LocalizedLabel;
  readonly seats: readonly PlannedSeat[];
  /** Seats taken (an institution's open seats count 2). */
  readonly seatCount: number;
  readonly institutionIds: readonly string[];
  readonly priority: 'high' | 'medium' | 'low';
  /**
   * What the greedy choice maximised, in severity points: gaps closed count their severity,
   * a second holder half the severity the gap would have, an institution of a kind that should
   * hold the topic its share (see {@link PLAN_WEIGHTS}).
   */
  readonly value: number;
  readonly reasons: readonly LocalizedLabel[];
  readonly trainer: PlannedTrainer | null;
  readonly year: number;
  /** 1–4. */
  readonly quarter: number;
  readonly format: TrainingFormat;
  /** A proposed day (YYYY-MM-DD) in the quarter. */
  readonly date: string;
  readonly holdersBefore: number;
  readonly holdersAfter: number;
  readonly effect: TrainingEffect;
}

/** Gaps of one kind that no training can close, and why. */
export interface UnclosableGaps {
  readonly kind: CoverageGapKind;
  readonly count: number;
  readonly severity: number;
  readonly why: LocalizedLabel;
}

/** The plan's measured effect: coverage re-computed with every seat trained. */
export interface PlanEffect extends TrainingEffect {
  readonly before: CoverageSummary;
  readonly after: CoverageSummary;
  /** Gaps a training can close at all (no qualified person where a service exists). */
  readonly closableGaps: number;
  readonly closableSeverity: number;
  readonly unclosable: readonly UnclosableGaps[];
  readonly singlePersonTopicsBefore: readonly TopicCode[];
  readonly singlePersonTopicsAfter: readonly TopicCode[];
  /** What the figures mean, in words. */
  readonly summary: LocalizedLabel;
}

/** A plan: trainings in the order they were chosen (most valuable first). */
export interface TrainingPlan {
  readonly graphVersion: string;
  readonly asOf: string | null;
  readonly year: number;
  readonly count: number;
  readonly seats: number;
  readonly trainings: readonly ProposedTraining[];
  readonly effect: PlanEffect;
  /** Set when fewer trainings than asked bring anything, saying why. */
  readonly shortfall: LocalizedLabel | null;
}
