/**
 * What a trainee is worth to the plan, per topic: the state of the topic's cells (who holds it
 * where, where a service exists) and the marginal value of one more trained person there.
 *
 * Value is counted in severity points, the unit of the coverage gaps (inhabitants affected ×
 * topic criticality × the gap kind's weight): closing a gap "no qualified person" counts its
 * severity; a second holder where one person holds a cell counts half of it (the one person may
 * leave, fall ill, be on leave); the first holder at an institution whose kind should hold the
 * topic (or which offers it) counts a twentieth of the gap its municipality would have.
 */
import { topicByCode, type Criticality, type RegionCode, type TopicCode } from '@schutznetz/domain';
import { GAP_WEIGHTS, personTopics, type CoverageReport } from '../coverage-report';
import type { AnalysisInstitution } from '../graph';
import type { GraphIndex } from '../graph-index';

/** The weights of the plan's objective, relative to the severity of the gap of a cell. */
export const PLAN_WEIGHTS = {
  /** A gap "no qualified person" closed. */
  gap: 1,
  /** A second holder where one person holds the cell. */
  secondHolder: 0.5,
  /** The first holder at an institution that should hold the topic. */
  expectedHolder: 0.05,
} as const;

/** One topic's cells and holders as the plan grows. */
export interface TopicState {
  readonly topic: TopicCode;
  readonly criticality: Criticality;
  /** Severity of the gap "no qualified person" per municipality that has a service. */
  readonly cellSeverity: ReadonlyMap<RegionCode, number>;
  /** Qualified people reaching each municipality, planned trainees included. */
  readonly holders: Map<RegionCode, number>;
  /** Institutions with someone holding the topic, planned trainees included. */
  readonly heldAt: Set<string>;
  /** People holding the topic now (before the plan). */
  readonly holdersBefore: number;
  /** Trainees planned so far. */
  planned: number;
  /** Trainings planned so far on the topic. */
  trainings: number;
}

/** Someone who could take a seat: a recorded person, or an institution's open seats. */
export interface Candidate {
  readonly key: string;
  readonly personId: string | null;
  readonly name: string | null;
  readonly institution: AnalysisInstitution;
  readonly reach: readonly RegionCode[];
  /** 1 for a person, 2 for an institution with nobody recorded ("1–2 Fachkräfte"). */
  readonly cost: number;
  /** Its institution should hold the topic (kind or offer); else it only fills a group. */
  readonly core: boolean;
  /** Tie-break: the kind should hold the topic (2), it offers the topic (2), a sibling topic (1). */
  readonly relevance: number;
}

/** The severity a gap "no qualified person" in `municipality` would have for `topic`. */
export function cellGapSeverity(
  index: GraphIndex,
  municipality: RegionCode,
  criticality: number,
): number {
  const population = index.municipalities.get(municipality)?.population ?? 0;
  return population * criticality * GAP_WEIGHTS.no_qualified_person;
}

/** The state of `topic` before the plan, from the coverage report. */
export function topicState(
  index: GraphIndex,
  coverage: CoverageReport,
  topic: TopicCode,
  holdersBefore: readonly { readonly employments: readonly { institutionId: string }[] }[],
): TopicState {
  const criticality = topicByCode(topic).criticality;
  const cellSeverity = new Map<RegionCode, number>();
  const holders = new Map<RegionCode, number>();
  for (const cell of coverage.cells) {
    if (cell.topic !== topic) continue;
    holders.set(cell.municipality, cell.personCount);
    if (cell.serviceCount > 0) {
      cellSeverity.set(cell.municipality, cellGapSeverity(index, cell.municipality, criticality));
    }
  }
  return {
    topic,
    criticality,
    cellSeverity,
    holders,
    heldAt: new Set(holdersBefore.flatMap((p) => p.employments.map((e) => e.institutionId))),
    holdersBefore: holdersBefore.length,
    planned: 0,
    trainings: 0,
  };
}

/** What one more trainee adds to `state`, split by kind, and the cells concerned. */
export interface Marginal {
  readonly value: number;
  readonly newlyCovered: readonly RegionCode[];
  readonly secured: readonly RegionCode[];
  readonly expected: boolean;
}

export function marginal(index: GraphIndex, state: TopicState, candidate: Candidate): Marginal {
  let value = 0;
  const newlyCovered: RegionCode[] = [];
  const secured: RegionCode[] = [];
  for (const code of candidate.reach) {
    const severity = state.cellSeverity.get(code);
    if (severity === undefined) continue;
    const held = state.holders.get(code) ?? 0;
    if (held === 0) {
      value += PLAN_WEIGHTS.gap * severity;
      newlyCovered.push(code);
    } else if (held === 1) {
      value += PLAN_WEIGHTS.secondHolder * severity;
      secured.push(code);
    }
  }
  const home = candidate.institution;
  const expected =
    candidate.core && !state.heldAt.has(home.id) && index.municipalities.has(home.municipality);
  if (expected) {
    value +=
      PLAN_WEIGHTS.expectedHolder * cellGapSeverity(index, home.municipality, state.criticality);
  }
  return { value, newlyCovered, secured, expected };
}

/** Counts a trainee in `state`. */
export function addTrainee(state: TopicState, candidate: Candidate): void {
  for (const code of candidate.reach) state.holders.set(code, (state.holders.get(code) ?? 0) + 1);
  state.heldAt.add(candidate.institution.id);
  state.planned += 1;
}

/** People of the graph holding `topic` (valid on `asOf`) and working in scope. */
export function holdersOf<P extends Parameters<typeof personTopics>[0]>(
  people: readonly P[],
  topic: TopicCode,
  asOf: string | undefined,
): P[] {
  return people.filter((p) => personTopics(p, [topic], asOf).length > 0);
}
